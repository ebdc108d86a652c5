// Word boundaries from a general segmenter (jieba's dictionary and part-of-speech tags): where a
// name may start, and whether a span is an ordinary word rather than a name. The dictionary is
// general knowledge of Chinese; our own lexicons keep kinds, titles and suffixes.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { Jieba } from '@node-rs/jieba'
import { gazetteer } from './gazetteer.js'
import { readLexicon, UNIT_SUFFIX_ENDINGS } from './lexicon.js'

/** What drives fight or break (黑恶, 毒, 腐败, 诈骗, 违法, 破坏…): verbs of these are part of a drive's name. */
export const DRIVE_TARGET = /[黑恶毒腐恐黄非诈盗枪爆赌邪私骗违犯破偷抢拐逃]/

export interface Word {
  /** Offset of the word in the segmented string. */
  start: number
  end: number
  word: string
  /** jieba's part-of-speech tag (ICTCLAS set: n, nr, ns, nt, v, p, d, m, q, …). */
  tag: string
}

const require = createRequire(import.meta.url)

/**
 * jieba's general dictionary, read once and then let go: the package's `dict` module reads its keyword
 * weights too (idf.txt, 6 MB, which tagging never asks) and keeps both files for the thread's life.
 */
const generalDictionary = (): Buffer => fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'))

let jieba: Jieba | undefined
/** Short strings recur (the same few characters before 公安局 in every article): keep their words. */
const cache = new Map<string, readonly Word[]>()
const CACHE_SIZE = 20_000

const policeWordLines = readLexicon('segmenter-words.txt')
/**
 * The tags of our own words (loading a word the general dictionary already holds changes its
 * frequency but keeps the dictionary's tag: 高新 stays an adverb, not the zone of 高新分局), and the
 * dictionary's wrong tags corrected (lexicon/segmenter-tags.txt).
 */
const POLICE_WORD_TAGS = new Map([
  ...policeWordLines.map((line) => line.split(/\s+/)).map(([word, , tag]) => [word!, tag!] as const),
  ...readLexicon('segmenter-tags.txt').map((line) => line.split(/\s+/)).map(([word, tag]) => [word!, tag!] as const),
])

/**
 * Words of the language the general dictionary tags as people's names (朴素, 白发, 明白 and thousands more:
 * its tag comes from a corpus where they also were names), told by how often it saw them: of two
 * characters, seen at least this often, they are far more often words than anyone's name in the news.
 */
const COMMON_NAME_TAGGED_FREQUENCY = 400
let commonNameTagged: Set<string> | undefined

function commonWordsTaggedAsNames(dictionary: Buffer): Set<string> {
  const out = new Set<string>()
  // (Line by line in the bytes, only those tagged nr decoded: the whole file as one string would be kept
  // alive by the pattern that last read it.)
  const tagged = Buffer.from(' nr\n')
  for (let end = dictionary.indexOf(tagged); end >= 0; end = dictionary.indexOf(tagged, end + 1)) {
    const [word, frequency] = dictionary.toString('utf8', dictionary.lastIndexOf(10, end) + 1, end).split(' ')
    if (word !== undefined && /^[\u4e00-\u9fff]{2}$/.test(word) && Number(frequency) >= COMMON_NAME_TAGGED_FREQUENCY) out.add(word)
  }
  return out
}

/** The general dictionary with the words of police and local government it lacks (lexicon/segmenter-words.txt). */
function withPoliceWords(j: Jieba): Jieba {
  j.loadDict(Buffer.from(policeWordLines.join('\n')))
  return j
}

/**
 * The tag of each word met so far, ours (POLICE_WORD_TAGS) where we have one. jieba's tag of a word is the
 * dictionary's, or one read from its characters when the dictionary lacks it, whatever the text around it;
 * so a string whose words are all known needs only cutting, which costs jieba a third of tagging.
 */
const tagOfWord = new Map<string, string>()
const TAGS_KEPT = 200_000

/** The tag of `word`, one of the words of `s`: jieba tags `s`, and the tags of all its words are remembered. */
function learnTags(j: Jieba, s: string, word: string): string {
  if (tagOfWord.size >= TAGS_KEPT) tagOfWord.clear()
  for (const w of j.tag(s)) tagOfWord.set(w.word, POLICE_WORD_TAGS.get(w.word) ?? w.tag)
  // (Should tagging ever cut `s` otherwise than cutting did, the word is tagged alone.)
  return tagOfWord.get(word) ?? POLICE_WORD_TAGS.get(word) ?? j.tag(word)[0]?.tag ?? 'x'
}

/** The words of `s`, each with its offset and tag. */
export function words(s: string): readonly Word[] {
  const hit = cache.get(s)
  if (hit) return hit
  if (!jieba) {
    const dictionary = generalDictionary()
    jieba = withPoliceWords(Jieba.withDict(dictionary))
    commonNameTagged = commonWordsTaggedAsNames(dictionary)
  }
  const out: Word[] = []
  let at = 0
  // (jieba's `tag` cuts as `cut` does, both without the HMM by default.)
  for (const word of jieba.cut(s)) {
    out.push({ start: at, end: at + word.length, word, tag: tagOfWord.get(word) ?? learnTags(jieba, s, word) })
    at += word.length
  }
  if (cache.size >= CACHE_SIZE) cache.clear()
  // (Frozen: every caller shares the one list, so none may reorder or cut it.)
  const shared = Object.freeze(out)
  cache.set(s, shared)
  return shared
}

/*
 * Loops over a list of words, for the callers that ask one at most characters: the lists `words` returns are
 * frozen, and V8 runs its array methods (some, find, filter) on a frozen array on their slow path, reading each
 * element through its runtime, some thirty times slower than a loop.
 */

/** True when `test` holds for a word of `ws` (as `ws.some`). */
export function someWord(ws: readonly Word[], test: (w: Word, k: number) => boolean): boolean {
  for (let k = 0; k < ws.length; k++) if (test(ws[k]!, k)) return true
  return false
}

/** The first word of `ws` for which `test` holds (as `ws.find`). */
export function findWord(ws: readonly Word[], test: (w: Word) => boolean): Word | undefined {
  for (let k = 0; k < ws.length; k++) if (test(ws[k]!)) return ws[k]
  return undefined
}

/** The words of `ws` for which `test` holds, in a new list (as `ws.filter`). */
export function filterWords(ws: readonly Word[], test: (w: Word) => boolean): Word[] {
  const out: Word[] = []
  for (let k = 0; k < ws.length; k++) if (test(ws[k]!)) out.push(ws[k]!)
  return out
}

/**
 * Tags of words that never open a name: verbs, prepositions, adverbs, conjunctions, pronouns,
 * measure words, particles, time words (迅速掀起全县…, 借全市…, 以县…, 移交城镇…, 今日上午…).
 */
const NEVER_OPENS_NAME = /^(v|vd|p|d|ad|c|r|mq|q|u|uj|ul|uz|ug|uv|ud|y|e|o|f|t|tg)$/
/** The fields a specialised tribunal hears (金融法庭, 旅游巡回法庭, 环境资源审判法庭), which name it as a place names a town's. */
export const COURT_FIELD = /^(?:金融|旅游|环境资源|生态环境|家事|少年|知识产权|破产|海事|互联网|劳动争议|交通事故|牧区|涉外|商事)$/
/**
 * True when the segmenter, reading `text[from, to)`, ends at `at` + 1 a word that starts before `at` (落实 of
 * 落实行政, 嫌疑人 of 嫌疑人大多): the character at `at` closes a word of the clause and opens nothing.
 */
export function wordEndsAt(text: string, at: number, from: number, to: number): boolean {
  return someWord(words(text.slice(from, to)), (w) => from + w.start < at && from + w.end === at + 1)
}

/** What a verb's result is said with (发挥好, 抓实, 守牢, 建强, 做细, 找准, 把稳, 从严). */
export const RESULT_OF_VERB = /^[好实牢强细准稳严]$/
/** Of those, the ones never inside a name either: a name starts after the last of them. Verbs do occur inside names (城市管理行政执法监察大队). */
const NEVER_INSIDE_NAME = /^(p|d|ad|c|r|mq|u|uj|ul|uz|ug|uv|ud|y|e|o|t|tg)$/

/** True when the word is a town's or township's name without its level (摆渡 of 摆渡镇). */
/**
 * Where the town a grass-roots body is named for ends, before its kind at `kindStart`: 人民 of a tribunal's kind,
 * or the force a station serves (盖北边防派出所: 边防 or 边境), stands between the town and the kind.
 */
export function townKindStart(text: string, kindStart: number): number {
  // (里某公安边防派出所: or the force's full name, 公安边防.)
  if (/^公安边[防境]$/.test(text.slice(kindStart - 4, kindStart))) return kindStart - 4
  return /^(人民|边防|边境)$/.test(text.slice(kindStart - 2, kindStart)) ? kindStart - 2 : kindStart
}

export function namesTown(word: string): boolean {
  return ['镇', '乡'].some((level) => gazetteer().at(word + level, 0)?.length === word.length + 1)
}

/** True when the word is a town's, a township's or a street office's name without its level (米某巷 of 米某巷街道): a station is named for either. */
export function namesTownOrStreet(word: string): boolean {
  return namesTown(word) || gazetteer().at(word + '街道', 0)?.length === word.length + 2
}

/** Two characters that make no word of the language and open with no conjunction, adverb or pronoun (顺坪, not 并向). */
function listedNameOfTwo(s: string): boolean {
  const ws = words(s)
  return ws.length === 2 && !/^(c|d|r|u.?)$/.test(ws[0]!.tag)
}

/**
 * The start of a name whose candidate is `text[start, kindStart)`: after the last word that is
 * never inside a name, then past leading words that never open one. `covered` says which
 * positions lie inside a place's name (昆都仑: 都 is no adverb there); a place opens the name.
 * With `verbsOpen`, verbs may open it (a task force named for what it does: 打击电信诈骗领导小组).
 */
export function nameOpening(text: string, start: number, kindStart: number, kindEnd: number, covered: (at: number) => boolean, verbsOpen = false): number {
  if (kindStart - start < 2) return start
  // 方面介绍法院, 牛某道出…派出所: a court, procuratorate, station, paper or office is named for its place or
  // sponsor, never for what it does, so a verb before its kind is the clause's.
  const namedForPlace = PLACE_NAMED_KIND.test(text.slice(kindStart, kindEnd))
  // (甲派出所、敖其派出所: a town's name without its level, listed, names the station whatever words the segmenter reads in it, 其 a pronoun.)
  // (…、顺坪派出所: two characters listed that make no word, the first no conjunction or adverb, name it too, a town the gazetteer lacks.)
  const listedTown = namedForPlace ? [4, 3, 2].find((k) => kindStart - k >= start && text[kindStart - k - 1] === '、' && (namesTown(text.slice(kindStart - k, kindStart)) || (k === 2 && listedNameOfTwo(text.slice(kindStart - 2, kindStart))))) : undefined
  if (listedTown !== undefined) return kindStart - listedTown
  // (甲人民法庭、军山新城人民法庭: an item of a list of bodies of one kind, right after the 、 that follows the kind
  // written before, is named whole, whatever words the segmenter reads in it.)
  // (An item is two to six characters long: only the seven characters before the kind are searched for the mark.)
  const window = Math.max(start - 1, kindStart - 7)
  const mark = namedForPlace ? text.slice(window, kindStart).lastIndexOf('、') : -1
  if (mark >= 0 && kindStart - (window + mark) - 1 >= 2) {
    const kind = text.slice(kindStart, kindEnd)
    if (kind.length >= 2 && text.slice(window + mark - kind.length, window + mark) === kind) return window + mark + 1
  }
  // (…法院顺店人民法庭: a tribunal is named for its town too, 顺 a preposition to the segmenter though it is; so are a
  // justice office and a police station, 于桥司法所.)
  const own = townKindStart(text, kindStart)
  const townsStation = /(?:法庭|司法所|派出所)$/.test(text.slice(kindStart, kindEnd)) ? [5, 4, 3, 2].find((k) => own - k >= start && namesTownOrStreet(text.slice(own - k, own))) : undefined
  const townStart = townsStation === undefined ? kindStart : own - townsStation
  const ws = filterWords(words(text.slice(start, kindEnd)), (w) => start + w.end <= kindStart)
  let at = start
  // …边境管理支队摆渡边境派出所: right after a parent's kind, a town's name before the child's kind is the
  // child's own name, whatever its tag (摆渡 of 摆渡镇, a verb to the dictionary; 狠抓 of …公安局狠抓派出所建设 is a verb).
  const childsName = (w: Word) => start + w.end === kindStart && w.word.length >= 2 && (UNIT_SUFFIX_ENDINGS.longestEndingAt(text, start + w.start, Math.max(0, start + w.start - 6))?.length ?? 0) >= 2 && namesTown(w.word)
  const tribunal = /法庭$/.test(text.slice(kindStart, kindEnd))
  // 嫌疑人移交城关派出所: a verb right before a place ends the clause; the place opens the name.
  ws.forEach((w, k) => {
    const next = ws[k + 1]
    // 涉边纠纷调解工作室, 涉黑案件: 涉 and the one character after it make a word that names do open with.
    if (covered(start + w.start) || ws[k - 1]?.word === '涉') return
    // 设立旅游巡回法庭, 金融审判法庭: a tribunal is named for the field it hears too, whatever the word's tag; the field
    // opens its name (成立专门金融审判法庭) unless a place does (深圳金融法庭).
    if (tribunal && (COURT_FIELD.test(w.word) || (w.word === '审判' && COURT_FIELD.test(ws[k - 1]?.word ?? '')))) {
      if (COURT_FIELD.test(w.word) && k > 0 && !covered(start + ws[k - 1]!.start)) at = start + w.start
      return
    }
    // 发挥好人民法庭…, 抓实检察院建设: a verb's result (好, 实, 牢) right after it is the clause's, no name's first character.
    if (w.word.length === 1 && RESULT_OF_VERB.test(w.word) && (k > 0 ? /^v/.test(ws[k - 1]!.tag) : /^v/.test(words(text.slice(Math.max(0, start - 2), start)).at(-1)?.tag ?? ''))) {
      at = start + w.end
      return
    }
    // 将该妇女带回派出所: a verb of motion or handing over (带回, 移交, 赶到, 送往) is never inside a name either.
    // (该工作室系法院…设立: nor the copula 系 before a body named for its place.)
    // (有矛盾纠纷找综治中心: nor, before any kind, one of going to a body, 找, 到, 去.)
    // 会议上作…工作报告: a one-character verb after a localizer (上, 中) is a clause's, never a name's.
    // 会议作省高级人民法院工作报告: so is one before a level word (省, 市, 县) that opens a body's name.
    // 西递派出所: a localizer and a one-character verb right before the kind are a place's name (西/递).
    const afterLocalizer = w.tag === 'v' && w.word.length === 1 && ((ws[k - 1]?.tag === 'f' && start + w.end < kindStart) || /^[省市县区]/.test(next?.word ?? ''))
    // (民警破获县公安局督办的…: a level's character that the dictionary reads with the kind, 县公安局, follows the verb as a word would.)
    const levelThenKind = next === undefined && kindStart - (start + w.end) === 1 && LEVEL_OPENING.test(text[kindStart - 1]!)
    if (NEVER_INSIDE_NAME.test(w.tag) || isCount(w) || afterLocalizer || ((w.tag === 'v' || w.tag === 'vn') && !childsName(w) && ((namedForPlace && (w.word.length >= 2 || w.word === '系')) || /^[去到往赴找进来]$/.test(w.word))) || isSetPhrase(w) || (/^v/.test(w.tag) && w.word.length >= 2 && (/[回到至往进入交归]$/.test(w.word) || HANDED_UP.test(w.word) || levelThenKind || (next !== undefined && (next.tag === 'ns' || covered(start + next.start) || LEVEL_OPENING.test(next.word)))))) at = start + w.end
    // 一串数字北极边境派出所: a common noun right before a place's word is the clause's; the place opens the name.
    // (向大会报告县人大常委会, 贡献人大力量: so is one right before a level word, or before a congress's kind itself.)
    // (阳泉市城区人大常委会: not a noun that a place before it makes a division's name.)
    const afterPlace = k > 0 && (covered(start + ws[k - 1]!.start) || ws[k - 1]!.tag === 'ns')
    const levelOrCongress = !afterPlace && (next === undefined ? CONGRESS_KIND.test(text.slice(kindStart, kindEnd)) : LEVEL_OPENING.test(next.word))
    // (天目西路派出所: not a noun before a road's direction, 西路, which names the road with it.)
    const roadDirection = next !== undefined && /^[东西南北中]路$/.test(next.word)
    // (某区某某南街街道综治中心: not a noun right after a division either, which opens a place's name with it.)
    // (猪场坪乡党委: not before a single character tagged a place, 坪, which ends a town's name with the noun.)
    if (namedForPlace && w.tag === 'n' && w.word.length === 2 && ((next?.tag === 'ns' && next.word.length >= 2) || levelOrCongress) && !roadDirection && !covered(start + w.start) && !afterPlace) at = start + w.end
    // (锁定具体法院: a quality of two characters that names no town or division says which body, naming none; 幸福派出所 is a town's.)
    if (namedForPlace && w.tag === 'a' && w.word.length === 2 && !covered(start + w.start) && !namesTown(w.word) && gazetteer().at(w.word, 0) === undefined) at = start + w.end
    // 局长王树广责成刑侦支队: a verb of directing or accompanying is a clause's, never a name's.
    if (DIRECTING.test(w.word) && start + w.end <= kindStart - 2) at = start + w.end
    // 指挥调度东港公安分局: a verb, one more word of the clause, then a place: the place opens the name.
    const after = ws[k + 2]
    if (/^v/.test(w.tag) && w.word.length >= 2 && next !== undefined && /^(n|vn|v)$/.test(next.tag) && next.word.length === 2 && after !== undefined && (after.tag === 'ns' || covered(start + after.start)) && !covered(start + next.start)) at = start + next.end
  })
  const opening = at
  for (const [k, w] of ws.entries()) {
    if (start + w.start < at) continue
    // 西咸新区: a direction before a place's word is the first character of the place's name.
    const direction = w.tag === 'f' && /^[东西南北]$/.test(w.word) && ws[k + 1]?.tag === 'ns'
    // (南方都市报: a quarter of the country, 南方 or 北方, right before the kind names the body with it; 南方报业传媒集团:
    // or before the press or the media it names.)
    const quarter = w.tag === 'f' && /^[东西南北]方$/.test(w.word) && (start + w.end === kindStart || /^(?:报业|传媒|日报|出版)/.test(text.slice(start + w.end, start + w.end + 2)))
    if (covered(start + w.start) || w.word === '涉' || direction || quarter || childsName(w) || !(NEVER_OPENS_NAME.test(w.tag) || isCount(w)) || (verbsOpen && /^v/.test(w.tag))) break
    at = start + w.end
  }
  // 关累边境派出所, 达来诺日法庭 opening a clause: a place's name the dictionary does not know, cut into
  // two to four single characters, is still its name when no clause stands before it (刚来派出所: nor opens with
  // an adverb, a preposition, a conjunction or a pronoun; 受市人大常委会委托: nor with a verb of being acted on, 受, 让).
  const opensClause = start === 0 || /[，,。；;：:、\s“]/.test(text[start - 1] ?? '')
  const unknownName = ws.filter((w) => start + w.end <= kindStart && !/^(边境|边防)$/.test(w.word))
  // (周萌作省人民检察院工作报告, 报市人民检察院批准: a level's character right before the kind, after a verb or a
  // preposition that no place's name ends with, is the body's level, named by it; the characters before it are the
  // clause's. 拉脊县人民法院 stays a place's name the dictionary does not know.)
  const levelled = /[省市县区]/.test(text[kindStart - 1] ?? '') && /[作向在到由经报对与和及给把被让将从]/.test(text[kindStart - 2] ?? '') && unknownName.at(-1)?.end === kindStart - start
  if (at > start && namedForPlace && opensClause && !levelled && unknownName.length >= 2 && unknownName.length <= 4 && unknownName.every((w) => w.word.length === 1) && !/^[去到往赴找进在从向对把被将由经受让给叫]/.test(text[start] ?? '') && !/^(d|p|c|r)$/.test(unknownName[0]!.tag)) return start
  // 西递派出所: a station's name the dictionary does not know, cut into a localizer and a verb, is still its name.
  const rest = ws.filter((w) => start + w.start >= opening)
  if (at === kindStart && namedForPlace && rest.length === 2 && rest[0]!.tag === 'f' && rest[1]!.tag === 'v' && rest.every((w) => w.word.length === 1)) return opening
  return Math.min(at, townStart, transliteratedRun(ws, start, kindStart) ?? at)
}

/**
 * 焉支山景区, 康什维尔村, 达来诺日人民法庭: a name written for its sound, which the dictionary cuts into
 * single characters of any tag (and names of people or things), right before the kind: where it
 * starts, when it holds two single characters at least; none after a preposition or a verb of going.
 */
function transliteratedRun(ws: readonly Word[], start: number, kindStart: number): number | undefined {
  let runStart: number | undefined
  let singles = 0
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]!
    if (start + w.end > kindStart) continue
    // (A level word, 省 of 作省高级人民法院, opens a name of its own: no sound is written with it.)
    // (只靠检察院: nor with an adverb or a verb of relying or sending, 只, 都, 靠, 送.)
    const single = w.word.length === 1 && !/^(p|c|u.*|y|e|x)$/.test(w.tag) && !/^[去到往赴找进来在于从向对把被将由经和与及的了作省市县区州旗盟一二三四五六七八九十百千万两零只都也还又才再很更最已曾就靠送给让使任\d]$/.test(w.word)
    if (!single && !/^(nr|nrt|nz)$/.test(w.tag)) break
    if (single) singles++
    runStart = start + w.start
  }
  return singles >= 2 ? runStart : undefined
}

/** Verbs of handing a matter up to a body (上报, 报送, 提请), or of moving to a post in it (调任, 升任, 出任): never words of its name. */
const HANDED_UP = /^(上报|报送|呈报|抄报|报请|提请|移送|提交|转交|调任|升任|接任|转任|改任|调往|调入|出任|就任|接手|履新)$/

/** Verbs of directing or accompanying a body (责成, 指派, 会同): never words of its name. */
const DIRECTING = /^(责成|指派|要求|命令|安排|督促|派出|带领|率领|会同|配合|通知|委托|协助)$/
/** 抄送市司法局, 报送市委政法委: a level word alone, or a level's committee, opens a body's name after a verb. */
const LEVEL_OPENING = /^([省市县区州旗盟]委?|[乡镇])$/

/** A people's congress or a political consultative conference: named for its place or level alone, never for other words. */
const CONGRESS_KIND = /^(人大|人民代表大会|政协)/

/** Kinds of body named for a place or a sponsor alone (城关派出所, 鼓楼区人民法院, 某某日报社, 某省公安厅). */
const PLACE_NAMED_KIND = /(法院|高院|中院|法庭|检察院|派出所|司法所|反诈中心|[省市县区州旗盟]委|政府|人大|人民代表大会|常委会|政协|居委会|村委会|居民委员会|村民委员会|监狱|看守所|拘留所|日报|晚报|报社|综治中心|综治办|警务室|警务站|检查站|办公室|党委|党组|公安厅|司法厅)$/

/** A count (三个, 4个, 17, 五次 of a session): never inside a name; an ordinal (第一), a date (五一) or a lone numeral (一中队, 万郡) may be. */
function isCount(w: Word): boolean {
  // (20余次, 百余名, 摘一句: what follows the figure, 余次 and 句, counts too.)
  return w.tag === 'mq' || (w.tag === 'm' && /^(\d+|[\d一二三四五六七八九十两百千万几]+[余多]?[个名支家所批余多许次串条件起项些群伙句份篇位场轮]|[许余多几][个名次件起项人批]?)$/.test(w.word))
}

/**
 * An idiom (齐抓共管) or a set phrase that opens with an adverb of manner (高度重视, 认真落实): a
 * clause's words, never a name's; other set phrases name things (人民调解, 生态环境).
 */
const isSetPhrase = (w: Word): boolean => w.word.length >= 4 && (w.tag === 'i' || (w.tag === 'l' && MANNER.test(w.word)) || mannerThenVerb(w.word))
/** 积极响应, 严格执法: an adverb of manner and a verb the dictionary keeps as one word under another tag. */
function mannerThenVerb(word: string): boolean {
  const manner = MANNER.exec(word)
  return manner !== null && manner[0].length < word.length && /^v/.test(words(word.slice(manner[0].length))[0]?.tag ?? '')
}
const MANNER = /^(紧紧|牢牢|始终|紧密|高度|积极|认真|全面|切实|大力|深入|坚决|持续|不断|扎实|主动|及时|严格|有效|广泛|充分|进一步)/

/**
 * True when the words between two kind words hold a count, a person's name or a clause: no name
 * chain runs across them (…大队共出动三个中队). Verbs right before a kind word do occur inside
 * names (禁毒支队, 网络犯罪侦查中队, 驻包头指导组).
 */
/** Verbs of acting together with another body (会同, 联合, 协同), whatever the dictionary tags them. */
const ACTING_TOGETHER = /^(会同|联合|协同|配合|联手|携手|协助|会商)$/

export function breaksChain(s: string): boolean {
  // …公安局110指挥中心: a service number names the centre, it counts nothing.
  if (s.length === 0 || /^\d{3,5}$/.test(s)) return false
  // (…公安局下辖的派出所, …所属的…: a clause that describes with 的 joins no name; 的 is in none.)
  if (s.includes('的')) return true
  // (某海关所属某缉私分局, 县公安局所属各派出所: a body said to belong to another, 所属 or 下属, is named after those words.)
  if (/^(所属|下属)/.test(s)) return true
  // (最高人民法院新时代人民法庭工作报告: an era, 新时代, is what the court's work is of, no child body's name.)
  if (/^新时代/.test(s)) return true
  // (…人民代表大会第三次会议上作法院工作报告: a session of a body, or what was said at a meeting, joins no name.)
  if (/第[一二三四五六七八九十\d]+次(?:全体|主任|常务)?会议|会议?上/.test(s)) return true
  // (…红十字会来监狱帮教: a verb of coming or going, alone between two bodies, is the clause's.)
  if (/^[来去到赴进回入往至]$/.test(s)) return true
  const ws = words(s)
  // (麻柳湾: a surname's character before a place's word is that place's.)
  // …分局董健峰用镜头记录派出所, …公安局乔燕采访拍摄指挥中心: a person's name, or a verb with more
  // words after it, is a clause between two bodies, not a link of one name.
  // A word right before the next kind word names it (王城派出所, 岳麓分局), whatever its tag.
  // …县政府高度重视县级综治中心: a set phrase (l, i) is a clause's too; …法制办分管领导任办公室: so is a post taken (任).
  // …派出所依托此中心: a pronoun after a verb points back to a body named before; it joins no name
  // (依干其派出所 is a place's name; so is 郭家 of 郭家派出所, a family's village, though 家 counts households.)
  // …调研组一行抵达监狱: a visiting party (一行) is followed by what it does; …法院以人民法庭为依托: a
  // preposition opens a clause; …禁毒办联合镇司法所: so does a verb before a level word.
  // …检察院紧紧围绕中心: an adverb of two characters or more is the clause's.
  // (…公安局会同县检察院: 会同, together with, which the dictionary tags a noun or joins to the level, is such a verb too.)
  // (…人大常委会班子和部分县乡人大: a conjunction, then a word that picks some of a class, lists two things;
  // 住房和城乡建设局 is one name.)
  return someWord(ws, (w, k) => isCount(w) || (w.tag === 'c' && /^(和|及|与|或|以及)$/.test(w.word) && /^(部分|全体|各|有关|相关|其他|其它)/.test(ws[k + 1]?.word ?? '')) || (/^(d|ad)$/.test(w.tag) && w.word.length >= 2) || w.word === '一行' || w.word === '暨' || w.tag === 'p' || ((/^v/.test(w.tag) || ACTING_TOGETHER.test(w.word)) && w.word.length >= 2 && LEVEL_OPENING.test(ws[k + 1]?.word ?? '')) || (ACTING_TOGETHER.test(w.word.slice(0, 2)) && LEVEL_OPENING.test(w.word.slice(2))) || ((w.tag === 'r' || /^[此该这那]$/.test(w.word)) && /^v/.test(ws[k - 1]?.tag ?? '') && ws[k - 1]!.word.length >= 2) || (w.tag === 'q' && !(k === ws.length - 1 && w.word === '家')) || isSetPhrase(w) || (w.word === '任' && k > 0) || (k < ws.length - 1 && s.length - w.end >= 2 && ((w.tag === 'nr' && !(w.word.length === 1 && ws[k + 1]!.tag === 'ns')) || (w.tag === 'v' && w.word.length >= 2 && !DRIVE_TARGET.test(w.word)))))
}

/** Tags of a single word that is plainly no one's name: verbs, adverbs, adjectives, nouns of things (强调, 座谈会). */
const NOT_A_NAME = /^(v|vd|vn|d|ad|a|an|b|p|c|u|r|m|q|f|t|s|nt|ns|nz|l|i)$/

/**
 * True when `s` is one dictionary word that is no person's name: 强调 after 书记 (郭书记强调),
 * 座谈会 after 院长. Two-character nouns stay possible names (高峰 is a word and a name).
 */
export function isOrdinaryWord(s: string): boolean {
  const ws = words(s)
  if (ws.length !== 1) return false
  const tag = ws[0]!.tag
  return NOT_A_NAME.test(tag) || (tag === 'n' && s.length >= 3)
}

/** True when the word starting `s` is a verb, preposition, adverb or conjunction: what follows a subject. */
export function opensPredicate(s: string): boolean {
  const first = words(s)[0]
  if (first === undefined) return false
  // (积极响应, a noun to the dictionary: a phrase that opens with an adverb of manner is a predicate too.)
  return /^(v|vd|p|d|ad|c)$/.test(first.tag) || (first.word.length >= 4 && /^(ad|d)$/.test(words(first.word.slice(0, 2))[0]!.tag))
}

/** True when `s` splits into words with a boundary `at` characters in (高度重视 has none at 2); its start is one. */
export function boundaryAt(s: string, at: number): boolean {
  return at === 0 || someWord(words(s), (w) => w.end === at)
}

/**
 * True when `s` is one word of the language, a person's name to the dictionary's tag though it may be
 * (朴素, 白发, 高峰 too): what a weak cue (群众, 干部) may be followed by without naming anyone.
 */
export function isCommonWord(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && (!/^nr/.test(ws[0]!.tag) || commonNameTagged!.has(s))
}

/** True when `s` is one dictionary word that is no person's name (全力, 高度), whatever its tag. */
export function isDictionaryWord(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && !/^nr/.test(ws[0]!.tag)
}

/**
 * Where a list's first item starts: after the last word of the clause before it whose tag `clauseTags` holds
 * (先后来到巴村: after 来到), as an offset in the item as written.
 */
export function firstItemOpening(item: string, clauseTags: RegExp): number {
  const ws = words(item)
  return ws[ws.findLastIndex((w, n) => n < ws.length - 1 && clauseTags.test(w.tag)) + 1]?.start ?? 0
}
