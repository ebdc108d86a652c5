// Extraction on articles unlike the seeds (other provinces, courts and procuratorates, Traditional
// characters), written for the test: the rules must find what a careful reader would.
//
// Every fixture has an annotator's answer in fixtures/expected/<fixture>.json: the exact set of
// entities (per type) and relationships (per type) a careful reader following ONTOLOGY.md marks,
// masked names left out. Where the extractor still differs, the difference is listed in the same
// file (`knownMisses`: expected but not found; `knownFalseHits`: found but not expected), and the
// test asserts output == (expected − knownMisses) ∪ knownFalseHits exactly: a new miss or a new
// false hit fails, and so does fixing a listed one until the list is brought up to date.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.js'
import { ENTITY_TYPES, RELATION_TYPES, type ArticleExtraction } from '../../src/model/index.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures')
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8')
const names = (xs: ArticleExtraction[], type: string) => xs.flatMap((x) => x.entities.filter((e) => e.type === type).map((e) => e.name))
const rels = (xs: ArticleExtraction[], type: string) => xs.flatMap((x) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}>${r.to.name}`))

interface Expected {
  entities: Record<string, string[]>
  relations: Record<string, string[]>
  knownMisses: string[]
  knownFalseHits: string[]
}

/** `Type:name` for every unmasked entity and `TYPE:from>to` for every relationship with no masked end. */
function keysOf(xs: ArticleExtraction[]): Set<string> {
  const masked = new Set(xs.flatMap((x) => x.entities.filter((e) => e.masked).map((e) => `${e.type}:${e.name}`)))
  const keys = new Set<string>()
  for (const x of xs) {
    for (const e of x.entities) if (!e.masked) keys.add(`${e.type}:${e.name}`)
    for (const r of x.relations) {
      if (masked.has(`${r.from.type}:${r.from.name}`) || masked.has(`${r.to.type}:${r.to.name}`)) continue
      keys.add(`${r.type}:${r.from.name}>${r.to.name}`)
    }
  }
  return keys
}

function expectedKeys(exp: Expected): Set<string> {
  const keys = new Set<string>()
  for (const [type, xs] of Object.entries(exp.entities)) for (const n of xs) keys.add(`${type}:${n}`)
  for (const [type, xs] of Object.entries(exp.relations)) for (const r of xs) keys.add(`${type}:${r}`)
  return keys
}

const typeOf = (key: string) => key.slice(0, key.indexOf(':'))
const ofType = (keys: Iterable<string>, type: string) => [...keys].filter((k) => typeOf(k) === type).sort()

const fixtureFiles = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()

describe('every fixture has an annotator’s answer', () => {
  it.each(fixtureFiles)('%s', (file) => {
    expect(fs.existsSync(path.join(FIXTURES, 'expected', file.replace(/\.txt$/, '.json')))).toBe(true)
  })
})

describe.each(fixtureFiles)('%s: the exact sets of entities and relationships', (file) => {
  const exp = JSON.parse(read(path.join('expected', file.replace(/\.txt$/, '.json')))) as Expected
  const xs = extract(read(file), { source: file })
  const actual = keysOf(xs)
  const want = expectedKeys(exp)
  for (const k of exp.knownMisses) want.delete(k)
  for (const k of exp.knownFalseHits) want.add(k)

  it('has a well-formed answer: every type listed, sorted and unique, known differences consistent with it', () => {
    expect(Object.keys(exp.entities).sort()).toEqual([...ENTITY_TYPES].sort())
    expect(Object.keys(exp.relations).sort()).toEqual([...RELATION_TYPES].sort())
    for (const list of [...Object.values(exp.entities), ...Object.values(exp.relations)]) expect(list).toEqual([...new Set(list)].sort())
    const expected = expectedKeys(exp)
    // A known miss is something the answer expects; a known false hit is something it does not.
    expect(exp.knownMisses.filter((k) => !expected.has(k))).toEqual([])
    expect(exp.knownFalseHits.filter((k) => expected.has(k))).toEqual([])
    // A relationship's ends are entities of the answer (AUTHORED points at the article).
    const entityNames = new Set(Object.values(exp.entities).flat())
    const dangling = Object.entries(exp.relations).flatMap(([type, rs]) =>
      rs.filter((r) => {
        const [from, to] = r.split('>') as [string, string]
        return !entityNames.has(from) || (type !== 'AUTHORED' && !entityNames.has(to))
      }),
    )
    expect(dangling).toEqual([])
  })

  it.each([...ENTITY_TYPES, ...RELATION_TYPES])('%s', (type) => {
    const got = ofType(actual, type)
    const should = ofType(want, type)
    // `unexpected`: a new false hit (add it to knownFalseHits only if it is one);
    // `missing`: a new miss, or a listed false hit now fixed (take it off the list).
    expect({ unexpected: got.filter((k) => !should.includes(k)), missing: should.filter((k) => !got.includes(k)) }).toEqual({ unexpected: [], missing: [] })
  })
})

// What the exact sets do not cover: titles, dates, bylines and their roles, figures, aliases,
// gazetteer codes, posts and rules of SERVES_IN, mention spans, masked names.

describe('a Guangdong police report', () => {
  const xs = extract(read('guangdong-police.txt'), { source: 'guangdong-police.txt' })

  it('dates the article and reads its figures and bylines', () => {
    expect(rels(xs, 'AUTHORED')).toHaveLength(3)
    expect(xs[0]!.date).toBe('2024-03-15')
    expect(xs[0]!.figures[0]).toMatchObject({ metric: '破获电信诈骗案件', value: 812, unit: '起', change: { direction: 'up', value: 23.6 } })
  })
})

describe('Zhejiang courts and procuratorates, and a report in Traditional characters', () => {
  const xs = extract(read('zhejiang-courts.txt'), { source: 'zhejiang-courts.txt' })

  it('splits off an article whose headline is followed by a news lead, keeping its headline as written', () => {
    expect(xs.map((x) => x.title)).toEqual(['浙江高院发布十大典型案例', '台州警方破獲電信詐騙案 涉案金額逾千萬'])
    expect(xs[1]!.bylines.map((b) => b.name)).toEqual(['王浩'])
  })

  it('matches Traditional text in Simplified and keeps the source form in mentions', () => {
    const text = read('zhejiang-courts.txt')
    const campaign = xs.flatMap((x) => x.entities).find((e) => e.name === '断卡专项行动')!
    for (const m of campaign.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(campaign.mentions[0]!.text).toBe('“斷卡”專項行動')
  })
})

describe('Sichuan and Chongqing reports with other byline styles', () => {
  const xs = extract(read('sichuan-chongqing.txt'), { source: 'sichuan-chongqing.txt' })

  it('reads □本报记者 and 文/图 bylines, and the second article after its credit', () => {
    expect(xs.map((x) => x.title)).toEqual(['成都公安开展夏季治安打击整治行动', '重庆巫山：“背篓警务”服务山区群众'])
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:刘伟', '通讯员:赵丽', '记者:王芳'])
  })

  it('reads a change reported on its own', () => {
    expect(xs[0]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '辖区可防性案件', value: 31.2, unit: '%', change: { basis: '同比', direction: 'down', value: 31.2, unit: '%' } })]))
  })
})

describe('Jiangsu courts and police: a place named by its district alone, one clause per body', () => {
  const xs = extract(read('jiangsu-courts.txt'), { source: 'jiangsu-courts.txt' })

  it('resolves a district name several cities share by the city the article names', () => {
    const gulou = xs[0]!.entities.find((e) => e.name === '鼓楼区') as { division?: { code: string } } | undefined
    expect(gulou?.division?.code.startsWith('3201')).toBe(true)
  })

  it('counts person-times as their own measure word', () => {
    expect(xs[1]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '劝阻潜在受害群众', value: 12000, unit: '人次' })]))
  })
})

describe('a Henan page: a dateline strip, a short form inside a name, a name after a role', () => {
  const xs = extract(read('henan-procuratorate.txt'), { source: 'henan-procuratorate.txt' })

  it('sets the dateline strip aside and dates every article by it', () => {
    expect(xs.map((x) => x.title)).toEqual(['郑州检察机关开展“检护民生”专项行动', '洛阳市公安局西工分局民警张晓东荣获全国优秀人民警察称号'])
    expect(xs.map((x) => x.date)).toEqual(['2024-05-08', '2024-05-08'])
  })
})

describe('a Xinjiang report: 作者 bylines, transliterated names, a road named 和平路', () => {
  const xs = extract(read('xinjiang-police.txt'), { source: 'xinjiang-police.txt' })

  it('reads an 作者 byline', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['作者:帕提古丽', '作者:刘建新'])
  })
})

describe('Fujian courts and traffic police: a headline abbreviation, a tribunal head, an unquoted drive', () => {
  const xs = extract(read('fujian-courts.txt'), { source: 'fujian-courts.txt' })

  it('merges a court abbreviated with its city (厦门海沧法院) into its full name', () => {
    const court = xs[0]!.entities.find((e) => e.name === '海沧区人民法院')
    expect(court?.aliases).toContain('厦门海沧法院')
  })
})

describe('a Hubei report: short forms that are ordinary words, a page break after a quoted name', () => {
  const xs = extract(read('hubei-police.txt'), { source: 'hubei-police.txt' })

  it('keeps masked suspects, marked as masked', () => {
    const masked = xs.flatMap((x) => x.entities).filter((e) => e.masked).map((e) => e.name)
    expect(masked).toEqual(expect.arrayContaining(['王某', '李某某']))
  })
})

describe('a Hunan report: 记者从…获悉, a committee post and a body post in one run', () => {
  const xs = extract(read('hunan-police.txt'), { source: 'hunan-police.txt' })

  it('reads 记者从省公安厅获悉 as a sentence, not a byline', () => {
    expect(xs[0]!.bylines).toEqual([])
  })

  it('gives the first post of a run to the party committee and the later one to its body', () => {
    expect(xs[0]!.relations.filter((r) => r.type === 'SERVES_IN' && r.from.name === '李建华').map((r) => `${r.to.name}:${r.title}`).sort()).toEqual(['湖南省公安厅:常务副厅长', '湖南省公安厅党委:副书记'])
  })
})

describe('an Anhui report: a photo credit, a change in percentage points, a brigade under an abbreviated branch', () => {
  const xs = extract(read('anhui-police.txt'), { source: 'anhui-police.txt' })

  it('reads the byline and the photo credit', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:汪洋', '摄影:汪洋'])
  })

  it('reads a change in percentage points as a change, in its own unit', () => {
    expect(xs[0]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '校园周边警情', value: 12, unit: '个百分点', change: { basis: '同比', direction: 'down', value: 12, unit: '个百分点' } })]))
  })
})

describe('a Shandong procuratorate report: a wire dateline, 省检察院 for the full name, a department head', () => {
  const xs = extract(read('shandong-procuratorate.txt'), { source: 'shandong-procuratorate.txt' })

  it('reads the reporter from a wire dateline', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:孔维东'])
  })
})

describe('a Heilongjiang courts report: changes given 分别, a level word among two cities', () => {
  const xs = extract(read('heilongjiang-courts.txt'), { source: 'heilongjiang-courts.txt' })

  it('gives each figure its own change when the changes come 分别', () => {
    expect(xs[0]!.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 48000, unit: '件', change: { basis: '同比', direction: 'up', value: 15.2, unit: '%' } }),
        expect.objectContaining({ metric: '执行到位金额', value: 12630000000, unit: '元', change: { basis: '同比', direction: 'up', value: 9.7, unit: '%' } }),
      ]),
    )
  })
})

describe('a Beijing police report: a sub-bureau named by a district many cities have', () => {
  const xs = extract(read('beijing-police.txt'), { source: 'beijing-police.txt' })

  it('puts 北京市公安局朝阳分局 in Beijing’s 朝阳区', () => {
    const chaoyang = xs[0]!.entities.find((e) => e.name === '朝阳区')
    expect(chaoyang?.division?.code).toBe('110105')
  })

  it('keeps the office pen name out of the bylines and reads what a count counts', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:高远'])
    expect(xs[0]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '街乡', value: 43, unit: '个' })]))
  })
})

describe('a Shanghai courts report: an ordinal intermediate court and its abbreviation', () => {
  const xs = extract(read('shanghai-courts.txt'), { source: 'shanghai-courts.txt' })

  it('keeps the court’s pen name out of the bylines', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:沈佳音'])
  })
})

describe('a Jilin police report: 吉林 the city and the province, Changchun’s 朝阳区', () => {
  const xs = extract(read('jilin-police.txt'), { source: 'jilin-police.txt' })

  it('puts Changchun’s 朝阳区 in Changchun', () => {
    const code = (name: string) => xs[0]!.entities.find((e) => e.name === name)?.division?.code
    expect(code('朝阳区')).toBe('220104')
  })

  it('reads the reporter from a wire dateline', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:金成哲'])
  })
})

describe('a Guangxi appointment report: posts taken and left, written after the name', () => {
  const xs = extract(read('guangxi-appointments.txt'), { source: 'guangxi-appointments.txt' })
  const serves = xs[0]!.relations.filter((r) => r.type === 'SERVES_IN').map((r) => `${r.from.name}>${r.to.name}:${r.title}:${r.rule}`)

  it('reads who takes a post, who leaves one, and the post held before, in the body and in its committee', () => {
    expect(serves.sort()).toEqual(
      [
        '李国栋>南宁市公安局党委:书记:serves-in:left-post',
        '李国栋>南宁市公安局:局长:serves-in:left-post',
        '蒙建军>南宁市委:副书记:serves-in:run-of-posts',
        '蒙建军>南宁市委政法委:书记:serves-in:unit-title-name',
        '黄志刚>南宁市公安局党委:书记:serves-in:appointment',
        '黄志刚>南宁市公安局:党委书记:serves-in:appointment',
        '黄志刚>柳州市公安局党委:书记:serves-in:appointment',
        '黄志刚>柳州市公安局:局长:serves-in:appointment',
        '黄志刚>广西壮族自治区公安厅刑侦总队:undefined:serves-in:worked-in',
      ].sort(),
    )
  })
})

describe('a Hebei report on the sweep against gangs: a credit without brackets, criminal groups, the sweep office', () => {
  const xs = extract(read('hebei-sweep.txt'), { source: 'hebei-sweep.txt' })

  it('reads the reporter from a dateline credit with no brackets', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:李卫东'])
  })

  it('takes the gangs broken up for counts', () => {
    expect(xs[0]!.figures.map((f) => `${f.metric}=${f.value}${f.unit}`)).toEqual(expect.arrayContaining(['打掉涉黑组织=12个', '恶势力犯罪集团=87个', '审结涉黑涉恶案件=43件']))
  })
})

describe('a national round-up: a 讯 dateline with its credit on one line, a count before a kind word, a ministry bureau', () => {
  const xs = extract(read('national-roundup.txt'), { source: 'national-roundup.txt' })

  it('reads the reporter of 本报北京3月5日讯 记者 周正', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:周正'])
  })
})

describe('a Hainan verdict report: masked defendants, group sizes, 海口中院', () => {
  const xs = extract(read('hainan-verdict.txt'), { source: 'hainan-verdict.txt' })

  it('keeps the masked defendant, marked as masked', () => {
    expect(xs.flatMap((x) => x.entities).find((e) => e.name === '王某某')?.masked).toBe(true)
    expect(names(xs, 'Person')).toContain('王某某')
  })

  it('reads what the rest of the defendants number, and takes no statistic from a group just named', () => {
    expect(xs[0]!.figures.map((f) => `${f.metric}=${f.value}${f.unit}`)).toEqual(expect.arrayContaining(['被告人=22名']))
    expect(xs[0]!.figures.filter((f) => f.value === 23)).toEqual([])
  })
})

describe('a page of briefs from Qinghai and Gansu: a column name, a pen-name credit, a Tibetan name said once', () => {
  const xs = extract(read('qinghai-gansu-briefs.txt'), { source: 'qinghai-gansu-briefs.txt' })

  it('takes the column name for no headline and the courts’ pen name for no author', () => {
    expect(xs.map((x) => x.title)).toEqual(['青海：“马背法庭”巡回审判进牧区', '甘肃：临夏州推行“调解+司法确认”模式'])
    expect(xs.map((x) => x.bylines.map((b) => b.name))).toEqual([[], ['马晓兰']])
  })
})
