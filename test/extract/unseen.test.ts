// Extraction on articles unlike the seeds (other provinces, courts and procuratorates, Traditional
// characters), written for the test: the rules must find what a careful reader would.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.js'
import type { ArticleExtraction } from '../../src/model/index.js'

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')
const names = (xs: ArticleExtraction[], type: string) => xs.flatMap((x) => x.entities.filter((e) => e.type === type).map((e) => e.name))
const rels = (xs: ArticleExtraction[], type: string) => xs.flatMap((x) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}>${r.to.name}`))

describe('a Guangdong police report', () => {
  const xs = extract(read('guangdong-police.txt'), { source: 'guangdong-police.txt' })

  it.each([
    ['Unit', ['广州市公安局天河区分局', '广州市公安局天河区分局猎德派出所', '广东省公安厅', '深圳市公安局', '佛山市公安局南海分局', '第一党支部']],
    ['Place', ['广州市', '天河区', '广东省', '深圳市', '佛山市', '南海区']],
    ['Person', ['陈晓东', '林志华', '黄建国', '梁伟明', '周敏']],
    ['Campaign', ['雷霆2024专项行动', '净网2024专项行动', '反诈宣传进万家活动']],
    ['Measure', ['反诈预警工作机制', '一案一策工作模式', '电信网络诈骗犯罪打击治理工作方案']],
  ])('finds the %s entities', (type, expected) => {
    expect(names(xs, type)).toEqual(expect.arrayContaining(expected))
  })

  it('reads posts, chains, anaphora and bylines', () => {
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['黄建国>广州市公安局天河区分局', '梁伟明>广州市公安局天河区分局猎德派出所']))
    expect(rels(xs, 'PART_OF')).toEqual(expect.arrayContaining(['广州市公安局天河区分局猎德派出所>广州市公安局天河区分局', '第一党支部>广州市公安局天河区分局猎德派出所']))
    expect(rels(xs, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['广州市公安局天河区分局>反诈预警工作机制']))
    expect(rels(xs, 'AUTHORED')).toHaveLength(3)
    expect(xs[0]!.date).toBe('2024-03-15')
    expect(xs[0]!.figures[0]).toMatchObject({ metric: '破获电信诈骗案件', value: 812, unit: '起', change: { direction: 'up', value: 23.6 } })
  })

  it('does not take words for people or generic kinds for units', () => {
    expect(names(xs, 'Person')).toHaveLength(5)
    expect(names(xs, 'Unit')).not.toContain('派出所')
  })
})

describe('Zhejiang courts and procuratorates, and a report in Traditional characters', () => {
  const xs = extract(read('zhejiang-courts.txt'), { source: 'zhejiang-courts.txt' })

  it('finds courts, procuratorates and their leaders', () => {
    expect(names(xs, 'Unit')).toEqual(expect.arrayContaining(['浙江省高级人民法院', '杭州市中级人民法院', '宁波市鄞州区人民法院', '湖州市人民检察院', '湖州市公安局']))
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['朱深远>浙江省高级人民法院', '李明华>湖州市人民检察院']))
    expect(rels(xs, 'PARTICIPATES_IN')).toEqual(expect.arrayContaining(['湖州市人民检察院>清源专项行动']))
  })

  it('splits off an article whose headline is followed by a news lead, keeping its headline as written', () => {
    expect(xs.map((x) => x.title)).toEqual(['浙江高院发布十大典型案例', '台州警方破獲電信詐騙案 涉案金額逾千萬'])
    expect(xs[1]!.bylines.map((b) => b.name)).toEqual(['王浩'])
  })

  it('matches Traditional text in Simplified and keeps the source form in mentions', () => {
    expect(names(xs, 'Campaign')).toContain('断卡专项行动')
    expect(rels(xs, 'SERVES_IN')).toContain('陈建军>刑侦大队')
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

  it('resolves 该局 before a party post, and reads a change reported on its own', () => {
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['李军>重庆市巫山县公安局', '张国华>四川省公安厅']))
    expect(xs[0]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '辖区可防性案件', value: 31.2, unit: '%', change: { basis: '同比', direction: 'down', value: 31.2, unit: '%' } })]))
    expect(rels(xs, 'PART_OF')).toContain('成都市公安局锦江区分局春熙路派出所>成都市公安局锦江区分局')
  })
})

describe('Jiangsu courts and police: a place named by its district alone, one clause per body', () => {
  const xs = extract(read('jiangsu-courts.txt'), { source: 'jiangsu-courts.txt' })

  it('resolves a district name several cities share by the city the article names', () => {
    expect(rels(xs, 'LOCATED_IN')).toEqual(expect.arrayContaining(['鼓楼区人民法院>鼓楼区', '鼓楼区>南京市', '建邺区>南京市']))
    const gulou = xs[0]!.entities.find((e) => e.name === '鼓楼区') as { division?: { code: string } } | undefined
    expect(gulou?.division?.code.startsWith('3201')).toBe(true)
  })

  it('gives each clause its own body, and a head the body of the kind the title heads', () => {
    expect(rels(xs, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['鼓楼区人民法院>执行110快速反应机制', '建邺区人民法院>执行指挥中心', '南京市中级人民法院>点对点查控机制']))
    expect(rels(xs, 'IMPLEMENTS')).not.toContain('鼓楼区人民法院>执行指挥中心')
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['刘志刚>南京市中级人民法院', '陈明>江苏省高级人民法院', '王海涛>刑警大队']))
    expect(rels(xs, 'PART_OF')).toContain('刑警大队>苏州市公安局吴中分局')
  })

  it('counts person-times as their own measure word', () => {
    expect(xs[1]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '劝阻潜在受害群众', value: 12000, unit: '人次' })]))
    expect(names(xs, 'Person')).toEqual(expect.arrayContaining(['周敏', '孙立新', '刘志刚', '陈明', '王海涛']))
  })
})

describe('a Henan page: a dateline strip, a short form inside a name, a name after a role', () => {
  const xs = extract(read('henan-procuratorate.txt'), { source: 'henan-procuratorate.txt' })

  it('sets the dateline strip aside and dates every article by it', () => {
    expect(xs.map((x) => x.title)).toEqual(['郑州检察机关开展“检护民生”专项行动', '洛阳市公安局西工分局民警张晓东荣获全国优秀人民警察称号'])
    expect(xs.map((x) => x.date)).toEqual(['2024-05-08', '2024-05-08'])
  })

  it('reads no place inside a person’s name', () => {
    expect(names(xs, 'Person')).toContain('孙卫东')
    expect(names(xs, 'Place')).not.toContain('卫东区')
    expect(rels(xs, 'SERVES_IN')).toContain('孙卫东>中牟县人民检察院')
  })

  it('takes a name after a role when the article writes it again', () => {
    expect(rels(xs, 'SERVES_IN')).toContain('张晓东>洛阳市公安局西工分局王城派出所')
    expect(rels(xs, 'SERVES_IN')).toContain('杨丽华>金水区人民检察院第二检察部')
    expect(rels(xs, 'PART_OF')).toContain('金水区人民检察院第二检察部>金水区人民检察院')
  })
})

describe('a Xinjiang report: 作者 bylines, transliterated names, a road named 和平路', () => {
  const xs = extract(read('xinjiang-police.txt'), { source: 'xinjiang-police.txt' })

  it('reads an 作者 byline', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['作者:帕提古丽', '作者:刘建新'])
  })

  it('reads transliterated names joined by · after a post or role, up to where the sentence goes on', () => {
    expect(names(xs, 'Person')).toEqual(expect.arrayContaining(['阿不都热依木·买买提', '热合曼·吐尔逊', '马俊']))
    expect(rels(xs, 'SERVES_IN')).toContain('热合曼·吐尔逊>新疆维吾尔自治区公安厅')
  })

  it('keeps 和 in a road name before a station, and the station under its branch', () => {
    const station = xs[0]!.entities.find((e) => e.type === 'Unit' && e.name.endsWith('派出所'))!
    expect(station.name.endsWith('和平路派出所')).toBe(true)
    expect(rels(xs, 'PART_OF')).toContain(`${station.name}>乌鲁木齐市公安局天山区分局`)
  })
})

describe('Fujian courts and traffic police: a headline abbreviation, a tribunal head, an unquoted drive', () => {
  const xs = extract(read('fujian-courts.txt'), { source: 'fujian-courts.txt' })

  it('merges a court abbreviated with its city (厦门海沧法院) into its full name', () => {
    const court = xs[0]!.entities.find((e) => e.name === '海沧区人民法院')
    expect(court?.aliases).toContain('厦门海沧法院')
    expect(names(xs, 'Unit')).not.toContain('厦门海沧法院')
  })

  it('gives a tribunal head the court, and reads no unit kind as a name', () => {
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['林美玲>海沧区人民法院', '黄振华>交警支队', '吴偕林>福建省高级人民法院']))
    expect(names(xs, 'Person').sort()).toEqual(['吴偕林', '许文彬', '郑雅琴', '陈思远', '林美玲', '黄振华'].sort())
  })

  it('finds an unquoted 整治行动 by its kind word', () => {
    expect(names(xs, 'Campaign')).toContain('电动自行车安全隐患全链条整治行动')
  })
})

describe('a Hubei report: short forms that are ordinary words, a page break after a quoted name', () => {
  const xs = extract(read('hubei-police.txt'), { source: 'hubei-police.txt' })

  it('reads no county in 公安局 or in the verb 会同, even in the province that has them', () => {
    expect(names(xs, 'Place').sort()).toEqual(['武汉市', '江岸区'].sort())
    expect(names(xs, 'Unit')).toEqual(expect.arrayContaining(['武汉市公安局江岸区分局刑侦大队', '大智派出所']))
  })

  it('joins a drive’s quoted name to its kind word across a page break', () => {
    expect(rels(xs, 'PARTICIPATES_IN')).toContain('武汉市公安局江岸区分局>秋冬攻势专项行动')
  })

  it('reads masked suspects and a cued list of officers', () => {
    expect(names(xs, 'Person')).toEqual(expect.arrayContaining(['王某', '李某某', '陈浩', '刘洋', '张敏', '胡斌']))
    expect(rels(xs, 'SERVES_IN')).toContain('胡斌>武汉市公安局江岸区分局')
  })
})

describe('a Xizang report: a name with no Han surname after a run of posts', () => {
  const xs = extract(read('xizang-politics-law.txt'), { source: 'xizang-politics-law.txt' })

  it('takes the name when the article writes it again, with each post of the run', () => {
    expect(names(xs, 'Person').sort()).toEqual(['扎西顿珠', '次仁卓玛'].sort())
    expect(rels(xs, 'SERVES_IN').sort()).toEqual(['扎西顿珠>拉萨市委', '扎西顿珠>拉萨市委政法委'])
  })

  it('reads party-committee bodies by their level words and the districts they are in', () => {
    expect(names(xs, 'Unit')).toEqual(expect.arrayContaining(['拉萨市委政法委', '城关区委政法委', '堆龙德庆区公安分局']))
    expect(rels(xs, 'LOCATED_IN')).toEqual(expect.arrayContaining(['城关区>拉萨市', '堆龙德庆区>拉萨市']))
  })
})

describe('a Hunan report: 记者从…获悉, a committee post and a body post in one run', () => {
  const xs = extract(read('hunan-police.txt'), { source: 'hunan-police.txt' })

  it('reads 记者从省公安厅获悉 as a sentence, not a byline, and 从 as no part of the body', () => {
    expect(xs[0]!.bylines).toEqual([])
    expect(names(xs, 'Unit')).toContain('湖南省公安厅')
    expect(names(xs, 'Unit').some((n) => n.startsWith('从'))).toBe(false)
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

  it('puts a brigade named after an abbreviated branch under the full branch', () => {
    expect(rels(xs, 'PART_OF')).toEqual(expect.arrayContaining(['蜀山分局治安大队>合肥市公安局蜀山分局', '安徽省公安厅治安总队>安徽省公安厅']))
    expect(rels(xs, 'SERVES_IN')).toContain('吴刚>蜀山分局治安大队')
  })
})

describe('a Shandong procuratorate report: a wire dateline, 省检察院 for the full name, a department head', () => {
  const xs = extract(read('shandong-procuratorate.txt'), { source: 'shandong-procuratorate.txt' })

  it('reads the reporter from a wire dateline, and no office pen name as a person', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:孔维东'])
    expect(names(xs, 'Person')).not.toContain('鲁检宣')
  })

  it('takes 省检察院 for the province’s 人民检察院 the article names in full', () => {
    expect(names(xs, 'Unit')).not.toContain('山东省检察院')
    expect(rels(xs, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['山东省人民检察院>一案一专班办案机制', '淄博市人民检察院>益心为公志愿者协作模式']))
  })

  it('reads a procuratorate department and its head, whose surname is also a preposition', () => {
    expect(rels(xs, 'PART_OF')).toContain('青岛市黄岛区人民检察院第四检察部>青岛市黄岛区人民检察院')
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['于晓光>青岛市黄岛区人民检察院第四检察部', '秦玉峰>山东省人民检察院', '邵红梅>济南市历下区人民检察院']))
  })
})

describe('a Yunnan border report: an autonomous prefecture, Dai names, a joint operation', () => {
  const xs = extract(read('yunnan-border-police.txt'), { source: 'yunnan-border-police.txt' })

  it('reads the prefecture by its short form, and 推广西双版纳州 as no mention of 广西', () => {
    expect(names(xs, 'Place').sort()).toEqual(['云南省', '勐腊县', '西双版纳傣族自治州'])
    expect(names(xs, 'Unit')).not.toContain('西双版纳州公安局')
  })

  it('reads Dai names after their posts', () => {
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['岩温香>西双版纳傣族自治州公安局', '刀建华>勐腊县公安局勐满派出所']))
  })

  it('has both bodies of a joint operation take part, and a provincial bureau’s department under it', () => {
    expect(rels(xs, 'PARTICIPATES_IN')).toEqual(expect.arrayContaining(['西双版纳傣族自治州公安局>清源断流禁毒专项行动', '勐腊县公安局>清源断流禁毒专项行动']))
    expect(rels(xs, 'PART_OF')).toContain('云南省公安厅禁毒局>云南省公安厅')
    expect(names(xs, 'Campaign')).toContain('禁毒人民战争')
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

  it('reads 市公安局 as the body of the city named last before it, acting with the court', () => {
    expect(rels(xs, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['哈尔滨市中级人民法院>查人找物协作机制', '哈尔滨市公安局>查人找物协作机制']))
    expect(rels(xs, 'PART_OF')).toContain('哈尔滨市中级人民法院执行局>哈尔滨市中级人民法院')
  })
})

describe('a Beijing police report: a sub-bureau named by a district many cities have', () => {
  const xs = extract(read('beijing-police.txt'), { source: 'beijing-police.txt' })

  it('puts 北京市公安局朝阳分局 in Beijing’s 朝阳区', () => {
    const chaoyang = xs[0]!.entities.find((e) => e.name === '朝阳区')
    expect(chaoyang?.division?.code).toBe('110105')
    expect(rels(xs, 'LOCATED_IN')).toEqual(expect.arrayContaining(['北京市公安局朝阳分局>朝阳区', '朝阳区>北京市']))
  })

  it('keeps the office pen name out of the bylines and reads what a count counts', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:高远'])
    expect(xs[0]!.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: '街乡', value: 43, unit: '个' })]))
  })
})

describe('a Guizhou governance report: a prefecture of two peoples, a list of fields, a governance centre', () => {
  const xs = extract(read('guizhou-governance.txt'), { source: 'guizhou-governance.txt' })

  it('reads the prefecture by its short form and the bodies of its committee', () => {
    expect(names(xs, 'Place')).toEqual(expect.arrayContaining(['黔东南苗族侗族自治州', '凯里市', '雷山县', '贵州省']))
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['杨光荣>黔东南苗族侗族自治州委政法委', '潘晓梅>凯里市综治中心', '吴志强>雷山县公安局西江派出所']))
  })

  it('takes no person from a list of fields closed by 等力量', () => {
    expect(names(xs, 'Person').sort()).toEqual(['吴志强', '杨光荣', '潘晓梅', '龙文静'])
  })
})

describe('a Shanghai courts report: an ordinal intermediate court and its abbreviation', () => {
  const xs = extract(read('shanghai-courts.txt'), { source: 'shanghai-courts.txt' })

  it('merges 上海一中院 into 上海市第一中级人民法院 and reads its president', () => {
    expect(names(xs, 'Unit')).not.toContain('上海一中院')
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['陆海峰>上海市第一中级人民法院', '程卫东>上海市高级人民法院']))
    expect(rels(xs, 'PART_OF')).toContain('上海市公安局浦东分局>上海市公安局')
  })

  it('keeps the court’s pen name out of the bylines', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:沈佳音'])
  })
})

describe('a Jilin police report: 吉林 the city and the province, Changchun’s 朝阳区', () => {
  const xs = extract(read('jilin-police.txt'), { source: 'jilin-police.txt' })

  it('tells 吉林市 from 吉林省 and puts each sub-bureau in its own city’s district', () => {
    const code = (name: string) => xs[0]!.entities.find((e) => e.name === name)?.division?.code
    expect(code('朝阳区')).toBe('220104')
    expect(rels(xs, 'LOCATED_IN')).toEqual(expect.arrayContaining(['长春市公安局朝阳分局>朝阳区', '吉林市公安局船营分局>船营区', '吉林市>吉林省']))
    expect(rels(xs, 'PART_OF')).toEqual(expect.arrayContaining(['长春市公安局朝阳分局>长春市公安局', '吉林市公安局船营分局>吉林市公安局']))
  })

  it('reads the reporter from a wire dateline, and Korean-Chinese names after their posts', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:金成哲'])
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['韩立新>长春市公安局朝阳分局', '朴美玉>吉林市公安局船营分局']))
  })
})

describe('a Guangxi appointment report: posts taken and left, written after the name', () => {
  const xs = extract(read('guangxi-appointments.txt'), { source: 'guangxi-appointments.txt' })
  const serves = xs[0]!.relations.filter((r) => r.type === 'SERVES_IN').map((r) => `${r.from.name}>${r.to.name}:${r.title}:${r.rule}`)

  it('starts a unit’s name at the division written in full, not at the verb before it', () => {
    expect(names(xs, 'Unit')).toEqual(expect.arrayContaining(['南宁市公安局', '柳州市公安局', '广西壮族自治区党委']))
    expect(names(xs, 'Unit').filter((n) => /任|宣布/.test(n))).toEqual([])
  })

  it('reads who takes a post, who leaves one, and the post held before', () => {
    expect(names(xs, 'Person')).toEqual(expect.arrayContaining(['黄志刚', '李国栋']))
    expect(serves).toEqual(
      expect.arrayContaining([
        '黄志刚>南宁市公安局:党委书记:serves-in:appointment',
        '李国栋>南宁市公安局:党委书记、局长:serves-in:left-post',
        '黄志刚>柳州市公安局:党委书记、局长:serves-in:appointment',
      ]),
    )
  })
})

describe('a Hebei report on the sweep against gangs: a credit without brackets, criminal groups, the sweep office', () => {
  const xs = extract(read('hebei-sweep.txt'), { source: 'hebei-sweep.txt' })

  it('reads the reporter from a dateline credit with no brackets, and no pen name as a person', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:李卫东'])
    expect(names(xs, 'Person').sort()).toEqual(['李卫东', '曹文斌', '魏建民'].sort())
  })

  it('takes the gangs broken up for counts, not for units, and the sweep office for a body', () => {
    expect(names(xs, 'Unit')).not.toContain('恶势力犯罪集团')
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['魏建民>河北省扫黑办', '魏建民>河北省公安厅', '曹文斌>保定市中级人民法院']))
    expect(xs[0]!.figures.map((f) => `${f.metric}=${f.value}${f.unit}`)).toEqual(expect.arrayContaining(['打掉涉黑组织=12个', '恶势力犯罪集团=87个', '审结涉黑涉恶案件=43件']))
  })
})

describe('a national round-up: a 讯 dateline with its credit on one line, a count before a kind word, a ministry bureau', () => {
  const xs = extract(read('national-roundup.txt'), { source: 'national-roundup.txt' })

  it('reads the reporter of 本报北京3月5日讯 记者 周正', () => {
    expect(xs[0]!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:周正'])
  })

  it('takes no unit from 1200余个派出所, and a ministry’s bureau under the ministry', () => {
    expect(names(xs, 'Unit').filter((n) => /\d/.test(n))).toEqual([])
    expect(rels(xs, 'SERVES_IN')).toContain('谢天明>公安部治安管理局')
    expect(rels(xs, 'PART_OF')).toEqual(expect.arrayContaining(['公安部治安管理局>公安部', '绍兴市公安局枫桥派出所>绍兴市公安局', '银川市公安局兴庆区分局>银川市公安局']))
  })
})

describe('a Hainan verdict report: masked defendants, group sizes, 海口中院', () => {
  const xs = extract(read('hainan-verdict.txt'), { source: 'hainan-verdict.txt' })

  it('keeps the masked defendant and reads the tribunal head of the abbreviated court', () => {
    expect(names(xs, 'Person')).toEqual(expect.arrayContaining(['王某某', '林春梅']))
    expect(rels(xs, 'SERVES_IN')).toEqual(['林春梅>海口市中级人民法院'])
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
    expect(names(xs, 'Person')).not.toContain('青法')
  })

  it('reads a Tibetan name of two known parts after a post, and the Hui prefecture’s court', () => {
    expect(rels(xs, 'SERVES_IN')).toEqual(expect.arrayContaining(['才让多杰>青海省果洛藏族自治州玛多县人民法院', '马文斌>临夏回族自治州中级人民法院']))
  })
})
