// Unit mentions by organisation grammar: a name part ending in a unit suffix (公安局, 派出所,
// 领导小组), with name chains (包头市公安局青山路派出所) kept as a chain of parents, bare and
// level-word forms (公安厅, 市公安局) kept for coreference, and anaphora (该局) for relations.
import { gazetteer, type Place } from './gazetteer.js'
import { CodeUnits, LEXICONS, MEDIA_GROUP_KIND, MEDIA_NAME, NATIONAL_BODIES, NATIONAL_FULL_NAMES, NEWS_REPORT, paperOfApp, POLICE_BRANCH, PROTECTED_ZONE_KIND, readLexicon, TITLES, Trie, UNIT_SUFFIX_ENDINGS, UNIT_SUFFIXES } from './lexicon.js'
import { mention, type RawMention, withFields } from './mentions.js'
import { boundaryAt, breaksChain, COURT_FIELD, findWord, firstItemOpening, isDictionaryWord, namesTown, opensPredicate, wordEndsAt, words } from './segment.js'
import { allMatches } from './text.js'
import { conjunctionBeforeLevel, driveStart, hasStopWord, isNameChar, nameOpeningAt, nameStart, STATION_KINDS, stopEndsAt } from './words.js'

/** Kinds of the lowest bodies (stations, squads, tribunals), and kinds of the bodies above them. */
const LOCAL_KIND = /(派出所|中队|警务站|警务室|人民法庭|法庭|司法所|检查站)$/
const UPPER_KIND = /(公安局|公安厅|分局|人民法院|法院|人民检察院|检察院|政府|党委|委员会|县委|市委)$/
/** A detachment or brigade and a number, before 队 (支队九队, 大队二队). */
const NUMBERED_TEAM = /(支队|大队)[一二三四五六七八九十\d]{1,3}$/

/** What names the level of a people's congress or a political consultative conference before it (全国人大, 省政协). */
const LEVEL_OF_ASSEMBLY = /(全国|[省市县区旗州盟])$/

/** Kinds of the sections inside a body (指挥中心, 宣传科, 政治处). */
const SECTION_KIND = /(中心|科|处|室|股)$/
/** Bodies that stand on their own, never inside a section of another. */
const WHOLE_BODY = /(公安局|公安厅|人民法院|法院|人民检察院|检察院)$/

/** The longest unit name a chain may build, in characters (the longest real ones are about 30). */
const MAX_NAME = 40

function hasTitle(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TITLES.longestAt(s, i)) return true
  return false
}

/**
 * …公安局宣传科, …执行局综合处, …总局政策法规司, …公安厅警务保障部: a one-character kind (科, 处, 司, 部)
 * names a section only right after a body's name and a word or two of what it does, and where it ends
 * a word of its own (not 处理, 科学); alone it is too often part of other words (出口处, 学科). So does
 * 中心 after up to six characters (…公安局情报中心, …公安局110指挥中心); alone (以人民为中心) it is a word.
 */
function sectionOf(text: string, i: number, kind: string, body: { start?: number; end: number } | undefined): boolean {
  const written = body ? text.slice(body.end, i) : ''
  // 公安部食品药品犯罪侦查局, 司法部立法二局: a ministry's bureau or department is named for its work, at
  // length, verbs and numbers and all.
  const ministry = body?.start !== undefined && /^[局司]$/.test(kind) && isMinistry(text.slice(body.start, body.end))
  // (公安部组建…局: a verb right after the ministry is what it does; the bureau it sets up is named after it;
  // 公安部…维护社会大局: and 局 that ends a word, 大局, ends no bureau's name.)
  if (ministry) return written.length >= 2 && written.length <= 10 && [...written].every(isNameChar) && words(written)[0]?.tag !== 'v' && (/[一二三四五六七八九十]/.test(text[i - 1]!) || !isDictionaryWord(text.slice(i - 1, i + 1))) && (boundaryAt(text.slice(i, i + kind.length + 2), kind.length) || TITLES.longestAt(text, i + kind.length) !== undefined)
  // …信访局接访一处, …派出所执勤警务一队: a section numbered after the words of its work (一处 alone is a word).
  const number = NUMBERED_SECTION_KIND.test(kind) ? /(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,2}$/.exec(written)?.[0] : undefined
  // (A team, 队, is a section only numbered: 专业队 and 所队 are kinds of team, no section's name.)
  if (kind === '队' && !number) return false
  const link = number ? written.slice(0, -number.length) : written
  const inWord = kind.length === 1 && !number && isDictionaryWord(text.slice(i - 1, i + 1))
  // (特勤局局长: the segmenter's word 局局长 is the kind and its head's post.)
  const endsWord = boundaryAt(text.slice(i, i + kind.length + 2), kind.length) || TITLES.longestAt(text, i + kind.length) !== undefined
  return body !== undefined && link.length >= 2 && link.length <= maxSectionLink(kind) && [...link].every(isNameChar) && !inWord && endsWord && !breaksChain(link)
}
const NUMBERED_SECTION_KIND = /^[处科队]$/

/** The post of a section's head written after its one-character kind (户政处处长, 综治四室副主任, 政治安全局局长, 立案二庭庭长). */
const HEAD_OF_SECTION: Readonly<Record<string, RegExp>> = { 处: /^副?(?:处长|主任)/, 科: /^副?科长/, 股: /^副?股长/, 室: /^副?主任/, 局: /^副?局长/, 司: /^副?司长/, 庭: /^副?庭长/ }
/**
 * The code units of HEAD_OF_SECTION's kinds. `headedSection` is asked at nearly every character of
 * every sentence, where a one-character string and a property lookup by it cost more than the rest
 * of the test (a twentieth of the unit finder's time, most of it for characters that are no kind).
 */
const SECTION_KIND_CODES = new CodeUnits(Object.keys(HEAD_OF_SECTION).map((kind) => kind.charCodeAt(0)))

/** True when the one-character kind at `at` has its own head's post right after it, or after a name (接访处某某处长). */
const headsSection = (text: string, at: number): boolean => {
  const head = HEAD_OF_SECTION[text[at]!]
  if (!head) return false
  if (head.test(text.slice(at + 1, at + 4))) return true
  return LEXICONS.surnames.has(text[at + 1]!) && [2, 3].some((n) => [...text.slice(at + 2, at + n + 1)].every(isNameChar) && head.test(text.slice(at + n + 1, at + n + 4)) && !HEAD_OF_SECTION[text[at + n]!])
}

/**
 * 任宣传科科长, 、研究室主任: where a section named before its head's post opens, the words of its work (verbs
 * too, 宣传, 研究) back to the clause's mark or the verb of taking the post, at most eight characters.
 */
function workNamedBefore(text: string, kindStart: number, floor: number): number {
  let start = kindStart
  while (start > floor && kindStart - start < 8 && isNameChar(text[start - 1])) start--
  const ws = words(text.slice(start, kindStart))
  const last = ws.findLastIndex((w) => !/^(n|vn|v|nz|an|b|j|l)$/.test(w.tag) || /^(?:历任|担任|兼任|出任|调任|升任|时任|现任|新任|原任|任|原|兼)$/.test(w.word))
  return last >= 0 ? start + ws[last]!.end : start
}

/**
 * 户政处处长, 综治四室副主任, 政治安全局副局长: a one-character kind (处, 科, 股, 室, 局, 司) with its own head's
 * post right after it names a section wherever it stands, named by the words of its work before the kind: bare
 * in a run of posts, where no body's name runs up to it. (该局局长, 市局局长: after a pointing or level word it
 * names none. 全局 of 政治安全局, a word the kind ends, does not matter before the post.)
 */
function headedSection(text: string, i: number, from: number): boolean {
  // (Asked at every character no kind word starts at: the kind's one character is looked up first.)
  if (!SECTION_KIND_CODES.has(text.charCodeAt(i)) || i - 2 < from) return false
  const before = text.slice(i - 2, i)
  return [...before].every(isNameChar) && !/[省市县区州旗盟厅该本我各原总分]$/.test(before) && headsSection(text, i)
}

/** True when `link` is a division's name written whole that the words right before `head` (a chain's first kind) hold too. */
function samePlaceAgain(text: string, head: number, link: string): boolean {
  return link.length >= 2 && gazetteer().at(link, 0)?.length === link.length && text.slice(Math.max(0, head - link.length - 2), head).includes(link)
}

/** The longest national body's name (公安部, 国家禁毒委员会) that ends right at `at`. */
function nationalBodyEndingAt(text: string, at: number): string | undefined {
  for (let k = Math.min(at, 12); k >= 2; k--) if (NATIONAL_BODIES.has(text.slice(at - k, at))) return text.slice(at - k, at)
  return undefined
}

/** A ministry (公安部, 司法部, 应急管理部), whose bureaus and departments are named after it. */
const isMinistry = (name: string): boolean => /部$/.test(name) && NATIONAL_BODIES.has(name)

/**
 * Sections only a public-security bureau has (反诈中心): named bare with one of its people after
 * them (反诈中心民警某某), they are a bureau's; with none, a centre of any level may be meant.
 */
export const POLICE_SECTION = /^(反诈中心|反电诈中心|情报指挥中心|情指中心|合成作战中心)$/

/**
 * 反诈中心民警某某: a bare police section is kept only with a post or role right after it.
 * (“一案一专班、一人一策略”: one of a thing per case is a way of working, no body, whatever kind it ends in.)
 * (村民委员会组织法: a kind of body that a law's title goes on from names the law, no body.)
 */
function withoutLooseSections(text: string, units: RawMention[]): RawMention[] {
  return units.filter((u) => !ONE_PER_CASE.test(u.name) && !topicOfTitle(text, u) && !endsInRanks(text, u) && !LAW_OF_BODIES.test(text.slice(u.end, u.end + 4)) && (u.rule !== 'unit:bare-suffix' || !POLICE_SECTION.test(u.name) || TITLES.longestAt(text, u.end) !== undefined || /^(民警|辅警|干警)/.test(text.slice(u.end, u.end + 2))))
}
const ONE_PER_CASE = /^一[\u4e00-\u9fff]{1,2}[一双两]/

/**
 * 《关于离退休干部党支部建设…的意见》: a kind of body a document's title is about, named by no place, is the
 * document's topic, no body (one named by its place, 《关于某县公安局…》, is kept).
 */
function topicOfTitle(text: string, u: RawMention): boolean {
  // (Looked for in the 40 characters before it only: a search back through the whole text for each unit would cost more than the rest.)
  const near = Math.max(0, u.start - 40)
  const inside = text.slice(near, u.start).lastIndexOf('《')
  const open = inside < 0 ? -1 : near + inside
  if (open < 0 || text.slice(open, u.start).includes('》')) return false
  return text.slice(open, u.start).includes('关于') && !/[省市县区旗州盟镇乡]/.test(u.name[0]!) && gazetteer().at(u.name, 0) === undefined && !NATIONAL_BODIES.has(UNIT_SUFFIXES.longestAt(u.name, 0)?.values[0] ?? '')
}
/** 组织法 of a law, not 组织 then 法律, 法治 or 法规 (县法院组织法律培训). */
const LAW_OF_BODIES = /^组织法(?![律治规制])/

/** 海洋执法队伍: 队 of 队伍, the ranks of those who do a work, ends no team's name. */
const endsInRanks = (text: string, u: RawMention): boolean => u.name.endsWith('队') && text[u.end] === '伍'

/**
 * 安远县防灾减灾中心, 浏河镇社会综合治理联动中心: a centre named right after a division written in full, by
 * two to ten characters of the work it does, is a body of that division's; where the division starts, or -1.
 * (市中心 and 县城中心 are a division's middle; 平乐县成立…中心, a verb after the division, is the clause's.)
 */
function centreOfDivision(text: string, i: number, from: number): number {
  for (let end = i - 2; end >= Math.max(from, i - 10); end--) {
    const division = gazetteer().endingAt(text, end, Math.max(from, end - 12))
    // (广西反诈预警劝阻中心, 温州研判中心: or after a province's or a city's short form, of two characters or more.)
    if (!division?.values.some((v) => !v.short || (division.length >= 2 && (v.place.level === 'province' || v.place.level === 'city')))) continue
    const work = text.slice(end, i)
    const ws = words(work)
    const plain = [...work].every(isNameChar) && !/^(城|区|市区|城区|县城|地理)/.test(work) && !(ws[0]!.tag === 'v' && ws[0]!.word.length >= 2 && ws.length > 1) && !ws.some((w) => /^(p|r|c|d|ad|u.?|q|m|nr|t|f)$/.test(w.tag)) && !CENTRE_GOES_ON.test(text.slice(i + 2, i + 4))
    if (!plain) return -1
    // (大通区九龙岗镇综治维稳信访中心: with the county or district written before its town.)
    let start = end - division.length
    for (let above = gazetteer().endingAt(text, start, Math.max(from, start - 12)); above?.values.some((v) => !v.short); above = gazetteer().endingAt(text, start, Math.max(from, start - 12))) start -= above.length
    return start
  }
  return -1
}

/** 理论学习中心组, 中心渔港, 中心小学: 中心 that opens another word names no centre. */
const CENTRE_GOES_ON = /^(组|渔港|港|校|小学|学校|医院|城区|城|区|村|街|路|广场|镇)/

/** Sections of a procuratorate (公诉科, 未检科), named bare. */
const PROCURATORATE_SECTIONS = new Trie<true>()
for (const name of readLexicon('procuratorate-sections.txt')) PROCURATORATE_SECTIONS.add(name, true)
/** True when the name is a procuratorate's section named bare (公诉科). */
export const isProcuratorateSection = (name: string): boolean => PROCURATORATE_SECTIONS.longestAt(name, 0)?.length === name.length

/**
 * 公诉科检察官…: a procuratorate's section named bare, standing between words of the clause (not after
 * its body's name, which the chain rule reads), points back at the procuratorate the piece is about.
 */
export function bareSectionMentions(text: string, from: number, to: number, units: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  // (Every section ends in 科, 处, 部 or 中心: a sentence with none of them is not scanned.)
  if (!/[科处部心]/.test(text.slice(from, to))) return out
  for (let i = from; i < to; i++) {
    const m = PROCURATORATE_SECTIONS.longestAt(text, i, to)
    if (!m || units.some((u) => u.start < i + m.length && i < u.end) || (i > from && !boundaryAt(text.slice(Math.max(from, i - 2), i + m.length + 2), Math.min(2, i - from))) || UNIT_SUFFIX_ENDINGS.longestEndingAt(text, i, Math.max(from, i - 6)) !== undefined) continue
    out.push(mention('Unit', text, i, i + m.length, 'unit:bare-suffix'))
    i += m.length - 1
  }
  return out
}

/**
 * Sections only a court has (执行局, 执行指挥中心), its trial divisions (刑一庭, 民三庭, 行政庭, 审监庭) and its
 * judicial committee (审委会): named bare, they are a court's.
 */
export const COURT_SECTION = /^(执行局|立案庭|执行指挥中心|审判管理办公室|审委会|审判委员会|[刑民][一二三四五六七八九]庭|执行[一二三]?庭|行政庭|少年庭|审监庭|环资庭|商事庭)$/

/**
 * 某中院党组成员、政治部主任甲，党组成员、执行局局长乙: a section only a court has, named bare with its
 * head's post in a sentence that began with a court, is that court's (named so, in place).
 */
function courtSectionsOfPosts(text: string, units: RawMention[]): void {
  for (const [k, u] of units.entries()) {
    if (u.rule !== 'unit:bare-suffix' || !COURT_SECTION.test(u.name) || (!TITLES.longestAt(text, u.end) && !(u.name === '执行局' && text[u.end] === '长'))) continue
    const court = units.find((o) => o.end <= u.start && /(法院|中院|高院)$/.test(o.name) && o.rule !== 'unit:bare-suffix')
    if (court) units[k] = withFields(u, { name: court.name + u.name, rule: 'unit:post-run' })
  }
}

/** 该局情报中心: an anaphor (该局, 该院) stands for the body a section follows. */
function anaphorBefore(text: string, i: number): { end: number } | undefined {
  const m = /该(?:分局|支队|大队|局|院|所|厅|队)(?=[\u4e00-\u9fff\d]{2,6}$)/.exec(text.slice(Math.max(0, i - 10), i))
  return m ? { end: Math.max(0, i - 10) + m.index + m[0].length } : undefined
}
const nearerBody = (a: { end: number } | undefined, b: { end: number } | undefined) => (a && (!b || a.end >= b.end) ? a : b)

/** How many characters of what a section does may stand between its body and its kind. */
const maxSectionLink = (kind: string): number => (kind === '中心' || kind === '科' || kind === '处' ? 6 : 4)
/**
 * 省消防总队, 区城管局, 县人武部: a level word, a word of its own, then the body's work: the level's body of
 * that work (a task force's drive may be longer: 市扫黑除恶斗争领导小组).
 */
function levelledWork(namePart: string, longest = 4): boolean {
  const level = /^(自治区|自治州|省|市|县|区|州)/.exec(namePart)?.[0]
  const rest = level ? namePart.slice(level.length) : ''
  return level !== undefined && rest.length >= 1 && rest.length <= longest && !/^(人民|中级|高级)/.test(rest) && words(namePart)[0]?.word === level && gazetteer().at(rest, 0) === undefined
}

/** 市县, 某州县, 某市区县: two levels named together before a kind, the bodies of both (the division before them written short or whole). */
// (全州县, 梅县区: a division whose own name ends so is one division.)
function twoLevels(namePart: string): boolean {
  const pair = /(?:省市|市县|州县|县乡|县区|区县|市州|州市)$/.exec(namePart)
  const division = gazetteer().at(namePart, 0)?.length ?? 0
  return pair !== null && division < namePart.length && (namePart.length === 2 || division >= namePart.length - 2)
}

/** An ethnic group's name alone (彝族, 柯尔克孜族). */
const ETHNIC_GROUP = new RegExp(`^(?:${readLexicon('ethnic-groups.txt').join('|')})族$`)

/** How posts end (副县长, 县公安局局长, 党组书记), unlike tasks (政治督察). */
// (党组书记、检察长任领导小组组长: a post, then 任, takes a post in the group; it is no group's name.)
const POST_ENDING = /(长|书记|主任|委员)任?$/

/** Work a police station or post is named for (巡逻警务站, 查缉站). */
const STATION_WORK = /^(巡逻|执勤|巡查|检查|指挥|侦查|执法|服务|调解|接警|值守|查缉|治安|交通|警务)$/

/** …公安局东湖新技术开发区分局: a sub-bureau of a development zone bears the zone's whole long name. */
const ZONE = /(开发区|新区|园区|试验区|保税区|示范区|经济区|度假区|风景区|旅游区)$/

/** True when a kind word starting inside the one at `i` (of `length`) runs on past its end. */
function overlapsLongerKind(text: string, i: number, length: number, to: number): boolean {
  for (let k = 1; k < length; k++) {
    const longer = UNIT_SUFFIXES.longestAt(text, i + k, to)?.length ?? 0
    // (人民法院报: a paper's kind, 法院报, that a longer kind runs into is the paper, whatever the kind's length.)
    if (length > 2 && !/报$/.test(text.slice(i + k, i + k + longer))) continue
    // (第二十一小学校长: a longer kind, 学校, whose last character opens its head's post, 校长, is none there.)
    // (未成年人大队长: the longer kind that opens a post of its own, 大队长, stays.)
    if (k + longer > length && (!TITLES.longestAt(text, i + k + longer - 1, to) || TITLES.longestAt(text, i + k, to))) return true
  }
  // (某某大学城: a kind that a site's kind word runs past, 大学 of 大学城, is the site's.)
  return SITE_KINDS_PAST_UNIT_KINDS.has(text.slice(i, i + length + 1))
}

/** Sites' kind words that open with a body's kind (大学城). */
const SITE_KINDS_PAST_UNIT_KINDS: ReadonlySet<string> = new Set(LEXICONS.placeSuffixes.filter((s) => UNIT_SUFFIXES.longestAt(s, 0)?.length === s.length - 1))

/** 某市公安局某某(高新区)分局: a bracketed second name of a sub-bureau, right before its kind, is a link of its chain. */
const BRACKETED_BEFORE_KIND = /(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{1,10}[)）]$/

/** Police roles that name a branch of a bureau (交警支队, 巡特警大队, 督察支队), not a post held in it. */
const POLICE_ROLE_LINK = /^(交警|刑警|特警|巡警|巡特警|网警|经警|治安|督察)$/

/** Bodies whose bare name is a full name (they exist once). */
/** Organs of the nation whose name opens with 全国 (全国人大常委会, 全国妇联). */
const NATIONAL_ORGAN = /^(人大常委会|人大|人民代表大会|人民代表大会常务委员会|政协|妇联|总工会|工商联|律师协会|台联|侨联|扫黑办)$/
/** A link starting like a national body's name is a body of its own (中央纪委国家监委), not a child. */
const NATIONAL_PREFIX = /^(中央|国家|中共|最高|全国)/
/** Name parts that only say which level or that it is "this one": coreference, never a new unit. */
const LEVEL_WORD = /^(省|市|区|县|旗|盟|州|自治区|自治州|乡|镇|局|厅|院|所|队)$/
/** 通化 of 通化市委 or 通化中院, 磁 of 磁县委: words before a kind that are a division, named whole, short, or with the committee's level. */
function divisionBeforeLevel(text: string, start: number, namePart: string): boolean {
  const m = gazetteer().at(text, start)
  return m !== undefined && ((m.length === namePart.length + 1 && m.values.some((v) => !v.short) && /[省市县区旗州盟]/.test(text[start + namePart.length]!)) || (m.length === namePart.length && namePart.length >= 2))
}

/** 本溪市, 个旧市, 名山区: a division named in full that opens a name, whose first character a generic word opens with too (本, 个, 名). */
const opensWithDivision = (namePart: string): boolean => (gazetteer().at(namePart, 0)?.values.some((v) => !v.short && v.place.name.length >= 3) ?? false)
const GENERIC = /^(问题$|公安$|边防$|公安机关|全体|整个|整座|地方|当地|本地|外地|异地|新时代|一条|城区$|郊区$|山区$|牧区$|家门口$|[一二]线|(?:直属|内设|派出)机构|城市$|农村$|乡村$|森林$|草原$|铁路$|水上$|机场$|港口$|口岸$|机关|工作$|级|各级|各|基层|全市|全区|全旗|全县|全省|全国|本|我|上级|下级|相关|有关|职能|属地|辖区|个|名|支|[0-9]+|[一两二三四五六七八九十多几]+(个|名|支|批|些|级|家|所|座|间|处|类|种|年|地)|首批|首家|小小|行业$|专业性|行业性|其他|其它|所属|下属|旗县|盟市|乡镇|县级|市级|省级|区级|(?:副|正)?[科处厅局部]级|原审|一审|二审|再审|近段时间|近期|近日|日前|目前|临时|村屯|家长|边远|偏远|交警$|特警$|辅警$|先进$|驻村$|驻镇$|兄弟$|直辖市$)/
/** Words for people by what they do or are (车主, 村民, 群众): no name of a body. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(LEXICONS.peopleNouns)
/** 一代代, 几代, 第一代, 老一辈: generations, which count people, never a body's name. */
const GENERATION = /(?:[一二三四五六七八九十几两]代代?|[老新上下前]一辈)$/
/** Kinds of government that are qualities to build, not bodies (法治政府, 数字政府, 服务型政府; 平安监狱、文明监狱). */
const GOVERNMENT_QUALITY = /(法治|数字|智慧|服务型|阳光|廉洁|诚信|责任|文明|和谐)(人民)?(政府|法院|检察院|监狱)$|(?:^|、)平安监狱$/
/** Verbs that award or aim at a title of honour or a model: what they name in quotes is a title, whatever it ends with. */
const HONOUR = /(评为|荣获|获评|获得|授予|命名为|打造|创建|争创|争当|创成|评议|评选|入选)[^,，。;；]*$/
/** “…”荣誉称号, “…”金字招牌: the words after a quoted title of honour. */
const HONOUR_AFTER = /^(?:荣誉称号|光荣称号|称号|金字招牌|招牌)/
/** 设立4个“…”: a count of things right before a quote. */
const COUNTED_BEFORE_QUOTE = /[\d一二两三四五六七八九十百]+[个处家座]$/
const CRIMINAL_GROUP = /(犯罪集团|犯罪团伙|黑社会性质组织|涉黑组织|涉恶组织|(?:诈骗|诈欺|贩毒|走私|赌博|传销|盗窃|恶势力|黑社会)(?:集团|团伙))$/
/** Departments inside a body, named bare after a post in that body. */
const DEPARTMENT = /^(政治部|政治处|办公室|宣传部|组织部|统战部|指挥部|政法委|纪委|防范办|委办)$/
const DRIVE_KINDS = new Set(LEXICONS.campaignKinds)
/** Kinds of body whose whole name is the kind (人民调解委员会, 村民委员会): bare, however long. */
const KIND_NAMED_IN_FULL = /^(人民调解|村民|居民|业主)委员会$/
const LEVEL_ONLY = /^[省市县区旗州盟]$/
/** A division pointed back at by 该 (该县, 该市) right before a body named by that level. */
const LEVEL_CHAR_OF_ANAPHOR = /^[省市县区州旗盟]$/
/** A session of a congress or conference (第十七届…第三次会议) inside a name: a meeting, not a body; right before the body's kind it is its term. */
const SESSION = /第[一二三四五六七八九十\d]+届/
/** A term of a congress written before its body (十二届人大常委会, 第十四届人民代表大会). */
const TERM = /第?[一二三四五六七八九十\d]+届$/
/** True when `s` (two characters) is one noun to the segmenter (都市, 城市, whatever kind of noun), no division's name (和县 after a name and 和). */
function nounOfTwo(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && /^n[sz]?$/.test(ws[0]!.tag) && gazetteer().at(s, 0)?.length !== 2
}
/** Task forces named for what they do (打击电信诈骗领导小组): a verb may open their name. */
const TASK_FORCE = /(领导小组|领导组|工作小组|小组|督导组|督查组|工作组|指挥部|联席会议|专班|办公室)$/
/** Centres and squads a quoted brand may name (“某某”服务中心, “某某”小分队). */
const BRANDED_KIND = /(中心|小分队|突击队)$/
/** The start of a name moved left over the level word just before it (县 of 县打击…领导小组). */
// (全市打击…专班: not the level of a whole division's scope.)
const withLevelWord = (text: string, start: number, floor: number): number => (start > floor && /[省市县区旗州盟]/.test(text[start - 1] ?? '') && text[start - 2] !== '全' ? start - 1 : start)
/** Words cut from before a name that end in a count (两支, 4个, 26省市区, 三个): a class of units, not one. */
const COUNT_BEFORE = /(?<![第\d一两二三四五六七八九十])([\d一两二三四五六七八九十几多]+[个名支家所批些级]?|\d+[省市县区])$/
/** A level word, then a verb of pushing on with a reform or a work, and what it pushes on with (省深化监察体制改革试点工作). */
const LEVEL_THEN_REFORM = /[省市县区旗州盟](?:全面)?(?:深化|推进|推动|加强)[\u4e00-\u9fff]{2,14}?(?:改革|建设|工作)(?:试点)?(?:工作)?$/
/** A drive's kind word ending right before a task force's suffix (or before 工作 and it: 集中整治行动工作领导小组). */
const DRIVE_KIND_BEFORE = /(专项行动|专项斗争|专项整治|专项治理|整治行动|攻坚行动|行动|斗争|人民战争|会战|攻坚战|教育整顿|专项活动|活动)(工作)?$/
/** A fight or a clean-up and what it targets, right before a task force's kind (打击电信网络诈骗犯罪专班). */
// (打击治理某某犯罪工作领导小组办公室, …犯罪联席会议办公室: with the work it is set up for, or the joint meeting whose office it is;
// …犯罪工作局际联席会议: a meeting between bureaus says so before its kind.)
// (打击走私工作专班: or the work of fighting it, the target written bare.)
// (打击走私领导小组: or a charge of the law written bare, 走私.)
const FIGHT_BEFORE = new RegExp(`(?:打击|整治|严打|扫除|打击整治|打击治理)(?:[\\u4e00-\\u9fff]{2,14}(?:犯罪|违法犯罪|行为|问题)(?:工作)?|[\\u4e00-\\u9fff]{2,8}工作|(?:${LEXICONS.crimeKinds.join('|')}))(?:[部厅局]际)?(?:联席会议|协调机制)?$`)
/** A verb of setting up a task force, then the words that name it before its kind (成立推进某某工作领导小组): no clause's marks, no 的, 以, 由 or 为 of who leads it. */
const SET_UP_BEFORE = /(?:成立|组建|设立)了?([^，,。；;、：:“”《》的以由为\s]{4,24})$/
/** Words of holding a post (现任分局长: the one who now holds it), before a chief's post: no squad's name. */
const HOLDING_POST = /(?:现任|时任|前任|继任|曾任|担任|新任|原任)$/
/** A party committee named by its level alone (县委, 市委): the committee of the division the article is about. */
const LEVEL_COMMITTEE = /^(省|市|县|区|旗|州|盟)委(办)?$/
/** 长庆派出所, 长安中队: 长 and one to three name characters, then a station's kind word. */
// (…检查总站长白山边境管理支队, 省高警局长沙支队: so does the name of a detachment or brigade named for a place.)
const LOCAL_STATION_AHEAD = /^长[\u4e00-\u9fff]{1,3}?(派出所|警务站|警务室|中队|司法所|边境管理支队|边境管理大队|支队|大队)/
/** (…公安局长沙某某机场派出所: a division's name opening with 长, 长沙 or 长春, may open a station's longer name.) */
const DIVISIONS_STATION_AHEAD = /^长[\u4e00-\u9fff]{1,10}?(派出所|警务站|警务室|中队|司法所|边境管理支队|边境管理大队|支队|大队)/

/** Whether the 长 at `at`, right after a kind word, opens the name of a station rather than closing a chief's post (分局长). */
const stationAhead = (text: string, at: number): boolean => LOCAL_STATION_AHEAD.test(text.slice(at, at + 12)) || (DIVISIONS_STATION_AHEAD.test(text.slice(at, at + 20)) && (gazetteer().at(text, at)?.length ?? 0) >= 2)
const ANAPHOR = /^该(局|分局|大队|支队|中队|所|院|队|委|厅|部|中心|组)/

/**
 * Zones whose bureau is named with the zone (…自然保护区管理局, …风景名胜区管理委员会), and a national park's, the
 * division it runs the park in after it (某某国家公园甘肃管理局, 某某国家公园张掖综合执法局).
 */
const ZONE_BEFORE_KIND = new RegExp(`(?:${PROTECTED_ZONE_KIND}|国家公园[\u4e00-\u9fff]{0,3})$`)

/**
 * 广西弄岗国家级自然保护区管理局: a zone's bureau is named with the whole zone, whose own name may hold
 * any word (弄岗), back to the division it is written after; without one, from the zone's kind.
 */
function zoneNameStart(text: string, start: number, kindStart: number, floor: number): number {
  const zone = ZONE_BEFORE_KIND.exec(text.slice(Math.max(floor, kindStart - 8), kindStart))
  if (!zone) return start
  const zoneStart = kindStart - zone[0].length
  for (let p = Math.max(floor, zoneStart - 12); p < Math.min(start, zoneStart); p++) {
    if (/[，,。；;、：:“”\s]/.test(text.slice(p, kindStart))) continue
    if ((gazetteer().at(text, p)?.length ?? 0) >= 2) return p
  }
  // (祁连山国家公园, 三江源国家公园: a national park is named by the land it covers, the nouns right before it.)
  if (zone[0].startsWith('国家公园')) {
    const before = words(text.slice(Math.max(floor, zoneStart - 5), zoneStart))
    let named = zoneStart
    for (const w of before.toReversed()) {
      if (!/^(n|ns|nz|ng)$/.test(w.tag) || zoneStart - (named - w.word.length) > 5) break
      named -= w.word.length
    }
    if (zoneStart - named >= 2) return Math.min(start, named)
  }
  return Math.min(start, zoneStart)
}

/** Where a name opens at a division written after a verb inside the words before a kind (看广东监狱), else `start`. */
function afterVerbBeforeDivision(text: string, start: number, kindStart: number): number {
  // (Most names hold no verb: their words are asked once, the divisions only then.)
  if (kindStart - start < 4 || !words(text.slice(start, kindStart)).some((w) => /^v/.test(w.tag) && w.tag !== 'vn')) return start
  // (回龙山镇党委: not a division's own first character, which the segmenter reads as a verb, 回 of 回龙山镇.)
  if ((gazetteer().at(text, start, kindStart)?.length ?? 0) >= 3) return start
  for (let p = start + 1; p < kindStart - 1; p++) {
    const division = gazetteer().at(text, p, kindStart)
    if (!division || division.length < 2) continue
    return words(text.slice(start, p)).some((w) => /^v/.test(w.tag) && w.tag !== 'vn') && boundaryAt(text.slice(start, kindStart), p - start) ? p : start
  }
  return start
}

/**
 * Verbs of a clause that no body's name holds (围绕, 现有, 来自, 时任, 心系, 不仅): a name that would run across
 * one opens after it, and a chain of names breaks there.
 */
const CLAUSE_VERB = /告诉|采取|融入|围绕|来自|入驻|调取|原有|现有|心系|高居|拥有|共有|时任|现任|曾任|作为|成为|不仅|不但|还是|就是/g

/** 第三次: the count of a meeting's sittings; no link of a chain of names and no part of a body's name. */
const SITTING = /第[\d一二三四五六七八九十]+次/

/** A count right after a body's kind (…委员会6个, …中心三家): how many bodies of the kind, no name. */
const COUNTED_AFTER = /^(?:\d+|[两二三四五六七八九十]+)[余多]?(?:个|家|所|支)(?!部门|单位|机构|成员)/

/** Kinds of development zone a body may be named for (高新区, 经开区, 开发区). */
const DEVELOPMENT_ZONE = /^(高新区|经开区|开发区|经济技术开发区|高新技术产业开发区|新区|保税区|综合保税区)/

/**
 * 净月高新区检察院: a development zone's own name, two characters the segmenter may read as other words,
 * stands before its kind; the name opens with it when the words before it end a clause or name a division.
 */
function developmentZoneStart(text: string, start: number, floor: number): number {
  if (start - 2 < floor || !DEVELOPMENT_ZONE.test(text.slice(start, start + 10))) return start
  const own = text.slice(start - 2, start)
  if (![...own].every((ch) => ch >= '\u4e00' && ch <= '\u9fff') || hasStopWord(own)) return start
  const before = start - 2 === floor ? '' : text[start - 3] ?? ''
  if (before === '' || /[，,。；;、：:“”\s和与及]/.test(before)) return start - 2
  const division = gazetteer().endingAt(text, start - 2, floor)
  return division ? start - 2 - division.length : start
}

/** 天全县: a division's full name, whatever words it holds (全县 inside it says no "whole county"). */
function divisionWhole(name: string): boolean {
  const division = gazetteer().at(name, 0)
  return division?.length === name.length && division.values.some((v) => !v.short)
}

/** Words of taking a post (新任, 时任, 调任…), or a name of two or three and 任, before a body named by its level or division. */
const TAKING_POST = /^(?:[\u4e00-\u9fff]{0,8}?([时新现曾拟调升出兼担转改继接历])任|[\u4e00-\u9fff]{2,3}(?<!主|责|信|委)任)/

/** The length of the words of taking a post that open the words before a kind at `start`, or 0. */
function postTakenBefore(text: string, start: number, at: number): number {
  const took = TAKING_POST.exec(text.slice(start, at))
  if (!took) return 0
  const after = start + took[0].length
  // (在某地出任公安局长: or the body's kind alone, the division's own bureau, after the words of taking the post.)
  const bodyAfter = /[省市县区州旗盟]/.test(text[after] ?? '') || gazetteer().at(text, after) !== undefined || UNIT_SUFFIXES.longestAt(text, after)?.length === at - after
  // (甲任: a name before 任 opens with a surname and names no division.)
  const named = took[1] !== undefined || (took[0].length <= 4 && LEXICONS.surnames.has(text[start]!) && gazetteer().at(text, start) === undefined)
  return bodyAfter && named ? took[0].length : 0
}

/** A division of the Corps, numbered, right before the city it is one with (第十师, 新疆兵团三师). */
const CORPS_DIVISION_BEFORE = /(?:新疆生产建设兵团|新疆兵团|兵团)?第?[一二三四五六七八九十]{1,3}师$/

/**
 * Where a unit's own name starts. A road is named by two characters at least, so a lone one
 * before 路 or 街 takes the joining word before it into the name (分局和平路派出所: 和平路, not 和 + 平路).
 */
function unitNameStart(text: string, at: number, max: number, floor: number): number {
  let start = nameStart(text, at, max, floor)
  // 全面依法治省委员会: a name never starts inside a noun (依法治省), which belongs to it whole, with what stands before it.
  // (Asked only where a stop word ended the name: elsewhere the name already starts at a word.)
  const left = Math.max(floor, start - 4)
  const inside = start > floor && stopEndsAt(text, start, floor) ? findWord(words(text.slice(left, at)), (w) => left + w.start < start && left + w.end > start) : undefined
  // (红其拉甫出入境边防检查站: nor inside a proper name of four characters or more, which the segmenter may tag as a person's.)
  if (inside && inside.word.length >= 4 && /^(n|nz|l|j|ns|nr)$/.test(inside.tag) && at - (left + inside.start) < max) start = nameStart(text, left + inside.start, max - (at - (left + inside.start)), floor)
  // 克孜勒苏柯尔克孜自治州边境管理支队: a division written in full opens the name, however far back it starts.
  for (let p = Math.max(floor, start - 8); p < start; p++) {
    const place = gazetteer().at(text, p)
    if (place && place.length >= 5 && place.values.some((v) => !v.short) && p + place.length > start && p + place.length <= at) {
      start = p
      break
    }
  }
  // 山东商报·速豹新闻网: a middle dot between bodies separates two names.
  // (Looked for in the name only: a search back from `at` would read the whole text before it.)
  const dot = text.slice(start, at).lastIndexOf('·')
  if (dot >= 0) start += dot + 1
  // (第三次会议上作法院工作报告: what was done at a meeting is the clause's; a name starts after it.)
  const meeting = /(?:会议|会)上[作做]?/.exec(text.slice(start, at))
  if (meeting) start += meeting.index + meeting[0].length
  // 原市烟草局局长: 原 (former) before a level word says the post was held, it is no part of the name.
  // (原蓟县公安局: so is 原 before a division's name, unless 原 opens the division's own, 原平市.)
  // 他从珠藏司法所: a pronoun and the preposition after it open the clause, no name.
  const pronoun = /^[他她我你]们?[从在到向把将]/.exec(text.slice(start, Math.min(at, start + 3)))?.[0].length ?? 0
  if (pronoun > 0 && at - start - pronoun >= 2) start += pronoun
  // (南木林县时任县委政法委: 时任 after the division says the post was held then; the body is named by its level after it.)
  // (新任某省委常委, 甲任省委政法委书记: so do the other words of taking a post, and a name of two or three before 任.)
  start += postTakenBefore(text, start, at)
  // (原白下法院: and before any name 原 makes no word with, a body named as it was before.)
  // (原州区公安局: never the 原 of a division's own name.)
  if (text[start] === '原' && start + 2 <= at && gazetteer().at(text, start, at) === undefined && (/[省市县区州旗盟乡镇]/.test(text[start + 1] ?? '') || gazetteer().at(text, start + 1, at) !== undefined || (at - start >= 3 && words(text.slice(start, at))[0]?.word === '原'))) start += 1
  // (第十师某某市司法局, 新疆兵团三师某某市党委: a city of the Corps is named with its division, one body with it,
  // though the division, a place of the gazetteer, ends the words a name may take.)
  // (Asked only after 师: the gazetteer is looked up for the few names that follow one.)
  const corpsDivision = text[start - 1] === '师' && gazetteer().at(text, start, at) !== undefined ? CORPS_DIVISION_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null
  if (corpsDivision) start -= corpsDivision[0].length
  // (七届某市委第一轮巡察: nor is the term of a committee written before its division.)
  const term = /^第?[一二三四五六七八九十]+届/.exec(text.slice(start, at))?.[0]
  if (term && at - start - term.length >= 2 && gazetteer().at(text, start + term.length, at) !== undefined) start += term.length
  // 2016 年市综治委: the year's 年 after its figures, spaced off or not, is no part of the name.
  if (/[年月]/.test(text[start] ?? '') && /\d\s*$/.test(text.slice(Math.max(floor, start - 3), start)) && start + 2 <= at) start += 1
  return start - 1 >= floor && /^[\u4e00-\u9fff](路|街)$/.test(text.slice(start, at)) && /[和与及同]/.test(text[start - 1] ?? '') ? start - 1 : start
}

/**
 * 迅速调度省高警局: a word of two characters or more opening a name, no place's and making no word with
 * the level word after it (高新区 and 开发区 do), belongs to the clause (a verb read as a noun, 调度); the
 * name starts at the level word.
 */
function pastWordBeforeLevel(text: string, start: number, kindStart: number): number {
  // (Most names hold no level's character past their second: the segmenter is asked only of those that do.)
  if (!/[省市县区州]/.test(text.slice(start + 2, kindStart))) return start
  const [first, second] = words(text.slice(start, kindStart))
  const level = first ? start + first.end : start
  // (社区市民服务中心: the level's character must be a word alone, not the first of 市民.)
  const opensLevel = first !== undefined && first.word.length >= 2 && /^[省市县区州]$/.test(second?.word ?? '')
  // (全省市州分院: a word of scope, 全省 or 各地, before the level makes a class of bodies; it stays.)
  return opensLevel && !/^(ns|nz|nt|j)$/.test(first.tag) && !/^(中共|中国|[全各本该])/.test(first.word) && gazetteer().at(text, start) === undefined && !isDictionaryWord(text.slice(start, level + 1)) ? level : start
}

/**
 * 南宁市公安局党委书记, 县法院党组副书记: a post in a unit's party committee or group names that
 * committee, a unit of its own (ONTOLOGY.md v2), written as the unit's name and 党委 or 党组.
 */
function committeesOfPosts(text: string, units: readonly RawMention[], to: number): RawMention[] {
  const out: RawMention[] = []
  for (const u of units) {
    // (中院党组成员: a court written by its kind alone names the one the article names in full; its committee is that court's.)
    const bareCourt = u.rule === 'unit:bare-suffix' && /^(中院|高院)$/.test(u.name)
    if (u.rule === 'unit:anaphora' || (u.rule === 'unit:bare-suffix' && !bareCourt) || /(党委|党组|党工委)$/.test(u.name)) continue
    // 市市场监管局局党组书记: the body's kind may be written again before its committee.
    const again = u.name.at(-1) === text[u.end] && /[局院厅所队委]/.test(text[u.end]!) ? 1 : 0
    // (某常委会原党组成员: 原 before the committee says the post was held; the committee is the same.)
    const former = text[u.end + again] === '原' ? 1 : 0
    const committee = /^(党委|党组|党工委)(?=副?书记|委员|成员|副?主任)/.exec(text.slice(u.end + again + former, Math.min(to, u.end + again + former + 6)))?.[0]
    if (!committee || units.some((o) => o.start === u.start && o.end === u.end + again + former + committee.length)) continue
    // With the kind written again the name no longer mirrors the text: no chain, the body is its own mention.
    const chain = again || bareCourt || former ? {} : { chain: [...(u.chain ?? []), { end: u.end }] }
    out.push(Object.assign(mention('Unit', text, u.start, u.end + again + former + committee.length, u.rule === 'unit:level-word' ? 'unit:level-word' : 'unit:committee-of-post', u.name + committee), chain))
  }
  return out
}

const RELATIVE_WITH_POST = /(^|[，,；;：:\s]|该|(?<![\u4e00-\u9fff])我)([局院厅](?:机关)?(?:(?![了以在为对把被将与和的])[\u4e00-\u9fff]){0,8}?(?:处|科|室|党委|党组|纪委|组|庭))/g
/**
 * True when a 局, 院 or 厅 opens `span` or follows a clause mark, a space, 该 or 我: where RELATIVE_WITH_POST
 * can match. Read by code units: 局 is in most sentences of police news, the pattern's head in few.
 */
function relativeHeadIn(span: string): boolean {
  for (let k = 0; k < span.length; k++) {
    const c = span.charCodeAt(k)
    if ((c === 0x5c40 || c === 0x9662 || c === 0x5385) && (k === 0 || RELATIVE_HEAD_AFTER.test(span[k - 1]!))) return true
  }
  return false
}
const RELATIVE_HEAD_AFTER = /[，,；;：:\s该我]/
/** One-character kinds a section's name may open with, for the body it belongs to. */
const RELATIVE_HEAD = /^[院局厅所]/
const RELATIVE_BODY: Record<string, RegExp> = { 院: /(法院|检察院)$/, 局: /局$/, 厅: /厅$/, 所: /所$/ }

/** The names of a mention's parents in its name chain and of its unit, outermost first. */
function namesInChain(u: RawMention): string[] {
  return [...(u.chain ?? []).map((c) => u.name.slice(0, u.name.length - (u.end - c.end))), u.name]
}

/**
 * 该院执行局, 局机关党委: a section named after its body's one-character kind is the section of the
 * body of that kind named last before it, and takes its name; with none named, it is no unit.
 */
export function relativeSections(units: readonly RawMention[]): RawMention[] {
  // A loop, not a flatMap: most units are no section, and an array for each of them is garbage.
  const out: RawMention[] = []
  for (const u of units) {
    if (u.rule !== 'unit:relative') {
      out.push(u)
      continue
    }
    const found = lastBodyOfKind(units, u.start, u.text[0]!)
    if (!found) continue
    const { parent } = found
    const name = found.name + u.name.slice(1)
    // 县法院…该院党组: named by its level like its body, it is resolved as its body is. The head (局, 院)
    // points back and is no part of the section's own words, which are a name of it too.
    out.push(withFields(u, { start: u.start + 1, text: u.text.slice(1), name, rule: parent.rule === 'unit:level-word' ? 'unit:level-word' : u.rule }))
  }
  return out
}

const ELIDED_BRANCHES = new RegExp(`((?:${POLICE_BRANCH}、)+)$`)
const BRANCH_UNIT = new RegExp(`^(${POLICE_BRANCH})(支队|大队|中队)$`)

/**
 * 该局刑侦、巡特警支队, 宁江县公安局治安、交警大队: police branches listed before the last one's kind
 * are units of that kind each, of the body named (or pointed back at) right before the list.
 */
export function elidedBranches(text: string, units: readonly RawMention[]): RawMention[] {
  const renamed = new Map<RawMention, RawMention>()
  const out: RawMention[] = []
  for (const u of units) {
    const own = BRANCH_UNIT.exec(u.name)
    const listed = own ? ELIDED_BRANCHES.exec(text.slice(Math.max(0, u.start - 24), u.start)) : null
    if (!own || !listed) continue
    const listStart = u.start - listed[1]!.length
    const body = units.find((p) => p.end === listStart && p !== u && p.rule !== 'unit:anaphora')?.name ?? anaphorTarget(text, units, listStart)
    const prefix = body ?? ''
    // (A kind named bare, 交警大队, is the body's too: no longer a form pointing back.)
    if (body) renamed.set(u, withFields(u, { name: prefix + u.name, rule: u.rule === 'unit:bare-suffix' ? 'unit:elided-kind' : u.rule }))
    let at = listStart
    for (const branch of listed[1]!.split('、').filter(Boolean)) {
      out.push(Object.assign(mention('Unit', text, at, at + branch.length, 'unit:elided-kind'), { name: prefix + branch + own[2] }))
      at += branch.length + 1
    }
  }
  return [...units.map((u) => renamed.get(u) ?? u), ...out]
}

/** The body an anaphor (该局) ending at `end` points back at: the last one of its kind named before. */
function anaphorTarget(text: string, units: readonly RawMention[], end: number): string | undefined {
  const head = /该([院局厅所])$/.exec(text.slice(Math.max(0, end - 2), end))?.[1]
  return head ? lastBodyOfKind(units, end - 2, head)?.name : undefined
}

/** The body of a one-character kind (院, 局) named last before `end`, and its name of that kind in its chain. */
function lastBodyOfKind(units: readonly RawMention[], end: number, head: string): { parent: RawMention; name: string } | undefined {
  const body = RELATIVE_BODY[head]!
  const parent = units.findLast((p) => p.end <= end && p.rule !== 'unit:anaphora' && p.rule !== 'unit:relative' && namesInChain(p).some((n) => body.test(n)))
  return parent && { parent, name: namesInChain(parent).findLast((n) => body.test(n))! }
}

/**
 * A numbered department of a procuratorate or court (第二检察部, 第一检察厅, 第三审判庭; 检察三部, the number written
 * inside the kind), and the kind of body it is part of.
 */
const NUMBERED_DEPARTMENT = /^(?:第[一二三四五六七八九十]+(?:(检察部|检察厅)|((?:刑事|民事|行政)?审判庭))|(检察)[一二三四五六七八九十]+部)$/

/**
 * 安图县人民检察院…第二检察部主任沈明龙: a numbered department named bare is the department of
 * the procuratorate (or court) named last before it; with none named, it stays as written.
 */
export function numberedDepartments(units: readonly RawMention[]): RawMention[] {
  return units.map((u) => {
    // (检察三部, its number inside the kind, is read as a kind written bare.)
    const kind = u.rule === 'unit:suffix' || u.rule === 'unit:bare-suffix' ? NUMBERED_DEPARTMENT.exec(u.name) : null
    if (!kind) return u
    const body = kind[1] || kind[3] ? /检察院$/ : /法院$/
    const parent = units.filter((p) => p.end <= u.start && body.test(p.name) && p.rule !== 'unit:anaphora').at(-1)
    return parent ? withFields(u, { rule: 'unit:numbered-department', name: parent.name + u.name }) : u
  })
}

/** What a media group's name goes on with right after the paper it is named for (报业集团, 报刊社). */
const MEDIA_GROUP_AFTER = new RegExp(`^${MEDIA_GROUP_KIND}`)

/**
 * …公安局周仁沟派出所: between a bureau and its station, a short run of name words is the locality the
 * station is named for, though it opens with a surname's character (no person stands there).
 */
function localityLink(written: string): boolean {
  // (…海警局某某第二工作站: the number of one of a place's stations follows the place's name.)
  const link = written.replace(/(?<=^[\u4e00-\u9fff]{2,4})第[一二三四五六七八九十]$/, '')
  // (柳园口, 王家坝: a locality may end in a character of the land, 口 or 坝, read alone as some other word.)
  // (于洪, 向阳: a division's name the gazetteer knows, whatever words its characters make.)
  // (望海台: a place's name ending in 台, and a rare character the segmenter only knows as a morpheme, g, is a locality's too.)
  // (顺店: a town's name without its level, 顺店镇, whatever its characters are to the segmenter, 顺 a preposition.)
  return link.length <= 4 && (words(link).every((w, k, ws) => /^(nr|ns|nz|n|j|s|x|ng|nrfg|b|g)$/.test(w.tag) || (k > 0 && k === ws.length - 1 && LOCALITY_END.test(w.word))) || gazetteer().at(link, 0)?.length === link.length || namesTown(link.replace(/人民$/, '')))
}

/** 折多山交通管理, 城关治安: a place of two to four characters, then the work a police post does there. */
function placeThenWork(link: string): boolean {
  const work = /(交通管理|治安管理|交通|治安|巡逻|执勤|查缉|检查)$/.exec(link)?.[0]
  const place = work ? link.slice(0, link.length - work.length) : ''
  return place.length >= 2 && place.length <= 4 && localityLink(place) && !isDictionaryWord(place)
}

/** Characters of the land that end a locality's name (口, 桥, 坝, 沟, 庄…). */
const LOCALITY_END = /^[口桥湾坝庄屯沟寨铺店集岭坪塘港洲营堡圩岗台]$/

/**
 * 中国法律服务网, 中国检察听证网: a national site named 中国…网, standing as a word (中国互联网 is the internet);
 * 央视网、高检网、正义网: sites listed together, each a name ending in 网.
 */
const NATIONAL_SITE = /中国(?!互联)[\u4e00-\u9fff]{1,6}?网(?![站络点民格页友吧速])/g
const LISTED_SITES = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,6}网、)+[\u4e00-\u9fff]{2,6}网(?![站络点民格页友吧速])/g

/** A democratic party's committee of a place (民盟某市委会, 九三学社某省委员会): the party, the place, 委(员)会. */
const DEMOCRATIC_PARTY_COMMITTEE = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗))委(?:员)?会(?!议)/g

export function democraticPartyMentions(text: string, from: number, to: number): RawMention[] {
  const span = text.slice(from, to)
  if (!span.includes('委')) return []
  return allMatches(span, DEMOCRATIC_PARTY_COMMITTEE).map((m) => mention('Unit', text, from + m.index, from + m.index + m[0].length, 'unit:democratic-party'))
}

/** Kinds of network, no site's name (互联网, 电网). */
const GENERIC_NET = /^(互联网|物联网|局域网|广域网|城域网|因特网|宽带网|电网|渔网|法网|光网|天网|地网|天罗地网|铁路网|公路网|路网|管网)$/

export function siteNameMentions(text: string, from: number, to: number): RawMention[] {
  const span = text.slice(from, to)
  if (!span.includes('网')) return []
  const out: RawMention[] = []
  for (const m of allMatches(span, NATIONAL_SITE)) {
    const start = from + m.index
    if (GENERIC_NET.test(m[0].slice(2)) || boundaryAt(text.slice(start - 1, start + 1), 1) === false) continue
    out.push(mention('Unit', text, start, start + m[0].length, 'unit:site-name'))
  }
  for (const m of allMatches(span, LISTED_SITES)) {
    // (“平行网、分割网、叠加网”: kinds of net listed inside a quote are a figure of speech, no sites.)
    if (text[from + m.index - 1] === '“') continue
    let at = from + m.index
    for (const site of m[0].split('、')) {
      if (!GENERIC_NET.test(site) && !out.some((o) => o.start === at)) out.push(mention('Unit', text, at, at + site.length, 'unit:site-name'))
      at += site.length + 1
    }
  }
  return out
}

/** 某某应急管理信息 2025年第25期, 某某工作简报 第3期: a body's bulletin named on a line of its own before its issue. */
const BULLETIN_ISSUE = /^([\u4e00-\u9fff]{2,14}(?:信息|简报|专报|快报|通讯|动态))[ \u3000]*(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?第[\d一二三四五六七八九十百]+期/gm

/** A bulletin named before its issue number at the start of a line: a medium of the body that puts it out. */
export function bulletinMentions(text: string, from: number, to: number): RawMention[] {
  const span = text.slice(from, to)
  if (!span.includes('期')) return []
  // (A masthead's line: at a line's start, and no clause's mark after the issue on it.)
  const masthead = (at: number, end: number) => {
    const lineEnd = text.indexOf('\n', end)
    return (at === 0 || text[at - 1] === '\n') && !/[，,。；;！!？?]/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))
  }
  return allMatches(span, BULLETIN_ISSUE).filter((m) => masthead(from + m.index, from + m.index + m[0].length)).map((m) => mention('Unit', text, from + m.index, from + m.index + m[1]!.length, 'unit:bulletin'))
}

/**
 * What a party committee sets up and names after itself for a task: a leading group, a headquarters or an inspection team.
 * (Its commissions, 省委全面依法治省委员会, the answers read name without the committee.)
 */
export const SET_UP_BY_COMMITTEE = /(?:领导小组|工作小组|指挥部|巡[察视][一二三四五六七八九十]{0,2}组)$/
/** A committee's departments, which the rules of departments read (县委政法委, 市委组织部). */
const COMMITTEE_DEPARTMENT = /^(?:政法委|纪委|监委|组织部|宣传部|统战部|办公室|社会工作部|常委会)/

/**
 * The length of the party committee a group's name opens with (某省委 of 某省委平安建设领导小组, 市委 of
 * 市委平安建设领导小组), when the group is one it sets up; 0 otherwise.
 */
function committeeOpening(text: string, start: number, end: number): number {
  const division = gazetteer().at(text, start, end)
  const level = division && division.values.some((v) => !v.short) && /[省市县区州旗盟]$/.test(text.slice(start, start + division.length)) ? division.length : /^[省市县区州旗盟]委/.test(text.slice(start, start + 2)) ? 1 : 0
  return level > 0 && text[start + level] === '委' && setUpByCommittee(text.slice(start + level + 1, end)) ? level + 1 : 0
}

/** True when `rest`, written after a party committee's name, names a group or office the committee set up. */
// (巡视七组: a team numbered inside its kind is one of the committee's, short as its name is.)
export const setUpByCommittee = (rest: string): boolean => (rest.length >= 5 || /^巡[察视][一二三四五六七八九十]{1,2}组$/.test(rest)) && SET_UP_BY_COMMITTEE.test(rest) && !COMMITTEE_DEPARTMENT.test(rest)

/**
 * A department named after a party committee (县委 + 组织部 → 县委组织部), except its commission for
 * discipline, named after the division (县委 + 纪委 → 县纪委): the commission is elected by the party
 * congress, not set up by the committee.
 */
function ofCommittee(committee: string, department: string): string {
  return /^(纪委|监委|纪委监委)$/.test(department) && /[省市县区旗州盟]委$/.test(committee) ? committee.slice(0, -1) + department : committee + department
}

/**
 * The body a run of posts began with, for a department named in the run: the name without its party committee
 * (某局党委 → 某局, 某街道党工委 → 某街道), and without a detachment, brigade or section of the body (某市公安局经侦支队 → 某市公安局).
 */
const wholeBodyOf = (name: string): string => {
  const body = name.replace(/(?:党委|党组|党工委)$/, '')
  return /^(.+(?:局|厅|院|委|政府))[^局厅院委]*(?:支队|大队|中队|科|处|室|股)$/.exec(body)?.[1] ?? body
}

/** A community's or village's party committee or branch (某社区党委, 某村党支部), and the place it is named for. */
const LOCAL_COMMITTEE_OF_PARTY = /^(.+(?:社区|村))(?:党委|党总支|党支部)$/

/** A centre named by a service number the public calls (110, 12309, 96110), and what the centre does. */
const SERVICE_NUMBER_CENTRE = /(?<![\d.])(?:1\d{2}|1\d{4}|96\d{3})(?:报警|接警)?(?:指挥中心|接警中心|检察服务中心|服务中心|呼叫中心)/g

/**
 * 110指挥中心, 12309检察服务中心: a centre named by the number the public calls is a body; written right
 * after the body that runs it (某市公安局110接警中心), it is that body's part, named with it; right after
 * a division (某县110指挥中心) or its level alone (县110指挥中心), it is that division's.
 */
export function serviceNumberCentres(text: string, from: number, to: number, units: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  for (const m of allMatches(text.slice(from, to), SERVICE_NUMBER_CENTRE)) {
    const start = from + m.index
    const end = start + m[0].length
    // (…公安局110指挥中心: a centre read as a section of its body already is that section.)
    if (units.some((u) => u.start <= start && end <= u.end)) continue
    // (该院12309检察服务中心: a body pointed back at, not named, leaves the centre named by its number alone.)
    const parent = units.find((u) => u.end === start && u.type === 'Unit' && u.rule !== 'unit:anaphora')
    // (某县110指挥中心: a division written in full right before the centre names it with the centre.)
    const division = parent ? undefined : gazetteer().endingAt(text, start, Math.max(from, start - 12))
    // (沂水县…，县110指挥中心: or the level alone, standing for the division the article names.)
    const level = !division && /[省市县区旗]/.test(text[start - 1] ?? '') && !/[\u4e00-\u9fff]/.test(text[start - 2] ?? '') ? 1 : 0
    const opening = division?.values.some((v) => !v.short) ? start - division.length : start - level
    out.push(parent ? Object.assign(mention('Unit', text, parent.start, end, 'unit:service-number', parent.name + m[0]), { chain: [{ end: parent.end }] }) : mention('Unit', text, opening, end, level ? 'unit:level-word' : 'unit:service-number'))
  }
  return out
}

/** Centres listed after a verb of housing or bringing together (进驻, 整合): three or more, each ending in 中心. */
const HOUSED_CENTRES = /(?:进驻|入驻|整合|集成|汇聚|设有|包括|涵盖)了?((?:[^、，,。；;：:\s“”]{2,18}中心、){2,}[^、，,。；;：:\s“”]{2,18}中心)/g

/** Groups a body sets up under it, listed after 下设 (下设甲组、乙组等7个职能组), each named by its work. */
const GROUPS_SET_UP = /下设((?:[\u4e00-\u9fff]{2,8}组[、和])+[\u4e00-\u9fff]{2,8}组)(?=等|[，,。；;]|$)/g
/** A group named by its work opening a clause that says what it does (信息平台建设组主要负责…). */
const GROUP_AT_WORK = /(?<=^|[。；;，,\n])([\u4e00-\u9fff]{2,8}组)(?=主要负责|负责|聚焦|做好)/g

/**
 * 下设接警止付组、网络侦查组…, 信息平台建设组主要负责…: the working groups a body sets up are bodies each, named by
 * their work (the answers read marked all 7 so written); a group counted (五个工作组) or led by a count names none.
 */
export function workingGroups(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  const s = text.slice(from, to)
  for (const m of allMatches(s, GROUPS_SET_UP)) {
    const listStart = from + m.index + 2
    for (const item of allMatches(m[1]!, /[\u4e00-\u9fff]{2,8}?组(?=[、和]|$)/g)) {
      const name = item[0].replace(/^和/, '')
      if (!/^[\d一二三四五六七八九十两几多各]/.test(name)) out.push(mention('Unit', text, listStart + item.index + item[0].length - name.length, listStart + item.index + item[0].length, 'unit:working-group'))
    }
  }
  for (const m of allMatches(s, GROUP_AT_WORK)) {
    const name = m[1]!
    if (!/^[\d一二三四五六七八九十两几多各该本此]/.test(name) && !out.some((o) => o.start === from + m.index)) out.push(mention('Unit', text, from + m.index, from + m.index + name.length, 'unit:working-group'))
  }
  return out
}

/**
 * 中心进驻甲中心、乙中心、丙中心等12个中心: centres listed as housed in a governance centre, or brought together
 * in one, are bodies each, named as written, though a centre named by its work alone is elsewhere a desk.
 * Those the rules already read whole are left to them.
 */
export function housedCentres(text: string, from: number, to: number, units: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  for (const m of allMatches(text.slice(from, to), HOUSED_CENTRES)) {
    let at = from + m.index + m[0].length - m[1]!.length
    for (const item of m[1]!.split('、')) {
      const end = at + item.length
      if (!units.some((u) => u.start <= at && u.end === end)) out.push(mention('Unit', text, at, end, 'unit:housed-centre'))
      at = end + 1
    }
  }
  return out
}

/** The words that make a body's name a medium's when written after its kind (某某法院网, 某某在线, 某某客户端, 某某政府网站). */
const MEDIUM_WORD = '门户网站|网站|网|在线|客户端'
const MEDIUM_BEFORE = new RegExp(`^(?:${MEDIUM_WORD})`)
const MEDIUM_AFTER_KIND = new RegExp(`(?:${MEDIUM_WORD})$`)

/** Where a unit's kind word stands in a sentence (派出所, 公安局, 政法委). */
export type KindWordSpan = { start: number; end: number }

/** The kind words of units in `text[from, to)`, left to right: the first step of `unitMentions`. */
export function unitKindWords(text: string, from: number, to: number): KindWordSpan[] {
  const found: KindWordSpan[] = []
  for (let i = from; i < to; ) {
    // 刑侦支队九队: a numbered team of a detachment or brigade is a unit named by its number and 队.
    const kindWord = UNIT_SUFFIXES.longestAt(text, i, to)
    // (…派出所执勤警务一队: so is a station's numbered team, named by its work.)
    const team = !kindWord && text[i] === '队' && (NUMBERED_TEAM.test(text.slice(Math.max(from, i - 6), i)) || sectionOf(text, i, '队', nearerBody(found.at(-1), anaphorBefore(text, i))))
    // (户政处处长, 综治四室主任: so is a section named bare before its head's post.)
    const headed = !team && (!kindWord || kindWord.length === 1) && headedSection(text, i, from)
    const m = team ? { length: 1, values: ['队'] } : headed ? { length: 1, values: [text[i]!] } : kindWord
    // Most characters start no kind word: nothing more to read there.
    // 未成年人大队: a short kind word (人大) whose last character opens a longer one (大队) is no kind word there.
    if (!m || overlapsLongerKind(text, i, m.length, to) || (!team && !headed && (m.length === 1 || m.values[0] === '中心') && !sectionOf(text, i, m.values[0]!, nearerBody(found.at(-1), anaphorBefore(text, i))) && !(m.values[0] === '中心' && centreOfDivision(text, i, from) >= 0))) {
      i++
      continue
    }
    // 大队长, 党组书记, 党委委员: a title, not a unit.
    const title = TITLES.longestAt(text, i)
    // 大队长 is a title; 党组织, 局面, 局势 and 部署 are other words (a kind word of 组, 局 or 部 and the character after it).
    // 法院系统, 公安系统: the whole sector, not one body.
    // 人大代表, 政协委员: a member of the body, not the body.
    // (省人大代表某某: with the level or place written and the member named, the body is the one the member serves
    // in; 22位省人大代表调研, with no one named, names members only: of 15 such in the answers of the 182 real
    // excerpts read when this was written, none marked the body.)
    // (某省十三届人大二次会议: nor is a session of a congress named by its term the congress, as those answers read it.)
    const assembly = /^(人大|政协)$/.test(text.slice(i, i + m.length))
    const deputy = assembly && /^(代表|委员)/.test(text.slice(i + m.length, i + m.length + 2))
    const levelled = deputy && (LEVEL_OF_ASSEMBLY.test(text.slice(Math.max(0, i - 2), i)) || gazetteer().endingAt(text, i, Math.max(0, i - 12)) !== undefined)
    const session = assembly && text[i - 1] === '届' && /^[一二三四五六七八九十\d]+次(?:全体)?会议/.test(text.slice(i + m.length, i + m.length + 8))
    // (召开债务人大会: 人 that ends a word for people before it, 债务人, and 大会, a meeting, make no congress.)
    // (犯罪嫌疑人大多为…: nor 人 that ends a word for people the segmenter reads before it, 大 opening the next word.)
    const meetingOfPeople = assembly && ((text.startsWith('人大会', i) && text[i + 3] !== '议' && [1, 2].some((k) => isDictionaryWord(text.slice(i - k, i + 1)))) || (text.startsWith('人大', i) && wordEndsAt(text, i, Math.max(from, i - 3), i + 3)))
    const member = (deputy && !(levelled && LEXICONS.surnames.has(text[i + m.length + 2] ?? ''))) || session || meetingOfPeople
    // 局党委会: a committee's meeting, not the committee.
    // (…领导小组会议: a meeting of the group written with 会议 names the group before it.)
    // (民主协商会议: a kind ending in 会 before 议 is the first character of 会议, a meeting.)
    // (市委政法委会同市司法局: nor is a committee before 会同, 会商 or 会签, "together with", holding one.)
    // (某局联合会签了…: a kind ending in 会 whose 会 opens 会签, 会同 or 会商 is none, 联合 the clause's verb.)
    const meeting = (/[委组]$/.test(text.slice(i, i + m.length)) && text[i + m.length] === '会' && !/^会[议同商签]/.test(text.slice(i + m.length, i + m.length + 2))) || (/会$/.test(m.values[0]!) && /^[签同商]/.test(text[i + m.length] ?? '')) || (/会$/.test(text.slice(i, i + m.length)) && text[i + m.length] === '议')
    // …分局长庆派出所: 长 that opens the name of a station right after is no title (分局长).
    // (中队长任派出所指导员: 长 and then 任, taking a post, is the post 中队长.)
    const namedStation = text.startsWith('长', i + m.length) && !/[任兼]/.test(text[i + m.length + 1] ?? '') && stationAhead(text, i + m.length)
    // 兴国乡党委书记: a township's, village's or community's party committee, named before a post in it.
    // (自治区党委书记: so is an autonomous region's, prefecture's or county's, whose committee is its 党委;
    // 区党委书记, 区 written alone: the region's.)
    const localCommittee = title !== undefined && /^(党委|党总支|党支部|党工委)$/.test(text.slice(i, i + m.length)) && (/[乡镇村]$/.test(text.slice(Math.max(0, i - 1), i)) || /(街道|社区)$/.test(text.slice(Math.max(0, i - 2), i)) || /自治[区州县旗]$/.test(text.slice(Math.max(0, i - 3), i)) || (m.values[0] === '党委' && text[i - 1] === '区' && !isNameChar(text[i - 2])))
    // 县公安局长, 某省公安厅长: after a level word the informal post names the level's bureau, which its chief heads.
    // (厦门公安局长: so does a division's short name before it.)
    // 秀英交警大队长某某: a squad named before its chief's post (大队长) is a body, the post its chief's (左营分局长某某: a sub-bureau too).
    // (…大队大队长某某, …副支队长: not the kind written again before its chief's post, nor a deputy's post.)
    // (省交警总队某某某总队长: a person's name between a body and the chief's post is the chief, no squad.)
    // (Asked last, of a squad's kind before 长 only: most kinds are no squad's.)
    // (王奉司法所长某某, 城关派出所长某某: a station too, unless 长 opens a word of the language, 派出所长期坚持.)
    const stationChief = /^(派出所|司法所)$/.test(m.values[0]!) && !/^长[期效远足度久江城河年]/.test(text.slice(i + m.length, i + m.length + 2))
    const squadChief = (/^(大队|支队|中队|总队|分局)$/.test(m.values[0]!) || stationChief) && text[i + m.length] === '长' && isNameChar(text[i - 1]) && isNameChar(text[i - 2]) && text[i - 1] !== '副' && !HOLDING_POST.test(text.slice(Math.max(from, i - 2), i)) && UNIT_SUFFIX_ENDINGS.longestEndingAt(text, i, from) === undefined && ![2, 3].some((k) => found.at(-1)?.end === i - k && LEXICONS.surnames.has(text[i - k]!))
    // (党组成员、执行局长某某: a court's enforcement bureau, named with its chief's informal post, in a run of posts.)
    const courtChief = m.values[0] === '执行局' && text[i + 3] === '长' && /[、，,]/.test(text[i - 1] ?? '')
    const levelChief = title === undefined ? false : /^公安[局厅]长/.test(text.slice(i, i + 4)) && ((/[省市县区旗州]/.test(text[i - 1] ?? '') && !/[省市县区旗州]/.test(text[i - 2] ?? '')) || gazetteer().endingAt(text, i, Math.max(from, i - 8)) !== undefined)
    // 公安部门, 教育部门: 部 and 门 make the word for any department, not the ministry.
    // (跨部会, 相关部会: 部会, ministries and councils as a class, ends none either; 部会同 is 部 and 会同, "together with".)
    // (区组织部分区人大代表: 部 and 分 that the segmenter reads as 部分, "some", after a verb, 组织, make no department.)
    const some = m.values[0]!.endsWith('部') && text[i + m.length] === '分' && words(text.slice(i, i + m.length + 5)).some((w) => w.word === '部分' && w.start === m.length - 1)
    const department = some || text.slice(i + m.length - 1, i + m.length + 1) === '部门' || (m.values[0] === '部' && text[i + m.length] === '会' && !/^会[同商签议]/.test(text.slice(i + m.length, i + m.length + 2)))
    // 最高法定刑: a national body's name must end a word (法定 is a word of its own).
    // (新华社区: 社 before 区 makes a community, 社区, however the segmenter reads it.)
    // (街道—分社区—居: nor does a press's branch, 分社, before 区.)
    // (中央社会工作部副部长: a deputy's post right after it ends it, whatever word the segmenter reads across, 部副.)
    const deputyAfter = text[i + m.length] === '副' && TITLES.longestAt(text, i + m.length) !== undefined
    // (树立法院权威: nor start inside a word that ends within it, the verb 树立; 中国公安部, one word, is the ministry.)
    const national = NATIONAL_BODIES.has(text.slice(i, i + m.length))
    // (The segmenter is asked only where the character before is one a word could hold.)
    const startsInsideWord = national && i - 2 >= from && isNameChar(text[i - 1]) && words(text.slice(i - 2, i + m.length)).some((w) => w.start < 2 && w.end > 2 && w.end < 2 + m.length)
    // (《中国共产党政法工作条例》, 《中国共产党章程》: the party opening the title of its own rules names the rules, no
    // body the piece tells of; the answers of the real excerpts read marked it in none of 3 pieces.)
    const partysRules = m.values[0] === '中国共产党' && text[i - 1] === '《'
    const insideWord = (national && ((!boundaryAt(text.slice(i, i + m.length + 2), m.length) && !deputyAfter) || text.startsWith('社区', i + m.length - 1) || startsInsideWord || partysRules)) || (m.values[0] === '分社' && text[i + m.length] === '区')
    // 新华网报道: a paper's kind (报) that begins a word with what follows (报道, 报告, 报警) ends no name.
    // (社区干部通报社区…: nor one whose 报 ends a word with the character before it, 通报.)
    const reportWord = (/报$/.test(m.values[0]!) && /[道告警名送销案]/.test(text[i + m.length] ?? '')) || (/^报/.test(m.values[0]!) && isDictionaryWord(text.slice(i - 1, i + 1)))
    // (政府规章, 政府采购, 政府购买服务: 政府 qualifying what governments issue or buy names no government.)
    const ofGovernments = /政府$/.test(m.values[0]!) && /^(?:规章|采购|购买|债务|信息公开|投资)/.test(text.slice(i + m.length, i + m.length + 4))
    // 市委常委、组织部长某某: a committee's department written with its head's informal post, in a run of posts.
    const departmentHead = /^(组织部|宣传部|统战部)长/.test(text.slice(i, i + 4)) && /常委、$/.test(text.slice(Math.max(0, i - 3), i))
    // 镇党委政法委员: a committee's kind before 员 is a member's post (政法委员, 组织委员), not the committee.
    // (异地委托: nor one whose 委 opens a word with the next character, 委托.)
    const memberPost = /委$/.test(m.values[0]!) && /[员托屈婉]/.test(text[i + m.length] ?? '')
    // (…工作局际联席会议, 部际联席会议: a kind before 际 says "between bodies of that kind", no body.)
    const between = text[i + m.length] === '际'
    // 宁夏日报报业集团: the group a paper names is one body; the paper's kind word inside it is no link of a chain.
    const paperOfGroup = /[报网]$/.test(m.values[0]!) && MEDIA_GROUP_AFTER.test(text.slice(i + m.length, i + m.length + 8))
    // 中国法院网: a body's kind right before the word 网 (or 在线, 客户端) that ends the name names a medium, no body;
    // the medium's name ends after that word.
    // (公安局网安大队: 网 that goes on into another name is no medium.)
    const medium = MEDIUM_BEFORE.exec(text.slice(i + m.length, i + m.length + 4))?.[0]
    // (某县政府网3月25日报道: so does a medium's date of report after it; 某某网和某某APP: and a conjunction.)
    // (某某政府网站昨日发布: 网站, a word of its own, makes a site whatever follows it.)
    const mediumNamed = medium !== undefined && (medium.endsWith('网站') || !isNameChar(text[i + m.length + medium.length]) || /^(?:讯|消息|报道|记者|编辑|[和及与]|\d{1,2}月\d{1,2}日(?:讯|电|报道|消息))/.test(text.slice(i + m.length + medium.length, i + m.length + medium.length + 10)))
    // (…兵团人民检察院第二师分院: a Corps division right before a branch's kind names the branch, no body of its own there.)
    const branchOfDivision = /^第[一二三四五六七八九十]+师$/.test(m.values[0]!) && /^分[院局]/.test(text.slice(i + m.length, i + m.length + 2))
    // (某某早报客户端记者: an app is read as its paper elsewhere; 某某网(某某日报网)讯: a site's other name in brackets is its alias.)
    if (mediumNamed && medium.includes('网') && !/[)）]/.test(text[i + m.length + medium.length] ?? '') && !member && !department && title === undefined) {
      found.push({ start: i, end: i + m.length + medium.length })
      i += m.length + medium.length
      continue
    }
    if (!member && !meeting && !memberPost && !between && !paperOfGroup && !mediumNamed && !branchOfDivision && !department && !insideWord && !reportWord && !ofGovernments && (!(text[i + m.length] === '长' || (m.values[0]!.endsWith('组') && text[i + m.length] === '织') || (m.values[0]!.endsWith('局') && /[面势]/.test(text[i + m.length] ?? '')) || (m.values[0]!.endsWith('部') && text[i + m.length] === '署')) || namedStation || levelChief || departmentHead || squadChief || courtChief) && !text.startsWith('系统', i + m.length) && !(title && title.length > m.length && !namedStation && !localCommittee && !levelChief && !squadChief)) {
      // 国务院新闻办公室, 省委办公厅: an office's kind written short (新闻办, 委办) may go on to its full form.
      // (县委办公楼: 办 and 公 make 办公, office work; a building, no office.)
      const officeWork = /办$/.test(m.values[0]!) && text[i + m.length] === '公'
      const inFull = officeWork && /^[室厅]/.test(text[i + m.length + 1] ?? '')
      if (officeWork && !inFull) {
        i += m.length
        continue
      }
      const length = inFull ? m.length + 2 : m.length
      // (省委办公厅, 市政府办公室: written in full, the office is the committee's or the government's, a link of its own.)
      const office = length > m.length ? /(委|政府)办$/.exec(m.values[0]!) : null
      if (office) found.push({ start: i, end: i + m.length - 1 }, { start: i + m.length - 1, end: i + length })
      else found.push({ start: i, end: i + length })
      i += length
    } else i++
  }
  return found
}

/**
 * The units of `text[from, to)`, named from the kind words `found` there (`unitKindWords`). (Two steps, each run
 * over all the sentences before the other: both are long, and each evicted the other's code from the processor's
 * caches at every sentence.)
 */
export function unitMentions(text: string, from: number, to: number, found: readonly KindWordSpan[]): RawMention[] {
  // Suffixes joined by name characters alone form one chain (包头市公安局 + 青山路 + 派出所).
  const chains: { start: number; end: number }[][] = []
  for (const s of found) {
    const last = chains.at(-1)
    const prev = last?.at(-1)
    // The kind words of this suffix and the one before it, read once.
    const kind = text.slice(s.start, s.end)
    const prevKind = prev ? text.slice(prev.start, prev.end) : ''
    // 中央纪委国家监委: bodies side by side; 区委政府: the party committee and the government of one place.
    const sibling =
      NATIONAL_BODIES.has(kind) ||
      NATIONAL_PREFIX.test(text.slice(prev?.end ?? 0, s.start)) ||
      (prev !== undefined && prev.end === s.start && text[prev.end - 1] === '委' && /^(人民)?政府/.test(kind)) ||
      // 市人大市政府市政协: bodies of one level written side by side, each opening with its level.
      LEVEL_ONLY.test(text.slice(prev?.end ?? 0, s.start)) ||
      // (某市公安局某市海警局: a bureau after a bureau, named with the place the first is named with, is a second body;
      // 某市公安局某某分局, a sub-bureau so named, is the first's.)
      (prev !== undefined && last !== undefined && /(?<!分)局$/.test(kind) && /局$/.test(text.slice(prev.start, prev.end)) && samePlaceAgain(text, last[0]!.start, text.slice(prev.end, s.start)))
    // A name is short: a chain stops before it grows past MAX_NAME or runs across a title (所长刘浩…).
    const tooLong = last !== undefined && s.end - last[0]!.start > MAX_NAME
    // …公安局交警支队: a police role (交警, 特警) opens a child's name; only a post between ends the chain.
    // (…司法局律师工作处: a section named for a profession's work, 律师工作, holds the profession's word as no post.)
    const workSection = (kind.length === 1 || kind === '中心') && /^[\u4e00-\u9fff]{2,4}工作$/.test(text.slice(prev?.end ?? 0, s.start))
    const acrossTitle = prev !== undefined && hasTitle(text.slice(prev.end, s.start)) && !POLICE_ROLE_LINK.test(text.slice(prev.end, s.start)) && !workSection
    // …大队共出动三个中队: a verb or a count between two kind words ends the chain.
    const link = text.slice(prev?.end ?? 0, s.start)
    // 林溪派出所和县公安局: a station's chain never goes on to a bureau, court or committee above it.
    // (…司法厅政府购买服务: a government is no part of another body.)
    const climbs = prev !== undefined && ((LOCAL_KIND.test(prevKind) && UPPER_KIND.test(kind)) || /^(人民)?政府$/.test(kind))
    // …东关派出所锚定派出所基础职能: a word of the language between a grass-roots body and a second of its
    // kind is the clause's verb, and the second kind word the body meant in general: no name.
    if (prev !== undefined && LOCAL_KIND.test(prevKind) && prevKind === kind && link.length >= 2 && isDictionaryWord(link)) continue
    // (…第五监狱实地观摩监狱教育改造…: a verb right before a second body of the same kind, the kind meant in general, is the clause's.)
    // (侦监科和公诉科: a section named for its work, 公诉, keeps its verb.)
    const linkEnd = prev !== undefined && prevKind === kind && kind.length >= 2 && link.length >= 2 && !/^[和及与、]/.test(link) ? words(link).at(-1) : undefined
    // (…书记某某，应城市委副书记: not across a clause's mark, nor a division's name the segmenter tags a verb, 应城.)
    if (linkEnd && /^v/.test(linkEnd.tag) && linkEnd.word.length >= 2 && !/[，,。；;：:]/.test(link) && gazetteer().at(linkEnd.word, 0)?.length !== linkEnd.word.length) continue
    // …公安局依干其派出所, …公安局集中区分局: a bureau's station or sub-bureau is named for a place, whatever its characters.
    // …公安局宣传科, …公安局情报中心: a section (科, 处, 司, 部, 中心) is found only right after a body, whose name it continues.
    const section = kind.length === 1 || kind === '中心'
    // (…公安局折多山交通管理警务站: a post is named for its place and the work it does there.)
    // (…海岸警察支队望海台派出所: a detachment's station likewise.)
    // (…海警局某某工作站: a coast guard's station likewise.)
    // (…派出所某庄警务室: a station's office in a village is named for the village under the station.)
    const bureauPost = prev !== undefined && (/(公安局|分局)$/.test(prevKind) && /^(派出所|分局|警务站|警务室|检查站|公安检查站)$/.test(kind) || (/支队$/.test(prevKind) && /派出所$/.test(kind)) || (/派出所$/.test(prevKind) && /^(警务站|警务室)$/.test(kind)) || (/海警局$/.test(prevKind) && kind === '工作站'))
    const placeAndWork = bureauPost && /^(警务站|警务室)$/.test(kind) && placeThenWork(link)
    // (公安部食品药品犯罪侦查局, 司法部行政执法协调监督局, 司法部立法二局: a ministry's department or bureau is
    // named for its work, at length, verbs and all.)
    const ministrySection = prev !== undefined && /^[局司]$/.test(kind) && isMinistry(prevKind) && link.length >= 2 && link.length <= 10
    const placeNamed = prev !== undefined && (bureauPost || (/法院$/.test(prevKind) && /^(人民法庭|法庭)$/.test(kind)) || section) && link.length >= 2 && (link.length <= maxSectionLink(kind) || (!section && ZONE.test(link) && link.length <= 10) || (/法庭$/.test(kind) && link.length <= 8) || placeAndWork || ministrySection)
    // …公安局抽调警务站…: a verb between a bureau and its station is the clause's, no station's name
    // (a station named for its work, 巡逻警务站, 流动派出所, is one).
    // (…法院发挥人民法庭功能: 人民 opens the tribunal's kind, no part of what links it.)
    const linkWords = placeNamed && !section ? words(link.replace(/(?<=.)人民$/, '')) : []
    // (…政法委协调法院、检察院: nor between any body and a court, procuratorate or bureau, named for a place, never a deed.)
    const bodyLinkWords = WHOLE_BODY.test(kind) && link.length === 2 ? words(link) : []
    // (…法院调研指导人民法庭工作: before a tribunal, so are words of the language opening with a verb, whatever the
    // segmenter tags the rest, that name no town.)
    const deedsOfCourt = /法庭$/.test(kind) && linkWords.length > 0 && /^(v|vn)$/.test(linkWords[0]!.tag) && linkWords.every((w) => w.word.length >= 2 && isDictionaryWord(w.word)) && !namesTown(link.replace(/(?<=.)人民$/, ''))
    // (…公安局恢复了派出所: nor a deed with its aspect word after it, 了, 着 or 过, which no place's name holds.)
    const aspectLink = linkWords.some((w, k) => k > 0 && /^u[lzg]$/.test(w.tag))
    const verbLink = (linkWords.length === 1 && linkWords[0]!.tag === 'v' && !STATION_WORK.test(link)) || aspectLink || deedsOfCourt || (bodyLinkWords.length === 1 && bodyLinkWords[0]!.tag === 'v' && !namesTown(link))
    // (平谷法院人民法庭, 县公安局派出所: a tribunal's or station's kind right after its body, with no name of its own, is
    // the class of the body's tribunals or stations, no one of them.)
    const classOfParts = prev !== undefined && (link === '' || (link === '人民' && kind === '法庭')) && /^(人民法庭|法庭|派出所|司法所)$/.test(kind)
    // (…派出所地处商圈中心: words of where a body lies, after it, open a clause; no section's name.)
    // (某局设直属机构看守所, 下设某某室: a body that sets up another names no link of its chain.)
    const whereItLies = /^(?:地处|位于|坐落|毗邻|紧邻|地跨|处于|设|下设|内设|增设)/.test(link)
    // (某分局长甲调任乙分局: 长 right after a squad's or sub-bureau's kind is its chief's post, unless a station's name
    // opens with it, 分局长庆派出所; the words after it open a clause.)
    const chiefsPost = link.startsWith('长') && /(?:队|分局)$/.test(prevKind) && !stationAhead(text, prev!.end)
    // 侦监科和公诉科: a conjunction between two kind words lists bodies; it never links one name (和平路 is a word).
    // (甲分局、乙分局等各区县分局: nor does 等, which closes a list.)
    // (人民法庭规范化建设和人民法庭服务: a conjunction closing the words between two kinds lists two things.)
    const listed = (/^[和及与]/.test(link) && words(link)[0]?.tag === 'c') || (/[和及与](?:人民)?$/.test(link) && words(link.replace(/人民$/, '')).at(-1)?.tag === 'c') || link.startsWith('等')
    // …执行指挥中心督导铜陵法院: a court, procuratorate or bureau is never a section's child; what stands
    // between them is the clause's verb and the next body's place.
    const underSection = prev !== undefined && SECTION_KIND.test(prevKind) && WHOLE_BODY.test(kind)
    // 某省人民代表大会常务委员会: the standing committee written in full is one name; the congress it names is no
    // link of its chain (answers mark the committee alone there).
    if (prev && /人民代表大会$/.test(prevKind) && text.slice(prev.end, s.end) === '常务委员会') {
      prev.end = s.end
      continue
    }
    // (某法院原审判委员会专职委员: 原 before a court's or procuratorate's committee says the post was held; the
    // committee is the body's, named without it below.)
    if (last && prev && /^原(?:审判|检察)$/.test(link) && kind === '委员会' && /(?:法院|检察院)$/.test(prevKind)) {
      last.push(s)
      continue
    }
    // (综治中心平安建设工作站: a work station named for a work, not a place, is no section of the body before it.)
    const stationForWork = kind === '工作站' && words(link).some((w) => /^(v|vn|a|ad|an|b)$/.test(w.tag))
    // (某公安局原政工室主任: 原 before a section named before its head's post says the post was held; the section
    // is named without it, after the body.)
    if (prev && link.startsWith('原') && kind.length === 1 && headsSection(text, s.start)) {
      chains.push([s])
      continue
    }
    // (省委专门派督导组: a word of sending or setting up a group, or an adverb of doing so, between a body and the
    // group's kind is the clause's; the group is no section of the body.)
    const groupSent = /组$/.test(kind) && GROUP_OF_CLAUSE.test(link)
    if (last && prev && !sibling && !listed && !classOfParts && !groupSent && !link.match(CLAUSE_VERB) && !SITTING.test(link) && !underSection && !tooLong && !acrossTitle && !climbs && !verbLink && !whereItLies && !chiefsPost && !stationForWork && s.start - prev.end <= 10 && (placeNamed || unitNameStart(text, s.start, 10, prev.end) === prev.end) && [...link.replace(BRACKETED_BEFORE_KIND, '')].every(isNameChar) && !link.includes('·') && !link.includes('+') && (!breaksChain(link.replace(/人民$/, '')) || (placeNamed && !section && localityLink(link)) || placeAndWork || ministrySection)) last.push(s)
    else chains.push([s])
  }

  const out: RawMention[] = []
  let previousEnd = from
  let previous: { namePart: string; name: string; end: number; rule: string } | undefined
  for (const whole of chains) {
    // A name never starts inside the unit named just before it (中共中央国务院 is two bodies).
    const floor = Math.max(from, previousEnd)
    previousEnd = whole.at(-1)!.end
    // 该大队第二党支部: a bare first link only points back; the unit named starts after it.
    // (政协某某区委员会: the conference's committee of a division is named with 政协 before the division.)
    const conferenceCommittee = whole.length === 2 && text.slice(whole[0]!.start, whole[0]!.end) === '政协' && text.slice(whole[1]!.start, whole[1]!.end) === '委员会'
    const bareHead = whole.length > 1 && nameStart(text, whole[0]!.start, 14, floor) === whole[0]!.start && !NATIONAL_BODIES.has(text.slice(whole[0]!.start, whole[0]!.end)) && !LEVEL_COMMITTEE.test(text.slice(whole[0]!.start, whole[0]!.end)) && !conferenceCommittee
    const chain = bareHead ? whole.slice(1) : whole
    // 该大队第一党支部: the bare head is an anaphor for the unit the child belongs to.
    if (bareHead && text[whole[0]!.start - 1] === '该') out.push(mention('Unit', text, whole[0]!.start - 1, whole[0]!.end, 'unit:anaphora'))
    // (公安厅禁毒总队: a province's department written bare, 厅 being a province's alone, is the province's, as 公安厅 before a post is.)
    else if (bareHead && /厅$/.test(text.slice(whole[0]!.start, whole[0]!.end))) out.push(mention('Unit', text, whole[0]!.start, whole[0]!.end, 'unit:bare-suffix'))
    const first = chain[0]!
    const end = chain.at(-1)!.end
    // National bodies have no place before their name (教育整顿公安部驻包头指导组 is 公安部's group).
    const national = NATIONAL_BODIES.has(text.slice(first.start, first.end))
    // 县打击电信诈骗专项行动领导小组: a task force is named for its drive, words of fighting included.
    // (打击电信网络诈骗犯罪专班: so is one named after what it fights, its verb opening the name.)
    const isTaskForce = TASK_FORCE.test(text.slice(first.start, first.end))
    const fight = isTaskForce ? FIGHT_BEFORE.exec(text.slice(Math.max(floor, first.start - 24), first.start)) : null
    // (成立推进某某工作领导小组, 成立创建全国文明城市工作领导小组: a task force set up is named by all the words after the
    // verb of setting it up, a verb of the work it pushes on with among them.)
    // (成立生态环境突出问题集中整治推进工作领导小组: where the verb of setting it up stands before the fight's verb, the
    // fight's verb ends the words of what is fought, 问题…整治, and the name opens after the verb of setting up.)
    const setUp = isTaskForce ? SET_UP_BEFORE.exec(text.slice(Math.max(floor, first.start - 30), first.start)) : null
    const taskForce = isTaskForce && (DRIVE_KIND_BEFORE.test(text.slice(Math.max(floor, first.start - 6), first.start)) || fight !== null || setUp !== null)
    // (The name opens with the fight's verb, whatever the words after it: 打击治理某某犯罪…)
    // (北海市打击…: the division written before it too, or the level word standing for it.)
    // (成立全市某某工作领导小组: the scope written before the words, 全市, is no part of the name.)
    const setUpWords = setUp?.[1]!.replace(/^全[省市县区州旗盟]/, '').length ?? 0
    const fightOpening = first.start - Math.max(fight?.[0].length ?? 0, setUpWords)
    const fightStart = fight || setUp ? fightOpening - (gazetteer().endingAt(text, fightOpening, Math.max(floor, fightOpening - 12))?.length ?? (withLevelWord(text, fightOpening, floor) < fightOpening ? 1 : 0)) : first.start
    const widest = national ? first.start : taskForce ? Math.min(unitNameStart(text, first.start, 14, bareHead ? whole[0]!.end : floor), withLevelWord(text, driveStart(text, first.start, floor), floor), fightStart) : unitNameStart(text, first.start, 14, bareHead ? whole[0]!.end : floor)
    // 公诉科, 执行科: a section is named for its work, a verb included.
    // (任宣传科科长: a section alone before its head's post, read once for its name's opening and for the rules below.)
    const headedAlone = chain.length === 1 && first.end - first.start === 1 && headsSection(text, first.start)
    let start = national ? first.start : nameOpeningAt(text, headedAlone && widest === first.start ? workNamedBefore(text, first.start, floor) : widest, first.start, first.end, TASK_FORCE.test(text.slice(first.start, first.end)) || /^[科处股]$/.test(text.slice(first.start, first.end)) || headedAlone)
    // (A task force named for a fight keeps the fight's whole name, whatever words the rules above stop at inside it.)
    if ((fight || setUp) && fightStart < start && !/[，,。；;、：:\s]/.test(text.slice(fightStart, first.start))) start = fightStart
    // (省维稳暨反恐工作协调小组: nor does a task force's name open at 暨, "and", joining the works it is named for; the
    // name opens where the words before the works do, 暨 read past.)
    const joint = text[start] === '暨' ? start : text[start - 1] === '暨' ? start - 1 : -1
    const beforeJoint = isTaskForce && joint > floor ? nameStart(text, first.start, 14, floor) : start
    const jointWorks = beforeJoint < joint
    if (jointWorks) start = beforeJoint
    start = pastStatusMark(text, start, first.start)
    // (都市某报: a level's character that ends a noun with the character before it, 都市, is no level word: the noun opens the name.)
    // (召开县委常委会: unless that character closes a word of the clause begun before it, 召开.)
    if (start > floor && start < first.start && LEVEL_ONLY.test(text[start]!) && nounOfTwo(text.slice(start - 1, start + 1)) && !wordEndsAt(text, start - 1, Math.max(floor, start - 3), start + 1)) start--
    // (综治办+法庭+派出所+村民委员会: a plus sign joins bodies; it opens none.)
    while (text[start] === '+' && start < first.start) start++
    // (某某网讯某某派出所位于…: the 讯 of a lead with no credit closes the sender's name; the body's opens after it.)
    const sent = /[\u4e00-\u9fff][报网台社线端](?:讯|消息)/.exec(text.slice(start, first.start))
    if (sent) start += sent.index + sent[0].length
    // (某某派出所和龙塘人民法庭: a conjunction right after a body's kind joins the next body, though it opens a
    // county's short form, 和龙, there.)
    if (/[和与及]/.test(text[start] ?? '') && start < first.start && UNIT_SUFFIX_ENDINGS.longestEndingAt(text, start, Math.max(0, start - 6)) !== undefined && gazetteer().at(text, start)?.values.every((v) => v.short)) start++
    // “护老安居”专项行动领导小组: a task force named for a quoted drive holds the quote in its name.
    // (“某某二号”专案指挥部, “某某”专班: so does one set up for a case or a task the quote names, no drive's kind between.)
    const forCase = isTaskForce && /^(?:专案)?(?:指挥部|专班|专案组)$/.test(text.slice(start, first.end))
    // (“两会”安保工作领导小组, “某某调”矛盾纠纷多元化解服务中心: so does a task force, an office, a centre or a squad
    // after a short quoted word of its own, its brand or the event it serves.)
    // (“一站式”调解中心: a manner quoted, …式, is none.)
    const branded = (isTaskForce || BRANDED_KIND.test(text.slice(first.start, end))) && text[start - 1] === '”' ? text.lastIndexOf('“', start - 2) : -1
    const brand = branded >= start - 10 && !/[，,。；;、：:“”的]/.test(text.slice(branded + 1, start - 1)) && text[start - 2] !== '式' ? branded : -1
    const quoted = (taskForce || forCase) && text[start - 1] === '”' ? text.lastIndexOf('“', start - 2) : brand
    // (县“清源断流”禁毒专项行动领导小组: with the level word before the quote, whose division it is.)
    if (quoted >= Math.max(floor, start - 14)) start = withLevelWord(text, quoted, floor)
    // (公安部“某某行动”办公室: a national body's office named for its drive is named with the body.)
    const ministry = quoted >= Math.max(floor, start - 14) && quoted === floor ? nationalBodyEndingAt(text, quoted) : undefined
    if (ministry) start = quoted - ministry.length
    // 省深化监察体制改革试点工作小组: a task force after its level word, named for pushing on with a reform or a work.
    const reform = TASK_FORCE.test(text.slice(first.start, first.end)) ? LEVEL_THEN_REFORM.exec(text.slice(Math.max(floor, first.start - 20), first.start)) : null
    const reformStart = reform ? first.start - reform[0].length : start
    const reformed = reformStart < start && (reformStart === floor || /[、，,。；;：:\s]/.test(text[reformStart - 1] ?? ''))
    if (reformed) start = reformStart
    // 中央扫黑除恶第13督导组: an ordinal in figures numbers the body; its name goes on before it.
    const ordinal = start === first.start ? /第\d{1,3}$/.exec(text.slice(Math.max(floor, start - 5), start))?.[0] : undefined
    if (ordinal) start = unitNameStart(text, start - ordinal.length, 12, floor)
    if (!national) start = developmentZoneStart(text, zoneNameStart(text, start, first.start, floor), floor)
    // 走近高墙看广东监狱: a division after a verb opens the name; what stands before it is the clause's.
    if (chain.length === 1) start = afterVerbBeforeDivision(text, start, first.start)
    // (时任公安局副局长, 某省现有司法所, 来自某某网: a verb of the clause no body's name holds opens it after itself.)
    const clauseVerb = allMatches(text.slice(start, first.start), CLAUSE_VERB).at(-1)
    if (clauseVerb) start += clauseVerb.index + clauseVerb[0].length
    // 成立了“打击冒充军人诈骗办公室”: a body named in quotes is named by the whole quotation, its verbs too.
    const quote = text[end] === '”' ? text.lastIndexOf('“', start) : -1
    // (被称为“云端上的警务室”: a quotation that describes with 的, or a name it is called by, names no body.)
    // (“有矛盾纠纷找综治中心”: nor does a slogan that sends people to the body, 找, 到, 去, before its name.)
    // (“有矛盾纠纷就找综治中心”: with 就 before the verb, the slogan's body is the kind alone, no name.)
    if (quote >= floor && first.start - quote <= 16 && /[就都][找到去进来]/.test(text.slice(quote + 1, first.start))) continue
    if (quote >= floor && start - quote <= 16 && start > quote + 1 && !/[”，,。；;、：:的]/.test(text.slice(quote + 1, end)) && !/(称为|称作|誉为|叫做|称之为)$/.test(text.slice(Math.max(floor, quote - 3), quote)) && !/[找到去进来]/.test(text[start - 1]!)) start = quote + 1
    // (浏河镇社会综合治理联动中心: a centre of a division's is named from the division on.)
    const centreOpening = chain.length === 1 && text.slice(first.start, first.end) === '中心' ? centreOfDivision(text, first.start, floor) : -1
    if (centreOpening >= 0) start = centreOpening
    // (成立推进市域…领导小组: the verb of a task force set up is its name's, whatever level's character follows it.)
    if (!(setUp && start === fightStart)) start = pastWordBeforeLevel(text, start, first.start)
    // (甲某诉某某公司: the party a case names as sued opens after 诉, the suing party and 诉 before it.)
    // (原告某诉县林业局: and before a level's character too.)
    if (text[start] === '诉' && /[某\u4e00-\u9fff]/.test(text[start - 1] ?? '') && (first.start - start >= 3 || /[省市县区]/.test(text[start + 1] ?? ''))) start++
    // (被执行人涉政府及其部门: 涉, "involving", written as a word of its own, ends the clause before the body.)
    const involving = first.start - 1
    if (text[involving] === '涉' && involving >= start && words(text.slice(start, first.end)).some((w) => w.word === '涉' && start + w.start === involving)) start = involving + 1
    // (中华全国律师协会, 中华全国总工会: a body of the whole nation named with 中华 before 全国 holds it in its name.)
    if (text.startsWith('全国', start) && text.slice(start - 2, start) === '中华' && start - 2 >= floor) start -= 2
    let namePart = text.slice(start, first.start)
    // (市公安局党委委员、交警支队支队长甲: and a police branch's detachment or brigade, of the bureau or department the run began with.)
    const branchOfBureau = previous !== undefined && chain.length === 1 && /公安(?:局|厅|分局)$/.test(previous.name) && BRANCH_UNIT.test(text.slice(start, end)) && /^(?:[\u4e00-\u9fff]{2,8}、){1,3}$/.test(text.slice(previous.end, start)) && hasTitle(text.slice(previous.end, start))
    if (branchOfBureau) {
      out.push(Object.assign(mention('Unit', text, start, end, previous!.rule === 'unit:level-word' ? 'unit:level-word' : 'unit:post-run'), { name: previous!.name + text.slice(start, end) }))
      continue
    }
    // 昌吉州辖区人民法庭: the bodies of a division's jurisdiction are a class of them.
    if (/辖区(人民)?$/.test(namePart)) continue
    // 三届区委常委会: a term alone before a body named by its level is no part of the name (新一届市委, 本届区委: nor the new or this one).
    // (工作获省委批示: nor are words closed by a verb or preposition of one character; 省委 alone is the committee the article means.)
    const afterVerb = () => LEVEL_COMMITTEE.test(text.slice(first.start, first.end)) && /^(v|p)$/.test(words(namePart).at(-1)?.tag ?? '') && words(namePart).at(-1)!.word.length === 1 && (gazetteer().endingAt(text, first.start, start)?.length ?? 0) < namePart.length
    if ((/^(?:新|本|上|下)?[一二三四五六七八九十\d]*届$/.test(namePart) || (namePart !== '' && afterVerb())) && /^[省市县区旗州盟]委/.test(text.slice(first.start, first.end))) {
      start = first.start
      namePart = ''
    }
    // 两支综合执法大队, 四名班子成员…中队: a count before the words of a name makes it a class of units.
    // (各执行小组: 各 before the words of a name makes it a class of units too.)
    // (部分法院: so does 部分, some of them.)
    // (N个现场指挥部: and a count of any number, a letter for it, that the name's first guess takes in.)
    const counted = COUNT_BEFORE.test(text.slice(widest, start)) || text[start - 1] === '各' || text.startsWith('部分', start) || /^[A-Z\d]+个/.test(namePart)
    // 自治区党委、政府; 科尔沁区委政府: a bare suffix right after a unit shares that unit's place.
    // Only a place is shared: 扑灭罪行委员会及区议会 shares no words of the committee's purpose.
    // 市委政法委、市委组织部: a party committee named by its level carries its own place.
    // 区发改和经信商务局、人社局、林草局: after a body named by its level, the level is shared too.
    // 县委政法委、组织部: a department of a committee after another shares the committee (县委组织部), not only the level.
    const committeeDepartment = previous?.rule === 'unit:level-word' && /^[省市县区旗州盟]委/.test(previous.name) && /^(组织部|宣传部|统战部|政法委|纪委|办公室|社会工作部)$/.test(text.slice(first.start, end))
    const sharedPlace = committeeDepartment ? previous!.name.slice(0, 2) : previous && /[省市县区旗州盟]$/.test(previous.namePart) ? previous.namePart : previous?.rule === 'unit:level-word' && /^[省市县区旗州盟]/.test(previous.namePart) && previous.name.length - previous.namePart.length >= 2 ? previous.namePart[0]! : undefined
    // (司法厅政府购买服务: with nothing between, only a party committee and its government share a place, 区委政府.)
    const between = previous ? text.slice(previous.end, first.start) : ''
    // (省民委(宗教局)、卫健委: a second name in brackets after a body leaves the list going on.)
    if (namePart === '' && previous && sharedPlace && /^(?:[(（][\u4e00-\u9fff]{2,10}[)）])?(、|和|及|与)?$/.test(between) && (between !== '' || /委$/.test(previous.name)) && !NATIONAL_BODIES.has(text.slice(first.start, first.end)) && !LEVEL_COMMITTEE.test(text.slice(first.start, first.end))) {
      const shared = Object.assign(mention('Unit', text, first.start, end, previous.rule === 'unit:level-word' ? 'unit:level-word' : 'unit:shared-prefix'), { name: ofCommittee(sharedPlace, text.slice(first.start, end)) })
      out.push(shared)
      previous = { ...previous, end }
      continue
    }
    // 公安厅党委委员、政治部主任李明: a department named bare in a run of posts is the department of the body the run began with
    // (市委常委、副书记、政法委书记: after two posts too).
    const run = previous ? text.slice(previous.end, first.start) : ''
    // (司法厅副厅长、监狱局局长: so is a bureau after a department of a province.)
    const bureauOfDepartment = /厅$/.test(previous?.name ?? '') && /.局$/.test(text.slice(first.start, end))
    const afterRunOfPosts = namePart === '' && /^(?:[\u4e00-\u9fff]{2,8}、){1,3}$/.test(run) && hasTitle(run)
    // (…治安支队副支队长、法制处处长, …、政治处主任: a department before its head's post is the whole body's, not its section's.)
    // (…、公安局局长: a bureau before its head's post is named by the rules of bodies, not as a department.)
    // (某街道党工委副书记、办事处主任: the street's office is the street's, named after it; a notary's office is a body of its own.)
    const departmentHeaded = chain.length === 1 && /[处科股室庭]$/.test(text.slice(first.start, end)) && !/公证处$/.test(text.slice(first.start, end)) && headsSection(text, end - 1)
    if (afterRunOfPosts && previous && chain.length === 1 && (DEPARTMENT.test(text.slice(first.start, end)) || bureauOfDepartment || departmentHeaded)) {
      out.push(Object.assign(mention('Unit', text, first.start, end, previous.rule === 'unit:level-word' ? 'unit:level-word' : 'unit:post-run'), { name: ofCommittee(departmentHeaded ? wholeBodyOf(previous.name) : previous.name, text.slice(first.start, end)) }))
      continue
    }
    // (局劳动改造协调处处长: where no words of its work open the name here, the kind alone names nothing; a
    // section after a relative head is read with it, by relativeSections.)
    if (headedAlone && start >= first.start) continue
    // (县海洋与渔业局局长: a bureau named for two works joined by 与 or 和 is named from the first, after its level.)
    // (市海洋与渔业执法支队: so is a detachment named for the works it enforces.)
    const joinedWork = /[与和]/.test(text[start - 1] ?? '') ? /([省市县区州旗])([\u4e00-\u9fff]{2,4}?)[与和]$/.exec(text.slice(Math.max(floor, start - 7), start)) : null
    if (joinedWork && words(joinedWork[2]!).every((w) => /^(n|vn|ns|nz)$/.test(w.tag))) {
      start -= joinedWork[0].length
      // (浙江省海洋与渔业执法总队: the level is the last character of the division written in full before it.)
      start += 1 - (longestDivisionEndingAt(text, start + 1, Math.max(floor, start - 12)) || 1)
    }
    // (某市公安局经侦支队副支队长、户政处处长: a section named bare before its head's post, in a run of posts, is a
    // section of the whole body the run began with, not of that body's own section or party committee.)
    // (…副主任(主持工作)、: a post may carry a word in brackets on the duty it holds.)
    if (headedAlone && previous && /^(?:[\u4e00-\u9fff]{2,8}(?:[(（][\u4e00-\u9fff]{2,6}[)）])?、){1,6}$/.test(text.slice(previous.end, start)) && hasTitle(text.slice(previous.end, start))) {
      out.push(Object.assign(mention('Unit', text, start, end, 'unit:post-run'), { name: wholeBodyOf(previous.name) + text.slice(start, end) }))
      continue
    }
    if (headedAlone && previous && text.slice(previous.end, start) === '原') {
      out.push(Object.assign(mention('Unit', text, start, end, 'unit:post-run'), { name: previous.name + text.slice(start, end) }))
      continue
    }
    // 某社区党委书记、居委会主任甲, 某村党支部书记、村委会主任乙: the residents' or villagers' committee named
    // bare in a run of posts after a community's or village's party committee is that place's own.
    const ownCommittee = afterRunOfPosts && previous ? LOCAL_COMMITTEE_OF_PARTY.exec(previous.name) : null
    if (ownCommittee && /^(居委会|村委会|居民委员会|村民委员会)$/.test(text.slice(first.start, end))) {
      const place = ownCommittee[1]!
      out.push(Object.assign(mention('Unit', text, first.start, end, 'unit:post-run'), { name: place + (place.endsWith('村') ? text.slice(first.start + 1, end) : text.slice(first.start, end)) }))
      continue
    }
    // 该院执行局, 局机关党委, 局劳动改造协调处: a section named after its body's one-character kind,
    // which points back at the body named last (see relativeSections).
    const head = RELATIVE_HEAD.exec(namePart)?.[0]
    // (部、厅、局教育整顿工作组: heads listed name a class of bodies, none before.)
    if (head && chain.length === 1 && text[start - 1] !== '、' && (text[start - 1] === '该' || !isNameChar(text[start - 1]) || start > widest) && words(text.slice(start, end))[0]?.word === head && end - start - head.length >= 2) {
      out.push(mention('Unit', text, start, end, 'unit:relative'))
      continue
    }
    // 该所第一党支部: an anaphor (该所) for the parent, then the unit's own name.
    const anaphor = text[start - 1] === '该' ? /^(分局|大队|支队|中队|局|所|院|队|委|厅|部|组)/.exec(namePart) : null
    if (anaphor && namePart.length > anaphor[0].length) {
      out.push(mention('Unit', text, start - 1, start + anaphor[0].length, 'unit:anaphora'))
      start += anaphor[0].length
      namePart = namePart.slice(anaphor[0].length)
    }
    // 该县县委: the division pointed back at (该县) is no part of the name; the committee is named by its level.
    if (text[start - 1] === '该' && LEVEL_CHAR_OF_ANAPHOR.test(namePart) && text.startsWith(namePart, start + 1)) {
      start += 1
      namePart = ''
    }
    const bare = namePart === '' || KIND_NAMED_IN_FULL.test(text.slice(start, end))
    if (ANAPHOR.test(text.slice(first.start - 1, end))) {
      out.push(mention('Unit', text, first.start - 1, end, 'unit:anaphora'))
      continue
    }
    // 专项斗争领导小组: a task force named only by the kind of drive it runs has no name of its own.
    // 部、厅、局教育整顿工作组: a body named by its kind alone (局) with words after it is a class of groups.
    // 人民法庭, 人民调解室: the kind's full form alone names no one body.
    const peoplesKind = namePart === '人民' && /^(法庭|法院|检察院|调解室|调解委员会|政府)$/.test(text.slice(first.start, end))
    // 全国人大常委会, 全国政协: organs of the nation are named with 全国, which elsewhere makes a class (全国法院).
    const nationalOrgan = namePart === '全国' && NATIONAL_ORGAN.test(text.slice(first.start, end))
    // (全州检察院, 全盟法院: the whole prefecture's bodies are a class.)
    const wholePrefecture = isWholePrefecture(text, namePart)
    // 规范建设村级综治中心: a level of bodies (村级, 县级) makes a class of them, wherever it stands in the words before the kind.
    // 宁波全市法院: a division's whole set of bodies of a kind is a class, not one of them.
    // 湖南一县民政局, 某县公安局: a division left unnamed names no body; 省市县委: nor do levels listed;
    // 沁水县相关乡镇人民政府: nor bodies said to be concerned; 长春市街面警务站, 社区警务室: nor a kind of post.
    // 彝族派出所教导员: an ethnic group before the kind describes the officer, it names no body.
    const ethnic = ETHNIC_GROUP.test(namePart)
    // (派出所社区警务工作站: the community post of the station just named is that station's own.)
    // (某县网格中心: a division's centre for a kind of post is one body, no post.)
    const kindOfPost = /^(街面|移动|固定|社区|党群|智慧|传统|驻地|辅助|核心区|网格|村居|楼栋|警务)$/.test(namePart.slice(gazetteer().at(namePart, 0)?.length ?? 0).replace(/党$/, '')) && !/[所局队]/.test(text[start - 1] ?? '') && !(/中心$/.test(text.slice(first.start, end)) && gazetteer().at(namePart, 0) !== undefined)
    // 车主拘留所过年: a word for people before a body's kind is the clause's subject, no name of it.
    // 一代代法院人, 老一辈监狱人: a kind of body before 人 standing alone names the people who work in such bodies;
    // (第一代监狱民警: so do generations before the kind.)
    if ((text[end] === '人' && words(text.slice(end, end + 3))[0]?.word === '人') || GENERATION.test(namePart)) continue
    // (群众出版社: a publisher may be named for its readers; 乘警支队, 巡警大队: a police branch for the officers it holds.)
    if (PEOPLE_WORDS.has(namePart) && !namePart.endsWith('警') && /[所院局队]$/.test(text.slice(first.start, end))) continue
    // (在路口设置执勤点: a verb before a duty post sets one up; the post is named by a place, never a deed.)
    if (text.slice(first.start, end) === '执勤点' && /^v/.test(words(namePart).at(-1)?.tag ?? '')) continue
    // 某嘎查村委会: a body the paper masks (某) is not named; 河北两地法院: the bodies of two places are a class.
    // (某省内海关, 某省一公司: the bodies inside a division, or one firm of it unnamed, are no body named; 某市一中院 is a court's.)
    if (namePart.startsWith('某') || /[两二三四五六七八九十几多各]地$/.test(namePart) || /(?:[省市县区旗]内|境内|辖内)$/.test(namePart) || (namePart.endsWith('一') && gazetteer().at(namePart, 0)?.length === namePart.length - 1 && /^(?:公司|企业|工厂|单位|商店|超市|酒店|饭店|医院|学校)$/.test(text.slice(first.start, end)))) continue
    // (副院长钱建军坐镇中院: words right after a post are its holder's name and deeds, no body's name.)
    const afterPost = namePart.length >= 2 && [2, 3, 4].some((k) => start - k >= floor && TITLES.longestAt(text, start - k, start)?.length === k)
    // 东岭、西沟两法庭: the count of stations listed before their kind is no part of the last one's name.
    // (甲、乙两镇派出所: nor is the towns' level after the count; 甲、乙两个派出所: a count with 个 ends the name the
    // rules read before it, so the last station is read back from the kind.)
    const countedBack = namePart === '' && chain.length === 1 ? /、([\u4e00-\u9fff]{2,4}?)[两二三四五六七八九十]个$/.exec(text.slice(Math.max(floor, first.start - 10), first.start)) : null
    if (countedBack && LISTED_STATION.test(text.slice(first.start - countedBack[0].length + 1, end))) {
      const at = first.start - countedBack[0].length + 1
      out.push(Object.assign(mention('Unit', text, at, end, 'unit:shared-kind'), { name: countedBack[1]! + text.slice(first.start, end) }))
      continue
    }
    const countedStation = text[start - 1] === '、' && chain.length === 1 ? /^([\u4e00-\u9fff]{2,4}?)[两二三四五六七八九十](?:镇|乡)?$/.exec(namePart) : null
    if (countedStation && LISTED_STATION.test(text.slice(start, end))) {
      out.push(Object.assign(mention('Unit', text, start, end, 'unit:shared-kind'), { name: countedStation[1]! + text.slice(first.start, end) }))
      continue
    }
    // 甲、乙两县政法委: divisions listed short, then their count and level, each have the body.
    const countedLevel = /^([\u4e00-\u9fff]{2,4}?)[两二三四五六七八九十]([县市区旗])$/.exec(namePart)
    if (countedLevel) {
      if (chain.length === 1) out.push(...divisionsListedWithLevel(text, start, countedLevel[1]!, countedLevel[2]!, text.slice(first.start, end), floor))
      continue
    }
    // (两调解小组: a count the segmenter reads as one, right before the words of a name, makes a class too.)
    const countWord = /^[两二三四五六七八九十几]/.test(namePart) ? words(namePart)[0] : undefined
    // (三堤口派出所, 五里墩派出所: a numeral opening a place's own name, before no word of the language, counts nothing.)
    // (七都派出所: nor one that with the next character names a town the gazetteer holds, 七都镇.)
    const countOpens = countWord?.tag === 'm' && countWord.word.length === 1 && gazetteer().at(namePart, 0) === undefined && !namesTown(namePart) && (namePart.length <= 2 || saysWhichKind(namePart.slice(1)) || /^[个家所支名位处项大类级]/.test(namePart.slice(1)))
    // (与一传媒公司发生纠纷: 一 read alone before a word of the language says "a company", no company named.)
    if (namePart.length >= 3 && namePart[0] === '一' && words(namePart)[0]?.word === '一' && isDictionaryWord(namePart.slice(1))) continue
    // (江苏和浙江两省公安厅: divisions counted before the kind, two provinces' departments, make a class too.)
    const countedLevels = /[两二三四五六七八九十]([省市县])/.exec(namePart)
    if (countedLevels && gazetteer().at(namePart, countedLevels.index) === undefined) continue
    // (各县（市）区公安局, 各市州禁毒办: a level after levels in brackets, or after each of another level, is one
    // more of a class of bodies, no body named.)
    if (/^[省市县区旗州盟]$/.test(namePart) && (/[(（][省市县区旗州盟、]+[)）]$/.test(text.slice(Math.max(floor, start - 6), start)) || /[各全][省市县区旗州盟]$/.test(text.slice(Math.max(floor, start - 2), start)))) continue
    // (积极报告当地党委: a word for "the local one" ending the name part, whatever the clause put before it, names no body.)
    if (counted || countOpens || kindOfPost || ethnic || peoplesKind || afterPost || wholePrefecture || (GENERIC.test(namePart) && !nationalOrgan && !opensWithDivision(namePart) && !divisionBeforeLevel(text, start, namePart)) || /^[省市县区乡镇街]{2,}$/.test(namePart) || /(相关|有关|所属|下属|周边|附近|周围|沿线|众多|诸多|许多|各类|当地|本地|外地|异地)(乡镇|街道|村|社区)?$/.test(namePart) || (/.(全市|全省|全县|全区|全州|全盟|全旗|基层|各级)(人民)?$/.test(namePart) && !divisionWhole(namePart.replace(/人民$/, ''))) || /[一某][县市区镇乡]$/.test(namePart) || /[村乡镇县市省区]级/.test(namePart) || DRIVE_KINDS.has(namePart) || (SESSION.test(namePart) && !TERM.test(namePart)) || /^[局厅部院所][\u4e00-\u9fff]{2,}/.test(namePart) || /[\d一两二三四五六七八九十]+[余多]?[名个人批级]/.test(namePart)) continue
    // (第三次联席会议, 部门联席会议: a joint meeting counted is one sitting of it; one named by a word or two is any such meeting.)
    if (chain.length === 1 && text.slice(first.start, end) === '联席会议' && (SITTING.test(namePart) || namePart.slice(gazetteer().at(namePart, 0)?.length ?? 0).length < 4)) continue
    // (党员+网格员+驻村工作队: people and bodies added up with + name a way of working, no body.)
    if (/[+＋]/.test(namePart)) continue
    // (办案管理中心, 12345热线中心: a management or hotline centre is one body only with the division or body that runs it.)
    if (chain.length === 1 && /(管理中心|热线中心)$/.test(text.slice(first.start, end)) && !/^[省市县区旗州盟镇乡]/.test(namePart) && gazetteer().at(namePart, 0) === undefined) continue
    // 恶势力犯罪集团, 涉黑组织: criminal groups the police fight are no bodies of governance.
    if (CRIMINAL_GROUP.test(text.slice(start, end))) continue
    // 所长办公室, 人民调解办公室: an office named for a post or a task alone, with no body or place, is a room.
    if (chain.length === 1 && /办公室$/.test(text.slice(first.start, end)) && (TITLES.longestAt(namePart, 0)?.length === namePart.length || /(调解|矫正|治理|党建工作)$/.test(namePart)) && gazetteer().at(namePart, 0) === undefined) continue
    // 吉林省某建筑工程有限公司: a body whose name the paper masks (某, after a place) is not named, as a
    // masked person is not (杨某综合行政执法局…: 某 there masks the person before).
    // (省某开发建设工程有限公司: so is one whose name starts after a word the name runs on from.)
    // (某公司即向某县人民法院: a name that opens with a division written in full starts afresh.)
    // (其所属的某机动大队: and one 某 stands right before its own name, after no surname; 某县公安局 is a county's bureau, named by its level.)
    const mask = text.lastIndexOf('某', start - 1)
    if (mask >= Math.max(from, start - 5) && !gazetteer().at(text, start)?.values.some((v) => !v.short) && /^[\u4e00-\u9fff]*$/.test(text.slice(mask + 1, start)) && (/[省市县区镇乡村州]/.test(text[mask - 1] ?? '') || gazetteer().endingAt(text, mask, from) !== undefined || (mask === start - 1 && namePart !== '' && !/^[省市县区镇乡村州旗盟]/.test(namePart) && !LEXICONS.surnames.has(text[mask - 1] ?? '')))) continue
    // 法治政府建设, 服务型政府: a quality of government, not a government body; 正规化警队 likewise.
    // 枫桥式派出所, 花园式单位: a kind of body that is like a model names none.
    // (创建“某某”式社区警务室: the manner's 式 after a quote opens no body's name.)
    // (通化市委, 怀化市委: a division whose name ends in 化, its level read with the committee, is no quality.)
    // (和硕县网格化服务中心: a division's centre named for a way of working in 化 is a body; 文化街道, a word of
    // two characters in 化, names a street.)
    // (县网格化管理服务中心: or its level alone, standing for the division.)
    const centreOfWay = /化$/.test(namePart) && /中心$/.test(text.slice(first.start, end)) && ((gazetteer().at(namePart, 0)?.length ?? 0) >= 2 || /^[省市县区旗]$/.test(namePart.slice(0, -3)))
    if (GOVERNMENT_QUALITY.test(text.slice(start, end)) || (/.{2}化$|式$|式(公安|人民)$|^[式型]/.test(namePart) && !divisionBeforeLevel(text, start, namePart) && !centreOfWay)) continue
    // (表彰某省优秀人民调解委员会: a class of bodies honoured, named by the honour, is no body.)
    // (某市最大戒毒所, 一个综合性铁路派出所: nor is one described by a superlative or a quality in 性.)
    // (京、津、冀六省区市政法委: nor are the bodies of places counted, each its own; 分成若干小组: nor some, unnamed.)
    // (全省设区市公安局: nor the bodies of a class of cities, those divided into districts, prefecture-level or county-level;
    // 某州州县法院, 市县检察院, 省市委: nor those of two levels named together.)
    if (/^(优秀|先进|模范|十佳|最美|最(?!高)|若干|[\u4e00-\u9fff]{2}性)/.test(namePart.slice(gazetteer().at(namePart, 0)?.length ?? 0)) || /[一二三四五六七八九十两\d]+(?:省区市|省市区|省区|省市|市县|区县)$/.test(namePart) || /^(?:全省|全区|各)?(?:设区市|地级市|县级市)$/.test(namePart) || twoLevels(namePart) || (/^[省市州县]$/.test(namePart) && /^[市州县区乡]委$/.test(text.slice(first.start, end)))) continue
    // 被评为…“最强党支部”: a quoted title of honour, not a body.
    // (擦亮“某某刑警队”金字招牌: nor one the words after the quote call a title or a name to keep bright;
    // 设立4个“某某旅游警务站”: nor a quoted name counted, a brand of posts set up in numbers, a device.)
    if (text[start - 1] === '“' && text[end] === '”' && (HONOUR.test(text.slice(floor, start)) || HONOUR_AFTER.test(text.slice(end + 1, end + 5)) || COUNTED_BEFORE_QUOTE.test(text.slice(Math.max(floor, start - 6), start - 1)))) continue
    // 县委, 市委政法委: a party committee named by its level is that level's, named in full elsewhere or not at all.
    const levelCommittee = bare && LEVEL_COMMITTEE.test(text.slice(first.start, first.end))
    // (检察日报、…, 检察日报记者: a paper is named for the field it reports on, a noun of the language, which the
    // rules of names before a kind stop at.)
    const field = bare && chain.length === 1 && /^(日报|晚报|时报)$/.test(text.slice(first.start, end)) && /^(记者|、|等|报道|》|社)/.test(text.slice(end, end + 2)) ? words(text.slice(Math.max(floor, start - 4), start)).at(-1) : undefined
    if (field && field.word.length === 2 && /^(n|vn|nz)$/.test(field.tag)) {
      out.push(mention('Unit', text, start - 2, end, 'unit:suffix'))
      continue
    }
    if (bare && chain.length === 1 && !NATIONAL_BODIES.has(text.slice(first.start, first.end).replace(MEDIUM_AFTER_KIND, '')) && !levelCommittee) {
      out.push(mention('Unit', text, start, end, 'unit:bare-suffix'))
      continue
    }
    // (磁县委, 沁县委: a county of one character, its level read with the committee, is a name.)
    if (namePart.length === 1 && !LEVEL_WORD.test(namePart) && !divisionBeforeLevel(text, start, namePart)) continue
    // (荣获全国人民满意派出所称号: a title of honour a body earns, named by the people's satisfaction, names no body.)
    if (/^(?:全国|全省|全市|全区|全县)?人民满意$/.test(namePart)) continue
    // (某县大部分乡镇纪委: a word of how many of them, after the division, makes a class of bodies, none named;
    // 走访了某省的数家监狱: so does a word of several of them, 数家, 多家.)
    if (/(?:大部分|部分|大多数|多数|少数|个别|所有|[数几多各][家所个座])/.test(namePart)) continue
    // (这所学校, 一所医院: 所 after a pointer or a count is the measure word for an institution, no station; 是所小学,
    // 有所学校: after 是 or 有 too, its count 一 left out.)
    if (namePart === '所' && /[这那该每此哪一两二三四五六七八九十几多是有]/.test(text[start - 1] ?? '')) continue
    // 省委专门派督导组, 全方位支持督导组: a word of sending, setting up or backing a group, or an adverb of doing so,
    // before a group's kind is the clause's; the group is named by its kind alone, no body of its own.
    if (chain.length === 1 && /组$/.test(text.slice(first.start, end)) && GROUP_OF_CLAUSE.test(namePart)) continue
    // 将其告上法庭, 诉至法院: a court a case is taken to, after the verb, names no court.
    if (/^(法庭|法院)$/.test(text.slice(first.start, end)) && /(告上|走上|闹上|诉至|诉诸|诉到|告到|闹到)$/.test(text.slice(Math.max(floor, first.start - 2), first.start))) continue
    // 在铜省人大代表: a deputy's congress is named by a level or a place alone, nothing more.
    if (/^(人大|政协)$/.test(text.slice(first.start, end)) && /^(代表|委员)/.test(text.slice(end, end + 2)) && !/^(全国|自治区|自治州|[省市县区旗州盟])$/.test(namePart) && !isPlaceWithLevel(namePart)) continue
    // (推进某省监狱规范管理: a province's prisons, named by the province alone, are a class; its body is the 监狱管理局.)
    // (某监狱 after a province's short form, 广东监狱, is one prison's name.)
    if (chain.length === 1 && text.slice(first.start, end) === '监狱' && /(省|自治区)$/.test(namePart) && gazetteer().at(namePart, 0)?.length === namePart.length && gazetteer().at(namePart, 0)!.values.every((v) => v.place.level === 'province')) continue
    // 辽宁省中级法院院长座谈会: a province has many intermediate courts; named by the province, they are a class.
    if (/(法院|中院)$/.test(text.slice(first.start, end)) && provincesIntermediateCourts(text.slice(start, end))) continue
    // 贵州法院: a province's courts as a whole (a province has a high court, no court of its own);
    // 贵州法院人民法庭: nor do they hold a tribunal.
    // (三亚法院某某法庭: a city's court named short before one of its tribunals is the tribunal's court, named with it.)
    if (provincesCourts(namePart, text.slice(first.start, first.end)) && !(chain.length > 1 && /法庭$/.test(text.slice(chain[1]!.start, chain[1]!.end)) && isCity(namePart))) {
      if (chain.length === 1) out.push(mention('Unit', text, start, end, 'unit:collective-name'))
      continue
    }
    // 陕西省十二届人大常委会: the term of a congress is no part of the body's name; 市八届人大 is 市人大, named by its level.
    // 物业公司, 专门学校, 处置小组, 生态法庭: one common word before an institution's kind says which kind, naming none.
    // (木乐法庭, 长征法庭: unless it is a town's name too, as tribunals are named for the towns they sit in.)
    // (金融法庭, 旅游巡回法庭: nor a field a specialised tribunal hears, which names it.)
    // (紧密联动物业公司, 约见房地产公司: nor one common word after the clause's verb, before a firm's, a school's or a
    // hospital's kind; a group's name holds its verbs, 扫黑除恶专项斗争小组.)
    if (chain.length === 1 && GENERIC_INSTITUTION.test(text.slice(first.start, end)) && (saysWhichKind(namePart) || (/^(?:有限)?公司$|^学校$|^医院$/.test(text.slice(first.start, end)) && kindAfterVerb(namePart))) && !(LOCAL_KIND.test(text.slice(first.start, end)) && namesTown(namePart)) && !COURT_FIELD.test(namePart)) continue
    // (法院诉讼服务中心, 一站式诉讼服务中心: a service centre named only by words of its work, no place's or body's, is a court's desk, no body.)
    if (chain.length === 1 && text.slice(first.start, end) === '服务中心' && namedForWorkAlone(namePart)) continue
    // 建立信访事项人民调解委员会6个: a kind counted right after it is a class of bodies; 大学生 are students.
    // (甲法院乙法庭5家法庭: unless the count is followed by the kind again, counting a list the body closes.)
    const countedAfter = COUNTED_AFTER.exec(text.slice(end, end + 4))
    if ((countedAfter && !text.startsWith(text.slice(chain.at(-1)!.start, end), end + countedAfter[0].length)) || (/(大学|学院)$/.test(text.slice(first.start, end)) && text[end] === '生')) continue
    // 某海警局某某工作站: a work station is a body only as a section named under its body (法官工作站,
    // 公共法律服务工作站 alone are devices of service).
    if (chain.length === 1 && text.slice(first.start, end) === '工作站') continue
    const term = TERM.exec(namePart)
    // (第十六届人民代表大会 after a line break: a term alone names no body; the division is on the line before.)
    if (term && term[0] === namePart && chain.length === 1) continue
    const ownPart = term && term.index > 0 ? namePart.replace(term[0], '') : namePart
    const m = mention('Unit', text, start, end, LEVEL_WORD.test(ownPart) || (/[高中]级$/.test(ownPart) && LEVEL_WORD.test(ownPart.slice(0, -2)) && text.startsWith('法院', first.start)) || levelCommittee || levelledWork(ownPart, taskForce || reformed || jointWorks ? 20 : 4) ? 'unit:level-word' : chain.length > 1 ? 'unit:name-chain' : 'unit:suffix')
    // 省委建设县级…中心协调小组: a task force named for building or fighting something holds that thing's
    // kind in its name; the thing is no parent of the group.
    const task = TASK_FORCE.test(text.slice(chain.at(-1)!.start, chain.at(-1)!.end)) ? chain.findIndex((c, k) => k > 0 && /^v/.test(words(text.slice(chain[k - 1]!.end, c.start))[0]?.tag ?? '')) : -1
    // (Counted before the copy is made: an empty copy has another hidden class than a full one, and
    // reading the length of both sent this large function back to the optimising compiler twice.)
    const parents = task > 0 ? task : chain.length - 1
    if (parents > 0) m.chain = chain.slice(0, parents).map((c) => ({ end: c.end }))
    if (ownPart !== namePart) m.name = m.name.replace(term![0], '')
    // (某分局原党组副书记: 原 before a body's committee says the post was held; the committee is the body's.)
    if (chain.length > 1 && /原(党组|党委|党工委|审判委员会|检察委员会)$/.test(m.name)) m.name = m.name.replace(/原(?=(党组|党委|党工委|审判委员会|检察委员会)$)/, '')
    // 省高院, 市中院: a court named by its level is written with its official kind, as its full name is.
    if (m.rule === 'unit:level-word' && chain.length === 1) m.name = m.name.replace(/中院$/, '中级人民法院').replace(/高院$/, '高级人民法院')
    // 最高检: a national body written short takes its full name.
    const full = national && chain.length === 1 ? NATIONAL_FULL_NAMES.get(m.name) : undefined
    if (full) m.name = full
    // 某省委平安某省建设领导小组: a group or office a party committee sets up, named after it, is part of it.
    const committee = committeeOpening(text, start, end)
    if (committee > 0) m.chain = [{ end: start + committee }, ...(m.chain ?? []).filter((c) => c.end > start + committee)]
    out.push(m)
    // (甲、乙、丙市司法局: divisions listed short before the last, written with its level, each have the body.)
    const listedLevel = text[start - 1] === '、' && chain.length === 1 ? /^([\u4e00-\u9fff]{2,4}?)([县市区旗])$/.exec(namePart) : null
    if (listedLevel) out.push(...divisionsListedWithLevel(text, start, listedLevel[1]!, listedLevel[2]!, text.slice(first.start, end), floor).slice(0, -1))
    // 科尔沁区委: the level character of a party committee's suffix belongs to the place it shares.
    const levelOfSuffix = /^[区市县旗省盟州]委$/.test(text.slice(first.start, first.end)) ? text[first.start]! : ''
    previous = { namePart: namePart + levelOfSuffix, name: m.name, end, rule: m.rule }
  }
  out.push(...groupLists(text, from, to, out))
  courtSectionsOfPosts(text, out)
  stationed(text, out)
  out.push(...committeesOfPosts(text, out, to))
  // ，局机关党委书记周刚，局劳动改造协调处处长…: at a clause's start, a section of the body of that kind
  // named before, written with a post that took its kind word or one a section of one character has.
  // (我院党组成员、副检察长某某: or after 我, a report's own body speaking of itself.)
  // Each pattern below only where a character all its matches hold is written: a look for one character
  // costs far less than a scan of the sentence, and most sentences hold none of them.
  const span = text.slice(from, to)
  for (const m of relativeHeadIn(span) ? allMatches(span, RELATIVE_WITH_POST) : []) {
    const start = from + m.index + m[1]!.length
    const end = start + m[2]!.length
    if (!TITLES.longestAt(text, end) || out.some((o) => o.start < end && start < o.end)) continue
    out.push(mention('Unit', text, start, end, 'unit:relative'))
  }
  // 该局党委书记: an anaphor that no suffix found (the title took 党委), standing alone; 我院党组成员:
  // so is a report's own body speaking of itself.
  for (const m of span.includes('该') || span.includes('我') ? allMatches(span, /(?:该|(?<![\u4e00-\u9fff])我)(分局|大队|支队|中队|局|所|院|厅|队|部|组)(?!长)/g) : []) {
    const start = from + m.index
    if (out.some((o) => o.start <= start && start < o.end)) continue
    out.push(mention('Unit', text, start, start + m[0].length, 'unit:anaphora'))
  }
  // 《人民法院报》: the medium's name holds a body's kind (人民法院), which names no body there.
  const media = mediaNamed(text, from, to, out)
  for (const m of media) for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= m.start && out[k]!.end <= m.end) out.splice(k, 1)
  out.push(...media)
  out.push(...enterprisesListed(text, from, to, out))
  // 副市长、公安局长某某: a deputy head of a division who heads its bureau too, written with the bureau's informal post.
  // (某市委常委、公安局长某某: so does a member of its party committee's standing committee.)
  // (副省长、公安厅党委书记、厅长: so does one who heads the party committee of its department, which is the department's.)
  for (const m of span.includes('、') ? allMatches(span, /([省市县区旗州盟])(?:长|委常委)、(公安局|司法局|公安厅|司法厅)(?:[局厅]?长|(党委|党组)(?:副?书记|委员|成员))/g) : []) {
    const start = from + m.index + m[0].indexOf('、') + 1
    const end = start + m[2]!.length
    // (公安局局长: the bureau's kind, found bare, is that level's bureau.)
    const bare = out.findIndex((o) => o.start === start && o.end === end && o.rule === 'unit:bare-suffix')
    if (bare >= 0) out.splice(bare, 1)
    if (out.some((o) => o.start < end && start < o.end)) continue
    const body = `${m[1]}${m[2]}`
    out.push(Object.assign(mention('Unit', text, start, end, 'unit:level-word'), { name: body }))
    if (m[3]) out.push(Object.assign(mention('Unit', text, start, end + m[3].length, 'unit:level-word'), { name: body + m[3], chain: [{ end }] }))
  }
  // 市局, 区局: in police news the public-security bureau of that level, named in full elsewhere.
  if (LEVEL_BUREAUS.some((w) => span.includes(w))) levelBodies(text, from, span, /(市|区|县|旗|盟)局(?![长])/g, '公安局', out)
  // 市院, 县院: in news of procuratorates (an article that names 检察 more often than 法院) the procuratorate of that level.
  // (市院落, 小区院内: a courtyard is no body.)
  if (LEVEL_PROCURATORATES.some((w) => span.includes(w)) && count(text, '检察') > count(text, '法院')) levelBodies(text, from, span, /(省|市|区|县|旗|州)院(?![长士落内子里墙门坝外线校])/g, '人民检察院', out)
  // 省厅: in news of the police (an article that names 公安 anywhere) the province's public-security department.
  for (const m of span.includes('省厅') && text.includes('公安') ? allMatches(span, /省厅(?![长])/g) : []) {
    const start = from + m.index
    if (out.some((o) => o.start <= start && start < o.end) || (isNameChar(text[start - 1]) && nameStart(text, start, 1, from) !== start)) continue
    out.push(Object.assign(mention('Unit', text, start, start + 2, 'unit:level-word'), { name: '省公安厅' }))
  }
  return jointOffices(text, withoutLooseSections(text, out)).map(withoutFormer)
}

/** A division's name, then 原 before a level word or a party body (揭阳市原市委, 某街道原党工委). */
const FORMER_INSIDE = /^([\u4e00-\u9fff]{2,}?(?:省|市|县|区|州|旗|盟|乡|镇|街道))原(?=[省市县区州旗盟乡镇党])/

/**
 * 揭阳市原市委书记, 某街道原党工委书记: 原 (former) after the division a body's name opens with says the post was held
 * then; the body is named without it (never the 原 of a division's own name, 固原市原州区).
 */
function withoutFormer(m: RawMention): RawMention {
  const f = FORMER_INSIDE.exec(m.name)
  return f && gazetteer().at(m.name, f[1]!.length) === undefined ? withFields(m, { name: f[1]! + m.name.slice(f[0].length) }) : m
}

/**
 * 某市委市政府信访办公室, 某区委区政府督查室: an office of a division's party committee and government together is one
 * body, named whole; the committee and the government it serves are named in it too (by its level, 市政府).
 */
function jointOffices(text: string, found: readonly RawMention[]): RawMention[] {
  if (!found.some((m) => /[省市县区旗州盟]委$/.test(m.name))) return [...found]
  const joined = new Map<RawMention, RawMention>()
  for (const committee of found) {
    const level = /([省市县区旗州盟])委$/.exec(committee.name)?.[1]
    const office = level && text.startsWith(`${level}政府`, committee.end) ? found.find((o) => o.start === committee.end && o.end > committee.end + 3) : undefined
    if (office) joined.set(committee, office)
  }
  const offices = new Set(joined.values())
  return found.flatMap((m) => {
    if (offices.has(m)) return []
    const office = joined.get(m)
    return office ? [m, mention('Unit', text, m.end, m.end + 3, 'unit:level-word'), Object.assign(mention('Unit', text, m.start, office.end, m.rule), { name: m.name + text.slice(m.end, office.end) })] : [m]
  })
}

/** 市局, 区局…: the words the level-bureau pattern below needs, looked for before it is run. */
const LEVEL_BUREAUS = ['市局', '区局', '县局', '旗局', '盟局']
/** 市院, 县院…: and the level-procuratorate pattern's. */
const LEVEL_PROCURATORATES = ['省院', '市院', '区院', '县院', '旗院', '州院']
/** How often `word` is written in `text`. */
const count = (text: string, word: string): number => text.split(word).length - 1

/**
 * A level's body written by its level and its one-character kind (市局, 县院), named `level + kind` in full
 * (`市公安局`); pushed to `out`, or renaming a section or committee found named after it (县局党委).
 */
function levelBodies(text: string, from: number, span: string, pattern: RegExp, kind: string, out: RawMention[]): void {
  for (const m of allMatches(span, pattern)) {
    const start = from + m.index
    // (县局党委, 旗局刑侦大队: a section or committee named after the level's bureau is that bureau's, named in full.)
    const section = out.findIndex((o) => o.start === start && o.end > start + 2 && o.name.startsWith(m[0]) && o.rule !== 'unit:level-word')
    if (section >= 0) {
      const o = out[section]!
      out[section] = withFields(o, { rule: 'unit:level-word', name: `${m[1]}${kind}${o.name.slice(2)}` })
      continue
    }
    // (某县局某某派出所: so is one named after the bureau's short form under a division written in full,
    // the bureau its parent.)
    const underDivision = out.findIndex((o) => o.start < start && o.end > start + 2 && gazetteer().at(text, o.start)?.length === start + 1 - o.start)
    if (underDivision >= 0) {
      const o = out[underDivision]!
      const cut = start + 1 - o.start
      out[underDivision] = withFields(o, { rule: 'unit:level-word', name: `${o.name.slice(0, cut)}${kind}${o.name.slice(cut + 1)}`, chain: [{ end: start + 2 }] })
      continue
    }
    if (out.some((o) => o.start <= start && start < o.end)) continue
    // 博野县局: a division written in full before the bureau's short form names it.
    const division = gazetteer().endingAt(text, start + 1, from)
    // (该所会同县局: not 会同, "together with", before the level.)
    if (division && division.length >= 3 && division.values.some((v) => !v.short) && !out.some((o) => o.start < start && start - division.length + 1 < o.end) && !conjunctionBeforeLevel(text, start + 1 - division.length, division.length)) {
      const at = start + 1 - division.length
      out.push(Object.assign(mention('Unit', text, at, start + 2, 'unit:suffix'), { name: `${text.slice(at, start + 1)}${kind}` }))
      continue
    }
    if (isNameChar(text[start - 1]) && nameStart(text, start, 1, from) !== start) continue
    out.push(Object.assign(mention('Unit', text, start, start + 2, 'unit:level-word'), { name: `${m[1]}${kind}` }))
    // (市院党组书记: the party group of the level's body, named through its head's post.)
    const committee = /^(党组|党委)/.exec(text.slice(start + 2, start + 4))?.[0]
    if (committee) out.push(Object.assign(mention('Unit', text, start, start + 4, 'unit:level-word'), { name: `${m[1]}${kind}${committee}`, chain: [{ end: start + 2 }] }))
  }
}

/** A medium's name: a few characters and what it is (…网, …报, …视频, …客户端). */
const MEDIUM = /^(?:[\u4e00-\u9fff]{2,8}?(?:网|报|在线|新闻|之声|电视台|广播电台)|[\u4e00-\u9fff]{1,8}?(?:视频|客户端))$/

/**
 * 有甲、乙、丙等企业, 重庆某某公司、甲、乙等企业单位: a list closed by calling its items enterprises names a company in
 * each item that is no word of the language nor a place (国企、民企等企业 names none); `found` are the units read already.
 */
function enterprisesListed(text: string, from: number, to: number, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  const span = text.slice(from, to)
  const free = (start: number, end: number) => !found.some((o) => o.start < end && start < o.end)
  for (const list of span.includes('企业') ? allMatches(span, /((?:[\u4e00-\u9fff]{2,10}?、)+[\u4e00-\u9fff]{2,10}?)等(?:[多\d一二三四五六七八九十余几]+家)?企业/g) : []) {
    let at = from + list.index
    const items = list[1]!.split('、')
    // (有甲、乙…: the words before the first item, up to a verb, are the clause's.)
    const lead = firstItemOpening(items[0]!, /^(v|p|c|d|r|u.?)$/)
    const named = items.map((written, k) => (k === 0 ? written.slice(lead) : written)).filter((item) => !isDictionaryWord(item) && !gazetteer().at(item, 0))
    if (named.length < 2) continue
    for (const [k, written] of items.entries()) {
      const item = k === 0 ? written.slice(lead) : written
      const start = at + (k === 0 ? lead : 0)
      if (named.includes(item) && free(start, start + item.length)) out.push(mention('Unit', text, start, start + item.length, 'unit:listed-enterprise'))
      at += written.length + 1
    }
  }
  return out
}

/**
 * 据人民网报道: the medium a report is credited to; 江西日报、今视频、江西手机报等媒体: media listed with
 * one already found (a paper, a news site) are media too.
 */
function mediaNamed(text: string, from: number, to: number, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  const free = (start: number, end: number) => ![...found, ...out].some((o) => o.start < end && start < o.end)
  const span = text.slice(from, to)
  /** The items of a list written at `at`, parted by `parts`: each of a medium's kind is a medium. */
  const eachMedium = (list: string, parts: RegExp, at: number) => {
    for (const item of list.split(parts)) {
      if (MEDIUM.test(item) && free(at, at + item.length)) out.push(mention('Unit', text, at, at + item.length, 'unit:medium'))
      at += item.length + 1
    }
  }
  // 《人民法院报》: a paper cited by its title.
  for (const m of span.includes('《') ? allMatches(span, /《([\u4e00-\u9fff]{2,10}(?:报|日报|晚报|杂志|周刊))》/g) : []) {
    // (《关于某公司的通报》: a document about something, a report's 通报 or 情报 ending it, is no paper.)
    if (m[1]!.startsWith('关于') || /(?:通报|情报|简报|战报|喜报|捷报)$/.test(m[1]!)) continue
    const start = from + m.index + 1
    out.push(mention('Unit', text, start, start + m[1]!.length, 'unit:medium'))
  }
  // (《某某》周刊, 《某某》杂志: a title with a periodical's kind after it is that periodical; 《某某》记者: a title its
  // reporter follows is a medium's, whatever its kind.)
  for (const m of span.includes('》') ? allMatches(span, /《([\u4e00-\u9fff]{2,10})》(?:(周刊|杂志|月刊|半月刊|旬刊|期刊)|(?=(?:特约|全媒体|融媒体)?记者))/g) : []) {
    const start = from + m.index + (m[2] ? 0 : 1)
    const end = m[2] ? from + m.index + m[0].length : start + m[1]!.length
    // (The kind read alone inside it, 周刊, gives way to it.)
    if (!m[1]!.startsWith('关于') && ![...found, ...out].some((o) => o.start < end && start < o.end && !(start <= o.start && o.end <= end))) out.push(mention('Unit', text, start, end, 'unit:medium'))
  }
  // (据《某某新闻》报道: a title a report is credited to is a medium's, whatever its kind.)
  for (const m of span.includes('据《') ? allMatches(span, /据《([\u4e00-\u9fff]{2,10})》(?=报道|消息|披露)/g) : []) {
    const start = from + m.index + 2
    if (free(start, start + m[1]!.length)) out.push(mention('Unit', text, start, start + m[1]!.length, 'unit:medium'))
  }
  // (据人民网、新华网报道: each of the media listed.)
  // (据某某早报统计: or counted, disclosed or learnt.)
  for (const m of span.includes('据') ? allMatches(span, /据((?:[\u4e00-\u9fff]{2,10}?[、和])*[\u4e00-\u9fff]{2,10}?)(?=报道|消息|讯|统计|披露|获悉)/g) : []) {
    eachMedium(m[1]!, /[、和]/, from + m.index + 1)
  }
  // 被某某网和市委政法委推广, 被某某网、某某报转载: media that a piece of work is reported or spread by, each of a list.
  for (const m of span.includes('被') ? allMatches(span, /被((?:[\u4e00-\u9fff]{2,10}?[、和及与])*[\u4e00-\u9fff]{2,10}?)(?=(?:等(?:[多\d一二三四五六七八九十余几]+家)?(?:新闻)?媒体)?(?:重点|先后|相继|分别|专题|大篇幅|广泛|集中)?(?:报道|推广|转载|刊发|刊登|播发|宣传|推介|采用))/g) : []) {
    eachMedium(m[1]!, /[、和及与]/, from + m.index + 1)
  }
  // 某县政府网3月25日报道: a medium named with the day of its report, opening a sentence.
  for (const m of /\d月\d{1,2}日(?:讯|电|报道|消息)/.test(span) ? allMatches(span, /(?<=^|[\s。！？])([\u4e00-\u9fff]{2,12}?(?:网|报|在线|客户端|电视台))(?=\d{1,2}月\d{1,2}日(?:讯|电|报道|消息))/g) : []) {
    const start = from + m.index
    if (MEDIUM.test(m[1]!) && free(start, start + m[1]!.length)) out.push(mention('Unit', text, start, start + m[1]!.length, 'unit:medium'))
  }
  // 东方网记者某某, 红星新闻记者走进…: a site or news brand named right before its reporter's role.
  for (const m of span.includes('记者') ? allMatches(span, /(网|新闻|在线|客户端)(?:全媒体|融媒体)?记者/g) : []) {
    const kind = from + m.index
    const start = nameStart(text, kind, 8, from)
    const name = text.slice(start, kind + m[1]!.length)
    // (某某早报客户端记者: a paper's app is the paper's; its reporter is the paper's.)
    const end = start + paperOfApp(name).length
    if (kind - start >= 2 && MEDIUM.test(name) && !/^(本|该|各|我|全|多|众|新闻|[一二三两四五六七八九十几数\d])/.test(name) && free(start, end)) out.push(mention('Unit', text, start, end, 'unit:medium'))
  }
  // 某某日报、某某之声等十余家媒体: a list that closes by calling its items media names a medium in each item of a medium's kind.
  // (…等7家国家级和省级新闻媒体: words of their rank may stand before 媒体; 某某要闻, a medium of no medium's kind, is one
  // among two of that kind or more.)
  for (const list of span.includes('媒体') ? allMatches(span, /((?:[\u4e00-\u9fff]{2,12}?、)+[\u4e00-\u9fff]{2,12}?)、?等(?:[多\d一二三四五六七八九十余几]+家)?(?:[\u4e00-\u9fff]{0,8}?(?:新闻|中央|主流|省级))?媒体/g) : []) {
    let at = from + list.index
    const items = list[1]!.split('、')
    const ofKind = items.filter((written) => MEDIUM.test(written)).length
    for (const written of items) {
      // (来自某某新闻、…, 新闻单位和某某日报、…: the words before the first medium, up to a verb or a conjunction, are no part of it.)
      const lead = Math.max(/^(?:据|通过|经|在|由|来自)/.exec(written)?.[0].length ?? 0, written.search(/[和及与][^和及与]*$/) + 1)
      const start = at + lead
      const end = at + written.length
      const medium = MEDIUM.test(written.slice(lead)) || (ofKind >= 2 && end - start <= 8 && !isDictionaryWord(written.slice(lead)))
      if (medium && free(start, end)) out.push(mention('Unit', text, start, end, 'unit:medium'))
      at = end + 1
    }
  }
  // (Lists only where a medium is already found.)
  const media = found.filter((o) => MEDIA_NAME.test(o.name))
  for (const list of media.length > 0 && span.includes('、') ? allMatches(span, /(?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?(?=[、等，,。]|$)/g) : []) {
    // (据人民网、新华网报道, 来自某某新闻、某某时报: the preposition or verb before the first item is no part of its name.)
    // (《某某日报》和某某网、…: so is a conjunction after a title's closing mark.)
    const lead = /^(?:据|通过|经|在|由|来自)/.exec(list[0])?.[0].length ?? (/^[和及与]/.test(list[0]) && /[》”]/.test(text[from + list.index - 1] ?? '') ? 1 : 0)
    let at = from + list.index + lead
    const items = list[0].slice(lead).split('、').map((item) => {
      const start = at
      at += item.length + 1
      return { item, start, end: start + item.length }
    })
    const known = items.some((it) => media.some((o) => o.start === it.start && o.end === it.end))
    if (!known) continue
    for (const it of items) if (MEDIUM.test(it.item) && free(it.start, it.end)) out.push(mention('Unit', text, it.start, it.end, 'unit:medium'))
  }
  return out
}

/** Words before a body's name that say when or in which order it was (原…公安局, 时任…分局, 新任…室, 首批…中心). */
const STATUS_MARK = /^(时任|新任|现任|首批|首家|第一批|原|前)/

/**
 * Where a name opens past a mark of its status (原蓟县公安局 is 蓟县公安局, formerly): 原 and 前 only
 * before a division's name that does not itself start with them (原平市 keeps its 原).
 */
function pastStatusMark(text: string, start: number, kindStart: number): number {
  // 北京市首个街道综治中心: an ordinal of firsts describes the body; its name starts after it.
  const first = /(首个|首家|第一个|第一家)/.exec(text.slice(start, kindStart))
  if (first && first.index > 0 && kindStart - (start + first.index + first[0].length) >= 2) return start + first.index + first[0].length
  const mark = STATUS_MARK.exec(text.slice(start, kindStart))
  if (!mark) return start
  const after = start + mark[0].length
  if (after >= kindStart) return start
  if (mark[0].length > 1) return after
  const placeAfter = (gazetteer().at(text, after)?.length ?? 0) >= 2
  const placeAt = (gazetteer().at(text, start)?.length ?? 0) >= 2
  return placeAfter && !placeAt ? after : start
}

/** Kinds of institution a common word before them may only describe (a company, a school, a working group, a tribunal). */
/** Adverbs of how a group's work is backed, opening an item listed before its kind (无条件、全方位支持督导组). */
const MANNER_OF_BACKING = /^(?:无条件|全方位|全力|专门|积极|主动|大力)/

/** Words of sending (派, not 派驻: a stationed group's name holds it), setting up or joining a group's work, and adverbs of doing so. */
const GROUP_OF_CLAUSE = /专门|派(?:出|遣)?(?!驻)|配合|成立|组建|抽调|全力|全方位|无条件/
const GENERIC_INSTITUTION = /^(公司|有限公司|学校|小学|中学|大学|学院|医院|小组|工作组|专班|小分队|分队|协会|法庭|队|宣传队)$/

/** True when `s` is words of the language alone, each of two characters or more (诉讼, 一站式诉讼, 公共法律): no place's or person's name. */
function namedForWorkAlone(s: string): boolean {
  const ws = words(s)
  return ws.length > 0 && ws.every((w) => w.word.length >= 2 && /^(n|vn|v|b|l|a|an)$/.test(w.tag)) && gazetteer().at(s, 0) === undefined
}

/** True when `s` is one word of the language, no place's, person's or body's name (物业, 专门, 处置, 生态). */
function saysWhichKind(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && /^(n|vn|v|a|ad|an|b|d|l)$/.test(ws[0]!.tag) && gazetteer().at(s, 0) === undefined
}

/**
 * True when the words before a kind hold a verb of the clause and, after its last, one word of the language (紧密联动|物业,
 * 约见|房地产). (A verb of one character may be a place's, 上顿渡人民法庭: only one of two or more is asked.)
 */
function kindAfterVerb(namePart: string): boolean {
  const ws = words(namePart)
  const k = ws.findLastIndex((w, j) => j < ws.length - 1 && w.tag === 'v' && w.word.length >= 2)
  const rest = k < 0 ? '' : namePart.slice(ws[k]!.end)
  return rest !== '' && isDictionaryWord(rest) && gazetteer().at(rest, 0) === undefined
}

/** Kinds of task group, and of station named for a place, that a list of names may share. */
const GROUP_KINDS = '领导小组|工作小组|工作专班|指导组|督导组'
/** Group kinds named for each of a list of tasks (全面从严治党、政治巡察等4个领导小组). */
const GROUP_LIST = new RegExp(`((?:[\\u4e00-\\u9fff]{2,14}、)+[\\u4e00-\\u9fff]{2,14}?)等?[\\d一二三四五六七八九十两]*个?(${GROUP_KINDS})`, 'g')
/**
 * Stations counted after the places they are named for (双港、下罗、双岭三个中心派出所, 甲、乙4个公安派出所; 甲、乙以及铁骑队3个中队:
 * a body named in full ends the list), and governance centres so (甲、乙四个街道综治中心: each item takes the level with the kind).
 */
// (甲、乙等8个治安派出所: the kind may say the stations keep public order, 治安, which is no part of each one's name.)
const STATION_LIST = new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}、)+[\\u4e00-\\u9fff]{2,4}?)(?:(?:以及|和|及)[\\u4e00-\\u9fff]{1,4}队)?(?:等?[\\d一二三四五六七八九十两]+[个家]|等)((?:中心|公安|治安)?(?:${STATION_KINDS})|(?:街道|社区|乡镇|镇|村)?(?:综治中心|社会治理中心))`, 'g')
const HAS_GROUP_KIND = new RegExp(GROUP_KINDS)
const HAS_COUNTED_STATION = new RegExp(`(?:[个家]|等(?=(?:中心|公安)?(?:${STATION_KINDS})))(?:(中心|公安|治安)?(${STATION_KINDS})|[\u4e00-\u9fff]{0,2}(?:综治中心|社会治理中心))`)

/** Words that end the name of a body (a centre, a headquarters) though no unit suffix lists them alone. */
const ORGAN_END = /(中心|指挥部|办公室|委员会)$/

/** Each item of a list sharing one group kind is a unit of that kind: 政治巡察 → 政治巡察领导小组. */
function groupLists(text: string, from: number, to: number, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  const span = text.slice(from, to)
  // The patterns backtrack a lot: only sentences that hold a list and a kind are tried.
  if (!span.includes('、')) return out
  const lists = [
    ...(HAS_GROUP_KIND.test(span) ? allMatches(span, GROUP_LIST) : []),
    ...(HAS_COUNTED_STATION.test(span) ? allMatches(span, STATION_LIST) : []),
  ]
  out.push(...placeLists(text, from, to, found), ...stationsListedBefore(text, found), ...divisionsListedBefore(text, found))
  for (const m of lists) {
    const kind = m[2]!.replace(/^治安(?=派出所)/, '')
    // (以党组书记、院长为组长的…领导小组: posts said to lead the group, closed by 的, list no tasks.)
    if (/组长|的[^、]*$/.test(m[1]!)) continue
    let at = from + m.index
    const items = m[1]!.split('、')
    // (某分行围绕行业治理、某市扫黑除恶专项斗争领导小组围绕…: a last item opening with a division, where the others
    // do not, names a group of that division's; the items before it are what other bodies spoke about.)
    const opensWithPlace = (item: string) => fullDivisionAt(item, 0) >= 2
    if (items.length >= 2 && opensWithPlace(items.at(-1)!) && !items.slice(0, -1).every(opensWithPlace)) continue
    // (无条件、全方位支持督导组: adverbs listed before a group's kind say how its work is backed; they name no groups.)
    if (HAS_GROUP_KIND.test(kind) && items.some((item) => MANNER_OF_BACKING.test(item))) continue
    items.forEach((item, k) => {
      let start = at
      // The first item starts where a name can: after the verbs and words before it.
      if (k === 0) start = nameStart(text, at + item.length, 14, at)
      // (设派出机构甲、乙4个公安派出所: the first item never starts inside a word begun before it, 机构.)
      if (k === 0 && start === at && at > from) {
        const across = words(text.slice(at - 2, at + item.length)).find((w) => w.start < 2 && w.end > 2)
        if (across) start = at - 2 + across.end
      }
      const end = at + item.length
      at = end + 1
      if (end - start < 2 || found.some((f) => f.start < end && start < f.end)) return
      // 专项斗争指挥中心、专项斗争领导小组: an item that already names a body is that body, not a task.
      // 副县长、县公安局局长、…领导小组副组长: posts listed before a post in a group are no groups.
      // (…2022年第一次全体会议、省…领导小组: a meeting is no task.)
      // (成立了甲组、乙组等6个工作小组: an item that is a group of its own, 组 and all, keeps its own name.)
      if (HAS_GROUP_KIND.test(kind) && /[^小]组$/.test(item) && end - start >= 3 && !POST_ENDING.test(item)) {
        out.push(mention('Unit', text, start, end, 'unit:shared-kind'))
        return
      }
      // (党组书记、院长某某对专项工作领导小组: a post, then its holder and a preposition, is a clause, no task.)
      // (由甲、乙四家派出所: the words before the first item's name, 由, are no part of it.)
      const named = text.slice(start, end)
      const clause = () => (TITLES.longestAt(named, 0)?.length ?? named.length) < named.length || words(named).some((w) => w.tag === 'p')
      if (ORGAN_END.test(item) || LEXICONS.unitSuffixes.some((x) => item.endsWith(x)) || DRIVE_KINDS.has(named) || POST_ENDING.test(item) || /会议$|第[一二三四五六七八九十\d]+次/.test(item) || clause()) return
      // 整治、宣传等三个派出所: a station is named for its place, never for what is done.
      // (甲、大箕铺等法庭: a town's name without its level is a place whatever words the segmenter reads in it.)
      if (!HAS_GROUP_KIND.test(kind) && !namesTown(named) && words(named).some((w) => /^(v|vn|d|a|ad)$/.test(w.tag))) return
      out.push(Object.assign(mention('Unit', text, start, end, 'unit:shared-kind'), { name: named + ownLevelKind(named, kind) }))
    })
  }
  return out
}

/**
 * 甲、乙两县政法委: the body of each division listed short before a count and a level, the last written
 * at `start`; none unless every item is a division of that level (甲 + 县 in the gazetteer).
 */
function divisionsListedWithLevel(text: string, start: number, last: string, level: string, kind: string, floor: number): RawMention[] {
  const items = [{ start, end: start + last.length }]
  for (let end = start - 1; text[end] === '、'; ) {
    const item = /[\u4e00-\u9fff]{2,4}$/.exec(text.slice(Math.max(floor, end - 4), end))
    if (!item) break
    // (The longest written form that is a division of the level: 县城、甲 holds 甲 alone.)
    const k = [...item[0]].findIndex((_, j) => gazetteer().at(`${item[0].slice(j)}${level}`, 0)?.length === item[0].length - j + 1)
    if (k < 0 || item[0].length - k < 2) break
    items.unshift({ start: end - item[0].length + k, end })
    end = end - item[0].length + k - 1
  }
  const isDivision = (s: string) => gazetteer().at(`${s}${level}`, 0)?.values.some((v) => !v.short && v.place.name === `${s}${level}`) ?? false
  if (items.length < 2 || !items.every((it) => isDivision(text.slice(it.start, it.end)))) return []
  return items.map((it) => Object.assign(mention('Unit', text, it.start, it.end, 'unit:shared-kind'), { name: text.slice(it.start, it.end) + level + kind }))
}

/** Stations named for a place alone, whose kind a list before them may share (娄庄、虞姬派出所). */
// (甲街道、乙社区综治中心: a governance centre listed so is named by a street or community, its level written.)
const LISTED_STATION = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,4}?(${STATION_KINDS})|[\\u4e00-\\u9fff]{2,4}(?:街道|社区)(综治中心))$`)
/** Words of a place's name: one the dictionary knows as a place or a name, or characters it cannot join. */
const PLACE_WORD_TAG = /^(ns|nr|nrfg|nrt|nz|nt)$/

/** Where an item of a list may open: after the list's mark, a clause's, or a body's kind (某县公安局甲、乙派出所). */
const itemOpensAt = (text: string, at: number): boolean => at === 0 || !/[\u4e00-\u9fff]/.test(text[at - 1]!) || UNIT_SUFFIX_ENDINGS.longestEndingAt(text, at, Math.max(0, at - 8)) !== undefined

/**
 * 刑警大队和娄庄、虞姬派出所: names of places listed before a station named for one share its kind,
 * each a station of that kind. Every item is two to four characters that name no common thing: not one
 * word of the dictionary but a place's or a person's, and no verb of two characters (学校、医院 are no places).
 */
function stationsListedBefore(text: string, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  for (const station of found) {
    // (甲、乙、丙和丁司法所: and after 和 or 及, where a list by 、 goes before it; checked once the item before is read.)
    const joined = /[和及]/.test(text[station.start - 1] ?? '')
    if (text[station.start - 1] !== '、' && !joined) continue
    const matched = LISTED_STATION.exec(text.slice(station.start, station.end))
    const listed = matched?.[1] ?? matched?.[2]
    // (法庭开放日、巡回法庭等活动: a kind written alone, 巡回法庭, names no place whose kind the list could share.)
    if (!listed || UNIT_SUFFIXES.longestAt(text, station.start, station.end)?.length === station.end - station.start) continue
    // (A centre's items keep their level, 新沟桥街道: up to six characters each.)
    const longest = matched?.[2] ? 6 : 4
    // (甲、甲西、乙站派出所: the items are railway stations too, as the last is; each takes 站 with the kind, or 车站
    // as the last has it: 甲、乙车站派出所.)
    const kind = text[station.end - listed.length - 1] === '站' ? (text[station.end - listed.length - 2] === '车' ? '车站' : '站') + listed : listed
    let end = station.start - 1
    for (;;) {
      const run = text.slice(Math.max(0, end - 8), end)
      const lead = /[\u4e00-\u9fff]*$/.exec(run)![0]
      // The item: the last words of the run, up to four characters, back to a word that is never inside a place's name.
      const ws = words(lead)
      let start = end
      for (const w of ws.toReversed()) {
        // (推送到柳湾、白石河派出所: a verb of direction of one character, 到, ends the item too; 及其所属甲、乙派出所: so does a word of relation, 所属.)
        // (全县有甲、乙派出所, 该局辖甲、乙派出所: and one of having or governing, 有, 辖.)
        const clauseWord = /^(c|p|u.*|r|x)$/.test(w.tag) || (w.word.length >= 2 && /^(d|m|mq|q|f|v|vn|b)$/.test(w.tag)) || /^[到至往向有辖]$/.test(w.word)
        if (end - (start - w.word.length) > longest || clauseWord || UNIT_SUFFIX_ENDINGS.longestEndingAt(w.word, w.word.length) !== undefined) break
        start -= w.word.length
      }
      // (获鹿、铜冶派出所: a town's name without its level is an item whatever words the segmenter reads in it.)
      const town = [4, 3, 2].find((k) => end - k >= 0 && k >= end - start && namesTown(text.slice(end - k, end)) && itemOpensAt(text, end - k))
      if (town !== undefined) start = end - town
      // (甲街道、建新社区综治中心: a street or community written with its level is an item back to the 、 before it.)
      const settlement = longest === 6 ? /、([\u4e00-\u9fff]{2,4}(?:街道|社区))$/.exec(text.slice(Math.max(0, end - 7), end)) : null
      if (settlement) start = end - settlement[1]!.length
      // (辖区甲、乙街道综治中心: the jurisdiction opens no item's name.)
      if (longest === 6 && text.startsWith('辖区', start) && end - start >= 4) start += 2
      const item = text.slice(start, end)
      const itemWords = words(item)
      // (A city whose name is a word of the language too names a division as the gazetteer knows it.)
      const common = town === undefined && itemWords.length === 1 && !PLACE_WORD_TAG.test(itemWords[0]!.tag) && gazetteer().at(item, 0)?.length !== item.length
      if (item.length < 2 || common || found.some((f) => f.start < end && start < f.end)) break
      if (joined && end === station.start - 1 && text[start - 1] !== '、') break
      // (甲、乙街道综治中心: an item written without its level takes the last one's with the kind.)
      const levelled = longest === 6 && !/(?:街道|社区)$/.test(item) ? (/(街道|社区)综治中心$/.exec(station.name)?.[1] ?? '') + kind : kind
      out.push(Object.assign(mention('Unit', text, start, end, 'unit:shared-kind'), { name: item + levelled }))
      if (text[start - 1] !== '、') break
      end = start - 1
    }
  }
  return out
}

/**
 * 河西区、津南区综合执法局: divisions written in full and listed before a body named with the last
 * of them share its kind, one body each (河西区综合执法局). Only full names: 北京、上海公安机关 lists
 * short forms, which name places as often as bodies.
 */
function divisionsListedBefore(text: string, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  for (const body of found) {
    // (武汉市、宜昌市及黄石市西塞山区综治委: the last may be joined by 及 or 和, and named by a city and its district.)
    if (!/[、及和]/.test(text[body.start - 1] ?? '') || (body.rule !== 'unit:suffix' && body.rule !== 'unit:name-chain')) continue
    // (同仁市、尖扎县、坎布拉交警大队: the last may be a squad named for a site, whose kind the divisions share.)
    let last = fullDivisionAt(text, body.start)
    for (let next = last && fullDivisionAt(text, body.start + last); next && body.end - body.start - last - next >= 2; next = fullDivisionAt(text, body.start + last)) last += next
    last ||= SQUAD_FOR_SITE.exec(text.slice(body.start, body.end))?.[1]?.length ?? 0
    // (甲、乙、丙中院: cities written short before an intermediate court, which only a city has, share it too.)
    const cityCourt = !last && INTERMEDIATE_COURT.test(text.slice(body.start, body.end)) ? cityWrittenShortAt(text, body.start, body.end) : 0
    last ||= cityCourt
    if (!last || body.end - body.start - last < 2) continue
    const kind = text.slice(body.start + last, body.end)
    // (南乐、大名、莘县、冠县司法局: counties listed before a county's body may be written short, each named in full.)
    const counties = gazetteer().at(text, body.start, body.start + last)?.values.every((v) => v.place.level === 'county') ?? false
    for (let end = body.start - 1; text[end] === '、' || (end === body.start - 1 && /[及和]/.test(text[end]!)); ) {
      const item = /[\u4e00-\u9fff]{2,8}$/.exec(text.slice(Math.max(0, end - 8), end))?.[0]
      const length = item ? longestDivisionEndingAt(text, end, end - item.length) || (cityCourt ? cityWrittenShortEndingAt(text, end) : 0) : 0
      const county = !length && counties ? countyWrittenShortEndingAt(text, end) : undefined
      const taken = length || county?.length || 0
      if (!taken || found.some((f) => f.start < end && end - taken < f.end)) break
      out.push(Object.assign(mention('Unit', text, end - taken, end, 'unit:shared-kind'), { name: (county?.name ?? text.slice(end - taken, end)) + kind }))
      end -= taken + 1
    }
  }
  return out
}

/** A police branch's brigade named for a site of two to four characters (坎布拉交警大队), the site's name first (a county has brigades, no one station). */
const SQUAD_FOR_SITE = new RegExp(`^([\\u4e00-\\u9fff]{2,4})(?:${POLICE_BRANCH}(?:大队|支队))$`)

/** A court only a prefecture-level city has, written short or in full (中院, 中级人民法院). */
const INTERMEDIATE_COURT = /^[\u4e00-\u9fff]{2,4}(?:中院|中级人民法院|中级法院)$/

/** The length of a city's short form (2 to 4 characters, a prefecture-level city only) starting at `at` and ending before `end`, or 0. */
function cityWrittenShortAt(text: string, at: number, end: number): number {
  const m = gazetteer().at(text, at, end)
  return m && m.length >= 2 && m.values.every((v) => v.place.level === 'city') ? m.length : 0
}

/** The length of a city's short form ending at `end`, read whole (after a list's mark, or where a word starts: 与甲), or 0. */
function cityWrittenShortEndingAt(text: string, end: number): number {
  for (let length = 4; length >= 2; length--) {
    const start = end - length
    if (cityWrittenShortAt(text, start, end) === length && (/^[、，,（(]?$/.test(text.slice(start - 1, start)) || boundaryAt(text.slice(Math.max(0, start - 2), end), start - Math.max(0, start - 2)))) return length
  }
  return 0
}

/** The length of a division's full name (not a short form) starting at `at`, or 0. */
function fullDivisionAt(text: string, at: number): number {
  const m = gazetteer().at(text, at)
  return m && m.values.some((v) => !v.short) ? m.length : 0
}

const CJK_CHAR = /[\u4e00-\u9fff]/
/** A county's short form (2 to 4 characters, one county only) ending at `end`, read whole after a list's mark, with the county's full name. */
function countyWrittenShortEndingAt(text: string, end: number): { length: number; name: string } | undefined {
  for (let length = 4; length >= 2; length--) {
    const m = gazetteer().at(text, end - length, end)
    if (m?.length !== length || m.values.length !== 1 || !m.values[0]!.short || m.values[0]!.place.level !== 'county') continue
    // (Where a word of the text starts: 邀请兰考 holds 兰考, 东兰考 would not.)
    const before = Math.max(0, end - length - 4)
    if (end - length === 0 || !CJK_CHAR.test(text[end - length - 1]!) || boundaryAt(text.slice(before, end), end - length - before)) return { length, name: m.values[0]!.place.name }
  }
  return undefined
}

/** The length of a division's full name ending at `end` and starting no earlier than `floor`, or 0. */
function longestDivisionEndingAt(text: string, end: number, floor: number): number {
  const m = gazetteer().endingAt(text, end, floor)
  return m && m.values.some((v) => !v.short) && gazetteer().at(text, end - m.length)?.length === m.length ? m.length : 0
}

/** The own name of a district a body serves inside a division (东郊地区, 某某地区). */
const DISTRICT_OF_DIVISION = /^[\u4e00-\u9fff]{2}地区$/
/** Places listed before 等 (长沙、徐州、牡丹江等): each item two to eight characters. */
// (甲县、乙县和丙县4个司法局: the last may be joined by 和 or 及.)
const PLACES_BEFORE_ETC = /(?:[\u4e00-\u9fff]{2,8}、)+(?:[\u4e00-\u9fff]{2,8}[和及](?=[\u4e00-\u9fff]{2,8}$))?[\u4e00-\u9fff]{2,8}$/
/**
 * The kind a list's item takes (甲镇、乙镇等5个镇综治中心, 甲镇、乙街道等5个乡镇综治中心): without the level it opens
 * with where the item ends with that level, or where the level is a class of levels (乡镇), no one body's.
 */
function ownLevelKind(item: string, kind: string): string {
  const level = /^(?:乡镇|街道|社区|[镇乡村区县市])/.exec(kind)?.[0]
  return level && (item.endsWith(level) || level === '乡镇') ? kind.slice(level.length) : kind
}

/** The levels of the places listed, written after the count and before the kind they share (区县, 乡镇(街道)). */
const LISTED_LEVELS = /^(?:区县|县区|县市|市县|县市区|市县区|乡镇街道|乡镇|镇街)(?:[(（](?:街道|社区)[)）])?/
/** What closes a list of places before the kind they share: 等, a count of bodies, levels or places, or both (等5个, 两级, 三地). */
const LIST_CLOSE = /等(?:[\d一二三四五六七八九十两]+[个家所级地])?|[\d一二三四五六七八九十两]+[个家所级地]/g

/** The items of a list, the last two apart when 和 or 及 joins them as two places (甲县和乙县), else as written. */
function joinedLast(items: string[]): string[] {
  const last = items.at(-1)!
  const joined = /^([\u4e00-\u9fff]{2,8})[和及]([\u4e00-\u9fff]{2,8})$/.exec(last)
  const place = (it: string) => gazetteer().at(it, 0)?.length === it.length
  return joined && place(joined[1]!) && place(joined[2]!) && !place(last) ? [...items.slice(0, -1), joined[1]!, joined[2]!] : items
}

/**
 * 长沙、徐州、牡丹江等铁路公安处, 武汉、黄石5个中院, 昌吉州、奇台县两级检察院: places listed before 等 or a
 * count and a body's kind (with a word or two of what it is) name one body each, that place's
 * (长沙铁路公安处). Every item must be a place in full.
 */
function placeLists(text: string, from: number, to: number, found: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = []
  for (const close of allMatches(text.slice(from, to), LIST_CLOSE)) {
    const at = from + close.index
    const list = PLACES_BEFORE_ETC.exec(text.slice(Math.max(from, at - 60), at))?.[0]
    if (!list) continue
    // The shared name: name characters after 等 (or the count) up to the first unit kind, which ends a word.
    const after = at + close[0].length
    // (甲、乙等区县交警大队: the levels of the places listed, 区县, are no part of the shared name; nor are 乡镇(街道)
    // after a count of towns, 甲镇、乙街道等5个乡镇(街道)综治中心.)
    const levels = LISTED_LEVELS.exec(text.slice(after, after + 8))?.[0].length ?? 0
    let kindEnd = -1
    for (let k = after + levels; k < Math.min(to, after + levels + 6) && kindEnd < 0 && isNameChar(text[k]); k++) {
      const kind = UNIT_SUFFIXES.longestAt(text, k, to)
      if (kind && kind.length >= 2 && boundaryAt(text.slice(k, k + kind.length + 2), kind.length)) kindEnd = k + kind.length
    }
    if (kindEnd < 0) continue
    const shared = text.slice(after + levels, kindEnd)
    // 汾阳、交城等地公安机关: 等地 closes a list of places, and 机关 makes the rest a class of bodies.
    // (甲、乙等省份的省级政法委: so do a word for places, 省份, and a level, 省级.)
    if (shared.startsWith('地') || /机关|的|[省市县区]级|^省份|^城市/.test(shared)) continue
    const items = joinedLast(list.split('、'))
    // (与某局和甲、乙等区县交警大队, 抽调了甲市、乙市等: the first item starts at the division it ends with, after the clause's words.)
    // (平利县甲镇、乙县丙街道等5个乡镇综治中心: or a county and its town, each in full.)
    const isItem = (it: string) => {
      if (gazetteer().at(it, 0)?.length === it.length) return true
      const head = fullDivisionAt(it, 0)
      return head > 0 && (DISTRICT_OF_DIVISION.test(it.slice(head)) || fullDivisionAt(it, head) === it.length - head)
    }
    const lead = isItem(items[0]!) ? undefined : gazetteer().endingAt(items[0]!, items[0]!.length, 0)
    // (县区和耀州区甲镇: the town's county written right before it opens the item.)
    const county = lead && lead.length >= 2 ? gazetteer().endingAt(items[0]!, items[0]!.length - lead.length, 0) : undefined
    const clause = lead && lead.length >= 2 ? items[0]!.length - lead.length - (county && county.length >= 2 && fullDivisionAt(items[0]!, items[0]!.length - lead.length - county.length) === county.length ? county.length : 0) : 0
    items[0] = items[0]!.slice(clause)
    // 公安、检察、法院等部门 are kinds of body, not places: every item is a place, read whole.
    // (甲市、乙省某某地区等7个检察院: a procuratorial district, a division and its own area's name, is an item too.)
    // (甲区、乙县、喀左县七个基层法院: one item of three or more that the division list lacks, a name and its level, is a
    // division written short or under an old name, as its neighbours are divisions.)
    const unknown = items.filter((it) => !isItem(it))
    if (unknown.length > (items.length >= 3 ? 1 : 0) || !unknown.every((it) => /^[\u4e00-\u9fff]{2,3}[县区市旗]$/.test(it))) continue
    // (天津、湖北、四川等法院: the courts of provinces listed are every court there, a class of bodies, no one court.)
    if (/^(法院|检察院)$/.test(shared) && items.every((it) => gazetteer().at(it, 0)!.values.every((v) => v.place.level === 'province'))) continue
    let start = at - list.length + clause
    for (const item of items) {
      const end = start + item.length
      if (!found.some((f) => f.start < end && start < f.end)) out.push(Object.assign(mention('Unit', text, start, end, 'unit:shared-kind'), { name: item + ownLevelKind(item, shared) }))
      start = end + 1
    }
  }
  return out
}

/**
 * 中央纪委国家监委驻公安部纪检监察组: a body the senders station at a host. The whole is one unit whose
 * parents are the senders; the host (公安部) stays a unit of its own. Rewrites `out` in place.
 */
function stationed(text: string, out: RawMention[]): void {
  for (const m of [...out]) {
    if (text[m.start - 1] !== '驻' || m.rule === 'unit:anaphora') continue
    const senders: RawMention[] = []
    for (let end = m.start - 1; ; ) {
      const sender = out.find((o) => o !== m && o.end === end && o.rule !== 'unit:anaphora')
      if (!sender) break
      senders.unshift(sender)
      end = sender.start
    }
    if (senders.length === 0) continue
    const whole = Object.assign(mention('Unit', text, senders[0]!.start, m.end, 'unit:stationed'), { stationedBy: senders.map((x) => ({ start: x.start, end: x.end })) })
    const host = (m.chain ?? []).map((c) => mention('Unit', text, m.start, c.end, 'unit:suffix'))
    out.splice(out.indexOf(m), 1, whole, ...host)
  }
}

/** A division's police, procuratorate or city management named as a whole (沈阳公安交警, 保定公安, 湖北警方, 广东海警, 某区检察, 某区城管): not followed by the kind of one body. */
const COLLECTIVE = /(公安交警|公安机关|公安|警方|交警|海警(?!方)|检察(?!机关)|城管)(?![局厅分机部处支大中总系队院网民辅所站舰船艇官长室科监工建听委业环])/g

/** 接受某某报记者专访, 据某某新闻记者了解: a paper, a site or a news outlet right before its reporter's role. */
const MEDIUM_KIND_BEFORE_REPORTER = /(?:报|网|新闻)(?=(?:特约|见习|实习)?记者)/g
/** What opens such a medium's name: a verb of being interviewed or told, 据, or a mark. */
const MEDIUM_OPENER = /(?:接受|据|向|对|告诉|[，,。：:、“(（\s])$/
/** A paper named by a pointer, not a name (本报, 该报). */
const POINTED_PAPER = /^[本该此我其各全每]/

/** A word of the language that is no proper name (情报 read whole is a noun; a paper's name the dictionary knows is a proper one). */
const commonWord = (s: string): boolean => {
  const ws = words(s)
  return ws.length === 1 && !/^(nz|nt|ns|nr|j)/.test(ws[0]!.tag)
}

/** Media named by the reporter who works for them, after the verb or mark that opens their name (`MEDIUM_KIND_BEFORE_REPORTER`). */
export function mediaBeforeReporters(text: string, from: number, to: number): RawMention[] {
  const span = text.slice(from, to)
  if (!span.includes('记者')) return []
  const out: RawMention[] = []
  for (const m of allMatches(span, MEDIUM_KIND_BEFORE_REPORTER)) {
    const end = from + m.index + m[0].length
    // The shortest name of two characters or more that an opener, or the sentence's start, comes right before.
    const start = [end - 2, end - 3, end - 4, end - 5, end - 6, end - 7].find((k) => k >= from && /^[\u4e00-\u9fff]+$/.test(text.slice(k, end)) && (k === from || MEDIUM_OPENER.test(text.slice(Math.max(from, k - 2), k))))
    // (他是一名新闻记者: a clause, a pronoun, a verb or a count, is no medium's name.)
    const name = start === undefined ? '' : text.slice(start, end)
    if (start === undefined || POINTED_PAPER.test(name) || NEWS_REPORT.test(name) || commonWord(name) || words(name).some((w) => /^(r|v|p|d|m|q|c|u)/.test(w.tag))) continue
    out.push(mention('Unit', text, start, end, 'unit:medium-of-reporter'))
  }
  return out
}

/**
 * 全州…, 全盟…: 全 and a prefecture's level is the whole prefecture, as 全市 is the whole city, though a county's
 * short form reads the same (全州县); the county is written in full where an article is about it.
 */
function isWholePrefecture(text: string, name: string): boolean {
  // (全州 is an ordinary word, no county's short form, unless the article writes it with the county's level, 全州县.)
  const whole = /^全[州盟]/.exec(name)?.[0]
  return whole !== undefined && !/^全[州盟][县旗]/.test(name) && !text.includes(`${whole}县`) && !text.includes(`${whole}旗`)
}

/**
 * 沈阳公安交警推出…, 湖北公安开展…: a division's police, or its traffic police, written as a whole;
 * the bureau or detachment of that division the article names in full is meant (`collectiveTarget`).
 */
export function collectiveMentions(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  const span = text.slice(from, to)
  // (Only where a word every match holds is written: most sentences hold none, and the test costs less than the scan.)
  for (const m of span.includes('公安') || span.includes('警') || span.includes('检察') || span.includes('城管') ? allMatches(span, COLLECTIVE) : []) {
    const at = from + m.index
    const place = gazetteer().endingAt(text, at, from)
    // 湖北公安开展…, 沈阳公安交警、…: the collective acts or is listed; 公安交管部门 is a class of bodies.
    // (张掖公安“三大警务”升级: a headline's collective may be followed by the quoted name of what it does.)
    const end = at + m[0].length
    // (滨州公安近期…, 滨州公安夏季行动取得…: a time word, or a drive it wages, after it too.)
    // (十堰警方精心布控, 海南公安全力以赴确保…: a word of manner or an idiom that acts, too.)
    // (全州公安机关: the whole prefecture's police, no county's.)
    if (!place || isWholePrefecture(text, text.slice(at - place.length, at)) || !(end >= to || /^[，,。；;、和与及：:！!”“]/.test(text[end]!) || opensPredicate(text.slice(end, end + 4)) || /^(t|i|l)$/.test(words(text.slice(end, end + 4))[0]?.tag ?? '') || /^[春夏秋冬]季行动/.test(text.slice(end, end + 4)))) continue
    // (北京、上海公安机关: the organs of places listed are a class of bodies, no one body.)
    if (m[0] === '公安机关' && (text[at - place.length - 1] === '、' || /^[、和及与等]/.test(text[end] ?? ''))) continue
    out.push(mention('Unit', text, at - place.length, at + m[0].length, 'unit:collective-name'))
  }
  return out
}

/** 银川市, 宁夏回族自治区: a division's name, in full or short, perhaps with a level word after it (铜陵市). */
function isPlaceWithLevel(s: string): boolean {
  const place = gazetteer().at(s, 0)
  return place !== undefined && place.length >= 2 && (place.length === s.length || (place.length === s.length - 1 && /[省市县区旗州盟]$/.test(s)))
}

/** True when `name` is a province's name, full or short, and the kind of an intermediate court (辽宁省中级法院). */
function provincesIntermediateCourts(name: string): boolean {
  const m = /^(.+?)(?:中级人民法院|中级法院|中院)$/.exec(name)
  const place = m ? gazetteer().at(m[1]!, 0) : undefined
  return place !== undefined && place.length === m![1]!.length && place.values.every((v) => v.place.level === 'province')
}

/** True when `name` is a city's name, whole or short, and no province's. */
const isCity = (name: string): boolean => gazetteer().at(name, 0)?.values.every((v) => v.place.level === 'city') ?? false

/** 贵州法院, 石家庄法院: a province's or a city's name alone before 法院. */
function provincesCourts(namePart: string, kind: string): boolean {
  const place = gazetteer().at(namePart, 0)
  // (石家庄法院: a city's courts as a whole too, whose court is intermediate.)
  return kind === '法院' && place?.length === namePart.length && place.values.every((v) => v.place.level === 'province' || v.place.level === 'city')
}

const COLLECTIVE_KIND: [RegExp, RegExp][] = [
  [/法院$/, /^(高级|中级)人民法院$/],
  [/交警$/, /^(公安局)?(交警支队|交通管理支队|交通警察支队|交警大队|交通管理大队|交警总队|交通管理局)$/],
  [/(公安|警方|公安机关)$/, /^(公安局|公安厅|公安分局)$/],
  [/海警$/, /^海警局$/],
  [/检察$/, /^人民检察院$|^检察院$/],
]

/** The unit of `list` a collective name stands for: of the named division and the kind its words say, when exactly one. */
export function collectiveTarget<T extends { type: string; name: string; aliases: Iterable<string> }>(m: RawMention, list: readonly T[]): T | undefined {
  const kind = COLLECTIVE_KIND.find(([word]) => word.test(m.name))?.[1]
  const leading = gazetteer().at(m.name, 0)
  const places = leading?.values.map((v) => v.place) ?? []
  // 贵港市公安局 may be written after its region (广西壮族自治区贵港市公安局): any form of the name counts;
  // 徐汇警方 / 徐汇公安分局: so does the place as the collective writes it.
  const written = leading ? m.name.slice(0, leading.length) : undefined
  const isOf = (name: string) => places.some((p) => name.startsWith(p.name) && kind!.test(name.slice(p.name.length))) || (written !== undefined && name.startsWith(written) && kind!.test(name.slice(written.length)))
  const found = kind === undefined ? [] : list.filter((d) => d.type === 'Unit' && [d.name, ...d.aliases].some(isOf))
  return found.length === 1 ? found[0] : undefined
}

/**
 * 滨州公安, 南京警方: the full name of the division's public-security bureau (a province's department), when the
 * collective names one division only; undefined for traffic police and for a short form several divisions share.
 */
export function policeOfDivision(collective: string): string | undefined {
  const division = gazetteer().at(collective, 0)
  if (!division || !/^(公安|警方|公安机关)$/.test(collective.slice(division.length))) return undefined
  const place = soleDivision(collective)
  return place && place.name + (isProvinceProper(place) ? '公安厅' : '公安局')
}

/** The one division a name opens with (江西公安: 江西省), none when its first words name several or none. */
export function soleDivision(name: string): Place | undefined {
  const places = new Map((gazetteer().at(name, 0)?.values ?? []).map((v) => [v.place.code, v.place]))
  return places.size === 1 ? [...places.values()][0] : undefined
}

/** A province, not a municipality (上海市 ranks as a province, but its police is a bureau and its own name ends in 市). */
export const isProvinceProper = (place: Place): boolean => place.level === 'province' && !place.name.endsWith('市')

/**
 * 大理公安 in an article naming 大理白族自治州公安局禁毒支队: the police of a division some named body of the
 * article belongs to, which stands for no body of its own.
 */
export function namesBodyOfDivision<T extends { type: string; name: string }>(m: RawMention, list: readonly T[]): boolean {
  const division = gazetteer().at(m.name, 0)
  if (!division) return false
  const forms = [m.name.slice(0, division.length), ...division.values.map((v) => v.place.name)]
  return list.some((d) => d.type === 'Unit' && d.name !== m.name && forms.some((f) => d.name.includes(f)))
}

/** 新疆生产建设兵团第六师, 兵团第五师, 新疆兵团五师: a division of the Corps, by its number. */
const CORPS_DIVISION = /(?:新疆生产建设兵团|新疆兵团|兵团)第?[一二三四五六七八九十]{1,3}师/g
/** 105团, 106团: a regiment of the Corps (a farm of its own), by its number, in a sentence that names the Corps. */
/** (兵团五师八十九团: or by its number written in characters, right after its division.) */
const CORPS_REGIMENT = /(?<![\d.第])\d{2,3}团(?![体伙队结员购聚])|(?<=兵团第?[一二三四五六七八九十]{1,3}师)[一二三四五六七八九十百零]{2,5}团(?![体伙队结员购聚])/g

/** 七十四团, 一八六团: a regiment by its number in characters, two to five of them, no word after 团 (团体, 团队). */
const REGIMENT_IN_CHARACTERS = /(?<![一二三四五六七八九十百零第])[一二三四五六七八九十百零]{2,5}团(?![体伙队结员购聚])/g

/**
 * Divisions and regiments of the Production and Construction Corps: bodies that run their farms, towns and
 * police, named by number (兵团第六师, 105团). A regiment is read only in a sentence that names the Corps or a division,
 * or, numbered in characters, in a text that names the Corps.
 */
export function corpsMentions(text: string, from: number, to: number): RawMention[] {
  const span = text.slice(from, to)
  if (!span.includes('师') && !span.includes('团')) return []
  const out: RawMention[] = []
  for (const m of span.includes('兵团') ? allMatches(span, CORPS_DIVISION) : []) out.push(mention('Unit', text, from + m.index, from + m.index + m[0].length, 'unit:corps-division'))
  // (这座哨所是七十四团…: or one in its characters anywhere in a text that names the Corps.)
  if (!/兵团|第[一二三四五六七八九十]{1,3}师/.test(span)) {
    const regiments = allMatches(span, REGIMENT_IN_CHARACTERS)
    if (regiments.length > 0 && text.includes('兵团')) for (const m of regiments) out.push(mention('Unit', text, from + m.index, from + m.index + m[0].length, 'unit:corps-division'))
    return out
  }
  for (const m of allMatches(span, CORPS_REGIMENT)) out.push(mention('Unit', text, from + m.index, from + m.index + m[0].length, 'unit:corps-division'))
  return out
}
