// Extraction stage by stage, on small texts written for the test (none from the seeds), and the
// whole extractor on the seeds scored against the gold annotations in ../shared/eval.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, extractSource } from '../../src/extract/index.js'
import { words } from '../../src/extract/segment.js'
import { normalise, toSource } from '../../src/extract/text.js'
import { readSource, listInputFiles } from '../../src/ingest/index.js'
import { ArticleExtraction } from '../../src/model/index.js'
import { repoRoot } from '../support/cli.js'

const names = (x: ArticleExtraction, type: string) => x.entities.filter((e) => e.type === type).map((e) => e.name)
const rel = (x: ArticleExtraction, type: string) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}>${r.to.name}`)

describe('the segmenter’s cache', () => {
  it('shares one frozen list of words per string, so no rule can reorder what the next article reads', () => {
    const first = words('常态化推进扫黑除恶斗争')
    expect(words('常态化推进扫黑除恶斗争')).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    expect(() => (first as unknown as string[]).reverse()).toThrow(TypeError)
  })
})

describe('normalise', () => {
  it('joins a paragraph broken by a page break and keeps offsets into the source', () => {
    const source = '赤峰市公安局红山区分局全体民警在禁毒专项行动中攻坚克难、顽强奋战、连续作战,形成了浓厚\n\n的比学赶超氛围。'
    const { working } = normalise(source)
    expect(working.text).toContain('浓厚的比学赶超')
    const at = working.text.indexOf('比学赶超')
    expect(source.slice(toSource(working, { start: at, end: at + 4 }).start, toSource(working, { start: at, end: at + 4 }).end)).toBe('比学赶超')
  })

  it('maps Traditional to Simplified and full-width digits to half-width, one character for one', () => {
    const source = '臺灣縣公安局破獲案件１２３起'
    const { working } = normalise(source)
    expect(working.text).toBe('台湾县公安局破获案件123起')
    expect(working.text.length).toBe(source.length)
  })
})

describe('extract', () => {
  it('splits a file into articles with titles, subtitles, bylines and the masthead date', () => {
    const text = [
      '2023年5月9日', '星期二', '第1234期', '',
      '铁拳出击护平安 雷霆行动显成效', '', '——赤峰市公安局红山区分局“雷霆”专项行动纪实', '', '本报记者●李明 通讯员●赵亮', '',
      '今年以来,赤峰市公安局红山区分局全力开展“雷霆”专项行动,共破获各类案件356起,同比上升12.5%。', '',
      '派出所长刘志强介绍了工作情况。(孙伟)', '',
      '社区警务暖民心', '',
      '本报讯(记者周洋 通讯员钱坤)近日,通辽市公安局科尔沁区分局建立“警民议事”工作机制。',
    ].join('\n')
    const xs = extract(text, { source: 'paper.txt' })
    expect(xs.map((x) => x.title)).toEqual(['铁拳出击护平安 雷霆行动显成效', '社区警务暖民心'])
    expect(xs[0]!.subtitle).toBe('赤峰市公安局红山区分局“雷霆”专项行动纪实')
    expect(xs[0]!.date).toBe('2023-05-09')
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:李明', '通讯员:赵亮', '作者:孙伟'])
    expect(xs[1]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:周洋', '通讯员:钱坤'])
    expect(rel(xs[1]!, 'AUTHORED')).toEqual(['周洋>社区警务暖民心', '钱坤>社区警务暖民心'])
    for (const x of xs) expect(() => ArticleExtraction.parse(x)).not.toThrow()
  })

  it('finds units with their name chains, places, people with titles, campaigns, measures and figures', () => {
    const [x] = extract('标题\n\n赤峰市公安局红山区分局站前派出所所长刘志强带领民警开展“雷霆”专项行动,共破获各类毒品案件356起,同比上升12.5%。赤峰市公安局建立“警民议事”工作机制,服务“雷霆”专项行动。')
    expect(names(x!, 'Unit')).toEqual(expect.arrayContaining(['赤峰市公安局红山区分局站前派出所', '赤峰市公安局红山区分局', '赤峰市公安局']))
    expect(names(x!, 'Place')).toEqual(expect.arrayContaining(['赤峰市', '红山区']))
    expect(names(x!, 'Person')).toEqual(['刘志强'])
    expect(names(x!, 'Campaign')).toEqual(['雷霆专项行动'])
    expect(names(x!, 'Measure')).toEqual(['警民议事工作机制'])
    expect(rel(x!, 'SERVES_IN')).toEqual(['刘志强>赤峰市公安局红山区分局站前派出所'])
    expect(rel(x!, 'PART_OF')).toEqual(expect.arrayContaining(['赤峰市公安局红山区分局站前派出所>赤峰市公安局红山区分局', '赤峰市公安局红山区分局>赤峰市公安局']))
    expect(rel(x!, 'LOCATED_IN')).toEqual(expect.arrayContaining(['赤峰市公安局>赤峰市', '红山区>赤峰市']))
    expect(rel(x!, 'IMPLEMENTS')).toEqual(['赤峰市公安局>警民议事工作机制'])
    expect(rel(x!, 'SUPPORTS')).toEqual(['警民议事工作机制>雷霆专项行动'])
    const f = x!.figures[0]!
    expect(f).toMatchObject({ metric: '破获毒品案件', value: 356, unit: '起', change: { basis: '同比', direction: 'up', value: 12.5, unit: '%' } })
    const red = x!.entities.find((e) => e.name === '红山区')!
    expect(red.division).toMatchObject({ code: '150402', level: 'county' })
  })

  it('merges short and abbreviated forms into one unit, and keeps masked names marked', () => {
    const [x] = extract('标题\n\n鄂尔多斯市公安局东胜区分局民警在一线。东胜区公安分局破获一起案件,犯罪嫌疑人张某某被抓获,东区分局通报表扬。')
    const unit = x!.entities.find((e) => e.name === '鄂尔多斯市公安局东胜区分局')!
    expect(unit.aliases).toEqual(expect.arrayContaining(['东胜区公安分局', '东区分局']))
    expect(x!.entities.find((e) => e.name === '张某某')).toMatchObject({ type: 'Person', masked: true })
  })

  it('reads people in a list and transliterated names after a cue', () => {
    const [x] = extract('标题\n\n近年来涌现出像巴特尔朝克图、王海军、李明、张建国等一批英雄模范。')
    expect(names(x!, 'Person')).toEqual(expect.arrayContaining(['巴特尔朝克图', '王海军', '李明', '张建国']))
  })

  it('records the rule and the source span of every mention', () => {
    const text = '标题\n\n乌海市公安局开展“净网”专项行动。'
    const [x] = extract(text)
    for (const e of x!.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(x!.entities.every((e) => e.mentions.every((m) => m.rule.length > 0))).toBe(true)
  })

  it('returns every fixture article as the model schema parses it, field order included', () => {
    // extractSource builds its output in the schema's order instead of parsing it (for speed): this is the check.
    const dir = path.join(import.meta.dirname, 'fixtures')
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const x of extractSource({ name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }, { enrich: true })) {
        expect(JSON.stringify(ArticleExtraction.parse(x)), `${file}, article ${x.article}`).toBe(JSON.stringify(x))
      }
    }
  })

  it('uses a user lexicon, naming the file in provenance', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lex-'))
    const file = path.join(dir, 'known.tsv')
    fs.writeFileSync(file, '# known names\nCampaign\t百日攻坚行动\t百日攻坚\n')
    const { loadUserLexicon } = await import('../../src/extract/index.js')
    const lexicon = await loadUserLexicon(file)
    const [x] = extract('标题\n\n全市开展百日攻坚,成效明显。', { lexicons: [lexicon] })
    expect(x!.entities.find((e) => e.type === 'Campaign')).toMatchObject({ name: '百日攻坚行动', lexicons: ['known.tsv'] })
  })

  it('reads a GBK file the same as its UTF-8 original', async () => {
    const text = '标题\n\n包头市公安局开展“净网”专项行动。'
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-gbk-'))
    const { default: iconv } = await import('iconv-lite')
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(text, 'gbk'))
    const source = await readSource(path.join(dir, 'gbk.txt'))
    expect(extractSource(source)[0]!.entities.map((e) => e.name)).toEqual(extract(text)[0]!.entities.map((e) => e.name))
  })
})

describe('rules, one sentence each', () => {
  it.each([
    ['a unit resolved from a level word lies in the place it is resolved to', '浙江省近日部署夏季治安工作。省公安厅开展“净网”专项行动。', 'LOCATED_IN', '浙江省公安厅>浙江省'],
    ['a division lies in the nearest parent the article also names', '广东省各地警方联合行动,深圳市、珠海市共抓获嫌疑人120名。', 'LOCATED_IN', '珠海市>广东省'],
    ['a site named after a short form lies in that division', '杭州市公安局民警在杭州文化广场开展宣传。', 'LOCATED_IN', '杭州文化广场>杭州市'],
  ])('%s', (_, sentence, type, expected) => {
    const [x] = extract(`标题\n\n${sentence}`)
    expect(rel(x!, type)).toContain(expected)
  })

  it.each([
    ['a system in general (体系) is no device', '广州市公安局建立完善执法监督体系。'],
    ['a kind word whose last character starts the next word ends no name (工作法治化)', '广州市公安局着力推动公安工作法治化。'],
    ['a device kind inside a reform drive is part of the drive (管理制度改革)', '广州市公安局深化推进警务管理制度改革。'],
  ])('%s', (_, sentence) => {
    const [x] = extract(`标题\n\n${sentence}`)
    expect(names(x!, 'Measure')).toEqual([])
  })

  it('reads a document sent out in a notice, cited with and without its issuer, and carried out by the main clause', () => {
    const [x] = extract('标题\n\n为认真贯彻落实国务院《关于印发<社会治安综合治理工作方案>的通知》,深圳市公安局出台了一系列措施。会上解读了《国务院关于印发<社会治安综合治理工作方案>的通知》。')
    expect(names(x!, 'Measure').sort()).toEqual(['国务院关于印发社会治安综合治理工作方案的通知', '社会治安综合治理工作方案'])
    expect(rel(x!, 'IMPLEMENTS')).toEqual(
      expect.arrayContaining(['国务院>社会治安综合治理工作方案', '深圳市公安局>国务院关于印发社会治安综合治理工作方案的通知']),
    )
  })

  it.each([
    ['a quality of government is no body (法治政府), nor a generic area word (城区)', '杭州市西湖区扎实推进法治政府建设,城区街道办事处全部完成整改。', []],
    ['a quoted title of honour is no body', '杭州市公安局西湖区分局第三党支部被评为全市公安机关“优秀党支部”。', ['杭州市公安局西湖区分局第三党支部', '杭州市公安局', '杭州市公安局西湖区分局']],
    ['a quoted model to build is no body', '杭州市公安局西湖区分局着力打造新时代“枫桥式公安派出所”。', ['杭州市公安局', '杭州市公安局西湖区分局']],
    ['an item that names a body takes no group kind from the list', '杭州市公安局设立反诈指挥中心、反诈宣传领导小组。', ['杭州市公安局', '反诈指挥中心', '反诈宣传领导小组']],
  ])('%s', (_, sentence, expected) => {
    const [x] = extract(`标题\n\n${sentence}`)
    expect(names(x!, 'Unit').sort()).toEqual([...expected].sort())
  })

  it('ends a name before a word that follows a subject (成功, 来到, 动真)', () => {
    const [x] = extract('标题\n\n杭州市公安局刑侦大队中队长王磊成功破获一起案件。杭州市公安局派出所民警李强来到现场。西湖区大队大队长陈刚动真碰硬抓整改。')
    expect(names(x!, 'Person').sort()).toEqual(['李强', '王磊', '陈刚'])
  })

  it('gives the shared kind to every item of a list closed by 等, and takes a quoted name joined to a quoted device', () => {
    const [x] = extract('标题\n\n广州市公安局建立完善“三会一课”、民主评议党员等制度,推行“掌上办”甚至“秒批办”。')
    expect(names(x!, 'Measure').sort()).toEqual(['三会一课制度', '掌上办', '民主评议党员制度', '秒批办'])
  })

  it.each([
    ['a group belongs to the nearest body before the verb that sets it up', '广东省公安厅部署行动,广州市公安局在组成禁毒工作小组的同时加强巡逻。', ['禁毒工作小组>广州市公安局']],
    ['a body of people belongs to the body that opens its sentence', '广州市公安局建立党员积分制度,对表现突出的党员,将其纳入先锋党支部统一管理。', ['先锋党支部>广州市公安局']],
    ['a county’s body answers to the city’s body of the same kind', '杭州市公安局召开会议,杭州市淳安县公安局作交流发言。', ['杭州市淳安县公安局>杭州市公安局']],
    ['groups named for a list of tasks belong to the body that opens the sentence', '杭州市公安局党委强化政治巡察、队伍建设等2个领导小组职能作用。', ['杭州市公安局党委>杭州市公安局', '政治巡察领导小组>杭州市公安局党委', '队伍建设领导小组>杭州市公安局党委']],
    ['a unit named in passing is not the article’s unit', '深圳市南山区召开治安工作会议。会后成立了治安巡逻中队。南山区粤海街道办事处参加会议。', []],
  ])('%s', (_, sentence, expected) => {
    const [x] = extract(`标题\n\n${sentence}`)
    expect(rel(x!, 'PART_OF')).toEqual(expected)
  })

  it('takes no drive from a counted class (各类“…”活动) or from a list closed by 等 before the kind', () => {
    const [x] = extract('标题\n\n广州市公安局常态化开展各类“练兵”活动,落实“一村一警”和网格警务等改革。')
    expect(names(x!, 'Campaign')).toEqual([])
  })

  it('takes a bare provincial kind (公安厅) for the body of the province the article names', () => {
    const [x] = extract('标题\n\n广东省召开全省治安工作会议。公安厅部署开展“净网”专项行动。')
    expect(x!.entities.find((e) => e.type === 'Unit')).toMatchObject({ name: '广东省公安厅', aliases: ['公安厅'] })
  })

  it('resolves a bare drive kind through any form of the drive, also inside a longer kind word', () => {
    const [x] = extract('标题\n\n杭州市公安局开展“清风护航”教育整顿活动,动员全体民警参与“清风护航”教育整顿。这次教育整顿中,该局推行“一案一评”工作机制。')
    expect(rel(x!, 'SUPPORTS')).toEqual(['一案一评工作机制>清风护航教育整顿活动'])
    const [y] = extract('标题\n\n杭州市公安局推行“一案一评”工作机制,助力全市公安机关教育整顿活动。')
    expect(names(y!, 'Campaign')).toEqual([])
  })

  it('takes no device from a quoted idea (“…”理念) and no body from a whole sector (法院系统)', () => {
    const [x] = extract('标题\n\n杭州市公安局坚持“群众满意就是最高标准”理念,对全市法院系统开展走访。')
    expect(names(x!, 'Measure')).toEqual([])
    expect(names(x!, 'Unit')).toEqual(['杭州市公安局'])
  })

  it('reads 从 before a place or level word as “from”, while 从严 and 从优 stay in names', () => {
    const [x] = extract('标题\n\n近日,记者从株洲市公安局获悉,株洲市公安局成立全面从严治党领导小组,推行从优待警机制。')
    expect(names(x!, 'Unit').sort()).toEqual(['全面从严治党领导小组', '株洲市公安局'].sort())
    expect(names(x!, 'Measure')).toEqual(['从优待警机制'])
  })

  it('reads no place in ordinary words that are also short forms (新建, 资源, 长治久安)', () => {
    const [x] = extract('标题\n\n南昌市公安局新建警务站3个,整合警力资源,维护社会长治久安。')
    expect(names(x!, 'Place')).toEqual(['南昌市'])
  })

  it('reads what a verb of reaching follows as the metric (满意度达98.7%, 金额高达5亿元)', () => {
    const [x] = extract('标题\n\n温州市公安局通报,全市群众安全感满意度达98.7%,涉案金额高达5.2亿元,三项指标均达到100%。')
    expect(x!.figures.map((f) => `${f.metric}=${f.value}${f.unit}`)).toEqual(['全市群众安全感满意度=98.7%', '涉案金额=520000000元', '三项指标=100%'])
  })

  it('finds a drive named inside a unit’s name, starting after the body before it', () => {
    const [x] = extract('标题\n\n柳州市公安局扫黑除恶专项斗争领导小组办公室通报了案件。')
    expect(names(x!, 'Campaign')).toEqual(['扫黑除恶专项斗争'])
    expect(names(x!, 'Unit')).toContain('柳州市公安局扫黑除恶专项斗争领导小组办公室')
  })

  it('gives a head the nearest body of the kind the title heads, earlier in the sentence', () => {
    const [x] = extract('标题\n\n湖州市公安局联合湖州市人民法院,成立了由局长张伟任组长的工作专班。湖州市人民检察院通报案情,检察长李华出席。')
    expect(rel(x!, 'SERVES_IN').sort()).toEqual(['张伟>湖州市公安局', '李华>湖州市人民检察院'])
  })

  it('reads a department named bare in a run of posts as the department of the body the run began with', () => {
    const [x] = extract('标题\n\n广东省公安厅党委召开会议。广东省公安厅党委委员、政治部主任陈立新说,全省公安机关要严守纪律。')
    expect(rel(x!, 'SERVES_IN').sort()).toEqual(['陈立新>广东省公安厅', '陈立新>广东省公安厅党委', '陈立新>广东省公安厅政治部'])
    expect(rel(x!, 'PART_OF')).toEqual(expect.arrayContaining(['广东省公安厅政治部>广东省公安厅']))
  })

  it('names one device by two aspects after the verb, and takes a quoted focus (以“…”为重点) for a device', () => {
    const [x] = extract('标题\n\n广州市公安局建立健全容错纠错、激励担当机制,以“掌上办”为重点推进政务服务。')
    expect(names(x!, 'Measure').sort()).toEqual(['容错纠错、激励担当机制', '掌上办'])
  })

  it('takes no name after a role inside a quoted title, and no unit from a kind of station (铁路派出所)', () => {
    const [x] = extract('标题\n\n杭州市公安局发布“致全体民警、辅警公开信”,推动公安派出所和铁路派出所融合。')
    expect(names(x!, 'Person')).toEqual([])
    expect(names(x!, 'Unit')).toEqual(['杭州市公安局'])
  })

  it('takes a device quoted once after its verb wherever it is quoted again, with a quoted name beside it', () => {
    const [x] = extract('标题\n\n广州市公安局推行“掌上办”。群众办事更加便捷,为“就近办”“掌上办”打下基础。')
    expect(names(x!, 'Measure').sort()).toEqual(['就近办', '掌上办'])
    expect(x!.entities.find((e) => e.name === '掌上办')!.mentions).toHaveLength(2)
  })

  it('takes a street-level division named after a road for the division, not the road', () => {
    const [x] = extract('标题\n\n秦皇岛市民警走进燕山大街街道开展宣传。')
    expect(names(x!, 'Place')).toEqual(['秦皇岛市', '燕山大街街道'])
  })
})

describe('the seeds against the gold annotations', () => {
  it('meets the targets: entity F1 ≥ 0.92, every entity type ≥ 0.85, relation F1 ≥ 0.75 (held at the measured 0.80: the seeds’ answers locate a body’s parts in the body’s places, and a body in its place’s parents, which real news’s answers seldom do)', async () => {
    const { files } = listInputFiles([path.join(repoRoot, 'seeds')])
    const lines: string[] = []
    for (const f of files) for (const x of extractSource(await readSource(f))) lines.push(JSON.stringify(x))
    expect(lines).toHaveLength(11)
    const pred = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-score-')), 'pred.jsonl')
    fs.writeFileSync(pred, lines.join('\n'))
    const gold = path.join(repoRoot, '../shared/eval/gold')
    const report = JSON.parse(execFileSync(process.execPath, [path.join(repoRoot, '../shared/eval/score.mjs'), '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' }))
    expect(report.entities.ALL.f1).toBeGreaterThanOrEqual(0.92)
    for (const type of ['Person', 'Unit', 'Place', 'Campaign', 'Measure']) expect(report.entities[type].f1, type).toBeGreaterThanOrEqual(0.85)
    expect(report.relations.ALL.f1).toBeGreaterThanOrEqual(0.8)
    expect(report.relations.AUTHORED.f1).toBe(1)
  })
})
