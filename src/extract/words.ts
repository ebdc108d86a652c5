// Where a name begins: walking left from a kind word (公安局, 机制, 广场) over characters that can
// belong to a name, and stopping at punctuation or at a word that names never run across.
import { districtsNamed, gazetteer, type PlaceMatch } from './gazetteer.js'
import { CodeUnits, LEXICONS, longestFirst, readLexicon, SuffixTrie, TITLES, Trie, UNIT_SUFFIX_ENDINGS, UNIT_SUFFIXES } from './lexicon.js'
import { DRIVE_TARGET, findWord, nameOpening, namesTownOrStreet, townKindStart, type Word, wordEndsAt, words } from './segment.js'
export { DRIVE_TARGET }

const STOP_WORDS = longestFirst(readLexicon('stop-words.txt'))
const STOPS = new SuffixTrie<true>()
for (const w of STOP_WORDS) STOPS.add(w, true)

const NAME_CHAR = /[\u4e00-\u9fff0-9A-Za-z+·]/
/** The level words a body's name may open with (省公安厅, 市局, 区委). */
const LEVEL_CHAR = /[省市县区旗州盟]/

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch)
}

/**
 * The start of the name that ends at `end` (exclusive) with its kind word starting at `kindStart`:
 * the leftmost position reachable without crossing punctuation or a stop word, at most `max`
 * characters before the kind word.
 */
/** True when a stop word ends right at `at` (no earlier than `floor`). */
export const stopEndsAt = (text: string, at: number, floor: number): boolean => STOPS.longestEndingAt(text, at, floor) !== undefined

/**
 * Nouns for the conduct or the risk a drive targets (取水行为, 乱停放问题, 驾驶违法行为, 突出风险); 行为 ends in a stop
 * character. The segmenter takes 违法行为 for one word.
 */
const CONDUCT = /^(违法|违规|违章|违法犯罪)?(行为|问题|现象|乱象|风险|隐患)$/

/** A bracket of one to ten characters closed right before a point (…(平安建设)). */
const BRACKETED_INSIDE = /[(（][\u4e00-\u9fff]{1,10}[)）]$/
/** The kinds of body whose names may hold a bracketed second name (领导小组, 委员会, 办公室; 某某(某某区)分局, 监狱(戒毒)管理局). */
const BRACKETED_KIND = /^(?:工作)?(?:领导小组|领导组|工作小组|小组|委员会|办公室|指挥部|专班|分局|管理局)/
/** The kind of a task force, named for the works it coordinates. */
const TASK_FORCE_AHEAD = /^(?:工作)?(?:领导小组|协调小组|工作小组|指挥部|专班)/

export function nameStart(text: string, kindStart: number, max: number, floor = 0): number {
  let start = kindStart
  let bracketed = 0
  let fullPlaceAt = -1
  while (start > floor && (kindStart - start - bracketed < max || fullPlaceAt === start)) {
    const ch = text[start - 1]
    // 综治工作(平安建设)领导小组: a bracketed second name right before the kind of a group, committee or
    // office is part of its name (its length counts for no more than one character).
    if ((ch === ')' || ch === '）') && start === kindStart && BRACKETED_KIND.test(text.slice(kindStart, kindStart + 6))) {
      const open = BRACKETED_INSIDE.exec(text.slice(Math.max(floor, start - 12), start))
      if (open && !/化名|辅警|民警/.test(open[0]) && start - open[0].length > floor && isNameChar(text[start - open[0].length - 1])) {
        start -= open[0].length
        bracketed += open[0].length - 1
        continue
      }
    }
    if (!isNameChar(ch)) break
    // A division's name may hold a stop character (呼和浩特市, 昆都仑): step over it whole.
    const place = placeEndingAt(text, start, floor)
    // (云南省德宏傣族景颇族自治州中医医院: a division written in full above the one that opens the name
    // opens it instead, however long the name grows.)
    if (place !== undefined && (kindStart - place.start <= max || (place.full && fullPlaceAt === start))) {
      start = place.start
      if (place.full) fullPlaceAt = start
      // 黄志刚任南宁市公安局: a division written in full opens the name, unless another division or
      // a party or state prefix comes before it (广西壮族自治区南宁市公安局, 中共南宁市委).
      if (place.full && placeEndingAt(text, start, floor) === undefined && !FULL_NAME_PREFIX.test(text.slice(Math.max(floor, start - 5), start)) && !townOfAnotherCounty(text, start, place.values, floor)) break
      continue
    }
    // A stop word ending just before `start` ends the name, unless a one-character one begins a
    // word with what follows (对 ends a name before 公安局, not inside 诉调对接机制).
    // (行为专项整治: nor one that ends a word with the character before it.)
    // (维稳暨反恐工作协调小组, 扫黑除恶暨平安建设领导小组: 暨, "and", joining the works a task force is named for is
    // inside its name.)
    // (The work before 暨 is taken whole, a word the stop words end a name at included: 维稳.)
    // (全体会议暨市某某领导小组会议: not 暨 after a meeting or a body, nor before a level word opening another body's name.)
    if (ch === '暨' && start < kindStart && TASK_FORCE_AHEAD.test(text.slice(kindStart, kindStart + 6)) && isNameChar(text[start - 2]) && !/[省市县区州旗盟]/.test(text[start] ?? '') && !/(?:会议|会)$/.test(text.slice(Math.max(floor, start - 3), start - 1)) && UNIT_SUFFIX_ENDINGS.longestEndingAt(text, start - 1, Math.max(floor, start - 8)) === undefined) {
      const from = Math.max(floor, start - 7)
      const work = words(text.slice(from, start - 1)).at(-1)
      start = work ? from + work.start : start - 1
      continue
    }
    const stop = STOPS.longestEndingAt(text, start, floor)
    // (依法治国办, 依法治村工作模式: 依法 opens 依法治…, the name of governing a place by law.)
    if (stop?.length === 2 && text.startsWith('依法治', start - 2)) {
      start -= 2
      continue
    }
    // (某市矛盾排查调解中心: a verb of work after its object, 矛盾排查, is the task a centre or a group is named for;
    // 、代表委员联络工作领导小组: 代表 before 委员 is the deputies, no verb.)
    if (stop?.length === 2 && (taskOfBody(text, start, kindStart) || (text.slice(start - 2, start) === '代表' && text.startsWith('委员', start)))) {
      start -= 2
      continue
    }
    const deeds = stop?.length === 1 ? deedsOfDriveJoined(text, start, kindStart, floor) : 0
    if (deeds > 0 && kindStart - (start - deeds) <= max) {
      start -= deeds
      continue
    }
    // (于桥司法所: nor one that opens a town's name with the characters up to the kind.)
    // (铸牢中华民族共同体意识办公室: nor one of two characters the segmenter reads inside a longer noun, 共同体.)
    if (stop && !(stop.length === 1 && start < kindStart && (beginsWord(text.slice(start - 1, start + 1)) || (start + 2 <= kindStart && beginsWord(text.slice(start - 1, start + 2))) || readInsideName(text, start - 1, kindStart, floor))) && !(stop.length >= 2 && start < kindStart && (nounAcross(text, start - stop.length, start, kindStart) || wordRunsInto(text, start - stop.length, floor))) && !(stop.length === 1 && townOpensBefore(text, start, kindStart)) && !(stop.length === 1 && CONDUCT.test(text.slice(start - 2, start))) && !joinsFieldsOfWork(text, start, kindStart, floor) && !(stop.length === 1 && (endsNounOfGroup(text, start, kindStart) || endsPlaceWord(text, start)))) break
    // 记者从市公安局获悉, 从株洲市公安局: 从 before a place or level word is "from", not part of a
    // name (从严, 从优 inside names are not followed by one).
    if (ch === '从' && (LEVEL_CHAR.test(text[start] ?? '') || gazetteer().at(text, start) !== undefined)) break
    // 《某某日报》和某某网: a conjunction right after a closing mark joins the name to what is closed, it opens none.
    if (/[和及与或]/.test(ch ?? '') && /[》”」』)）]/.test(text[start - 2] ?? '')) break
    // ——记某某派出所: 记 after a dash opens a profile's subtitle ("a record of"), it is no part of the name.
    if (ch === '记' && /[—-]/.test(text[start - 2] ?? '')) break
    // 2023年某某铁路局: the year a sentence opens with is no part of a body's name after it (3月某省委: nor its month or day).
    // (2019年度全省…公安局: nor the year written as 年度.)
    if (((ch === '年' && /[\d今去明]/.test(text[start - 2] ?? '')) || (ch === '度' && text[start - 2] === '年' && /[\d今去明]/.test(text[start - 3] ?? '')) || (/[月日]/.test(ch ?? '') && /\d/.test(text[start - 2] ?? ''))) && UNIT_SUFFIXES.longestAt(text, kindStart) !== undefined) break
    start--
  }
  // 青海省海西蒙古族藏族自治州…: a name cut short by its length never starts inside a division's name.
  // (红军某某战役纪念馆: nor inside a word.)
  // (石狮市纺织…调委会, cut inside 石狮市: a division written in full opens it whole, however long the name grows.)
  if (kindStart - start >= max) {
    for (let end = start + 1; end <= Math.min(kindStart, start + 4); end++) {
      const place = placeEndingAt(text, end, floor)
      const whole = place?.full ? undefined : placeEndingAt(text, end + 1, floor)
      if (place && place.start < start) return place.full ? place.start : whole?.full && whole.start === place.start ? whole.start : end
    }
    const from = Math.max(floor, start - 3)
    const across = start > floor && isNameChar(text[start - 1]) ? words(text.slice(from, Math.min(kindStart, start + 3))).find((w) => from + w.start < start && start < from + w.end) : undefined
    if (across && from + across.end < kindStart) return from + across.end
  }
  start = afterVerbOfClause(text, outsideWord(text, start, kindStart, floor), kindStart)
  return start < kindStart && clauseWordBeforeKind(text, start, kindStart) ? kindStart : start
}

/**
 * 藏着某某派出所, 盖上某某派出所: a verb of the clause with its particle (着, 了, 过) or its direction (上, 下) opens
 * no name; the name opens after them. (Asked only where one of those characters is written.)
 */
function afterVerbOfClause(text: string, start: number, kindStart: number): number {
  if (kindStart - start < 4 || !/[着了过上下]/.test(text.slice(start, kindStart - 2))) return start
  const ws = words(text.slice(start, kindStart))
  for (let k = 0; k < ws.length - 1; k++) {
    const w = ws[k]!
    const particle = /^u[zlg]$/.test(w.tag) && /^[着了过]$/.test(w.word) && k > 0 && /^(v|j)$/.test(ws[k - 1]!.tag)
    const direction = w.tag === 'f' && /^[上下]$/.test(w.word) && k > 0 && ws[k - 1]!.tag === 'v' && ws[k - 1]!.word.length === 1
    const joined = w.tag === 'v' && /^[\u4e00-\u9fff][着了过]$/.test(w.word)
    if ((particle || direction || joined) && kindStart - (start + w.end) >= 2) return start + w.end
  }
  return start
}

/**
 * 落实行政…制度: true when the segmenter reads the two characters of a stop word at `at` across two words, the first
 * ending a word that starts before it (落实), the second opening one that goes on past it (行政), so that the stop
 * word (实行) is no word of this sentence.
 */
function wordRunsInto(text: string, at: number, floor: number): boolean {
  const from = Math.max(floor, at - 3)
  return wordEndsAt(text, at, from, at + 4) && words(text.slice(from, at + 4)).some((w) => from + w.start === at + 1 && from + w.end > at + 2)
}

/**
 * True when the segmenter reads the word `text[from, at)` on into a longer noun past `at` (共同 in 共同体), one
 * that ends two characters or more before the kind (准备考大学, 面向全国教育整顿: words it misreads run to the kind).
 */
function nounAcross(text: string, from: number, at: number, kindStart: number): boolean {
  const first = words(text.slice(from, at + 2))[0]
  // (开发区检察院: or a kind of zone, 开发区, read whole right before the kind, a body of the zone.)
  return first !== undefined && first.end > at - from && (from + first.end <= kindStart - 2 || (from + first.end === kindStart && ZONE_KIND.test(first.word))) && /^(n|nz|nt|ns)$/.test(first.tag)
}

/**
 * 矛盾排查, 隐患整治: a verb of work right after its object, before the kind of a centre, an office or a group.
 * (情报研判平台, 警情研判中心: so is 研判 right before a device's or a centre's kind, after the noun of what it weighs.)
 */
function taskOfBody(text: string, start: number, kindStart: number): boolean {
  if (text.slice(start - 2, start) === '研判' && start === kindStart && /^(?:平台|中心|机制|系统|模式)/.test(text.slice(kindStart, kindStart + 2))) {
    const object = words(text.slice(Math.max(0, start - 4), start - 2))
    return object.length === 1 && object[0]!.word.length === 2 && /^(n|vn|nz)$/.test(object[0]!.tag)
  }
  return /^(?:排查|整治|打击|查处|清理)$/.test(text.slice(start - 2, start)) && /^(?:矛盾|纠纷|隐患|风险|问题)$/.test(text.slice(start - 4, start - 2)) && /^(?:[\u4e00-\u9fff]{0,4}(?:中心|办公室|工作站|小组|专班))/.test(text.slice(start, kindStart + 6))
}

/** Kinds of development zone the segmenter reads as one noun, whose bodies are named by them alone (开发区检察院). */
const ZONE_KIND = /^(?:开发区|高新区|经开区|新区|园区|保税区)$/

/** 于桥司法所, 还地桥人民法庭: a town's name without its level, ending at the kind, holds the character before `start`. */
function townOpensBefore(text: string, start: number, kindStart: number): boolean {
  const own = townKindStart(text, kindStart)
  return [2, 3, 4, 5].some((k) => own - k >= 0 && own - k <= start - 1 && namesTownOrStreet(text.slice(own - k, own)))
}

/** 其中原某某街道: a name never opens inside a word of the clause before it; it opens where that word ends. */
function outsideWord(text: string, start: number, kindStart: number, floor: number): number {
  if (start <= floor || start >= kindStart || !isNameChar(text[start - 1])) return start
  const from = Math.max(floor, start - 3)
  // (Only a word of the clause, a pronoun, adverb, conjunction, preposition, verb or set phrase; 该院柳林铺…, an anaphor's, is read elsewhere.)
  // (大部分乡镇纪委: or a word of how many, 大部分.)
  const across = findWord(words(text.slice(from, Math.min(kindStart, start + 3))), (w) => from + w.start < start && start < from + w.end && (/^(r|d|c|p|v|vn|l|i)$/.test(w.tag) || (w.tag === 'm' && w.word.length >= 3)))
  return across && text[start - 1] !== '该' && from + across.end < kindStart && placeEndingAt(text, start, floor) === undefined ? from + across.end : start
}

/**
 * 他以派出所为家, 在这种压力下法院…: a body's kind right after a pronoun, a pronoun's preposition, a verb of going
 * or studying after a pronoun or a place, or 下 closing an abstract noun (压力下, 领导下; 山下 and 水上 name places),
 * is named by no words before it; they are the clause's.
 */
function clauseWordBeforeKind(text: string, start: number, kindStart: number): boolean {
  if (!/[以离在向对他她它下来去到读]/.test(text[kindStart - 1]!) || UNIT_SUFFIXES.longestAt(text, kindStart) === undefined) return false
  const ws = words(text.slice(start, kindStart))
  const [before, last] = [ws.at(-2), ws.at(-1)]
  if (last === undefined || last.word.length !== 1 || placeEndingAt(text, kindStart, start) !== undefined) return false
  if (last.tag === 'r') return true
  // (你来法院再起诉, 到某省读警校: a verb of going or studying after a pronoun or a place is the clause's.)
  if (last.tag === 'v') return (before?.tag === 'r' && before.word.length === 1) || before?.tag === 'ns'
  if (last.tag === 'p') return before?.tag === 'r' && before.word.length === 1
  return last.word === '下' && last.tag === 'f' && before?.tag === 'n' && before.word.length >= 2
}

/**
 * 镇基层社会治理工作领导小组, 某县社会矛盾纠纷调处服务中心: a one-character stop (会) that ends a noun with the
 * character before it (社会) stops no body's name: a task force or a centre is named for the whole field of its work.
 * (综治网格数据平台: nor a device's, where the noun is what the device runs on, 数据, 证据.)
 */
function endsNounOfGroup(text: string, start: number, kindStart: number): boolean {
  const ws = words(text.slice(start - 2, start))
  return ws.length === 1 && ws[0]!.tag === 'n' && (FIELD_NAMED_KIND.test(text.slice(kindStart, kindStart + 4)) || (NOUN_OF_DEVICE.has(ws[0]!.word) && DEVICE_KIND.test(text.slice(kindStart, kindStart + 2))))
}
/** Nouns ending in a stop character that name what a device runs on (大数据平台, 智能研判系统, 证据审查机制). */
const NOUN_OF_DEVICE = new Set(['数据', '证据', '智能'])
const DEVICE_KIND = /^(?:平台|系统|机制|模式|体系)/
const FIELD_NAMED_KIND = /^(?:领导小组|工作小组|指挥部|委员会|服务中心|中心)/

/** 京都监狱: a one-character stop (都) that ends a place's word with the character before it (京都) stops no name. */
function endsPlaceWord(text: string, start: number): boolean {
  const ws = words(text.slice(start - 2, start))
  return ws.length === 1 && ws[0]!.tag === 'ns'
}

/**
 * 监察和司法工委, 政法和社会管理局: 和 joining two fields of work inside a body's official name,
 * a noun on each side, none of them a body or a place (公安局和县法院 are two bodies).
 */
function joinsFieldsOfWork(text: string, start: number, kindStart: number, floor: number): boolean {
  if (text[start - 1] !== '和' || start >= kindStart || start - 1 - floor < 2 || !UNIT_SUFFIXES.longestAt(text, kindStart)) return false
  const before = words(text.slice(Math.max(floor, start - 5), start - 1)).at(-1)
  const after = words(text.slice(start, kindStart))[0]
  // (某厅反走私和某某管理总队: the segmenter reads 反走私 as a set phrase, i, and may read the field after 和 as a word of place, s.)
  const noun = (w: { word: string; tag: string } | undefined) => w !== undefined && w.word.length >= 2 && /^(n|vn|nz|l|j|i|s)$/.test(w.tag)
  return noun(before) && noun(after) && !UNIT_SUFFIX_ENDINGS.longestEndingAt(text, start - 1, floor) && placeEndingAt(text, start - 1, floor) === undefined
}

/**
 * 打击和治理某某专项行动, 某某犯罪预防和治理专项行动: 和 joining two verbs of work inside a drive's name,
 * before the drive's kind: how far the name goes back over them (the conjunction and the first verb), or 0.
 */
function deedsOfDriveJoined(text: string, start: number, kindStart: number, floor: number): number {
  if (!/[和与及]/.test(text[start - 1] ?? '') || start >= kindStart || start - 1 - floor < 2 || !LEXICONS.campaignKinds.some((k) => text.startsWith(k, kindStart))) return 0
  return deedsJoined(text.slice(Math.max(floor, start - 3), start - 1), words(text.slice(start, kindStart))[0]) ? 3 : 0
}

/** A verb of work of two characters (打击, 预防, 治理): what a drive's name may join with 和. */
const isDeed = (w: { word: string; tag: string } | undefined): boolean => w !== undefined && w.word.length === 2 && /^(v|vn)$/.test(w.tag)

/**
 * True when the words before 和 close with a verb of work (犯罪预防: its last two characters) and the word after it
 * is one too, naming no drive's target of its own (边境管控和禁毒斗争: 禁毒 opens a drive of its own).
 */
function deedsJoined(before: string, after: { word: string; tag: string } | undefined): boolean {
  return isDeed(words(before.slice(-2))[0]) && isDeed(after) && !DRIVE_TARGET.test(after!.word)
}

/** 红其拉甫口岸: a one-character stop word the segmenter reads inside a name it knows (nr, ns, nz), starting before it, ending before the kind. */
function readInsideName(text: string, at: number, kindStart: number, floor: number): boolean {
  const from = Math.max(floor, at - 3)
  return words(text.slice(from, kindStart)).some((w) => from + w.start < at && from + w.end > at + 1 && from + w.end <= kindStart && /^n[rsz]$/.test(w.tag))
}

/**
 * True when two characters are one word of content (对接, 在建; 等级, a word that tells kinds apart), not a
 * determiner or a count (这场, 同级, 各级); or three (社区和事佬协会: the stop word opening 和事佬).
 */
function beginsWord(chars: string): boolean {
  const ws = words(chars)
  return ws.length === 1 && (/^(v|vn|n|nz|a|an|j)$/.test(ws[0]!.tag) || (ws[0]!.tag === 'b' && !/^[同本该各]/.test(chars)))
}

/** Kinds of station named for a place, that a list of places before one may share (甲、乙派出所; 甲、乙两个中队). */
/** The figure a count is written with (三, 两, 5): its value. */
const SMALL_NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
export const smallCount = (figure: string): number => SMALL_NUMERALS[figure] ?? Number(figure)

export const STATION_KINDS = '边境派出所|边境管理大队|边境管理中队|派出所|司法所|人民法庭|法庭|警务站|检察室|中队'

/** Characters that rarely end a two-character given name's following position (他说, 在…). */
export const AFTER_NAME = new Set([...'在说是的等和与对为将把被同也都就从向提带率主表介指称认作已曾又还一不要到来去告讲感深坚组发通经获给让以于这那其看笑问答道再便却则每赴因'])

/** What a body's name may hold before the division it is named for (中共南宁市委, 国家税务总局南宁市税务局, 武警某省总队). */
const FULL_NAME_PREFIX = /(中共|中国共产党|共青团|国家[\u4e00-\u9fff]{0,4}总局|中央|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|武警)$/

/** The start of a division name (full or short form) that ends exactly at `end`, if any, and whether it is written in full. */
/**
 * 人大监督和县政府支持: a county of one character that is also a conjunction (和县), right after a word,
 * is the conjunction and the level word of the next body's name.
 */
export function conjunctionBeforeLevel(text: string, at: number, length: number): boolean {
  if (length === 2) return CONJUNCTION_COUNTY.test(text.slice(at, at + 2)) && /[\u4e00-\u9fff]/.test(text[at - 1] ?? '')
  // (某局会同县公安局开展…: 会同, together with, after a body is the verb joining the county's body to it, though
  // 会同县 is a county too.)
  // (该所会同县局…, 某某会同县司法局…: so it is after an anaphor or a name, any word of the clause but a division's name
  // (某市会同县) or a preposition, before the county's body.)
  if (length !== 3 || !JOINING_VERB_COUNTY.test(text.slice(at, at + 3))) return false
  if (UNIT_SUFFIX_ENDINGS.longestEndingAt(text, at, Math.max(0, at - 8)) !== undefined) return true
  return /[\u4e00-\u9fff]/.test(text[at - 1] ?? '') && !/[在由与和及对向从于是的]/.test(text[at - 1]!) && gazetteer().endingAt(text, at, Math.max(0, at - 8)) === undefined && (UNIT_SUFFIXES.longestAt(text, at + 3) !== undefined || UNIT_SUFFIXES.longestAt(text, at + 2) !== undefined)
}
const CONJUNCTION_COUNTY = /^[和与及同跟][县市区]$/
const JOINING_VERB_COUNTY = /^(?:会同|协同|联合|配合)[县市区]$/

function placeEndingAt(text: string, end: number, floor: number): { start: number; full: boolean; values: readonly PlaceMatch[] } | undefined {
  const m = gazetteer().endingAt(text, end, floor)
  return m && m.length >= 2 && !conjunctionBeforeLevel(text, end - m.length, m.length) ? { start: end - m.length, full: m.values.some((v) => !v.short), values: m.values } : undefined
}

/**
 * 某区某某南街街道: a town's name the lists hold (南街街道, of another county) read inside a longer name, a county
 * or district written in full a few characters before it that is none of its counties: the name goes on back to it.
 */
function townOfAnotherCounty(text: string, start: number, matched: readonly PlaceMatch[], floor: number): boolean {
  const towns = matched.filter((v) => !v.short).map((v) => v.place)
  if (towns.length === 0 || !towns.every((p) => p.level === 'town')) return false
  for (let at = start - 1; at >= Math.max(floor, start - 4); at--) {
    const county = gazetteer().endingAt(text, at, floor)?.values.filter((v) => !v.short && v.place.level === 'county').map((v) => v.place) ?? []
    if (county.length > 0) return !towns.some((t) => t.parents.some((p) => county.some((c) => c.code === p.code)))
  }
  return false
}

const STOPS_FORWARD = new Trie<true>()
for (const w of STOP_WORDS) if (w.length > 1) STOPS_FORWARD.add(w, true)

/** `s` up to its first stop word of two or more characters (执法队伍整合优化为 → 执法队伍). */
export function beforeStopWord(s: string): string {
  for (let i = 1; i < s.length; i++) if (STOPS_FORWARD.longestAt(s, i)) return s.slice(0, i)
  return s
}

/** True when a stop word of two or more characters occurs anywhere in `s`. */
export function hasStopWord(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) if (STOPS_FORWARD.longestAt(s, i)) return true
  return false
}

/**
 * An office's pen name, or a site's staff account (管理员, 小编), no person's: 鲁检宣 and 朝公宣 (the publicity office of a procuratorate or a
 * police bureau), 青法 (a province's one-character name and its courts).
 */
export const OFFICE_PEN_NAME = /^(?:管理员|小编|网管|本网|编辑部|资料图|资料照片|网络图片|视频截图|供图|[\u4e00-\u9fff]{1,2}[公检法司警政纪]宣|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼](?:[公检法司警]|市监|应急|消防)|[\u4e00-\u9fff]{1,2}(?:交警|公安|警方|警事|警务|检察|法院|司法|消防|政法))$/

/** Posts, which end a clause before a name; roles (交警, 刑警) open names (交警一大队). */
const POST = /(长|书记|主任|主席|政委|指导员|教导员)$/
/** A national body's name inside the words before a kind word opens the name (向大会报告最高人民检察院). */
const NATIONAL_INSIDE = /(最高|中央|全国|国家)/
/** A level word before a national-looking word makes it part of a local name (南宁市国家税务局). */
const LEVEL_BEFORE = /[省市县区旗州盟]$/

/**
 * Where a name found by `nameStart` really opens, at a word boundary: after a post (政法委书记兼任
 * 公安厅), at a national body's name, and past the words of the clause before it (see
 * `nameOpening`). Places found in the gazetteer are never cut.
 */
export function nameOpeningAt(text: string, start: number, kindStart: number, kindEnd: number, verbsOpen = false): number {
  const before = text.slice(start, kindStart)
  const national = NATIONAL_INSIDE.exec(before)
  if (national && national.index > 0 && !LEVEL_BEFORE.test(before.slice(0, national.index))) start += national.index
  // (交警长安大队: a title read across two words, 交警 and 长安, is none.)
  let wordStarts: Set<number> | undefined
  const startsWord = (i: number) => (wordStarts ??= new Set(words(text.slice(start, kindStart)).map((w) => start + w.start))).has(i)
  for (let i = kindStart - 2; i >= start; i--) {
    const t = TITLES.longestAt(text, i, kindStart)
    // (机场公安局长沙某某机场: nor one whose 长 opens a division's name, 长沙, that runs on past it.)
    if (t && t.length >= 2 && i + t.length < kindStart && POST.test(text.slice(i, i + t.length)) && startsWord(i) && !(text[i + t.length - 1] === '长' && (gazetteer().at(text, i + t.length - 1)?.length ?? 0) >= 2)) {
      start = i + t.length
      break
    }
  }
  const places = new Uint8Array(Math.max(0, kindStart - start))
  for (let i = start; i < kindStart; i++) {
    const len = gazetteer().at(text, i)?.length ?? 0
    if (len >= 2) places.fill(1, i - start, Math.min(kindStart, i + len) - start)
  }
  const district = SUB_BUREAU_KIND.test(text.slice(kindStart, kindEnd)) ? sharedDistrictNameBefore(text, start, kindStart) : 0
  if (district > 0) places.fill(1, kindStart - district - start)
  return nameOpening(text, start, kindStart, kindEnd, (at) => places[at - start] === 1, verbsOpen)
}

/** The kind of a city bureau's sub-bureau, which is named for a district or county. */
const SUB_BUREAU_KIND = /^(?:公安)?分局$/

/**
 * 永定公安分局: the length of the word before a sub-bureau's kind that is the name of two or more districts or
 * counties without their level (永定区 of two cities), which the gazetteer takes nowhere alone, so that the
 * segmenter's reading of it as an ordinary word (an adverb) does not cut it off the name; 0 if none.
 */
function sharedDistrictNameBefore(text: string, start: number, kindStart: number): number {
  const word = words(text.slice(Math.max(start, kindStart - 4), kindStart)).at(-1)?.word ?? ''
  if (word.length < 2 || gazetteer().at(word, 0)?.length === word.length) return 0
  return districtsNamed(word).length >= 2 ? word.length : 0
}

/** Words of what a drive fights that open its name, though elsewhere they end one (打击电信诈骗专项行动, 夏季治安打击整治行动). */
const DRIVE_WORDS = new Trie<true>()
// (追捕在逃人员专项斗争: a verb of hunting down whom a drive seeks, 追捕, 缉捕, opens its name as one of fighting does.)
for (const w of ['打击', '严打', '严厉打击', '整治', '集中整治', '专项整治', '排查', '清理', '整顿', '查处', '治理', '防范', '集中', '夜查', '严查', '联合', '统一', '规范', '破坏', '保护', '追捕', '缉捕', '抓捕']) DRIVE_WORDS.add(w, true)


/** The word of fighting (打击, 集中整治) that ends right at `at`, longest first, or ''. */
export function driveWordEndingAt(text: string, at: number, from: number): string {
  for (let len = 4; len >= 2; len--) if (at - len >= from && DRIVE_WORDS.longestAt(text, at - len, at)?.length === len) return text.slice(at - len, at)
  return ''
}

/** Verbs that launch a drive or carry it out (开展, 启动, 部署开展, 落实, 推进). */
const LAUNCHING = /^(?:深入|全面|集中|组织|部署|统一)?(?:开展|启动|部署|发起|落实|推进|实施)$/

/** A round of a drive: 新一轮, 首轮, 第二轮, 本轮. */
const ROUND = /^(新一轮|首轮|本轮|这一轮|新一批|第[一二三四五六七八九十\d]+轮)$/

/** The doctrines named after a leader (某某新时代中国特色社会主义思想, 某某法治思想). */
export const LEADER_DOCTRINES = '新时代中国特色社会主义思想|法治思想|强军思想|外交思想|经济思想|生态文明思想|文化思想'
/** 学习贯彻某某新时代中国特色社会主义思想(主题教育): a drive of study named for a leader's doctrine, the verbs of study included. */
const DOCTRINE_STUDIED = new RegExp(`(?:学习宣传贯彻|深入学习贯彻|学习贯彻)?([\\u4e00-\\u9fff]{2,3})(?:${LEADER_DOCTRINES})$`)

/** A year before the holidays a drive is held over (2020年元旦春节期间). */
const YEAR_BEFORE = /\d{4}年$/

/** How many characters before `at` name the holidays or seasons a drive is held over (…期间): time words and 期间, and a year before them. */
function heldOverBefore(text: string, at: number, from: number): number {
  if (!text.startsWith('期间', at - 2)) return 0
  const left = Math.max(from, at - 16)
  let start = at - 2
  for (const w of words(text.slice(left, at - 2)).toReversed()) {
    if (!/^t/.test(w.tag)) break
    start = left + w.start
  }
  if (start === at - 2) return 0
  const year = YEAR_BEFORE.exec(text.slice(Math.max(from, start - 5), start))?.[0].length ?? 0
  return at - start + year
}

/** A set phrase that ends with a verb of carrying out (全面完成, 深入推进, 扎实开展). */
const SET_PHRASE_VERB = /^[\u4e00-\u9fff]{2}(完成|推进|落实|开展|实施|启动|深化|部署)$/

/** A set phrase of an adverb and a verb, two characters each (紧紧抓住, 牢牢把握): the clause's, never a drive's words. */
function adverbAndVerb(phrase: string): boolean {
  if (phrase.length !== 4) return false
  const [manner] = words(phrase.slice(0, 2))
  const [verb] = words(phrase.slice(2))
  return manner?.word.length === 2 && /^(d|ad)$/.test(manner.tag) && verb?.word.length === 2 && /^v/.test(verb.tag)
}

/** A set phrase of manner and a verb of fighting (严厉打击, 依法严惩), as the segmenter reads it. */
const FIGHTING_PHRASE = /^[\u4e00-\u9fff]{2}(打击|整治|严惩|惩治|查处)$/

/** True when a word is a verb of fighting, after which what the drive fights is named whatever its words (加油 of 黑加油点). */
function fightingWord(w: Word): boolean {
  // (严厉打击非法吸收公众存款专项行动: the segmenter takes a manner and its verb of fighting for one set phrase.)
  return (DRIVE_WORDS.longestAt(w.word, 0)?.length === w.word.length && /^(打击|严打|整治|打击整治|集中整治|专项整治|清理|整顿|查处|严查|追捕|缉捕|抓捕)$/.test(w.word)) || (/^(i|l)$/.test(w.tag) && FIGHTING_PHRASE.test(w.word))
}

/**
 * A verb that launches a drive, alone or in a set phrase after its manner (积极开展, 扎实推进). (The segmenter's
 * dictionary holds some such phrases as names, 迅速开展 nz, 广泛开展 nr, 大力开展 nt: its tag says nothing here.)
 */
const launches = (w: Word): boolean => LAUNCHING.test(w.word) || SET_PHRASE_VERB.test(w.word)

/**
 * Where the words after a verb launching a drive start, when only words of a name (no preposition,
 * conjunction, pronoun, adverb, particle, count or mark) stand between it and `start`; else -1.
 * (积极开展护航某某专项活动: the segmenter reads the manner and the verb as one set phrase.)
 */
function launchBefore(text: string, start: number, kindStart: number, from: number): number {
  const left = Math.max(from, start - 10)
  let at = start
  // (From the last word back; the segmenter's cached list is never reordered.)
  for (const w of words(text.slice(left, start)).toReversed()) {
    if (launches(w)) return at
    // (开展某某是某某改革: a copula or a verb of having between opens a clause of its own.)
    if (/^(p|c|r|d|uj|ul|ug|uz|m|q|x|f|t)$/.test(w.tag) || /^(是|为|有|在|成为|作为|属于)$/.test(w.word) || ![...w.word].every(isNameChar) || kindStart - (at - w.word.length) > 16) return -1
    at -= w.word.length
  }
  return -1
}

/** Where an unquoted drive's name starts: like any name, but across the words of fighting and clearing up. */
export function driveStart(text: string, kindStart: number, from: number): number {
  const start = driveStartBefore(text, kindStart, from)
  // 打击偷越国(边)境犯罪专项行动: the law's term for crossing a border writes 边 in brackets inside the name.
  if (/国[(（]边[)）]$/.test(text.slice(Math.max(from, start - 4), start)) && start - 3 > from) return driveStartBefore(text, start - 3, from)
  // 新一轮禁毒三年大会战: a new round of a drive is named with it (the answers read: both so written), and known
  // without it too (an alias: see entities.ts). (第三轮禁毒人民战争: so is a numbered round of a war or a great battle.)
  if (start - 3 >= from && text.startsWith('新一轮', start - 3)) return start - 3
  const numbered = /第[一二三四五六七八九十]轮$/.test(text.slice(Math.max(from, start - 3), start))
  return numbered && /^(?:人民战争|大会战|会战)/.test(text.slice(kindStart, kindStart + 4)) ? start - 3 : start
}

/** 大走访、大排查、大化解专项行动: big tasks listed before one drive's kind, all of them its name. */
const BIG_TASKS_LISTED = /(?:大[\u4e00-\u9fff]{2}、)+大[\u4e00-\u9fff]{2}(?:专项|集中)?$/

/** Kinds of work that end a phrase of their own before 和 (禁毒宣传和反诈专项行动: the propaganda is no target). */
const WORK_OF_ITS_OWN = /^(宣传|工作|活动|教育|行动|检查|整治|治理|建设|服务)$/

/**
 * 开展扶贫领域腐败和作风问题专项治理, 打击盗窃和诈骗专项行动: where the name's first guess starts right after
 * 和 or 及, and the words before it run back to the verb that launches the drive, both things fought are the
 * one drive's (the real answers read name all four so written whole): where its name starts, or -1.
 */
function joinedAfterLaunch(text: string, start: number, kindStart: number, from: number): number {
  if (start >= kindStart) return -1
  // (公安机关打击某某诈骗和某某资产解冻诈骗专项行动: or back to the fight that opens the name, with no verb of launching
  // before it; the first guess, cut short by a name's length, may start inside the second thing fought.)
  const joint = /[和及]$/.test(text[start - 1] ?? '') ? start - 1 : fightJoinedBefore(text, start, from)
  if (joint < 0) return -1
  const launch = launchBefore(text, joint, kindStart, from)
  const fight = launch < 0 ? FIGHT_OPENING.exec(text.slice(Math.max(from, joint - 16), joint)) : null
  const opening = fight ? Math.max(from, joint - 16) + fight.index : launch
  if (opening < 0 || joint - opening < 2) return -1
  return whatIsFought(text, opening, joint) ? opening : -1
}

/** Where 和 joins a thing fought to the one a drive's name was first read from, a few characters before `start`; or -1. */
function fightJoinedBefore(text: string, start: number, from: number): number {
  const joint = /[和及][^和及，,。；;、：:“”\s]{1,8}$/.exec(text.slice(Math.max(from, start - 9), start))
  return joint ? Math.max(from, start - 9) + joint.index : -1
}

/** The words of a fight that opens a drive's name (打击, 打击整治): the last of them in the words before 和. */
const FIGHT_OPENING = /(?:打击整治|打击治理|打击)(?!.*打击)[^，,。；;、：:“”\s]+$/

/** True when the words from `opening` to `end` are a thing fought, not work of its own (禁毒宣传和…). */
function whatIsFought(text: string, opening: number, end: number): boolean {
  const last = words(text.slice(opening, end)).at(-1)
  return last !== undefined && !WORK_OF_ITS_OWN.test(last.word)
}

/**
 * 局长某某汇报专项治理工作: a post, its holder's name and what they do, before a drive's words, are the clause's
 * subject and verb, no part of the name (no drive in the real answers read holds a post and a name). `ws` are the
 * words the caller read from `wordsStart` to the kind; those ending by `cut` are passed over. Where the
 * name may start, after the verb (at the kind where none is read), else `cut`.
 */
function afterPostHolder(ws: readonly Word[], wordsStart: number, cut: number, kindStart: number): number {
  let at = wordsStart
  for (const [k, w] of ws.entries()) {
    at += w.word.length
    if (at <= cut || TITLES.longestAt(w.word, 0)?.length !== w.word.length || !/^nr/.test(ws[k + 1]?.tag ?? '')) continue
    // (局长某某汇报…, where the segmenter reads the name's last character and the verb as another word: no name is left.)
    let end = at
    for (const next of ws.slice(k + 1)) {
      end += next.word.length
      if (/^v/.test(next.tag) && next.word.length >= 2) return end
    }
    return kindStart
  }
  return cut
}

function driveStartBefore(text: string, kindStart: number, from: number): number {
  const bigTasks = BIG_TASKS_LISTED.exec(text.slice(Math.max(from, kindStart - 30), kindStart))
  if (bigTasks) return kindStart - bigTasks[0].length
  const studied = DOCTRINE_STUDIED.exec(text.slice(Math.max(from, kindStart - 34), kindStart))
  const leader = studied ? words(studied[1]!) : []
  if (studied && leader.length === 1 && /^nr/.test(leader[0]!.tag)) return kindStart - studied[0].length
  let start = nameStart(text, kindStart, 12, from)
  // (某某质效提升攻坚行动, 某某满意度提升攻坚战: a verb of what the drive aims at, right before its kind, is part of its name.)
  const aim = start === kindStart ? /(?:提升|提质|增效|巩固|清零|清仓)$/.exec(text.slice(Math.max(from, kindStart - 2), kindStart)) : null
  if (aim) start = nameStart(text, kindStart - aim[0].length, 12, from)
  // (有关未成年人检察工作30周年活动: a name never starts inside a word; it starts after it.)
  const inside = start > from ? findWord(words(text.slice(Math.max(from, start - 3), Math.min(kindStart, start + 3))), (w) => Math.max(from, start - 3) + w.start < start && Math.max(from, start - 3) + w.end > start) : undefined
  if (inside) start = Math.max(from, start - 3) + inside.end
  // (9月7日、8日清查行动: a day's date before the kind is when the drive ran, no part of its name.)
  start += /^\d{1,2}[日号]/.exec(text.slice(start, kindStart))?.[0].length ?? 0
  // 2020年元旦春节期间打假专项行动: the holidays a drive is held over (…期间) are part of its name.
  const heldOver = heldOverBefore(text, start, from)
  start -= heldOver
  // 开展守护美丽河湖专项行动, 开展涉执信访案件集中化解专项行动: right after the verb that launches the drive, the
  // words up to its kind are its name, verbs and all.
  // (开展某领域腐败和作风问题专项治理: two things fought, joined by 和, right after the verb that launches it.)
  const joined = heldOver ? -1 : joinedAfterLaunch(text, start, kindStart, from)
  // (The 和 joining them: right before the first guess, or a few characters before it when that was cut short.)
  const conjunction = joined >= 0 ? Math.max(text.lastIndexOf('和', start - 1), text.lastIndexOf('及', start - 1)) : -1
  if (joined >= 0) start = joined
  const launch = heldOver ? -1 : launchBefore(text, start, kindStart, from)
  if (launch >= 0) start = launch
  const afterLaunch = launch >= 0
  for (let n = 0; n < 3; n++) {
    const word = driveWordEndingAt(text, start, from).length
    if (!word || kindStart - (start - word) > 16) break
    start = nameStart(text, start - word, 16 - (kindStart - start + word), from)
  }
  // (部署开展社会治安集中整治行动: a name that opens inside a noun of the language, 社会治安, right after a
  // verb that launches the drive, opens with the whole noun.)
  const window = start - 4
  const across = window >= from ? findWord(words(text.slice(window, Math.min(kindStart, start + 4))), (w) => window + w.start < start && window + w.end > start) : undefined
  const nounStart = across ? window + across.start : start
  // (开展夏季社会治安严打整治专项行动: so does one after the season it is waged in, the season its name's too.)
  const beforeNoun = across ? words(text.slice(Math.max(from, nounStart - 6), nounStart)) : []
  const season = /^[春夏秋冬]季$/.test(beforeNoun.at(-1)?.word ?? '') && LAUNCHING.test(beforeNoun.at(-2)?.word ?? '') ? 2 : 0
  if (across && /^(l|n)$/.test(across.tag) && (season > 0 || LAUNCHING.test(beforeNoun.at(-1)?.word ?? ''))) start = nounStart - season
  // (开展交通运输行业某某驾驶员…行动: and one cut by its length right after such a noun, the noun opens it.)
  const before = !across && kindStart - start >= 11 ? words(text.slice(Math.max(from, start - 8), start)) : []
  if (before.length >= 2 && /^(l|n|j|nz)$/.test(before.at(-1)!.tag) && before.at(-1)!.word.length >= 2 && LAUNCHING.test(before.at(-2)!.word)) start -= before.at(-1)!.word.length
  // 对…开展的整治行动, 重点场所督导冬季严打整治行动: a preposition, adverb, conjunction, pronoun,
  // particle or a verb that fights nothing ends the clause before the name.
  let at = start
  let cut = start
  const ws = words(text.slice(start, kindStart))
  // 打击整治黑加油点专项行动: after a word of fighting, what the drive fights is named whatever its words (加油).
  let fighting = false
  // 开展守护美丽河湖专项行动: right after a verb that launches a drive, its name runs to the kind, verbs included.
  let launched = afterLaunch
  for (const [k, w] of ws.entries()) {
    at += w.word.length
    if (at >= kindStart) break
    if (fighting && w.tag !== 'uj' && !/^(p|c)$/.test(w.tag)) continue
    // (开展打击拒不支付劳动报酬专项行动: a verb of fighting read after the launch still takes what it fights.)
    if (launched && /^v/.test(w.tag)) {
      fighting = fightingWord(w)
      continue
    }
    // 不文明交通乱象: 不 before what is no verb makes one word with it.
    if (w.word === '不' && !/^v/.test(ws[k + 1]?.tag ?? 'v')) continue
    if (LAUNCHING.test(w.word)) {
      cut = at
      launched = true
      continue
    }
    // (犯罪预防和治理专项行动: a conjunction joining two verbs of work inside the name is none of the clause's;
    // the first may close a longer word, 犯罪预防. 打击甲诈骗和乙解冻诈骗专项行动: one joining two things fought
    // goes on with the fight, whatever verbs the second holds.)
    if (w.tag === 'c' && /^[和与及]$/.test(w.word) && ((ws[k - 1] !== undefined && deedsJoined(ws[k - 1]!.word, ws[k + 1])) || at - 1 === conjunction)) continue
    fighting = fightingWord(w)
    // 取水行为, 违规问题: a verb with the conduct it names is what the drive targets (执行难: so is enforcement that is hard).
    // (执行体制机制改革: a verb of a field of work before its institutions, 体制 or 机制, names that field.)
    if (CONDUCT.test(ws[k + 1]?.word ?? '') || CONDUCT.test(w.word) || (w.word === '执行' && ws[k + 1]?.word.startsWith('难')) || /^(体制|机制|制度|机构)/.test(ws[k + 1]?.word ?? '')) continue
    // A verbal noun (巡查, 监督) names the drive's activity: 夏夜治安巡查宣防集中统一行动.
    // 营造新一轮禁毒三年大会战: a round (新一轮, 第二轮) is no part of the name, nor what stands before it.
    // (全面完成, 深入推进: the segmenter takes an adverb and its verb for one set phrase.)
    // (开展好…: 好 completes the verb before the name. 涉水, 涉企: 涉 and its object qualify what follows.)
    // (营造禁毒人民战争浓厚氛围: a verb of making a mood, however tagged, opens no drive's name.)
    if (/^(p|d|c|r|uj|ul)$/.test(w.tag) || ROUND.test(w.word) || (k === 0 && (w.word === '好' || /^(营造|掀起|形成|凝聚|汇聚)$/.test(w.word))) || (w.tag === 'l' && (SET_PHRASE_VERB.test(w.word) || adverbAndVerb(w.word))) || (/^v(?!n)/.test(w.tag) && w.word.length >= 2 && !DRIVE_TARGET.test(w.word) && !w.word.startsWith('涉') && DRIVE_WORDS.longestAt(w.word, 0)?.length !== w.word.length)) cut = at
  }
  start = afterPostHolder(ws, start, cut, kindStart)
  // 重点场所督导冬季严打整治行动: a season or time word after other words opens the drive's name.
  let k = start
  for (const w of heldOver ? [] : words(text.slice(start, kindStart))) {
    if (k > start && k + w.word.length < kindStart && /^t/.test(w.tag) && w.word.length >= 2) {
      start = k
      break
    }
    k += w.word.length
  }
  // 自4月24日专项行动开展以来: a day before the kind says when, it names nothing.
  const day = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:起|以来)?/.exec(text.slice(start, kindStart))?.[0].length ?? 0
  start += day
  // 县打击电信诈骗专项行动, 全县开展…: a level word or 全县 alone before the drive says whose it is;
  // 全省扫黑除恶斗争: so does 全省 before any drive (全国 may open an official name).
  // (我省专项斗争, 本市…: a pronoun of the level is whose it is too.)
  const whose = /^(全|我|本|该)?[省市县区旗州盟国]/.exec(text.slice(start, kindStart))?.[0]
  if (whose && /^(全|我|本|该)[省市县区旗州盟]$/.test(whose) && (kindStart - start - whose.length >= 2 || whose[0] !== '全')) return start + whose.length
  // 市扫黑除恶斗争领导小组: a level word alone before a drive’s name is whose it is too (市场 is a word).
  if (whose && /^[省市县区旗州盟]$/.test(whose) && kindStart - start >= 3 && words(text.slice(start, kindStart))[0]?.word === whose) return start + 1
  return whose && DRIVE_WORDS.longestAt(text, start + whose.length, kindStart) ? start + whose.length : start
}

/** What a clause starts after, as code units (read one by one, walking back): a clause mark, a line break or a full stop. */
const CLAUSE_BOUNDARY = new CodeUnits([...'，,；;\n。！？!?'].map((c) => c.charCodeAt(0)))

/** Where the clause holding `at` starts: after a clause mark, a line break or a full stop, not before `floor`. */
export function clauseStart(text: string, at: number, floor = 0): number {
  while (at > floor && !CLAUSE_BOUNDARY.has(text.charCodeAt(at - 1))) at--
  return at
}
