// Person mentions: names anchored by a title before or after them (所长刘浩, 习近平总书记), by
// speech (”王斌说), by lists (刘建伟、吴伟两名同志) and by bylines; a surname alone never makes a
// name. Masked names (刘某某) are kept, marked.
import { gazetteer } from './gazetteer.js'
import { boundaryAt, findWord, isCommonWord, isDictionaryWord, isOrdinaryWord, opensPredicate, someWord, words } from './segment.js'
import { CodeUnits, LEXICONS, MEASURE_KIND_WORDS, MEDIA_NAME, NO_PEOPLE_WORD, readLexicon, SuffixTrie, TITLES, Trie, UNIT_SUFFIX_ENDINGS, UNIT_SUFFIXES } from './lexicon.js'
import { mention, type RawMention, withFields } from './mentions.js'
import { allMatches, matchesAt } from './text.js'
import { isProcuratorateSection } from './units.js'
import { AFTER_NAME, LEADER_DOCTRINES, OFFICE_PEN_NAME, smallCount, STATION_KINDS } from './words.js'

/** Words written after a name (习近平总书记, 李忠团队: a team named after its leader, 杨秀荣老人). */
const AFTER_TITLES = ['总书记', '同志', '教授', '烈士', '警官', '主席', '团队', '老人', '先生', '女士']
/** Verbs of speech after a name (王斌说, 李明表示), as an alternation. */
const SPEECH_VERBS = '说道|说|如是说|表示|介绍|强调|指出|告诉记者|坦言|感慨|认为|回忆'
const SPEECH = new RegExp(`^(${SPEECH_VERBS})`)
/** 但找 (律师): a conjunction, preposition or adverb, then a verb, are words of a clause, no name before a post. */
function functionWordThenVerb(s: string): boolean {
  const ws = words(s)
  // (但能当: a verb after it, whatever follows, 但|能|当.)
  return ws.length >= 2 && ws[0]!.word.length === 1 && /^(c|p|d)$/.test(ws[0]!.tag) && /^v/.test(ws[1]!.tag)
}
/** Words of sequence or time that open a clause (首先, 随后, 会上): a name may follow them with no comma. */
const SEQUENCE_WORDS = '首先|随后|然后|其后|接着|最后|随即|会上|当天|当日'
const SEQUENCE_WORD_BEFORE = new RegExp(`(?:${SEQUENCE_WORDS})$`)
/** The same words read where they stand (sticky), as the loop over every character asks: no copy of the text at each. */
const SEQUENCE_WORD_AT = new RegExp(SEQUENCE_WORDS, 'y')
/** 接受, 同意, 批准: accepting or approving (接受某某辞去…职务的请求), read where they stand. */
const ACCEPTING = '接受|同意|批准'
const ACCEPTING_AT = new RegExp(ACCEPTING, 'y')
/** The last code units of words of an alternation: a pattern of them is tried only where one stands, most characters ending none. */
const lastUnitsOf = (alternation: string): CodeUnits => new CodeUnits(alternation.split('|').map((w) => w.charCodeAt(w.length - 1)))
const SEQUENCE_WORD_LAST = lastUnitsOf(SEQUENCE_WORDS)
const ACCEPTING_LAST = lastUnitsOf(ACCEPTING)
/** 开心地说, 激动地表示 (开心的说, as many write it): a word of manner, 地, then a verb of speech (a name before it is the speaker's). */
const MANNER_THEN_SPEECH = /^[\u4e00-\u9fff]{2}[地的](?:说(?![法明服])|表示|介绍|回忆)/
/**
 * What a person does at a meeting, right after a name that opens its clause (舒某主持会议, 李某出席并讲话;
 * 周某作省人民检察院工作报告: a body's work report, delivered to a congress by its head).
 */
const MEETING_ROLE = /^(?:主持(?:会议|召开|开展)?|出席(?:会议|活动|仪式|并讲话)|作(?:重要)?讲话|致辞|讲话[。，,]|作(?=[\u4e00-\u9fff]{2,16}?工作报告))/
/** A verb of speech that ends its clause (…说。, …表示：): what stands before it is the speaker whole. */
const SPEECH_CLOSING = /^(说道|说|表示|介绍|指出)[。，,：:！!]/
/** Verbs of telling or stating that follow a name directly (…告诉记者, …表示). */
const TOLD_AFTER = /^(告诉|表示|介绍|指出|透露|坦言|告知)/
/** Verbs of taking or leaving a post right after a name that opens a clause (黄志刚任…, 李国栋不再担任…, 王明被聘任为…, 李明当选为…). */
export const APPOINTMENT = /^(?:此前|曾|现|已|先后|后|同志)?(?:任|历任|担任|兼任|调任|升任|出任|就任|履新|转任|改任|不再担任|不再兼任|卸任|离任|辞去|提名为|当选为|被(?:聘任|聘请|聘|任命|选举|推选)为|被?调(?:往|入|到|至))(?!务|何|意|性)/
/** A profile's opening: a name at the start of a line, its sex maybe, and the month of birth or the age (甲，51岁，…). */
const PROFILE = /((?:^|\n)[ \u3000]*)([\u4e00-\u9fff·]{2,8})(?:[(（][男女][)）])?[，,](?:[男女][，,])?(?:[\u4e00-\u9fff]{1,3}族[，,])?(?:\d{4}年\d{1,2}月(?:出)?生|\d{1,3}岁[，,])/g
/** What follows the name of one who leads a gang: 为首 after 以, or the gang itself (…特大黑社会性质组织, …恶势力犯罪集团), after a name or a list of them. */
const GANG_AFTER_LEADER = /为首|为代表|(?=(?<listed>(?:、[\u4e00-\u9fff]{2,4})+为(?:首|代表)))|(?=(?:、[\u4e00-\u9fff]{2,8})*等?(?:\d+个|[一二三四五六七八九十]+个)?(?:特大|重大)?(?:涉黑涉恶|涉黑|黑社会性质|黑恶|恶势力|涉恶)(?:犯罪)?(?:组织|团伙|集团|案))/g
/** A word for a gang, one of which any sentence naming a gang after its leader holds. */
const GANG_WORD = /涉黑|黑社会性质|黑恶|恶势力|涉恶/
/** What may stand right before the name of a gang's leader: a division's last character, 以, a verb's particle, a list's mark. */
const GANG_LEADER_AFTER = /[省市县区州旗盟镇乡村以了对将把、]/
/** A bracket holding a body and a post or role, up to 40 characters (（某县公安局某派出所民警）); its contents. */
const BRACKETED_POST = /[(（]([\u4e00-\u9fff]{4,40})[)）]/g
/** A speaker opening a line, the posts in brackets, then a colon. */
const SPEAKER_WITH_POSTS = /((?:^|\n)[ \u3000]*)([\u4e00-\u9fff·]{2,8})(?=[(（][^()（）]{2,40}(?:长|书记|主任|委员|政委|员)[)）][:：])/g
/** A speaker's name alone opening a line, closed by a colon, what they said after it (丰某某：建议…). */
// (某地：治理合力激发活力: a headline opening with a place and a colon ends with no stop; what a speaker said does.)
const SPEAKER_LABEL = /((?:^|\n)[ \u3000\u00a0]*)([\u4e00-\u9fff]{2,3})(?=[ \u3000\u00a0]*[:：][ \u3000\u00a0]*[\u4e00-\u9fff“][\u4e00-\u9fff“、，,]{7}[^\n]*[。！？!?])/g
/** The doctrines named after a leader (…新时代中国特色社会主义思想, …理论, …法治思想). */
const DOCTRINE = new RegExp(`(?:${LEADER_DOCTRINES}|理论(?=[为和、，,。体])|思想(?=[为和、，,。]))`, 'g')
const TWO_CHARACTER_APPOINTMENT = /^(?:历任|担任|兼任|调任|升任|出任|转任|改任)$/
/** 任命许显辉为…厅长, 选举王强为…: a verb of appointing before a name, whose post follows 为. */
// (聘请甲、乙为…: a body engaging people names them so too, and several may be listed.)
const APPOINTING = '任命|提名|选举|推选|聘任|聘请'
const APPOINTED_LIST_CLOSE = String.raw`(?:[一二三四五六七八九十两\d]+[位名])?(?:同志)?`
export const APPOINTED = new RegExp(`(?:${APPOINTING})$`)
/** A verb of appointing and the names listed before one (任命甲、乙、). */
export const APPOINTED_LIST_BEFORE = new RegExp(`(?:${APPOINTING})(?:[\\u4e00-\\u9fff]{2,3}、){0,4}$`)
// (任命甲、乙、丙三位同志为…: a count of the people appointed may close the list.)
const APPOINTING_BEFORE_NAME = new RegExp(`(?:${APPOINTING})((?:[\\u4e00-\\u9fff]{2,3}、){0,4}[\\u4e00-\\u9fff]{2,3})${APPOINTED_LIST_CLOSE}为`, 'g')
/** The list of those appointed, after a name of it, up to the 为 before the post (、乙、丙三位同志为). */
export const APPOINTED_LIST_REST = new RegExp(`^(?:、[\\u4e00-\\u9fff]{2,3}){0,4}${APPOINTED_LIST_CLOSE}为`)
/** 甲、乙、丙三人担任…: names listed, counted as people and taking a post together. */
const COUNTED_BEFORE_APPOINTMENT = /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十两\d]+)(?:人|名|位)(?:同志)?(?=担任|出任|兼任|当选|任)/g
/**
 * 免去赵克志兼任的…职务, 免去李明同志…, 免去甲自治区政府副主席职务: a verb of removing from office before a name,
 * whose post follows (a level or a division opening the body whose post it was, and 职务 closing it).
 */
const REMOVING_BEFORE_NAME = /免去(?=[\u4e00-\u9fff]{2,3}(?:兼任|担任|同志|的|[\u4e00-\u9fff]{1,16}职务))/g
/** A level word opening a body named by its level (自治区政府, 省公安厅, 县委). */
export const LEVEL_OPENING = /^(?:自治区|自治州|省|市|县|区|州|旗)/
/** What follows the name removed from office: the post's word, or a body's level or division and 职务 closing the post. */
const removedPostAfter = (text: string, end: number): boolean =>
  /^(?:兼任|担任|同志|的)/.test(text.slice(end, end + 2)) || ((LEVEL_OPENING.test(text.slice(end, end + 3)) || gazetteer().at(text, end) !== undefined) && /^[\u4e00-\u9fff]{2,16}职务/.test(text.slice(end, end + 20)))
const COMPOUND = [...LEXICONS.surnames].filter((s) => s.length === 2)
/**
 * For each code unit, 1 when it is a surname of one character and 2 when it opens a compound one
 * (most characters open none, and are told so at once). Read by code, as the finders ask at almost
 * every character: a one-character string and a set lookup there cost more than the answer.
 */
const SURNAME_CODE = new Uint8Array(0x10000)
for (const s of LEXICONS.surnames) if (s.length === 1) SURNAME_CODE[s.charCodeAt(0)]! |= 1
for (const c of COMPOUND) SURNAME_CODE[c.charCodeAt(0)]! |= 2
const CJK = /[\u4e00-\u9fff]/

function surnameAt(text: string, i: number): number {
  const flags = SURNAME_CODE[text.charCodeAt(i)] ?? 0
  if ((flags & 2) !== 0 && COMPOUND.some((c) => text.startsWith(c, i))) return 2
  return flags & 1
}

/**
 * `周立云 黄宇琪 钱明`: a line of names alone, each a surname and one or two characters (three after a
 * compound surname), none a word of the dictionary: the writers of a piece credited with no role.
 */
export function isLineOfNames(line: string): boolean {
  // (□甲 乙 丙, 甲、乙, 甲+乙+丙: a byline's mark may open it, and 、 or plus signs may set the names apart.)
  const tokens = joinedPairs(line.trim().replace(/^[□■●◎▲◆★]\s*/, '').split(/[ \u3000]+|、|\s*[+＋]{1,2}\s*/))
  // (梁某峰王某翔: two names of three characters may run together, on a line of their own.)
  // (强化队伍建设, 江东社区现貌: not where a word runs across the cut.)
  const glued = tokens.length === 1 && /^[\u4e00-\u9fff]{6}$/.test(tokens[0]!) && looksLikeName(tokens[0]!.slice(0, 3)) && looksLikeName(tokens[0]!.slice(3)) && words(tokens[0]!).every((w) => w.end <= 3 || w.start >= 3)
  // (阴影 阴影: a word written twice on its line is a page's placeholder; names of one line differ.)
  return glued || (tokens.length >= 2 && tokens.length <= 6 && new Set(tokens).size === tokens.length && tokens.every(looksLikeName))
}

/** 蒋 君 郑 璐 姜梦晴: single characters set apart by spaces, taken two by two (a name spaced inside). */
function joinedPairs(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.length === 1 && tokens[k + 1]?.length === 1) out.push(tokens[k]! + tokens[++k]!)
    else out.push(tokens[k]!)
  }
  return out
}

/** 打造调解员实训基地: three characters after a post that end in a device's kind of two (基地, 平台) are the device's words, no name. */
const endsWithDeviceKind = (text: string, start: number, end: number): boolean => end - start >= 3 && MEASURE_KIND_WORDS.longestAt(text, end - 2, end)?.length === 2

/** A surname and one or two characters (three after a compound surname), no word of the dictionary. */
function looksLikeName(t: string): boolean {
  const surname = surnameAt(t, 0)
  return /^[\u4e00-\u9fff]+$/.test(t) && surname > 0 && t.length - surname >= 1 && t.length - surname <= 2 && !isOrdinaryWord(t) && ![...t].some((c) => NOT_GIVEN.has(c))
}

/** `李吉毅` alone on the last line of a piece: its writer, signing off. */
export function isSignOff(line: string): boolean {
  return looksLikeName(line.trim()) && !isDictionaryWord(line.trim())
}

/** Characters never in a given name here: pronouns and function words (交警和他所在…), and 市 (…其他成员和市级领导). */
const NOT_GIVEN = new Set([...'他她它们的了在和与是为所等各每个名位次将把被这那其之不也都就还又及或于部而此我你您咱市'])
/** Words for people by what they do or are (牧民, 被告人): no posts, but names follow them as they follow roles. */
const PEOPLE_NOUNS = LEXICONS.peopleNouns
/** 员 and 者 end words for people (巡查员, 指挥者): each a cue of its own, read when a word of the clause runs into it. */
const PEOPLE_SUFFIXES = ['员', '者']
/** Kin a name follows or is followed by (民警甲的妻子乙, 甲的妻子). */
const FAMILY = ['妻子', '丈夫', '爱人', '儿子', '女儿', '父亲', '母亲', '哥哥', '姐姐', '弟弟', '妹妹']
/** 某某妻子甲, 和丈夫乙: kin right before a name, with no 的 between, are a word for people too. */
const KIN_WORDS = [...FAMILY, '妻弟', '女婿', '儿媳', '儿媳妇', '媳妇', '婆婆', '公公', '岳父', '岳母', '老伴', '爷爷', '奶奶', '外公', '外婆', '孙子', '孙女', '侄子', '侄女', '外甥', '前妻', '前夫', '叔叔', '舅舅', '姑姑']
/** Roles no body's name holds (交通警察支队 holds 警察): cues for names, never cut from units' names as titles are. */
const ROLES_OUTSIDE_TITLES = ['警察', '人民警察', '移民管理警察', '移民警察', '干警', '法警', '协警', '片警', '人大代表', '大代表', '党代表', '政协委员', '人民监督员', '人民陪审员', '陪审员']
/** Roles rather than posts: many people hold them, and they stand before verbs as often as names. */
const ROLES = new Set([...PEOPLE_SUFFIXES, ...KIN_WORDS, '民警', '辅警', '交警', '刑警', '特警', '社区民警', '警官', '教官', '记者', '通讯员', '委员', '负责人', '同志', '英雄', '干部', '党员', '区领导', '市领导', '县领导', '省领导', '区级领导', '市级领导', '县级领导', '省级领导', ...ROLES_OUTSIDE_TITLES, ...PEOPLE_NOUNS])
/** The weaker cues: a name after them must be no word of the language, nor open with one (群众路线, 青年文明号). */
const WEAK_CUES = new Set([...PEOPLE_NOUNS, ...PEOPLE_SUFFIXES, ...KIN_WORDS])
/** Roles that come after a name, never before one (刘建伟同志, 刘海旺烈士). */
const AFTER_ONLY = new Set(['同志', '烈士', '英雄', '团队', '先生', '女士'])
/** What a name may follow: titles, and the words for people (a title wins where both start). */
const CUES = new Trie<string>()
for (const w of [...PEOPLE_NOUNS, ...PEOPLE_SUFFIXES, ...KIN_WORDS, ...ROLES_OUTSIDE_TITLES, ...LEXICONS.titles, '团队', '先生', '女士']) CUES.add(w, w)

/** Adverbs and verbs that often follow a subject, whose first character could end a given name (张磊成功破获…). */
const AFTER_SUBJECT = new Set(readLexicon('after-subject.txt'))

/** Surnames that are more often a preposition, a verb or a word's last character (向, 来, 谈, 查 of 交警查酒驾; 区 of 居民区), by code unit: nameAt asks at every candidate. */
const WORD_SURNAMES = new CodeUnits([...'向来谈闻由区年时和查'].map((c) => c.charCodeAt(0)))
/** True when the next item of a list after `at` (、人员管理、) is four characters or more, none of them a name's. */
function listedWithThings(text: string, at: number): boolean {
  const next = /^、([\u4e00-\u9fff]{4,8})(?=[、，,。；;等])/.exec(text.slice(at, at + 12))?.[1]
  return next !== undefined && words(next).every((w) => !/^nr/.test(w.tag))
}

/** True when a word of two characters or more that is no name, or a pronoun, starts at `i`. */
function wordOfTheLanguageAt(text: string, i: number): boolean {
  const next = words(text.slice(i, i + 4))[0]
  return next !== undefined && ((next.word.length >= 2 && !/^nr/.test(next.tag)) || /^r/.test(next.tag))
}

/** A name starting at i: surname + one or two characters; `undefined` when none fits. */
export function nameAt(text: string, i: number, to: number): { end: number; masked: boolean } | undefined {
  // (管一管, 查一查: a verb said twice around 一, "have a go at", is no surname and given name.)
  if (text[i + 1] === '一' && text[i + 2] === text[i]) return undefined
  const s = surnameAt(text, i)
  // 和人民, 于是: a surname character that is a function word here.
  if (s === 0 || (s === 1 && NOT_GIVEN.has(text[i]!))) return undefined
  // (广西籍朱女士: 籍 after a division says where someone is from; it is no surname there.)
  if (text[i] === '籍' && i > 0 && gazetteer().endingAt(text, i, Math.max(0, i - 10)) !== undefined) return undefined
  // 向媒体介绍, 向我县反馈, 谈收成: a surname that is also a preposition or verb, before a word of the
  // language or a pronoun, is that preposition or verb (向辉, 向华任… stay names).
  if (text.startsWith('某某', i + s) || text.startsWith('某', i + s)) return { end: i + s + (text.startsWith('某某', i + s) ? 2 : 1), masked: true }
  // (郭院长向秦院长介绍: so is one before another surname and its post, the post's holder called by it.)
  if (s === 1 && WORD_SURNAMES.has(text.charCodeAt(i)) && (wordOfTheLanguageAt(text, i + 1) || (surnameAt(text, i + 1) === 1 && TITLES.longestAt(text, i + 2) !== undefined))) return undefined
  // (主任由镇街书记担任: 由 before the post of whoever takes the post, 担任 closing the clause, is "by", no surname.)
  const takenBy = text[i] === '由' ? /^([^，,。；;]{2,10}?)(?:担任|兼任|出任|负责|牵头)/.exec(text.slice(i + 1, i + 14))?.[1] : undefined
  if (takenBy !== undefined && [...takenBy].some((_, k) => TITLES.longestAt(takenBy, k) !== undefined)) return undefined
  const a = text[i + s]
  const b = text[i + s + 1]
  // (民警管事率, 见警率: a word of the language and 率 after it name a rate, no one.)
  if (b === '率' && isDictionaryWord(text.slice(i, i + s + 1))) return undefined
  // (赵之达: 之 opens a given name where it makes no word with the next character, 之前 and 之一 being words.)
  const givenZhi = a === '之' && CJK.test(text[i + s + 1] ?? '') && !isDictionaryWord(text.slice(i + s, i + s + 2))
  // (钱和平: 和 opens a given name where the segmenter reads it and the next character as a name's word, 和平.)
  const he = a === '和' ? words(text.slice(i, i + s + 2)).at(-1) : undefined
  // (检察长张和林在会上…张和林强调: or where the three characters are written again, plainly closed as a name.)
  // (副市长田和友任…, 甲和平作…: or where the sentence plainly closes the three characters, the third no surname nor level.)
  const givenHe = (he !== undefined && /^(nz|nr)$/.test(he.tag) && he.word.length === 2) || (a === '和' && s === 1 && CJK.test(b ?? '') && (writtenElsewhereWhole(text, i, i + 3) || (surnameAt(text, i + 2) === 0 && !/[省市县区州旗盟乡镇村]/.test(b!) && plainlyEndsName(text, i + 3))))
  // (支队长柯其武说: 其 opens a given name where it makes no word with the surname, 尤其, nor with the next character, 其中,
  // and the sentence plainly closes the name after that character.)
  const givenQi = a === '其' && s === 1 && CJK.test(b ?? '') && !isDictionaryWord(text[i]! + a) && !isDictionaryWord(a + b!) && plainlyEndsName(text, i + 3)
  // (副院长王为国，: 为 opens a given name of two characters the sentence closes right after, where no verb follows
  // to make it "for"; 为国 though it makes.)
  const givenWeiFirst = a === '为' && s === 1 && CJK.test(b ?? '') && (CLAUSE_MARK.test(text[i + s + 2] ?? '') || text[i + s + 2] === '、')
  if (!a || !CJK.test(a) || i + s + 1 > to || (NOT_GIVEN.has(a) && !givenZhi && !givenHe && !givenQi && !givenWeiFirst) || TITLES.longestAt(text, i + s)) return undefined
  // 王明部署: a character never in a given name may open the word after a two-character one.
  // (院长王栋及各部门负责人: a conjunction that joins the next people or bodies closes it too.)
  // (县委书记某湘之强调: 之 ends a given name where it makes no word with the next character and the clause goes on
  // with a verb that follows subjects, or closes.)
  if (b === '之' && !isDictionaryWord(text.slice(i + s + 1, i + s + 3)) && !text.startsWith('所以', i + s + 2) && (AFTER_SUBJECT.has(text.slice(i + s + 2, i + s + 4)) || /^[说讲，,。：:]/.test(text[i + s + 2] ?? ''))) return { end: i + s + 2, masked: false }
  // (院长张大为向…: 为 right before a preposition, 为向, 为在, is a given name's, as it often is; 为 before a word, 为群众, is "for".)
  const givenWei = b === '为' && /[向在对就于从到将把被]/.test(text[i + s + 2] ?? '') && !isDictionaryWord(text.slice(i + s + 1, i + s + 3))
  if (b && NOT_GIVEN.has(b) && !AFTER_NAME.has(b) && !givenWei) return opensContentWord(text, i + s + 1) || /[及或此]/.test(b) ? { end: i + s + 1, masked: false } : undefined
  // 方志坚会见…: a character that often follows names (坚 of 坚持) still ends a given name when it
  // makes no word with the next one and a word that follows subjects comes right after it.
  // 彭开和，他…, 某开和、某某: a conjunction never stands before a clause mark or a list's, so there it ends the given name;
  // 甲和说, 乙和离开: nor before a verb of speech of one character or a verb of two.
  // (隋安等出席: a particle or a count never ends a given name, whatever follows; 王彬和出席 keeps 和.)
  // (张传发, written so again and again and never 张传 alone: a given name's last character, 发 of 发言 though it is;
  // 某求发在会上: so it is where it makes no word with the character after it.)
  // (民兵李进发：“…”: a character before a clause mark opens no word after the name, unless it is a verb of speech, 王明说：.)
  // (Asked by three tests below, each a scan of the text nearby: once, and only when one of them needs it.)
  let whole: boolean | undefined
  const writtenWhole = (): boolean => (whole ??= writtenElsewhereWhole(text, i, i + s + 2))
  // (副厅长庄天从⏎: nor does a line's end, after which no preposition's object can come.)
  const closedAfter = b !== undefined && (CLAUSE_MARK.test(text[i + s + 2] ?? '') || text[i + s + 2] === '\n') && !NEVER_ENDS_GIVEN.test(b) && !/[说讲问答道称笑喊叫哭想看听]/.test(b)
  // (黄文通告诉记者: a verb of telling right after the third character leaves it in the name, 通告 though it makes;
  // 黄明则指出: unless that character never ends a given name.)
  const afterNameChar = b !== undefined && !givenWei && !closedAfter && !(TOLD_AFTER.test(text.slice(i + s + 2, i + s + 4)) && !NEVER_ENDS_GIVEN.test(b)) && AFTER_NAME.has(b) && (NEVER_ENDS_GIVEN.test(b) || !(isDictionaryWord(text.slice(i + s + 1, i + s + 3)) === false && AFTER_SUBJECT.has(text.slice(i + s + 2, i + s + 4)))) && !(CONJUNCTION_CHAR.test(b) && (CONJUNCTION_NEVER_BEFORE.test(text.slice(i + s + 2, i + s + 4)) || (CONJUNCTION_IN_NAMES.test(b) && verbAfter(text, i + s + 2)))) && !(GIVEN_AFTER_NAME.has(b) && (alwaysWrittenWith(text, i, i + s + 1) || !isDictionaryWord(text.slice(i + s + 1, i + s + 3)))) && !writtenWhole()
  // 记者张三摄): the credit's 摄 closes the photographer's name.
  const three = b !== undefined && CJK.test(b) && !afterNameChar && !(b === '摄' && !CJK.test(text[i + s + 2] ?? '')) && i + s + 2 <= to && !TITLES.longestAt(text, i + s + 1)
  // (书记员某威坐上溜索: a verb of one character and its direction, 坐上, after two characters ends the name before them.)
  if (b !== undefined && /^[上下进出回过起]$/.test(text[i + s + 2] ?? '') && verbWithDirection(text.slice(i + s + 1, i + s + 4))) return { end: i + s + 1, masked: false }
  // (某琴阿姨, 某华大姐: a word of kin or courtesy after two characters ends the name before it; 甲、某明二人: so
  // does a count of people, 二人, 两名; 辅警某林第一时间…: and an ordinal, 第一.)
  // (某旬率调研组: so does 率 leading a group, 率队, 率调研组.)
  if (b !== undefined && COURTESY_OR_COUNT_AFTER_NAME.test(text.slice(i + s + 1, i + s + 5))) return { end: i + s + 1, masked: false }
  // (原副市长某竑受贿案: a third character that opens the charge of the case named after the person is the charge's.)
  // (Asked at almost every surname: the regular expression only where 案 is written ahead.)
  const ahead = b === undefined ? '' : text.slice(i + s + 1, i + s + 16)
  if (ahead.includes('案') && CHARGE_THEN_CASE.test(ahead)) return { end: i + s + 1, masked: false }
  // 张强跟他谈话, 李明和她: a preposition or conjunction before a pronoun ends a two-character name.
  // (院长许某向代表们介绍: so does one before people written with 们.)
  if (b !== undefined && /[跟和与同向对给]/.test(b) && (/[他她我你您]/.test(text[i + s + 2] ?? '') || /^[\u4e00-\u9fff]{1,3}们/.test(text.slice(i + s + 2, i + s + 6)))) return { end: i + s + 1, masked: false }
  // (刘某曾担任…: 曾, "once", before taking a post or a time is the clause's adverb, no given name's.)
  if (b === '曾' && /^(?:担任|任|兼任|先后|在|经|是|于|多次|获|被|作为|历任)/.test(text.slice(i + s + 2, i + s + 4))) return { end: i + s + 1, masked: false }
  // 马林关于…, 周岩宣布…: a word that follows subjects right after two characters ends the name there.
  // (田敏苦口婆心: so does an idiom of four characters.)
  // (张立强调查此案…张立强说: not when the three characters are written again where the third makes no word with the next.)
  if (three && (AFTER_SUBJECT.has(text.slice(i + s + 1, i + s + 3)) || idiomAt(text, i + s + 1)) && !writtenWhole()) return { end: i + s + 1, masked: false }
  // (民警某明手中接过: where the segmenter reads the third character with the next as a word of place, 手中, the
  // name is of two, unless written whole elsewhere.)
  if (three && segmentedAfterTwo(text, i, i + s + 1) && !writtenWhole()) return { end: i + s + 1, masked: false }
  // Prefer the length after which the sentence plainly goes on (刘浩, 已然…; 柯立文提出…).
  // (乙和离开: a conjunction's character before a verb is the name's last, as above.)
  if (three && ((endsName(text, i + s + 2) && !takesPost(text, i + s + 1)) || (CONJUNCTION_CHAR.test(b!) && verbAfter(text, i + s + 2)) || writtenWhole())) return { end: i + s + 2, masked: false }
  if (endsName(text, i + s + 1) && !givenWei) return { end: i + s + 1, masked: false }
  return three ? { end: i + s + 2, masked: false } : { end: i + s + 1, masked: false }
}


/** True when `s` is one word of the language that counts or points (许多, 这些, 各位), no surname and given name. */
function countOrPronoun(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && /^(m|mq|r|rz|ry)$/.test(ws[0]!.tag)
}

/** True when an idiom of four characters (苦口婆心, 语重心长) starts at `at`. */
function idiomAt(text: string, at: number): boolean {
  const w = words(text.slice(at, at + 4))[0]
  return w !== undefined && w.tag === 'i' && w.word.length === 4
}

/** A verb of one character, then its direction as a word of its own (坐/上, 走/进): what a clause does after a name. */
function verbWithDirection(s: string): boolean {
  const ws = words(s)
  return ws.length >= 2 && ws[0]!.word.length === 1 && ws[0]!.tag === 'v' && ws[1]!.word.length === 1 && /^(f|v)$/.test(ws[1]!.tag)
}

/** Words of kin or courtesy (某琴阿姨), a count of people (某明二人), or leading a group (某旬率调研组, 某旬率一、三中队), that follow a name: never part of it. */
const COURTESY_OR_COUNT_AFTER_NAME = /^(?:阿姨|大姐|大哥|大爷|大妈|大娘|师傅|老师|奶奶|爷爷|叔叔|伯伯|阿婆|阿公|[两二三四五六七八九十]+[人名位]|第[一二三四五六七八九十\d]|率(?:队|领|团|[\u4e00-\u9fff]{0,2}(?:组|团)|[一二三四五六七八九十]+[、中大]))/

const NEVER_ENDS_GIVEN = /[等们的了各个名位次将把被这那其之也都就还又或于在则]/
/** Characters that often open the word after a name (发言, 坚持, 通报) and often end a given name too. */
const GIVEN_AFTER_NAME = new Set([...'发坚通经获感深主提组'])

/**
 * True when [start, end) is written at least twice nearby, always followed by the same next character,
 * and once with a mark right after that character (张传发，…; 王明发表, 王明发言 never close there).
 */
function alwaysWrittenWith(text: string, start: number, end: number): boolean {
  const two = text.slice(start, end)
  const next = text[end]
  let count = 0
  let closed = false
  const limit = Math.min(text.length, end + NEARBY)
  for (let k = text.indexOf(two, Math.max(0, start - NEARBY)); k >= 0 && k < limit; k = text.indexOf(two, k + 1)) {
    if (text[k + two.length] !== next) return false
    closed ||= !CJK.test(text[k + two.length + 1] ?? '')
    count++
  }
  return count >= 2 && closed
}
/**
 * 柯求发出席…柯求发强调: True when the three characters [start, end) are written again nearby, plainly closed
 * there, and their last character makes no word with the next one (发强): that character is the name's.
 */
function writtenElsewhereWhole(text: string, start: number, end: number): boolean {
  const three = text.slice(start, end)
  // (崔庭说：…崔庭说: a verb of speech after two characters is never a name's third.)
  if (/[说讲问答道称笑喊叫哭想看听]/.test(three[2] ?? '')) return false
  const limit = Math.min(text.length, end + NEARBY)
  for (let k = text.indexOf(three, Math.max(0, start - NEARBY)); k >= 0 && k < limit; k = text.indexOf(three, k + 1)) {
    if (k !== start && (plainlyEndsName(text, k + 3) || AFTER_SUBJECT.has(text.slice(k + 3, k + 5))) && !isDictionaryWord(text.slice(k + 2, k + 4))) return true
  }
  return false
}
/** 郭先生, 王阿姨: honorific forms, no names (ONTOLOGY.md). */
// (某老: a surname and 老 is how an elder is called too.)
const HONORIFIC = /(先生|女士|小姐|大爷|大妈|大娘|阿姨|师傅|老师|同学|老板|大姐|大哥|大叔|大婶)$|^[\u4e00-\u9fff]老$/
const CONJUNCTION_CHAR = /[和与及同跟]/
/** The conjunctions given names end with (王彬和, 周正同); 与, 及 and 跟 end none, whatever verb follows (检察长甲乙与参会嘉宾座谈). */
const CONJUNCTION_IN_NAMES = /[和同]/
/** 乙和离开: a verb of two characters or more right after 和 makes it a name's, no conjunction (which joins nouns). */
const verbAfter = (text: string, at: number): boolean => {
  const w = words(text.slice(at, at + 4))[0]
  return w !== undefined && w.word.length >= 2 && w.tag === 'v'
}
/** What never follows a conjunction: a clause mark or a list's, or a verb of speech of one character (说, not 说明). */
const CONJUNCTION_NEVER_BEFORE = /^(?:[，,。；;：:！？!?、]|[说讲道称](?![明服法述号为]))/
const CLAUSE_MARK = /[，,。；;：:！？!?]/

/**
 * True when the segmenter, reading the name and the two characters after its second, reads its surname as a name's
 * and starts a word of place of two characters or more at `at` (手中, 身边, 面前).
 */
function segmentedAfterTwo(text: string, from: number, at: number): boolean {
  const ws = words(text.slice(from, at + 3))
  const next = findWord(ws, (w) => w.start === at - from)
  return next !== undefined && next.word.length >= 2 && /^(s|f)$/.test(next.tag) && /^nr/.test(ws[0]!.tag)
}

function endsName(text: string, at: number): boolean {
  const ch = text[at]
  return ch === undefined || !CJK.test(ch) || AFTER_NAME.has(ch) || NOT_GIVEN.has(ch) || TITLES.longestAt(text, at) !== undefined || AFTER_SUBJECT.has(text.slice(at, at + 2)) || takesPost(text, at)
}

/** 张伟任组长, 李华兼副局长: 任 or 兼 before a title is the verb of taking a post, not a given name. */
const takesPost = (text: string, at: number): boolean => (text[at] === '任' || text[at] === '兼') && (TITLES.longestAt(text, at + 1) !== undefined || POST_AHEAD.test(text.slice(at + 1, at + 10)))
/** 局长任中心办公室主任: a body and its post right after 任, within a few characters. */
const POST_AHEAD = /^[\u4e00-\u9fff]{1,6}?(办公室)?(主任|局长|组长|队长|所长|部长|院长|书记|指导员|教导员|政委|科长|庭长|检察长|站长|处长|厅长)/

/** 分管负责同志: true when a word starts at `s` (the start of the sentence always is one). */
const startsWord = (text: string, s: number, end: number, from: number): boolean => s <= from || boundaryAt(text.slice(Math.max(from, s - 2), end), s - Math.max(from, s - 2))

/**
 * Where a word of manner closed by 地 starts, when it starts inside the name read from `from` to `end` (柯明|敏锐地,
 * 曾|无奈|地); undefined when no 地 follows within a character, or the word before it is a name.
 */
function mannerAfter(text: string, from: number, end: number): number | undefined {
  const close = text[end] === '地' ? end : text[end + 1] === '地' ? end + 1 : -1
  if (close < 0) return undefined
  const ws = words(text.slice(from, close + 1))
  const last = ws.at(-1)!
  const word = last.word.length >= 2 ? last : ws.at(-2)
  return word && word.word.length >= 2 && !/^nr/.test(word.tag) && from + word.start < end ? from + word.start : undefined
}

/**
 * 网格巡查员甲, 案件指挥者乙: a cue of one character, 员 or 者, ends a word for people when a word of the
 * clause runs into it (not 或者, a conjunction, nor a division's name opening with 者).
 */
function endsWordForPeople(text: string, i: number, from: number): boolean {
  if (i <= from || !CJK.test(text[i - 1]!)) return false
  const ws = words(text.slice(Math.max(from, i - 3), i + 1))
  const last = ws.at(-1)!
  // (战前动员时指出, 全员参与: 员 of mobilising or of a body's whole staff, numbers gained or lost, is no person's role.)
  return !/^(c|d|r|m|f|p)$/.test(last.tag) && !STAFF_NOT_PERSON.test(last.word)
}
/** Words in 员 that name no person: mobilising, demobilising, a body's staff as a number. */
const STAFF_NOT_PERSON = /^(动员|复员|裁员|减员|全员|满员|超员|增员|扩员|冗员|缺员)$/

/** True when the words around `start`…`end` cross both its ends: a word runs into it and one out of it. */
function straddled(text: string, start: number, end: number, from: number, to: number): boolean {
  const left = Math.max(from, start - 2)
  const ws = words(text.slice(left, Math.min(to, end + 3)))
  return someWord(ws, (w) => left + w.start < start && left + w.end > start) && someWord(ws, (w) => left + w.start < end && left + w.end > end)
}

/** 白银区长安路设卡: a title (区长) whose first character ends a division's name written in full is no title. */
function endsDivision(text: string, i: number, from: number): boolean {
  if (!/[省市县区旗州盟]/.test(text[i] ?? '')) return false
  const place = gazetteer().endingAt(text, i + 1, from)
  return place !== undefined && place.values.some((v) => !v.short)
}

/** A stricter end: punctuation, a title, or a word that only follows a person (说, 在, 和, 带领…). */
function plainlyEndsName(text: string, at: number): boolean {
  const ch = text[at]
  // (…甲、乙及随行人员: 及 joins what follows; 及时 is a word of its own.)
  return ch === undefined || !CJK.test(ch) || /[说在和与等表介告带为对向]/.test(ch) || (ch === '及' && !isDictionaryWord(text.slice(at, at + 2))) || TITLES.longestAt(text, at) !== undefined || AFTER_SUBJECT.has(text.slice(at, at + 2)) || takesPost(text, at)
}

/** True when the text says, after one of its mentions, that `name` is made up (陈亮(化名)). */
function madeUp(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (/^[(（]化名[)）]/.test(text.slice(at + name.length, at + name.length + 4))) return true
  return false
}

function personMention(text: string, start: number, end: number, rule: string, masked: boolean): RawMention {
  const m = mention('Person', text, start, end, rule)
  // 陈亮(化名): a name the paper made up masks the real one, wherever the article writes it.
  // (一名叫姜某超的男子: a name with 某 after its surname is masked too, whatever rule read it.)
  // (吴犯、关犯等: and a prisoner called by the surname and 犯, as prisons write them.)
  if (masked || /^[(（]化名[)）]/.test(text.slice(end, end + 4)) || (text.includes('化名') && madeUp(text, text.slice(start, end))) || (end - start >= 2 && text.slice(start + 1, end).includes('某')) || (end - start === 2 && text[start + 1] === '犯')) m.masked = true
  return m
}

const UNIT_KINDS = new Set(LEXICONS.unitSuffixes)
/** Campaign and measure kind words (大比武, 大走访): what a post is followed by when no name is. */
const KIND_WORDS = new Set([...LEXICONS.campaignKinds, ...LEXICONS.measureKinds])

/**
 * ▲市公安局贵池分局董健峰用镜头记录…: a name written right after a unit, with no post between, that
 * the sentence plainly closes (a verb, a preposition or punctuation after it).
 */
/** What a visiting group comes to do (调研, 督导, 视察…). */
const COMING_TO_WORK = /^(调研|督导|视察|考察|检查|指导|开展|召开|参加|举办|交流|慰问|看望|宣讲|授课|巡视|巡察)/

/** 、谢家湾派出所 after a name: the name is a place listed before a station that shares its kind. */
const LISTED_BEFORE_STATION = new RegExp(`^(?:、[\\u4e00-\\u9fff]{2,4}?)+(?:${STATION_KINDS})`)

export function namesAfterUnits(text: string, units: readonly RawMention[], to: number): RawMention[] {
  const out: RawMention[] = []
  for (const u of units) {
    if (u.type !== 'Unit' || u.rule === 'unit:anaphora' || u.rule === 'unit:bare-suffix' || u.end >= to) continue
    // 沧滩社区警务室的黎志祥原是…: a name after the body and 的 is one of its people.
    // (肇东站派出所 某某, a line of credits: so is a name after the body and a space that closes its line.)
    const spaced = /^[ \u3000]+/.exec(text.slice(u.end, u.end + 8))?.[0].length ?? 0
    const afterDe = text[u.end] === '的'
    const from = afterDe ? u.end + 1 : u.end + spaced
    // (A paper before a space and a name is a byline's, read with the byline's rules.)
    if (spaced > 0 && (!lineEndsAfterName(text, from, to) || MEDIA_NAME.test(u.text))) continue
    const n = nameAt(text, from, to)
    if (!n || n.masked || TITLES.longestAt(text, from)) continue
    // 2 or 3 characters: the reading the sentence plainly closes, never a word of the language.
    for (const end of [n.end, n.end - 1]) {
      const name = text.slice(from, end)
      // 全力以赴, 高度重视: a name ends where a word ends, and the sentence goes on with a predicate.
      // 公安部门能…: the unit's kind word and the name must not make one word either.
      // …的黎志祥原是…: after 的, a word of status (原, 曾, 现) closes the name too.
      const closed = boundaryAt(text.slice(from, end + 4), end - from) && boundaryAt(text.slice(from - 2, end), 2) && (plainlyEndsName(text, end) || opensPredicate(text.slice(end, end + 4)) || (afterDe && /^(原|曾|现)/.test(text.slice(end, end + 1))))
      // 法院积极…, 法院向大会…: a predicate after the unit (a preposition and a word of the language), no name.
      if (name.length < 2 || !closed || !isPossibleName(name) || isDictionaryWord(name) || UNIT_SUFFIXES.longestAt(text, from, end + 2) || opensPredicateWord(text.slice(from, from + 4)) || (name.length === 3 && /^[向对在从为与和]/.test(name) && isDictionaryWord(name.slice(1)))) continue
      // 公安局荣获“…”, 党中央权威和…: two characters after a body, followed by a quote or a conjunction, are a verb or a noun.
      if (name.length === 2 && /^[“"和及]/.test(text.slice(end, end + 1)) && !namedAgain(text, from, end)) continue
      // …监狱全体监、企领导, …党委向新成立的…: a reading that opens with a word of the language (全体) or a preposition is none.
      const first = words(text.slice(from, end + 2))[0]
      if (first && !/^nr/.test(first.tag) && ((first.word.length === 2 && name.length === 3) || first.tag === 'p') && !namedAgain(text, from, end)) continue
      // 分局杨家坪、谢家湾派出所民警: a place listed before a station, no person.
      if (LISTED_BEFORE_STATION.test(text.slice(end, end + 16))) continue
      // (…警务室阳光调解室: a word right before a room's or a body's kind names the room, no person.)
      if ((UNIT_SUFFIXES.longestAt(text, end) || MEASURE_KIND_WORDS.longestAt(text, end)) && !TITLES.longestAt(text, end)) continue
      // (某报社曾牵头举办: 曾, once, before a verb the segmenter reads whole is the adverb, no surname.)
      if (text[from] === '曾' && name.length === 3 && adverbThenVerb(name) && !namedAgain(text, from, end)) continue
      // (调入某监狱任秘书: 任 before a post is taking it, no surname.)
      if (text[from] === '任' && TITLES.longestAt(text, from + 1, end)?.length === end - from - 1) continue
      // 新华社某地12月7日电: the place of a sender's dateline, no person.
      if (/^\s*\d{1,2}月\d{1,2}日(?:电|讯)/.test(text.slice(end, end + 10))) continue
      // 调研组来长调研, 督导组赴渝督导: coming to a city written by its one-character short name, no person.
      if (name.length === 2 && /^[来赴抵]/.test(name) && COMING_TO_WORK.test(text.slice(end, end + 2)) && !namedAgain(text, from, end)) continue
      // 法院的王法, 局的工作: after 的, only a name the segmenter reads as one (or the article writes again).
      if (afterDe && !(/^nr/.test(words(name)[0]?.tag ?? '') || namedAgain(text, from, end))) continue
      out.push(personMention(text, from, end, 'person:after-unit', false))
      break
    }
  }
  return out
}

/** 曾牵头: an adverb, then one verb the segmenter reads whole, and nothing more. */
function adverbThenVerb(s: string): boolean {
  const ws = words(s)
  return ws.length === 2 && ws[0]!.tag === 'd' && /^v/.test(ws[1]!.tag)
}

/** 河长, 林长, 田长: the chief of a river, a forest or a field, a post like a head's, which a surname's character may open. */
const CHIEF_OF_A_RESOURCE = /^[河湖林田路街山巷楼库渠]长$/

/**
 * Verbs that list the holders of a post after it (局长包括甲、乙, 组长分别为甲、乙), and the words for one put up
 * for it (副检察长提名人选甲, 院长候选人乙): the names come after them.
 */
const LISTING_HOLDERS = /^(?:包括|分别是|分别为|依次为|依次是|先后是|先后为|提名人选|拟任人选|候选人|人选)/

/** True when a verb, preposition or conjunction of two characters or more opens at `at`, a surname right after it (包括甲…). */
function verbBeforeSurname(text: string, at: number): boolean {
  const first = words(text.slice(at, at + 4))[0]
  return first !== undefined && first.word.length >= 2 && /^(v|p|c)$/.test(first.tag) && surnameAt(text, at + first.word.length) > 0
}

/** Coming to a province written by its one-character short name (来陕, 赴港, 到沪): a trip, no name. */
const TRIP_TO_PROVINCE = /^[来赴到抵回]([京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕秦甘陇青宁新港澳台蒙])$/

/** What one comes somewhere to do: look into, inspect, guide, visit. */
const VISIT = /^(?:调研|考察|视察|指导|督导|检查|走访|慰问|看望|交流|参观|座谈|宣讲|授课|办案)/
/**
 * 副检察长来某调研: coming to a city written by its one character, then what one came to do, is a trip, no
 * name (a city's short names are too many to list; the verb after them says it).
 */
function tripTo(text: string, start: number, end: number): boolean {
  return end - start === 2 && /^[来赴到抵回]/.test(text[start]!) && VISIT.test(text.slice(end, end + 2))
}

/** 和参战, 和物业: a conjunction, then a word of the dictionary of two characters that names no one. */
function conjunctionBeforeWord(s: string): boolean {
  if (s.length !== 3 || !/^[和与及或]/.test(s)) return false
  const w = words(s.slice(1))[0]!
  return w.word.length === 2 && !/^nr/.test(w.tag)
}

/** 全覆盖, 全到位: 全 and a verb of two characters, what is done to the whole. */
function wholeDone(s: string): boolean {
  if (s.length !== 3 || s[0] !== '全') return false
  const rest = words(s.slice(1))
  return rest.length === 1 && /^v/.test(rest[0]!.tag)
}

/**
 * 局长简要做了总结, 民警邓说, 民警包片: a word of manner and a verb of one character, a surname and a verb of speech,
 * or a verb of taking charge of a village or a block, read where a name would stand after a post.
 */
function clauseAfterPost(s: string): boolean {
  if (s.length > 3) return false
  if (/^包[村户片点组街区乡镇]$/.test(s)) return true
  const ws = words(s)
  if (ws.length !== 2 || ws[1]!.word.length !== 1 || ws[1]!.tag !== 'v') return false
  return (s.length === 3 && /^(a|ad|d)$/.test(ws[0]!.tag)) || (s.length === 2 && /[说讲称问答]/.test(s[1]!))
}

/** True when the segmenter reads the last two of three characters and the courtesy after them as one word (对江组|刘先生). */
function surnameCourtesy(s: string): boolean {
  return boundaryAt(s, 2) && !boundaryAt(s, 3)
}

/** No unit's or drive's kind word, and no word of the language (安心, 管理, 支队). */
function isPossibleName(s: string): boolean {
  // 主任来到桃源县: a word that follows subjects opens no name; 常务副县长: nor does a post's modifier.
  // (总书记殷殷嘱托: a character written twice, 殷殷, is a word of manner.)
  // (钟叔, 李姨, 李奶奶, 李先生: a surname and a word of kin or courtesy is how one is called, no name, ONTOLOGY.md.)
  // (楼纳村法官工作点: three characters ending in 村, 乡 or 镇 are a settlement's name.)
  // (巴音朝鲁, 扎西: a name of known Mongolian or Tibetan parts, a place's word to the dictionary though it is.)
  // (民警来啦: a particle of speech, 啦 or 吧, ends a clause, never a name.)
  // (陈姓女士: a surname and 姓 say only what someone is called, 'a woman surnamed Chen'; 全警: 全 before a
  // word for a force or a body says all of it; 田长, 林长: a resource's chief; 公诉科: a procuratorate's section.)
  // (来陕考察, 赴港: coming to a province written by its one-character short name; 边走边介绍: a verb between two
  // 边 is what one does meanwhile; 和参战民警, 和物业: a conjunction before a word of the dictionary joins a second group.)
  // (某报全媒体记者: 全 or 融 before 媒 is a medium's word for its reporters.)
  // (调解员全覆盖: 全 before a verb of two characters says the whole of them is covered, no name.)
  // (云南团、新疆团: a province's short name and one character more name a delegation or a body of it, no person.)
  // (检察官那天起: a pronoun of two characters or more, 那天, opens a clause, no name.)
  return !/[啦吧呢吗嘛呀哦]$/.test(s) && !clauseAfterPost(s) && !provinceAndOne(s) && !wholeDone(s) && !TRIP_TO_PROVINCE.test(s) && !/^边[\u4e00-\u9fff]边$/.test(s) && !conjunctionBeforeWord(s) && !(s.length === 2 && s[1] === '姓') && !/^全(警|员|体|部|队|局|院|所)$|^[全融]媒/.test(s) && !CHIEF_OF_A_RESOURCE.test(s) && !UNIT_KINDS.has(s) && !isProcuratorateSection(s) && !KIND_WORDS.has(s) && (!isOrdinaryWord(s) || ofKnownParts(s) || TIBETAN_NAME_PARTS.has(s)) && !AFTER_SUBJECT.has(s.slice(0, 2)) && !POST_MODIFIERS.has(s) && !(s.length === 2 && s[0] === s[1]) && !(s.length === 2 && /[叔伯姨婶嫂]/.test(s[1]!)) && !/(奶奶|爷爷|叔叔|伯伯|阿姨|婆婆|大爷|大妈|大姐|大哥|先生|女士|小姐)$/.test(s) && !(s.length === 3 && /[村乡镇]$/.test(s)) && !opensWithPronoun(s)
}

/** True when the segmenter reads `s` as opening with a pronoun of two characters or more (那天, 这里). */
function opensWithPronoun(s: string): boolean {
  const first = words(s)[0]
  return first !== undefined && first.tag === 'r' && first.word.length >= 2
}

/** True when `s` is a province's short name of two characters and one character more (云南团). */
function provinceAndOne(s: string): boolean {
  if (s.length !== 3) return false
  const m = gazetteer().at(s, 0)
  return m?.length === 2 && m.values.some((v) => v.short && v.place.level === 'province')
}

/**
 * 教导员徐洋说: a surname and one or two characters that the dictionary holds as a place's word (徐洋) are a
 * name after a post, unless they name a division.
 */
function placeWordAsName(s: string): boolean {
  const ws = words(s)
  return ws.length === 1 && /^ns$/.test(ws[0]!.tag) && surnameAt(s, 0) === 1 && gazetteer().at(s, 0) === undefined
}

/** Words that qualify a post (常务副县长, 专职副书记): no names. */
const POST_MODIFIERS = new Set(['常务', '专职', '兼职', '驻会', '挂职', '执行', '名誉', '首席', '分管', '主管'])

/** 某县, 某县党委: a division's full name, alone or with one character after it. */
function writtenAsDivision(item: string): boolean {
  const division = gazetteer().at(item, 0)
  return division !== undefined && division.length >= item.length - 1 && division.values.some((v) => !v.short)
}

/** Names joined by 、 after a first name ending at `at` (…张波、谈稳、陈泽前往): each a surname and one or two characters. */
/** Two or three characters between a list's marks that make no word of the language, nor a post. */
function delimitedName(text: string, at: number, to: number): { end: number; masked: false } | undefined {
  const item = /^[\u4e00-\u9fff]{2,3}(?=[、，,。；;\n])/.exec(text.slice(at, Math.min(to, at + 4)))?.[0]
  // (周之栋: 之 or 其 in the middle of three characters after a surname is a given name's, as it often is.)
  const given = (c: string, k: number) => !NOT_GIVEN.has(c) || (k === 1 && item!.length === 3 && /[之其]/.test(c) && surnameAt(item!, 0) === 1)
  return item && !isDictionaryWord(item) && !TITLES.longestAt(item, 0) && [...item].every(given) ? { end: at + item.length, masked: false } : undefined
}

function listAfter(text: string, at: number, to: number): RawMention[] {
  const out: RawMention[] = []
  // 、副庭长皇甫延玉: an item opening with a post is read from its post (、快递小哥张白杨: or a word for people).
  while (text[at] === '、' && !TITLES.longestAt(text, at + 1, to) && !CUES.longestAt(text, at + 1, to)) {
    // (…杨凤一、\n杨冠军: a list a line break cuts after its mark goes on.)
    if (text[at + 1] === '\n' && CJK.test(text[at + 2] ?? '')) at++
    // 王泰鹏、仉锁忠、…: an item of a rare surname the list does not know is read whole between its marks.
    const read = nameAt(text, at + 1, to)
    const n = read && /[、，,。；;等\n]/.test(text[read.end] ?? '') ? read : (delimitedName(text, at + 1, to) ?? read)
    // 、原市烟草局局长…: an item the sentence does not plainly close is the start of something else.
    // …、桑金鹏驾驶警车: the list's last name may be followed by the verb of the sentence.
    // (、公诉厅副厅长乙: an item that ends in a body's kind before a post is that body, its post holder named after.)
    if (!n || n.masked || !isPossibleName(text.slice(at + 1, n.end)) || !(/[、，,。；;等]/.test(text[n.end] ?? '') || plainlyEndsName(text, n.end) || (n.end - at - 1 === 3 && opensPredicate(text.slice(n.end, n.end + 4)))) || (/[厅局院处科室部委办所队庭]$/.test(text.slice(at + 1, n.end)) && TITLES.longestAt(text, n.end, to) !== undefined)) break
    // (…、甲乙正利用…: the list's last name of three characters whose third is an adverb before the verb, 正, is a name of two.)
    const end = !namedAgain(text, at + 1, n.end) && opensPredicate(text.slice(n.end, n.end + 4)) ? beforeAdverb(text, at + 1, n.end) : n.end
    out.push(personMention(text, at + 1, end, 'person:list', false))
    at = end
  }
  return out
}

/** Adverbs of one character that stand between a subject and its verb (正利用, 也参加, 都表示). */
const ADVERB_BEFORE_VERB = /^[正在将也都就还又才已]$/

/** Where a name of three characters read at `start` ends when its third is such an adverb: a name of two. */
function beforeAdverb(text: string, start: number, end: number): number {
  return end - start === 3 && ADVERB_BEFORE_VERB.test(text[end - 1]!) && isPossibleName(text.slice(start, end - 1)) ? end - 1 : end
}

const JOINING = /[和与及]/
/** What closes the second of two names joined by 和: a count of them (两人), 等, a time of day the pair set out at (一大早), or a plain end. */
const PAIR_CLOSED = /^(?:[两二]人|二位|两位|等|一大早|一早)/

/** The name right after a 和 that joins it to a first one (陈浩和谢璘童两人), when the sentence plainly closes it. */
function joinedName(text: string, at: number, to: number): RawMention | undefined {
  // (民警韩东和巴特尔·吾木尔: a transliterated name is left to its own rule.)
  // (网格员甲及时发现: a conjunction that makes a word with the character after it, 及时, joins no name.)
  if (text.slice(at, at + 8).includes('·') || isDictionaryWord(text.slice(at - 1, at + 1))) return undefined
  const n = nameAt(text, at, to)
  if (!n || n.masked) return undefined
  // (…和丙赴现场: a reading of three whose third character opens the verb, or is a verb of its own, 赴, is a name of two.)
  const third = n.end - at === 3 && !namedAgain(text, at, n.end) ? words(text.slice(n.end - 1, n.end + 3))[0] : undefined
  const end = third && ((opensPredicateWord(text.slice(n.end - 1, n.end + 3)) && predicateAfterName(text, at, n.end - 1)) || (third.word.length === 1 && third.tag === 'v')) ? n.end - 1 : n.end
  const name = text.slice(at, end)
  const closed = PAIR_CLOSED.test(text.slice(end, end + 3)) || plainlyEndsName(text, end) || predicateAfterName(text, at, end)
  return closed && isPossibleName(name) && !isDictionaryWord(name) && !isDictionaryWord(name.slice(0, 2)) ? personMention(text, at, end, 'person:list', false) : undefined
}

/** True when a name of two to four characters starting at `at` is the last thing on its line. */
function lineEndsAfterName(text: string, at: number, to: number): boolean {
  // …副所长 丁海云：巡逻途中…: an interview's speaker, set apart by a space and closed by a colon.
  const m = /^[\u4e00-\u9fff·]{2,8}[ \u3000]*(\n|$|[:：])/.exec(text.slice(at, Math.min(to + 1, at + 12)))
  return m !== null || /^[\u4e00-\u9fff·]{2,4}$/.test(text.slice(at, to))
}

/** A transliterated name: parts of two to six characters joined by · (阿不都热依木·买买提). */
const DOTTED = /^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{2,6}){1,2}/

/** The end of a transliterated name at `at`: its last part stops where the sentence goes on (…买买提每天). */
function dottedNameEnd(text: string, at: number, to: number): number | undefined {
  const m = DOTTED.exec(text.slice(at, Math.min(to, at + 24)))
  if (!m) return undefined
  const last = at + m[0].lastIndexOf('·') + 1
  const ends = Array.from({ length: at + m[0].length - last - 1 }, (_, k) => last + 2 + k)
  // Such parts hold characters that end Han names (提 in 买买提): first look for a plain end, or a
  // verb of the clause after the last part (…托依洪得知此事).
  // (胡某·某某潘,58岁: the last part's characters, no further: a mark after them is no part of it.)
  const closed = closedEnd(text, at, last - 1, Math.min(to, at + m[0].length))
  if (closed !== undefined) return closed
  const plain = ends.find((end) => plainlyEndsName(text, end) || /[每到是对向为从]/.test(text[end] ?? ''))
  const beforeClause = dottedEndBeforeClause(text, last - 1, to)
  const first = Math.min(plain ?? Infinity, beforeClause !== undefined && beforeClause <= at + m[0].length ? beforeClause : Infinity)
  return Number.isFinite(first) ? first : (ends.find((end) => endsName(text, end)) ?? at + m[0].length)
}

/**
 * 庭长某某·托合特别克将…, 某某·托合特别克供图: the longest reading of a transliterated name (its last part two to
 * six characters) that the text writes closed by a credit, or elsewhere by a clause mark, wins over a word the
 * segmenter reads inside the last part (特别).
 */
function closedEnd(text: string, start: number, dot: number, to: number): number | undefined {
  for (let end = Math.min(to, dot + 7); end >= dot + 3; end--) if (writtenClosed(text, start, end)) return end
  return undefined
}

/** True when `text[start, end)` is closed by a credit (供图, 摄) here or anywhere, or elsewhere by no Han character at all. */
function writtenClosed(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end)
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
    const after = text.slice(k + name.length, k + name.length + 2)
    if (/^(?:供图|摄)/.test(after) || (k !== start && !CJK.test(after[0] ?? ''))) return true
  }
  return false
}

/** 劝散了, 赶走了: a verb and its result, then 了 or 过, start the clause after a name. */
const RESULTATIVE = /^[\u4e00-\u9fff][散开走住掉倒退回出离跑醒完][了过]/

/** …赛依提阿洪测量血压, …吐尔荪阿洪家, …托合提一起: a transliterated last part ends before a verb or a word of the clause (一起, 两人). */
function dottedEndBeforeClause(text: string, dot: number, to: number): number | undefined {
  for (let k = dot + 3; k <= Math.min(to, dot + 7); k++) {
    // (…木哈布勒说，: a verb of speech before a clause mark closes the name too; so does a photo credit's 摄 at a line's end.)
    if (/[每到是对向为从家的在和等，,。、；;：:”]/.test(text[k] ?? '') || RESULTATIVE.test(text.slice(k, k + 3)) || /^[说讲道][，,。：:]/.test(text.slice(k, k + 2)) || /^摄(?:\s|$|[。)）])/.test(text.slice(k, k + 2))) return k
    const [next, after] = words(text.slice(k, k + 4))
    if (next && next.word.length >= 2 && /^(v|vn|d|p|m)$/.test(next.tag)) return k
    // (…沙力紧紧握着, …买买提攥着: a doubled word of manner, or a verb of one character with its aspect word, opens the clause.)
    if (next && ((text[k] === text[k + 1] && /^(a|d|ad)$/.test(next.tag)) || (next.word.length === 1 && next.tag === 'v' && /^u[lzg]$/.test(after?.tag ?? '')))) return k
  }
  return undefined
}

/** Words of the language that may stand right before a name: prepositions, conjunctions, particles, pronouns, localizers. */
const BEFORE_NAME_TAG = /^(p|c|u|uj|r|f)$/

/**
 * 某分院的扎西平措还有两名民警: a Tibetan name of two known parts, opened by a mark or a joining word and
 * closed as a name is, names a person with no post or verb of speech beside it.
 */
export function tibetanNameMentions(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  for (let i = from; i + 4 <= to; i++) {
    // (Most characters open no part: only those that do are sliced and looked up.)
    if (!TIBETAN_PART_OPENINGS.has(text.charCodeAt(i)) || !TIBETAN_NAME_PARTS.has(text.slice(i, i + 2)) || !tibetanName(text.slice(i, i + 4))) continue
    // (尼玛县, 扎西村: the parts naming a place are no person; a third part makes a longer name, read with its cue.)
    if ((i > from && !/[的和与及、，,：:“\s]/.test(text[i - 1]!)) || /[县乡镇村市区州]/.test(text[i + 4] ?? '') || namedByKnownParts(text, i, to)?.end !== i + 4) continue
    out.push(personMention(text, i, i + 4, 'person:tibetan-name', false))
    i += 3
  }
  return out
}

/**
 * 为牧民阿曼古丽·赛依提阿洪测量血压: a transliterated name needs no cue, its · says what it is. It
 * starts after the words of the language before it (为, 牧民) and ends where the sentence goes on;
 * a paper and its app (某某日报·某某云) or a body's name is none.
 */
/** Where the first word for people or post of two characters or more starts in [from, to), if any. */
function cueInside(text: string, from: number, to: number): number | undefined {
  for (let k = from; k < to - 1; k++) if ((CUES.longestAt(text, k, to)?.length ?? 0) >= 2) return k
  return undefined
}

export function dottedMentions(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  for (let i = from + 2; i < to - 2; i++) {
    if (text.charCodeAt(i) !== 0xb7 || !CJK.test(text[i - 1]!) || !CJK.test(text[i + 1]!) || out.some((m) => m.end > i)) continue
    let left = i
    while (left > from && i - left < 12 && CJK.test(text[left - 1]!)) left--
    // From the dot back, over the name's pieces, to the first word of the language.
    let start = i
    for (const w of words(text.slice(left, i)).toReversed()) {
      if (w.word.length === 1 ? BEFORE_NAME_TAG.test(w.tag) : !/^(nr|nrt|nrfg|ns)$/.test(w.tag)) break
      start = left + w.start
    }
    const read = i - start >= 2 ? closedEnd(text, start, i, to) ?? dottedEndBeforeClause(text, i, to) ?? dottedNameEnd(text, start, to) : undefined
    // (某某·某某老人: a word for people or a post after the last part, two characters on at least, is no part of the name.)
    const end = read === undefined ? undefined : (cueInside(text, i + 3, read) ?? read)
    const name = end === undefined ? '' : text.slice(start, end)
    // (红心映警蓝·图平安品牌, 清四乱·保护母亲河, 青春兴晋·奋斗有我: a slogan set off by a dot holds words of quality or
    // action, counts or pronouns, which no transliterated name does.)
    // (“亮剑·靖边”打击…专项行动: a dotted name quoted whole is a drive's or a brand's, no person's.)
    // (“某某山海·某某检察”: nor one inside a quotation that closes a few characters on.)
    const opened = text.lastIndexOf('“', start - 1)
    const quotedWhole = end !== undefined && opened >= 0 && start - opened <= 8 && text.lastIndexOf('”', start - 1) < opened && /^[\u4e00-\u9fff]{0,6}”/.test(text.slice(end, end + 7))
    if (end === undefined || quotedWhole || MEDIA_NAME.test(name.slice(0, name.indexOf('·'))) || UNIT_SUFFIX_ENDINGS.longestEndingAt(name, name.length, 0) || /记者/.test(text.slice(end, end + 3)) || name.split('·').some((part) => /[一二三四五六七八九十两百千万我你您咱]/.test(part) || words(part).some((w) => w.word.length >= 2 && /^(a|an|v|vn)$/.test(w.tag)))) continue
    out.push(personMention(text, start, end, 'person:transliterated', false))
  }
  return out
}

/**
 * A name with no Han surname after a post (书记扎西顿珠出席…, later 扎西顿珠强调): three to five
 * characters up to where the sentence plainly goes on, taken only when the article writes it again.
 */
/** A Mongolian or Tibetan name of known parts at `at`, read whole wherever it stands. */
function namedByKnownParts(text: string, at: number, to: number): { end: number; masked: false } | undefined {
  // 孟和吉雅, 阿拉坦仓, 朝格图: a Mongolian name of known parts is read whole too, the longest first.
  for (const end of [at + 5, at + 4, at + 3]) {
    if (end <= to && mongolianName(text.slice(at, end)) && (plainlyEndsName(text, end) || AFTER_SUBJECT.has(text.slice(end, end + 2)) || opensPredicate(text.slice(end, end + 4)))) return { end, masked: false }
  }
  // (辅警苏和立即…: a name of one known part of two characters, which may hold one that ends Han names, 和,
  // where a mark, a verb of speech or the predicate closes it.)
  if (at + 2 <= to && MONGOLIAN_NAME_PARTS.has(text.slice(at, at + 2)) && (plainlyEndsName(text, at + 2) || SPEECH.test(text.slice(at + 2, at + 8)) || opensPredicate(text.slice(at + 2, at + 6)))) return { end: at + 2, masked: false }
  // Its parts may hold characters that end Han names (让 in 才让多杰): a known Tibetan name is read whole.
  // (索南拉毛时: after two known parts, any word but a third part ends it.)
  if (at + 4 <= to && tibetanName(text.slice(at, at + 4)) && (plainlyEndsName(text, at + 4) || AFTER_SUBJECT.has(text.slice(at + 4, at + 6)) || opensPredicate(text.slice(at + 4, at + 8)) || !TIBETAN_NAME_PARTS.has(text.slice(at + 4, at + 6)))) return { end: at + 4, masked: false }
  const part = text.slice(at, at + 2)
  if (at + 2 > to || !TIBETAN_NAME_PARTS.has(part)) return undefined
  // 所长格桑卓堆说: a known part and two more characters no word of the language, closed by a verb of speech or plainly, are one name.
  const rest = text.slice(at + 2, at + 4)
  if (at + 4 <= to && [...rest].every((ch) => CJK.test(ch) && !NOT_GIVEN.has(ch) && !AFTER_NAME.has(ch)) && !isDictionaryWord(rest) && !TITLES.longestAt(rest, 0) && (SPEECH.test(text.slice(at + 4, at + 10)) || plainlyEndsName(text, at + 4))) return { end: at + 4, masked: false }
  // 所长次旺说: a name of one known part, where a mark closes it, or a verb of speech (局长扎西介绍, though 扎西 is a place's word too).
  // (民警洛桑与某某: or a conjunction joining another name after it.)
  // (民警扎西帮助…: or a verb or an adverb opening the predicate, a word of two characters or more that is no third part.)
  const predicateAfter = () => {
    const w = words(text.slice(at + 2, at + 6))[0]
    return w !== undefined && w.word.length >= 2 && /^(v|vd|d|ad)$/.test(w.tag) && !TIBETAN_NAME_PARTS.has(text.slice(at + 2, at + 4))
  }
  if (SPEECH.test(text.slice(at + 2, at + 8)) || (!isDictionaryWord(part) && (!CJK.test(text[at + 2] ?? '') || (/^[与和及同]$/.test(text[at + 2] ?? '') && !isDictionaryWord(text.slice(at + 2, at + 4))))) || predicateAfter()) return { end: at + 2, masked: false }
  return undefined
}

function unrootedNameAt(text: string, at: number, to: number): { end: number; masked: false } | undefined {
  const known = namedByKnownParts(text, at, to)
  if (known) return known
  // 执行主席朗杰、王定邦、吕刚: the first of a post's list of names needs no Han surname when two names follow it.
  for (const end of [at + 2, at + 3]) {
    const first = text.slice(at, end)
    if (end <= to && text[end] === '、' && [...first].every((ch) => CJK.test(ch) && !NOT_GIVEN.has(ch) && !AFTER_NAME.has(ch)) && !TITLES.longestAt(first, 0) && !isDictionaryWord(first) && listAfter(text, end, to).length >= 2) return { end, masked: false }
  }
  for (let end = at + 1; end <= Math.min(to, at + 5); end++) {
    const ch = text[end - 1]!
    if (!CJK.test(ch) || NOT_GIVEN.has(ch) || AFTER_NAME.has(ch) || TITLES.longestAt(text, end - 1) !== undefined) return undefined
    if (end - at < 3) continue
    // (会议精神 written twice: words of the language, each of two characters or more, make no name.)
    // (正在某某家中走访, written twice: a home or a place by the body at the end is where, no part of a name.)
    if ((plainlyEndsName(text, end) || AFTER_SUBJECT.has(text.slice(end, end + 2))) && !whereByName(text.slice(end - 2, end)) && namedAgain(text, at, end) && !madeOfCommonWords(text.slice(at, end))) return { end, masked: false }
    if (unreadableThenVerb(text, at, end)) return { end, masked: false }
  }
  return undefined
}

/**
 * 庭长才侦措带领…, 教导员加多有哈这样介绍: after a post, three or four characters the segmenter reads
 * as no word at all (each a word of its own), no Han surname first, then a verb of two characters or
 * more or of speech, are a name in another language written once. (A word of the language, 亲自 or 逐一, is read as one.)
 */
function unreadableThenVerb(text: string, at: number, end: number): boolean {
  // (民警郭辰飞刚走进…: a name that opens with a Han surname is left to the rules for Han names.)
  if (end - at < 3 || surnameAt(text, at) > 0 || gazetteer().at(text, at)) return false
  const ws = words(text.slice(at, end + 6))
  const k = ws.findIndex((w) => w.end >= end - at)
  const next = ws[k + 1]
  return k >= 0 && ws[k]!.end === end - at && ws.slice(0, k + 1).every((w) => w.word.length === 1) && next !== undefined && ((next.word.length >= 2 && /^v/.test(next.tag)) || SPEECH.test(text.slice(end, end + 6)) || /^这样|^这么/.test(next.word))
}

/** True when the segmenter reads `s` as common words of two characters or more, none a name (会议|精神). */
function madeOfCommonWords(s: string): boolean {
  return words(s).every((w) => w.word.length >= 2 && /^(n|vn|v|a|an|d|l|i)$/.test(w.tag))
}

/**
 * 主任于晓光表示: after a post, a surname that is also a function word (于, 和) starts a name when
 * the sentence plainly closes it; 局长于近日…, where it means "at", has a time word after it.
 */
function functionWordSurnameNameAt(text: string, at: number, to: number): { end: number; masked: false } | undefined {
  if (surnameAt(text, at) !== 1 || !NOT_GIVEN.has(text[at]!) || /[今近本上下前昨明去同当每年月日一二三四五六七八九十百\d]/.test(text[at + 1] ?? '')) return undefined
  for (const end of [at + 3, at + 2]) {
    if (end > to) continue
    const given = text.slice(at + 1, end)
    // (主席和北京、四川…: a place after the function word is what it joins, no given name.)
    // (局长于会上强调: a time the segmenter reads, 会上 or 会后, is when, no given name.)
    const givenWords = words(given)
    const oneWord = givenWords.length === 1 ? givenWords[0]!.tag : undefined
    const when = oneWord === 't' || oneWord === 'f'
    // (政委于晓杰专门…，政委于晓杰牵头…: a name of three characters the sentence does not close stands when the text writes it
    // again, unless what follows the surname is a word of the language, 成员都比较年轻.)
    const again = end === at + 3 && (oneWord === undefined || oneWord.startsWith('n')) && namedAgain(text, at, end)
    if (!when && [...given].every((ch) => CJK.test(ch) && !NOT_GIVEN.has(ch) && !AFTER_NAME.has(ch)) && !TITLES.longestAt(text, at + 1) && (plainlyEndsName(text, end) || again) && gazetteer().at(given, 0)?.length !== given.length) return { end, masked: false }
  }
  return undefined
}

/**
 * 局长乌云巴根，…乌云巴根副旗长: a name of four or five characters whose first is also a Han surname
 * reads as surname and two characters; the longer reading wins when the sentence closes it and the
 * article writes it again, and the shorter one does not end where the sentence goes on.
 */
function longerUnrooted(text: string, at: number, to: number, found: { end: number; masked: boolean } | undefined): { end: number; masked: boolean } | undefined {
  if (!found || found.masked) return found
  // 护边员苏德巴特尔, 苏和巴特尔: a known Mongolian part of three characters or more after the first two
  // or three characters ends the name.
  // (联户长邓斯琴图: a Han surname before a Mongolian given name of known parts, 斯琴 + 图, opens the name.)
  const givenAfterSurname = [4, 3].find((n) => at + 1 + n <= to && LEXICONS.surnames.has(text[at]!) && mongolianName(text.slice(at + 1, at + 1 + n)))
  if (givenAfterSurname !== undefined && at + 1 + givenAfterSurname > found.end && plainlyEndsName(text, at + 1 + givenAfterSurname)) return { end: at + 1 + givenAfterSurname, masked: false }
  for (const k of [at + 2, at + 3]) {
    const part = [5, 4, 3].find((n) => k + n <= to && MONGOLIAN_NAME_PARTS.has(text.slice(k, k + n)))
    // (韩东和巴特尔·吾木尔: a conjunction before the part joins a second name, which a dot may go on.)
    if (part !== undefined && k + part > found.end && !/[和与及同跟、]/.test(text.slice(at + 1, k)) && text[k + part] !== '·') return { end: k + part, masked: false }
  }
  if (plainlyEndsName(text, found.end)) return found
  const longer = unrootedNameAt(text, at, to)
  return longer && longer.end > found.end ? longer : found
}

const MONGOLIAN_NAME_PARTS = new Set(readLexicon('mongolian-name-parts.txt'))
/** A Mongolian name of one known part of three characters or more, or of two known parts, the first of two or more (阿拉坦 + 仓). */
const mongolianName = (name: string): boolean =>
  name.length >= 3 && name.length <= 5 && ((MONGOLIAN_NAME_PARTS.has(name) && name.length >= 3) || [2, 3].some((k) => k < name.length && MONGOLIAN_NAME_PARTS.has(name.slice(0, k)) && MONGOLIAN_NAME_PARTS.has(name.slice(k))))

const TIBETAN_NAME_PARTS = new Set(readLexicon('tibetan-name-parts.txt'))
/** The first characters of those parts, by code unit. */
const TIBETAN_PART_OPENINGS = new CodeUnits([...TIBETAN_NAME_PARTS].map((p) => p.charCodeAt(0)))
/** A Tibetan name of two known parts (才让多杰), which needs no second mention to be believed. */
/** A name made of known Mongolian or Tibetan parts (朝格图, 贡嘎来松). */
export const ofKnownParts = (name: string): boolean => mongolianName(name) || tibetanName(name)
const tibetanName = (name: string): boolean => name.length === 4 && TIBETAN_NAME_PARTS.has(name.slice(0, 2)) && TIBETAN_NAME_PARTS.has(name.slice(2))

/** How far around a name to look for it again: about an article. */
const NEARBY = 3000

/**
 * 民警张晓东全国…, and later ，张晓东扎根社区: a name the sentence does not plainly close still
 * stands when the text nearby writes it again with another word after it, which a piece of a
 * longer word (民警高度重视…高度重视) never does.
 */
function namedAgain(text: string, start: number, end: number): boolean {
  return writtenAgain(text, start, end, (after) => text[after] !== text[end])
}

/** 大队长何杰时，何杰正在…: the name written again elsewhere and plainly closed there (刘志斌 and 刘志飞 write no 刘志). */
function namedAloneAgain(text: string, start: number, end: number): boolean {
  return writtenAgain(text, start, end, (after) => plainlyEndsName(text, after))
}

/** True when the text nearby writes [start, end) again and `closed` holds of where that occurrence ends. */
function writtenAgain(text: string, start: number, end: number, closed: (after: number) => boolean): boolean {
  const name = text.slice(start, end)
  const limit = Math.min(text.length, end + NEARBY)
  for (let k = text.indexOf(name, Math.max(0, start - NEARBY)); k >= 0 && k < limit; k = text.indexOf(name, k + 1)) {
    if (k !== start && closed(k + name.length)) return true
  }
  return false
}

/** 代表 or 委员 after a name, then a verb of speech or of proposing (甲代表建议). */
const SEATED_SPEAKER = new RegExp(`^(?:代表|委员)(?:${SPEECH_VERBS}|建议|提出|提交)`)
/** 是 or a verb of holding a post (现任, 担任), as an alternation. */
const HOLDING_VERBS = '现任|担任|兼任|是|系|任'
/** Such a verb right after a name. */
const HOLDS_POST = new RegExp(`^(?:${HOLDING_VERBS})`)
/** The same, looked for two or three characters after 的 (a name's length). */
const DESCRIBED_POST = new RegExp(`^[\u4e00-\u9fff]?(?:${HOLDING_VERBS})`)
/** Marks after which a name may open a clause (”王斌说, ：黄志刚任…), as code units: tested at every character. */
const BEFORE_CLAUSE_NAME = new CodeUnits([...'”,，。：:；;'].map((c) => c.charCodeAt(0)))

/** 图为冯某某(中)…: a caption's person, placed in the picture; …的妻子李某某: a relative named after the kin word. */
/** The characters a name's reading left before a caption's place in the picture ((中), (左一), (前排右二)). */
const PLACED_AFTER_NAME = /^([\u4e00-\u9fff]{1,2})[(（](?:前排|后排)?(?:[左右][一二三四五六七八九十1-9]|中)[)）]/
const PLACED_IN_PICTURE = /图为([\u4e00-\u9fff]{2,4})[(（](?:左|中|右|前|后)[一二三四五\d]?[)）]/g
/** ，张云龙(左二)在调解…: a caption's name opening its clause, placed in the picture. */
const PLACED_AFTER_MARK = /(?<=^|[，,。；;：:\n])([\u4e00-\u9fff]{2,4})[(（](?:左|中|右|前|后)[一二三四五\d]?[)）]/g
const KIN = `(?:${FAMILY.join('|')})`
const KIN_BEFORE_NAME = new RegExp(`的${KIN}(?=[\\u4e00-\\u9fff])`, 'g')
// (民警某某妻子某某: the kin word may follow the name with no 的.)
const KIN_AFTER_NAME = new RegExp(`^的?${KIN}`)
const HOME_AFTER_NAME = /^家(?:的|中|里|人|门|奔|附近)/
/** Verbs of carrying out, passing on or studying what a post's holder said, before the name and the post (落实, 传达, 贯彻落实). */
const HOLDERS_WORDS_VERB = /(?:落实|传达|贯彻|学习|聆听|按照|遵照)$/
/** 民警某明手中接过, 站在某明身边: a part of the body and where by it, after a name, closes the name. */
const BY_THE_BODY_AFTER_NAME = /^(?:手中|手里|手上|身边|身上|身旁|身后|面前|眼里|眼中|心中|心里|怀里|怀中)/
/** True when two characters say where by someone: their home (家中) or a part of the body (手中). */
const whereByName = (two: string): boolean => HOME_AFTER_NAME.test(two) || BY_THE_BODY_AFTER_NAME.test(two)

/** 38岁的赵华伟, 25岁的北京青年张旭: an age, then perhaps a word or two saying who, then a name. */
const AGE = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})周?岁的?/g
/** 一个名叫扎西南加, 真实姓名为符永丰, 本名甲, 这位小伙叫做乙: the name a sentence gives someone, up to a clause mark. */
const NAMED_AS = /(?:名叫|叫做|真实姓名为|真实姓名是|真名为|姓名为|本名为?)([\u4e00-\u9fff·]{2,6}?)(?=[，,。、；;：:的”]|$)/g
/** Words that may stand between an age and a name: nouns of who someone is (北京青年, 民警). */
const WHO_TAG = /^(n|ns|nz|nt|t)$/

/**
 * What closes a name after a role: the sentence plainly going on, the name written again, a kin word or
 * a home after it, or a predicate the segmenter starts there (人民警察时刻牢记…: no word of the language).
 */
function closesRoleName(text: string, start: number, end: number): boolean {
  // (车主甲沮丧地说: a word of manner before a verb of speech closes it too.)
  if (plainlyEndsName(text, end) || namedAgain(text, start, end) || KIN_AFTER_NAME.test(text.slice(end, end + 3)) || whereByName(text.slice(end, end + 2)) || MANNER_THEN_SPEECH.test(text.slice(end, end + 6))) return true
  const name = text.slice(start, end)
  // 民警叶亦伟的电话: 的 closes a name the segmenter opens with a surname.
  // (代表钱惠文的建议: or one in which it reads no word at all, three characters each alone.)
  const possessed = text[end] === '的' && (/^nr/.test(words(text.slice(start, end + 1))[0]?.tag ?? '') || (end - start === 3 && words(name).every((w) => w.word.length === 1)))
  // (民警扎西帮助…: a known Tibetan name is closed so too, a place's word to the dictionary though it is.)
  return (possessed || predicateAfterName(text, start, end) || wordOfTheLanguageAfter(text, start, end)) && ((!isDictionaryWord(name) && !isDictionaryWord(name.slice(0, 2))) || TIBETAN_NAME_PARTS.has(name))
}

/**
 * 民警甲整理…, 民警乙闻声而至: a word of the language of two characters or more that the segmenter reads
 * right after the name, whatever its tag (整理 is a noun to it, 闻声 a name), closes the name too.
 */
function wordOfTheLanguageAfter(text: string, start: number, end: number): boolean {
  // (交警查得严大家…: never a verb and its complement marked by 得, the clause's own words.)
  if (text[start + 1] === '得') return false
  const next = words(text.slice(start, end + 4)).find((w) => w.start === end - start)
  // (作者甲乙丙丁: nor where the reading's last character is a surname the word after may be the rest of, another name.)
  const nextName = end - start === 3 && surnameAt(text, end - 1) > 0 && next?.word.length === 2
  return next !== undefined && next.word.length >= 2 && isCommonWord(next.word) && !nextName
}

/** True when the segmenter reads the characters from `start` past `end` as one set phrase of four or more (齐聚一堂). */
// (辅警齐聚在一起: or from the character after the surname, 聚在一起, which leaves the surname an adverb.)
// (守万家灯火、保安居乐业: or from the character before it, the title's last, 安居乐业, which makes no title.)
function opensSetPhrase(text: string, start: number, end: number): boolean {
  return [start - 1, start, start + 1].some((at) => {
    const first = words(text.slice(at, end + 3))[0]
    return first !== undefined && first.word.length >= 4 && (at < start ? first.end >= end - at : first.end > end - at) && /^(i|l|nz)$/.test(first.tag)
  })
}

/** 是, and the adverbs it may take (就是, 也是, 正是). */
const COPULA = /^(?:就|也|正|便|还|都)?是/

/**
 * 张明是千灯派出所社区巡防队副队长，…: after a name and 是, a clause that ends in a post or a role (a
 * body's, or one of 一名…民警) says who the name is. At most 32 characters (a post in a station's
 * community post of a city's sub-bureau runs to 30), no clause inside.
 */
function postClosesClause(text: string, at: number, to: number): boolean {
  const clause = /^[^，,。；;：:！!？?\n]{2,32}?(?=[，,。；;！!？?]|$)/.exec(text.slice(at, Math.min(to, at + 33)))?.[0]
  if (!clause) return false
  const end = at + clause.length
  return (POSTS_ENDING.longestEndingAt(text, end, at)?.length ?? 0) >= 2
}
/** True when `text[at, …)` is a run of posts, with no clause mark, up to the end of its line, at `to` or a line break. */
function postEndsLine(text: string, at: number, to: number): boolean {
  const line = /^[\u4e00-\u9fff、]{2,40}(?=\n|$)/.exec(text.slice(at, Math.min(to, at + 41)))?.[0]
  return line !== undefined && (POSTS_ENDING.longestEndingAt(text, at + line.length, at)?.length ?? 0) >= 2
}
/** Posts and roles (not the weaker words for people), looked up by where they end. */
const POSTS_ENDING = new SuffixTrie<true>()
for (const w of [...LEXICONS.titles, ...ROLES]) if (!WEAK_CUES.has(w)) POSTS_ENDING.add(w, true)

/** True when a colon stands in `text[from, to)`: most sentences hold none, and the look costs less than the list's pattern. */
function holdsColon(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k] === '：' || text[k] === ':') return true
  return false
}

/** A colon after a post or 有, then three names or more set apart by 、 or spaces (one may carry a note in brackets). */
const INTRODUCED_LIST = /[:：]\s*((?:[\u4e00-\u9fff]{2,4}(?:[(（][\u4e00-\u9fff]{1,8}[)）])?(?:、|\s+)){2,}[\u4e00-\u9fff]{2,4})(?=[。；;，,\n(（]|$)/g

/**
 * 执行主席是：甲、乙、丙…; 出席会议的有：甲、乙…: names listed after a post (or 有) and a colon, each
 * between its marks. Two in three items at least must read as names, or the list is of something else.
 */
function introducedList(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  for (const m of allMatches(text.slice(from, to), INTRODUCED_LIST)) {
    const colon = from + m.index
    const cue = text.slice(Math.max(from, colon - 12), colon).replace(/[是为]$/, '')
    if (!cue.endsWith('有') && (POSTS_ENDING.longestEndingAt(cue, cue.length)?.length ?? 0) < 2) continue
    const items = allMatches(m[1]!, /[\u4e00-\u9fff]{2,4}/g).filter((it) => !/[(（]/.test(m[1]![it.index - 1] ?? ''))
    const listStart = colon + m[0].length - m[1]!.length
    // (Between its marks an item is read whole: 那青海, 李和麟 hold characters that elsewhere end a name.)
    const names = items.filter((it) => surnameAt(it[0], 0) > 0 && !it[0].includes('某') && isPossibleName(it[0]) && !isDictionaryWord(it[0]) && !TITLES.longestAt(it[0], 0))
    if (names.length * 3 < items.length * 2) continue
    for (const it of names) out.push(personMention(text, listStart + it.index, listStart + it.index + it[0].length, 'person:list', false))
  }
  return out
}

/** True when a verb or noun of two characters or more starts at `at` (部署, 部门). */
function opensContentWord(text: string, at: number): boolean {
  const w = words(text.slice(at, at + 4))[0]
  return w !== undefined && w.word.length >= 2 && /^(v|vn|n)$/.test(w.tag)
}

/** 柯立|强调, 王明|部署: the segmenter reads a name of two characters, then a word of two or more that takes the third. */
function segmentedAsShorterName(text: string, start: number): boolean {
  const ws = words(text.slice(start, start + 6))
  // (陈|鹏|明显: a name of two characters the segmenter tags one character at a time.)
  const nameWords = ws[0]?.word.length === 2 ? 1 : 2
  const next = ws[nameWords]
  // (钱|涛|办公桌: a surname the segmenter tags as a common noun, 钱, opens the name all the same.)
  return next !== undefined && next.start === 2 && ws.slice(0, nameWords).every((w, k) => /^nr/.test(w.tag) || (k === 0 && nameWords === 2 && LEXICONS.surnames.has(w.word))) && next.word.length >= 2 && !/^nr/.test(next.tag)
}

/**
 * 矫正对象全覆盖: after a role, words that are all of quality, manner or action, 全|覆盖, one of them a word of two
 * characters or more, are the clause's; 高|俊|如, one character each, may be a name.
 */
function qualityOrAction(candidate: string): boolean {
  const ws = words(candidate)
  return ws.every((w) => /^(a|ad|d|v|vn)$/.test(w.tag)) && ws.some((w) => w.word.length >= 2)
}

/** True when `s` opens with a verb, adverb or preposition of two characters or more (安抚家属): one character may be a surname (向, 应, 于). */
function opensPredicateWord(s: string): boolean {
  const first = words(s)[0]
  return first !== undefined && first.word.length >= 2 && PREDICATE_TAG.test(first.tag)
}

/**
 * 检察长信箱, 法官利用晚间…, 检察长会议精神: after a post, a reading that opens with a common noun of the
 * dictionary (no name's tag) is that noun, unless the article writes the same name again.
 */
function opensWithCommonNoun(text: string, start: number, end: number): boolean {
  const ws = words(text.slice(start, end + 3))
  const first = ws[0]
  // (马力主持, 方志坚会见: a name the segmenter reads as a noun still ends where a word does.)
  const endsInsideWord = someWord(ws, (w) => w.start < end - start && w.end > end - start)
  // (书记信访工作: nor one that a longer common noun runs past, 信访工 of 信访工作.)
  const overrun = first !== undefined && first.word.length > end - start && end - start >= 3
  // (法官人均结案: nor an abbreviation's; 检察官包联辖区企业: nor two verbs of one character each, 包 then 联.)
  const verbs = ws.length >= 2 && ws[0]!.word.length === 1 && ws[1]!.word.length === 1 && /^v/.test(ws[0]!.tag) && /^v/.test(ws[1]!.tag)
  return first !== undefined && endsInsideWord && !namedAgain(text, start, end) && ((first.word.length >= 2 && (first.word.length < end - start || overrun) && /^(n|vn|t|j)$/.test(first.tag)) || verbs)
}

/** 法官徐步莹: three characters whose last the segmenter reads as a given name (徐步|莹), whatever word the first two make. */
function endsWithGivenName(s: string): boolean {
  const last = s.length === 3 ? words(s).at(-1) : undefined
  return last !== undefined && last.word.length === 1 && last.tag === 'nr'
}

/** Tags of words that open a predicate: verbs, adverbs, prepositions, conjunctions. */
const PREDICATE_TAG = /^(v|vd|d|p|c|ad)$/

/**
 * 民警殷刚接到…, 民警白佳丽指着…, 张旭会坐在…: the segmenter, reading the name with what follows,
 * cuts at its end and starts a predicate there (殷刚|接到, never 殷刚接|到); a three-character reading
 * loses to a two-character word the segmenter ends before a predicate (张旭|会坐在, but 朱文|涛|接到).
 */
function predicateAfterName(text: string, start: number, end: number): boolean {
  const ws = words(text.slice(start, end + 4))
  const cut = end - start
  const next = ws.find((w) => w.start === cut)
  const shorter = ws.find((w) => w.start === cut - 1)
  return next !== undefined && PREDICATE_TAG.test(next.tag) && !(cut >= 3 && ws.some((w) => w.end === cut - 1 && w.end - w.start >= 2) && shorter !== undefined && PREDICATE_TAG.test(shorter.tag))
}

function nameAfterAge(text: string, at: number, to: number): RawMention | undefined {
  for (let skipped = 0; skipped <= 2 && at < to; skipped++) {
    // (77岁的社区居民陶有民: a word saying who, 居民, is skipped before a name is read, 居 a surname though it is.)
    const who = words(text.slice(at, at + 6))[0]
    // (44岁的秦建银来说: a word the segmenter reads as a place's, 秦建, opens the name itself.)
    if (who && who.word.length >= 2 && WHO_TAG.test(who.tag) && who.tag !== 'ns' && LEXICONS.surnames.has(who.word[0]!) && isDictionaryWord(who.word)) {
      at += who.word.length
      continue
    }
    const n = nameAt(text, at, to)
    // (35岁的张军一大早就…: or a word of when, 一大早, 每天, opening the predicate.)
    const end = n && !n.masked ? [n.end, n.end - 1].find((e) => e - at >= 2 && (plainlyEndsName(text, e) || predicateAfterName(text, at, e) || HOME_AFTER_NAME.test(text.slice(e, e + 2)) || /^(?:来说|而言|一大早|一早|每天|当天|从小)/.test(text.slice(e, e + 3)))) : undefined
    const name = end ? text.slice(at, end) : ''
    if (end && isPossibleName(name) && !isDictionaryWord(name)) return personMention(text, at, end, 'person:cued', false)
    const w = words(text.slice(at, at + 6))[0]
    if (!w || w.word.length < 2 || !WHO_TAG.test(w.tag)) return undefined
    at += w.word.length
  }
  return undefined
}

/**
 * 患有某病的甲将…, 1999年出生的乙从小…: after 的, a surname the segmenter reads as one and a given name
 * no word of the language, that a verb or an adverb of the clause plainly closes, is the one the words before describe.
 */
function nameAfterDe(text: string, at: number, to: number): RawMention | undefined {
  // (Asked after every 的: the surname's table turns most away first.)
  const n = nameAt(text, at, to)
  if (!n || n.masked) return undefined
  // (时任某省委书记的甲指出: a post right before 的 is read with its holder by the posts' rule.)
  if ((POSTS_ENDING.longestEndingAt(text, at - 1, Math.max(0, at - 12))?.length ?? 0) >= 2 || !/^nr/.test(words(text.slice(at, at + 3))[0]?.tag ?? '')) return undefined
  // (…的冉某某夫妇抓获: or the kin the name heads, a couple, a father and son.)
  const end = [n.end, n.end - 1].find((e) => e - at >= 2 && (((AFTER_SUBJECT.has(text.slice(e, e + 2)) || /^[将把被向对从说在]/.test(text[e] ?? '')) && predicateAfterName(text, at, e)) || /^(?:夫妇|夫妻|父子|母子|父女|母女)/.test(text.slice(e, e + 2))))
  const name = end ? text.slice(at, end) : ''
  // (的周老板说: an honorific form is no name.)
  return end && isPossibleName(name) && !isCommonWord(name) && !isDictionaryWord(name.slice(0, 2)) && !HONORIFIC.test(name) ? personMention(text, at, end, 'person:cued', false) : undefined
}

/** A caption's order of the people in its picture (前排左起：…, 从左至右依次为…). */
const LINEUP = /(?:左起|右起|从左至右|从左到右|自左至右|自左向右|从右至左)[依次分别为是]{0,3}[:：]?/g
const LINEUP_ITEM = /^([\u4e00-\u9fff·]{2,8}?)(?:[(（][^()（）]{1,30}[)）])?([,，、]|$)/

/** The names a lineup lists, up to the first item that is no name (…，陈颖颖。). */
function lineupNames(text: string, at: number, to: number): RawMention[] {
  const out: RawMention[] = []
  while (at < to) {
    const m = LINEUP_ITEM.exec(text.slice(at, Math.min(to, at + 48)).split(/[。；;\n]/)[0]!)
    const name = m?.[1]
    if (!m || !name || !(name.includes('·') || (name.length <= 4 && surnameAt(name, 0) > 0 && !isDictionaryWord(name)))) break
    out.push(personMention(text, at, at + name.length, 'person:cued', false))
    if (!m[2]) break
    at += m[0].length
  }
  return out
}

/** A quoted title of honour given to people (“全国优秀人民警察”, “巾帼英雄”, “最美警察”, “缉毒勇士”, “十大杰出青年”; not an allocation such as “一村一法官”), right before a name. */
const HONOURED = /“(?![一二两三四五六七八九十])[\u4e00-\u9fff]{0,10}(英雄|勇士|模范|标兵|卫士|之星|好人|先锋|能手|楷模|英模|青年|人物|战士|警察|民警|干警|法官|检察官|公务员|党员|工作者)”/g

/** 甲 摄: a name opening its sentence (or after a picture's bracketed note), spaced before the credit of a picture. */
const SPACED_PHOTO_CREDIT = /(?:^|[)）])[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]+摄(?!影师|像)/g

/** People a caption places in its picture, relatives named after a kin word, people named after their age or as so called. */
function cuedByPictureOrKin(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  const span = text.slice(from, to)
  // Each pattern is tried only on a sentence holding a character all its matches hold: most sentences
  // hold none, and a scan of the sentence costs far more than a look for one character.
  for (const m of span.includes('岁') ? allMatches(span, AGE) : []) {
    const found = nameAfterAge(text, from + m.index + m[0].length, to)
    if (found) out.push(found)
  }
  for (const m of span.includes('的') ? allMatches(span, /的/g) : []) {
    const found = nameAfterDe(text, from + m.index + 1, to)
    if (found) out.push(found)
  }
  for (const m of span.includes('名') ? allMatches(span, NAMED_AS) : []) {
    const start = from + m.index + m[0].length - m[1]!.length
    // (一个名叫下某某村的地方: a place's kind closing the name given names a place, no person.)
    if (!isDictionaryWord(m[1]!) && !UNIT_SUFFIX_ENDINGS.longestEndingAt(m[1]!, m[1]!.length, 0) && !/[村镇乡屯寨社区]$/.test(m[1]!)) out.push(personMention(text, start, start + m[1]!.length, 'person:cued', false))
  }
  for (const m of span.includes('左') || span.includes('右') ? allMatches(span, LINEUP) : []) out.push(...lineupNames(text, from + m.index + m[0].length, to))
  // “全国优秀人民警察”某某、“巾帼英雄”某某: a quoted title of honour, then the name it was given to.
  for (const m of span.includes('“') ? allMatches(span, HONOURED) : []) {
    const at = from + m.index + m[0].length
    const n = nameAt(text, at, to)
    // 实现“一村一法官”全覆盖: a word of the language after the quote is none.
    // (…“全国人民调解能手”某某的传、帮、带作用: 的 closes the name too.)
    if (n && !n.masked && /^[、，,。；;等的]/.test(text.slice(n.end, n.end + 1)) && isPossibleName(text.slice(at, n.end)) && !isDictionaryWord(text.slice(at, n.end))) out.push(personMention(text, at, n.end, 'person:cued', false))
  }
  // (图为某检查站。 甲 摄为做好…: a picture's credit, the name spaced before 摄, run into the paragraph after it.)
  for (const m of span.includes('摄') ? allMatches(span, SPACED_PHOTO_CREDIT) : []) {
    const start = from + m.index + m[0].indexOf(m[1]!)
    const n = nameAt(text, start, start + m[1]!.length)
    if (n?.end === start + m[1]!.length && !n.masked && isPossibleName(m[1]!) && !isDictionaryWord(m[1]!)) out.push(personMention(text, start, n.end, 'person:cued', false))
  }
  // 对甲等6人恶势力犯罪案宣判, 乙等3人被抓获, 以及丙等人: a name right before 等 and a count of people is the first of them.
  for (const m of span.includes('等') ? allMatches(span, OTHERS_COUNTED) : []) {
    const found = nameBeforeOthers(text, from + m.index, from)
    if (found) out.push(found)
  }
  for (const m of span.includes('图为') ? allMatches(span, PLACED_IN_PICTURE) : []) {
    const start = from + m.index + 2
    // (图为尼玛坚参(右一): a name of known Tibetan or Mongolian parts has no Han surname.)
    if (nameAt(text, start, start + m[1]!.length)?.end === start + m[1]!.length || ofKnownParts(m[1]!)) out.push(personMention(text, start, start + m[1]!.length, 'person:cued', false))
  }
  for (const m of span.includes('左') || span.includes('右') || span.includes('中)') || span.includes('中）') ? allMatches(span, PLACED_AFTER_MARK) : []) {
    const start = from + m.index
    if (nameAt(text, start, start + m[1]!.length)?.end === start + m[1]!.length && !isDictionaryWord(m[1]!)) out.push(personMention(text, start, start + m[1]!.length, 'person:cued', false))
  }
  for (const m of span.includes('的') ? allMatches(span, KIN_BEFORE_NAME) : []) {
    const start = from + m.index + m[0].length
    const n = nameAt(text, start, to)
    // (服刑人员的母亲代表: a word of the language after the kin word, 代表, is who they are, no name.)
    if (n && !n.masked && plainlyEndsName(text, n.end) && isPossibleName(text.slice(start, n.end)) && !isDictionaryWord(text.slice(start, n.end))) out.push(personMention(text, start, n.end, 'person:cued', false))
  }
  return out
}

/** 等6人, 等十余名, 等人: 等 and a count of people (or people alone) after the first of them named. */
const OTHERS_COUNTED = /等(?:[\d一二两三四五六七八九十百]+余?[人名]|人(?![员民]))/g

/**
 * The name of three characters or two ending at `at` (before 等N人) that opens at a word's boundary and is no
 * word of the language (民警等5人, 嫌疑人等3人 name no one).
 */
function nameBeforeOthers(text: string, at: number, from: number): RawMention | undefined {
  for (const length of [3, 2]) {
    const start = at - length
    const n = start < from ? undefined : nameAt(text, start, at)
    // (向吴某等三人: a masked name ends the search; the characters before it are no part of a name.)
    if (text.slice(start, at).includes('某')) return undefined
    if (n?.end !== at || n.masked) continue
    const name = text.slice(start, at)
    // (副主席甲等十二名代表: a name after a post is that post's holder, read with it, and no shorter name is inside it:
    // 财政所长罗国洪等5人 gave 国洪.)
    if ((POSTS_ENDING.longestEndingAt(text, start, Math.max(from, start - 8))?.length ?? 0) >= 2) return undefined
    if (!isPossibleName(name) || isDictionaryWord(name) || isDictionaryWord(name.slice(0, 2)) || !boundaryAt(text.slice(Math.max(from, start - 4), at), start - Math.max(from, start - 4))) continue
    return personMention(text, start, at, 'person:cued', false)
  }
  return undefined
}

/** True when a cue starting inside the one at `i` (of `length`) runs on past its end. */
function overrunByCue(text: string, i: number, length: number, to: number): boolean {
  for (let k = 1; k < length; k++) if (k + (CUES.longestAt(text, i + k, to)?.length ?? 0) > length) return true
  return false
}

/**
 * A deputy or member and the motion they moved or the speech they made (…代表提出的, …委员所提, …代表先后发言), or
 * a member a reply is addressed to (…委员：): the post after the name, then the verb or the colon. (…等6名代表提出:
 * the first of several who moved it, counted after the name.)
 */
const MOTION = /(?:等(?:\d+|[一二三四五六七八九十两]+)[名位])?(?:代表|委员)(?:(?:先后|分别|相继|依次)?(?:提出|所提|提交|发言)|[：:])/g

/** 某某代表提出的《…建议》, 甲、乙、丙代表先后发言: names before a deputy's or member's post and the motion moved or the speech made. */
function motionMovers(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  for (const m of allMatches(text.slice(from, to), MOTION)) {
    const i = from + m.index
    // (…委员： addresses a member only at the opening of a line, where a reply to a motion starts.)
    const addressed = /[：:]$/.test(m[0])
    const last = moverBefore(text, from, i)
    if (!last || (addressed && last.start !== from)) continue
    out.push(...listedMovers(text, from, last))
  }
  return out
}

/**
 * 甲、乙、格桑江村、丙代表先后发言: the items listed before the last mover's name are movers too, names Han or of known
 * parts; an item of two to four characters that is neither, no word of the language, is one too where most are.
 */
function listedMovers(text: string, from: number, last: RawMention): RawMention[] {
  const listed: RawMention[] = [last]
  let unknown = 0
  for (let end = last.start; text[end - 1] === '、'; ) {
    const start = text.lastIndexOf('、', end - 2) + 1
    const clauseStart = Math.max(start, from, ...[...'，,。；;：:\n'].map((c) => text.lastIndexOf(c, end - 2) + 1))
    const item = moverBefore(text, from, end - 1)
    const whole = text.slice(clauseStart, end - 1)
    if (item && (item.start === clauseStart || clauseStart !== start)) listed.unshift(item)
    else if (clauseStart === start && /^[\u4e00-\u9fff]{2,4}$/.test(whole) && !isDictionaryWord(whole) && !UNIT_SUFFIXES.longestAt(whole, 0) && !TITLES.longestAt(whole, 0)) {
      listed.unshift(personMention(text, clauseStart, end - 1, 'person:motion-mover', false))
      unknown++
    } else break
    end = listed[0]!.start
    if (clauseStart !== start) break
  }
  return unknown * 2 < listed.length ? listed : [last]
}

/**
 * The name of two or three characters ending at `end`, opening its clause or a list's item (or after a word the
 * segmenter reads as a preposition or adverb, 现将某某等6名代表), or a name of known parts.
 */
function moverBefore(text: string, from: number, end: number): RawMention | undefined {
  for (const len of [3, 2]) {
    const s = end - len
    const n = s >= from && surnameAt(text, s) > 0 && (s === from || !CJK.test(text[s - 1]!) || afterFunctionWord(text, Math.max(from, s - 2), s)) ? nameAt(text, s, end) : undefined
    if (!n || n.masked || n.end !== end || !isPossibleName(text.slice(s, end)) || isDictionaryWord(text.slice(s, end))) continue
    return personMention(text, s, end, 'person:motion-mover', false)
  }
  return knownPartsBefore(text, from, end)
}

/** True when the segmenter reads the characters from `from` to `at` as ending in a preposition or an adverb. */
function afterFunctionWord(text: string, from: number, at: number): boolean {
  const ws = words(text.slice(from, at + 2))
  return ws.some((w) => w.end === at - from && /^(p|d)$/.test(w.tag))
}

/** A Tibetan or Mongolian name of known parts (two to five characters) ending at `end`, after a mark or 、. */
function knownPartsBefore(text: string, from: number, end: number): RawMention | undefined {
  for (const len of [5, 4, 3, 2]) {
    const s = end - len
    const name = text.slice(s, end)
    if (s < from || (s > from && CJK.test(text[s - 1]!))) continue
    if (ofKnownParts(name) || (len === 2 && TIBETAN_NAME_PARTS.has(name))) return personMention(text, s, end, 'person:motion-mover', false)
  }
  return undefined
}

export function personMentions(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  const add = (m: RawMention) => {
    if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m)
  }
  for (const m of cuedByPictureOrKin(text, from, to)) add(m)
  // (Only a sentence holding a deputy's or a member's post is scanned; the look is for the sentence, not the article after it.)
  const sentence = text.slice(from, to)
  for (const m of sentence.includes('代表') || sentence.includes('委员') ? motionMovers(text, from, to) : []) add(m)
  for (const m of holdsColon(text, from, to) ? introducedList(text, from, to) : []) add(m)
  for (let i = from; i < to; i++) {
    // Masked names stand alone (犯罪嫌疑人刘某某).
    // (某某区某建材企业: the last character of a division written in full, before 某, is no surname.)
    // (某某社区某网吧, 对于某: nor one that ends a word with the character before it.)
    if (text[i + 1] === '某' && surnameAt(text, i) === 1 && !endsDivision(text, i, from) && !(i > from && isDictionaryWord(text.slice(i - 1, i + 1)))) {
      const n = nameAt(text, i, to)
      if (n?.masked) add(personMention(text, i, n.end, 'person:masked', true))
    }
    const t = CUES.longestAt(text, i, to)
    // (某市领导甲、乙: the leaders of a division named in full are its level's, the cue on the division's last character.)
    if (!t || (endsDivision(text, i, from) && !/^[省市县区]级?领导$/.test(t.values[0]!))) continue
    if (t.length === 1 && !endsWordForPeople(text, i, from)) continue
    // 党总支书记黄超平: a cue opening on the last character of a body's kind (支书 on 党总支) yields to the cue after that kind.
    if ((UNIT_SUFFIX_ENDINGS.longestEndingAt(text, i + 1, from)?.length ?? 0) >= 2 && CUES.longestAt(text, i + 1, to)) continue
    // 驻村民警叶亦伟: a word for people (村民) that a role (民警) overruns yields to the role.
    if (WEAK_CUES.has(t.values[0]!) && overrunByCue(text, i, t.length, to)) continue
    // 居民楼起火: a word for people that makes a longer word with the next character (居民楼) is no cue.
    if (WEAK_CUES.has(t.values[0]!) && isDictionaryWord(text.slice(i, i + t.length + 1))) continue
    const after = i + t.length
    // (该市长江岸线, 地处长江中游: a title whose first character ends a word and whose last opens one, 该市 then
    // 长江, is read across two words, no title; 公安厅长孙某, a body's kind then 长, is one.)
    // (综合处处长于某: a title right after a body's kind, 处, is one, whatever word the segmenter reads across it, 处处.)
    if ((UNIT_SUFFIX_ENDINGS.longestEndingAt(text, i + 1, from)?.length ?? 0) < 2 && UNIT_SUFFIX_ENDINGS.longestEndingAt(text, i, from) === undefined && straddled(text, i, after, from, to)) continue
    // Title, optional closing quote, name: 所长刘浩, “警师”付治国, 副院长李艳; a report's heading
    // line sets the name apart by a space (…人民检察院检察长 常本勇).
    // The space may be several (…检察长   常本勇), as a centred heading is laid out.
    const gap = /^[ \u3000]{1,8}/.exec(text.slice(after, after + 8))?.[0].length ?? 0
    const spaced = gap > 0 && lineEndsAfterName(text, after + gap, to)
    // A closing quote after the title only when the quote opened on the title (“警师”付治国, not 一法官”全覆盖).
    // (时任某县委政法委书记的杨隽: a post then held, and 的, stand before the name too; 担任…书记的曾某: one taken up.)
    const held = text[after] === '的' && /(时任|曾任|原任|担任|出任|现任|就任|升任|调任)[^，,。；;]*$/.test(text.slice(Math.max(from, i - 20), i))
    // (“红岩先锋调解员”廖永: so may a quote whose last words are the role.)
    const opened = text[after] === '”' ? text.lastIndexOf('“', i) : -1
    // (“一村一法官”全覆盖: a quoted slogan with a count is no role.)
    const quotedRole = opened >= from && i - opened <= 10 && !/[”一二三四五六七八九十两\d]/.test(text.slice(opened, i))
    // (历任局长包括甲、乙: a verb that lists who held the post stands between it and the names.)
    const listing = LISTING_HOLDERS.exec(text.slice(after, after + 4))?.[0].length ?? 0
    const nameFrom = spaced ? after + gap : (text[after] === '”' && (text[i - 1] === '“' || quotedRole)) || held ? after + 1 : after + (surnameAt(text, after + listing) > 0 ? listing : 0)
    const title = t.values[0]!
    // 为牧民阿曼古丽·赛依提阿洪…: after a word for people, a transliterated name is left to its own rule.
    // (民警甲和阿依古丽·托乎提: a conjunction before the dot joins two names.)
    const joined = /^[\u4e00-\u9fff]{2,3}[和与及][\u4e00-\u9fff]{2,6}·/.test(text.slice(nameFrom, nameFrom + 12))
    const dotted = AFTER_ONLY.has(title) || WEAK_CUES.has(title) || joined ? undefined : dottedNameEnd(text, nameFrom, to)
    if (dotted !== undefined) {
      add(personMention(text, nameFrom, dotted, 'person:after-title', false))
      i = after - 1
      continue
    }
    // A post (not a role) may precede a name with no Han surname.
    // (民警多吉江村: after a role too, a name of known Tibetan or Mongolian parts.)
    const read = AFTER_ONLY.has(title) ? undefined : longerUnrooted(text, nameFrom, to, nameAt(text, nameFrom, to) ?? (ROLES.has(title) ? namedByKnownParts(text, nameFrom, to) : (functionWordSurnameNameAt(text, nameFrom, to) ?? unrootedNameAt(text, nameFrom, to))))
    // 书记柯立强调, 书记王明部署: a three-character reading whose last character opens a verb (强调, 部署) is a two-character name.
    // (局长王强领导出席: so is one whose last opens 领导, the leaders the names are called.)
    // (院长殷本明说。: a verb of speech that closes the clause after three characters leaves them the name, 明说 though it is.)
    // (检察长宋某民主持会议: a verb that follows subjects right after the three characters leaves them the name, 民主 though the third makes.)
    const found = read && !read.masked && read.end - nameFrom === 3 && !namedAgain(text, nameFrom, read.end) && !SPEECH_CLOSING.test(text.slice(read.end, read.end + 4)) && !AFTER_SUBJECT.has(text.slice(read.end, read.end + 2)) && (segmentedAsShorterName(text, nameFrom) || (opensPredicateWord(text.slice(read.end - 1, read.end + 3)) && predicateAfterName(text, nameFrom, read.end - 1)) || text.startsWith('领导', read.end - 1)) ? { ...read, end: read.end - 1 } : read
    // 交警支队支队长: a unit's kind word after a role is no name; nor a word of the language (书记强调, 院长座谈会, 院长大比武).
    const candidate = found ? text.slice(nameFrom, found.end) : ''
    // 县信访局长任中心办公室主任: 任 before a body's post takes the post; it is no surname here.
    // 民警向市民开展…: a given name that is itself a word for people is none.
    // 民警代表: after a role, a word of the dictionary (a noun, a verb) is no name.
    // (干部任前公示: after a word for people, characters the segmenter reads as function words, 任|前, are no name.)
    // (老民警常挂在嘴边: a surname the segmenter reads as an adverb, then a verb and a preposition, is the clause's.)
    const adverbThenVerb = () => {
      const ws = words(candidate)
      // (群众常说“…”: nor an adverb and a verb of saying before the words said.)
      return /^[在到给向“：:]$/.test(text[found!.end] ?? '') && ws.length === 2 && ws[0]!.tag === 'd' && /^v/.test(ws[1]!.tag)
    }
    // (民警扎西帮助…: a known Tibetan name, a place's word to the dictionary though it is, is no word of the language here.)
    const tibetan = TIBETAN_NAME_PARTS.has(candidate)
    const weak = () => CUES.longestAt(candidate, surnameAt(candidate, 0))?.length === candidate.length - surnameAt(candidate, 0) || (ROLES.has(title) && ((isDictionaryWord(candidate) && !tibetan) || adverbThenVerb() || qualityOrAction(candidate))) || (WEAK_CUES.has(title) && (text.slice(nameFrom, nameFrom + 8).includes('·') || ((isCommonWord(candidate) || isDictionaryWord(candidate.slice(0, 2))) && !tibetan) || HONORIFIC.test(candidate) || words(candidate).every((w) => /^(r|f|p|c|u.?|d|m|q)$/.test(w.tag))))
    // 书记安抚家属: a verb of two characters or more right after the title, no name.
    // (Both asked only of a name found: they ask the segmenter.)
    // (特警支队四、九大队: a unit's kind word right after a role opens no name.)
    // (执行法官干警: a word for people or a post after a post is no name.)
    // (院长和省委书记: a body's kind after the first character, 省委, makes that character a conjunction, no surname.)
    // (书记齐聚一堂: characters that open a set phrase of four or more, 齐聚一堂, are no name.)
    // (副政委加措说: a name that opens with a known Tibetan part is one, whatever verb the segmenter reads in it.)
    // (甲书记和乙书记: a conjunction after the post, before a name with its own post, joins two people.)
    const joinsNext = found !== undefined && /[和与及]/.test(text[nameFrom] ?? '') && surnameAt(text, nameFrom + 1) > 0 && CUES.longestAt(text, found.end, to) !== undefined
    // (局长包括甲、乙: a verb of two characters before a surname and its name is the clause's, the name after it.)
    const verbBeforeName = found !== undefined && verbBeforeSurname(text, nameFrom)
    // (局长任命、人员管理: a word of the language opening with a surname's character, listed with words that
    // are no names, is one of the things listed.)
    const listedVerb = candidate.length === 2 && isDictionaryWord(candidate) && !/^nr/.test(words(candidate)[0]?.tag ?? '') && listedWithThings(text, found!.end)
    // (副书记向安顺考察组介绍: a surname that is more often a preposition, before a division's name, is the preposition.)
    const towardsPlace = found !== undefined && WORD_SURNAMES.has(text.charCodeAt(nameFrom)) && gazetteer().at(text, nameFrom + 1)?.length === found.end - nameFrom - 1
    // (区委常委班子: after a post too, a word for the body the post holders make, 班子, is no name; 督察和省“…”:
    // nor a conjunction before a level, 和省.)
    const nounOrLevel = candidate.length === 2 && /^(?:班子|成员|集体|队伍|[和与及][省市县区乡镇村])$/.test(candidate)
    const n = found && !nounOrLevel && !towardsPlace && !joinsNext && !verbBeforeName && !listedVerb && !tripTo(text, nameFrom, found.end) && !opensSetPhrase(text, nameFrom, found.end) && (isPossibleName(candidate) || (!ROLES.has(title) && placeWordAsName(candidate))) && !ROLES.has(candidate) && !LEXICONS.titles.includes(candidate) && !(candidate.length === 2 && HONORIFIC.test(candidate)) && !takesPost(text, nameFrom) && !weak() && !(opensPredicateWord(text.slice(nameFrom, nameFrom + 4)) && !endsWithGivenName(candidate) && !TIBETAN_NAME_PARTS.has(candidate.slice(0, 2))) && !opensWithCommonNoun(text, nameFrom, found.end) && (UNIT_SUFFIXES.longestAt(text, nameFrom)?.length ?? 0) < 2 && (UNIT_SUFFIXES.longestAt(text, nameFrom + 1)?.length ?? 0) < 2 && !endsWithDeviceKind(text, nameFrom, found.end) ? found : undefined
    // After a role (民警, 辅警) more often comes a verb than a name: only a name the sentence plainly closes.
    // “致全体民警、辅警公开信”: inside a quoted title a role is followed by words, not names.
    // 民警严聪立刻带领…: a three-character reading the sentence does not plainly close may be a two-character name that it does.
    let role = n
    // (主任某明敏锐地指出, 书记曾无奈地摇头: a word of manner closed by 地 that the reading's last characters open is
    // the clause's; the name ends before it, and is none if a surname alone is left.)
    const manner = role ? mannerAfter(text, nameFrom, role.end) : undefined
    if (role && manner !== undefined) role = manner - nameFrom >= 2 && isPossibleName(text.slice(nameFrom, manner)) ? { ...role, end: manner } : undefined
    // (网格员某明家中: a home after a name of two characters is no third one.)
    if (role && role.end - nameFrom === 3 && HOME_AFTER_NAME.test(text.slice(role.end - 1, role.end + 1))) role = { ...role, end: role.end - 1 }
    // (委员夏成兴的手: before 的, three characters stay the name.)
    if (role && ROLES.has(title) && role.end - nameFrom === 3 && text[role.end] !== '的' && !plainlyEndsName(text, role.end) && !namedAgain(text, nameFrom, role.end) && (!predicateAfterName(text, nameFrom, role.end) || RESULTATIVE.test(text.slice(role.end - 1, role.end + 2))) && (plainlyEndsName(text, role.end - 1) || namedAloneAgain(text, nameFrom, role.end - 1) || predicateAfterName(text, nameFrom, role.end - 1) || HOME_AFTER_NAME.test(text.slice(role.end - 1, role.end + 1))) && isPossibleName(text.slice(nameFrom, role.end - 1))) role = { ...role, end: role.end - 1 }
    // 大队长何杰时，何杰正在…: after a post too, a two-character reading written again wins over a three-character one written once.
    else if (role && role.end - nameFrom === 3 && !namedAgain(text, nameFrom, role.end) && namedAloneAgain(text, nameFrom, role.end - 1) && isPossibleName(text.slice(nameFrom, role.end - 1))) role = { ...role, end: role.end - 1 }
    // 调解员余林近6个小时: a third character that opens a count's approximation (近, 约, 逾) is no part of the name.
    if (role && role.end - nameFrom === 3 && /[近约逾超共仅]/.test(text[role.end - 1]!) && /[\d一二三四五六七八九十两百千万]/.test(text[role.end] ?? '') && isPossibleName(text.slice(nameFrom, role.end - 1))) role = { ...role, end: role.end - 1 }
    // (副书记甲(中): a caption's place in the picture closes the name, whatever its characters after the reading.)
    const placed = role ? PLACED_AFTER_NAME.exec(text.slice(role.end, role.end + 8)) : null
    if (role && placed && role.end + placed[1]!.length - nameFrom <= 5 && ![...placed[1]!].some((c) => NOT_GIVEN.has(c))) role = { ...role, end: role.end + placed[1]!.length }
    // 民警张某的妻子…: a kin word after the name closes it too; 牧民朝鲁家的羊群: so does a home; 民警白佳丽指着…: so does a verb.
    if (role && ROLES.has(title) && (!closesRoleName(text, nameFrom, role.end) || text[role.end] === '”')) continue
    // 辅警张波、谈稳、陈泽前往: the names listed after a role's first name are of that role too.
    // 副局长方建云、姜宇参加: so are the names listed after a post's first name.
    // (…、乙和丙赴现场: and a last name joined by 和 after the list, when the sentence closes it.)
    if (role && text[role.end] === '、') {
      const listed = listAfter(text, role.end, to)
      for (const m of listed) add(m)
      const last = listed.at(-1)
      const joined = last && JOINING.test(text[last.end] ?? '') ? joinedName(text, last.end + 1, to) : undefined
      if (joined) add(joined)
    }
    // 民警陈浩和谢璘童两人…: a second name joined by 和 is of that role too, when the sentence closes it.
    else if (role && !role.masked && JOINING.test(text[role.end] ?? '')) {
      const joined = joinedName(text, role.end + 1, to)
      if (joined) add(joined)
    }
    if (role && !role.masked && !OFFICE_PEN_NAME.test(text.slice(nameFrom, role.end))) add(personMention(text, nameFrom, role.end, 'person:after-title', false))
    // Name, post: 林宏昇局长指出 (a name opening its clause, the post after it).
    // (某某记者采写的报道: a reporter's role, too, may follow the name.)
    if (!AFTER_TITLES.includes(title) && (!ROLES.has(title) || title === '记者') && !AFTER_ONLY.has(title)) {
      for (const len of [3, 2]) {
        const s = i - len
        // (该院杨宗豪检察长: the anaphor for the body before the name is no part of it.)
        // (前来揭牌的周来醒书记听后: after 的 too, which closes the words describing who, and after a preposition.)
        // (海口市倪强市长: after a division written in full, a name before that division's head's post.)
        const ofDivision = /[省市县区]$/.test(text.slice(s - 1, s)) && title.replace(/^副/, '').startsWith(text[s - 1]!) && (gazetteer().endingAt(text, s, Math.max(from, s - 8))?.values.some((v) => !v.short) ?? false)
        // (派出所张强所长介绍, 街道周某某主任介绍, 社区倪某书记: after the body's kind, the name of the one who heads it;
        // asked only where the character before the name would otherwise end the reading.)
        const ofBody = () => s - 2 >= from && (UNIT_SUFFIX_ENDINGS.longestEndingAt(text, s, Math.max(from, s - 6)) !== undefined || /(?:街道|社区)$/.test(text.slice(s - 2, s)))
        // (在彭晓明所长的带领下, 由王明局长带队: a preposition before the name opens it; 由 of 由王明 is no surname.)
        if (len === 3 && WORD_SURNAMES.has(text.charCodeAt(s)) && surnameAt(text, s + 1) > 0) continue
        // (受刘建国院长委托: and after 受, whose commission or invitation it was.)
        // (落实某某检察长提出的…, 传达某某书记讲话: and after a verb of carrying out or passing on what the holder said.)
        // (首先某某副检察长介绍: and after a word of sequence or time with no comma, 首先, 随后, 会上.)
        if (s < from || (s > from && CJK.test(text[s - 1]!) && !/[的在由据向对与和跟同经请受了]/.test(text[s - 1]!) && !ofDivision && !ofBody() && !/该[院局所队厅委]$/.test(text.slice(Math.max(from, s - 2), s)) && !HOLDERS_WORDS_VERB.test(text.slice(Math.max(from, s - 4), s)) && !SEQUENCE_WORD_BEFORE.test(text.slice(Math.max(from, s - 2), s))) || surnameAt(text, s) === 0) continue
        const n = nameAt(text, s, i)
        const candidate = text.slice(s, i)
        // 、公安局长罗海龙: the words before a post that begin a unit's kind (公安局) are no name.
        // 分管负责同志: a name starts where a word does.
        // 全体警员: a word of the language before a post is no name either.
        // (初见蒋主任: a word of the language opening the three characters leaves one for a surname, no name.)
        // (对此，王国栋副局长: unless the third character is no surname, 王国 though the first two make;
        // 许多老法官: a count or a pronoun, 许多, opening the three leaves none.)
        // (公关室主任: nor those that end an office's name, 室, 办, 股; 宣传科科长: nor those whose last character is
        // the kind its head's post opens with, 科 of 科长.)
        // (挖掘“明星调解员”: a quotation holding only the two, an honour's name, names no one.)
        // (某报全媒体记者: a paper written short before its reporters' role is no name.)
        // (何副总队长: a surname and 副, the deputy's mark of the post, call the holder by the post, no name.)
        if (!n || n.masked || n.end !== i || candidate.endsWith('副') || (text[s - 1] === '“' && text[i + title.length] === '”') || ((candidate.endsWith('报') || MEDIA_NAME.test(candidate)) && title.endsWith('记者')) || /[省市县区旗局院所队部委厅室办股]/.test(candidate) || title.replace(/^副/, '').startsWith(candidate.at(-1)!) || !isPossibleName(candidate) || isDictionaryWord(candidate) || functionWordThenVerb(candidate) || (len === 3 && isDictionaryWord(candidate.slice(0, 2)) && LEXICONS.surnames.has(candidate[2]!)) || (len === 3 && countOrPronoun(candidate.slice(0, 2))) || UNIT_SUFFIXES.longestAt(text, s, i + 2) || !startsWord(text, s, i, from)) continue
        add(personMention(text, s, i, 'person:before-post', false))
        break
      }
    }
    // Name, title: 习近平总书记, 李艳教授
    // 向大会主席团: a title that begins a longer word (主席团) follows no name.
    if (AFTER_TITLES.includes(title) && !(CJK.test(text[after] ?? '') && isDictionaryWord(text.slice(i, after + 1)))) {
      for (const len of [3, 2]) {
        const s = i - len
        if (s < from || surnameAt(text, s) === 0) continue
        const n = nameAt(text, s, i)
        // 相关同志, 有关同志: a word of the language before 同志 is no name.
        // (王牌团队, 专业团队, 孤寡老人, 全体同志: before a team, an elder or comrades, a word of the dictionary is what they are, no name.)
        // (居民陈女士: a word for people opening three characters leaves a surname alone, how one is called.)
        // (解答陈女士: so does a verb of the language, the courtesy after a surname alone.)
        // (钱老先生: a surname and 老, "old", before the courtesy is how an elder is called, no name.)
        // (但钱女士, 向钱女士: a word of the clause, a conjunction or a preposition, before a surname and the courtesy is no surname.)
        // (对江组刘先生: nor a third character the segmenter reads with the courtesy, 刘先生, a surname alone.)
        // (原来该老人: nor one that points at who follows, 该, 这, 此.)
        // (某某·某某老人: the last part of a name written with a dot is no name of its own.)
        // (国家主席: a noun of the language before an office's title is what the office is of.)
        if (!n || n.masked || n.end !== i || /·[\u4e00-\u9fff]*$/.test(text.slice(Math.max(from, s - 6), s)) || ((title === '主席' || title === '总书记') && isDictionaryWord(text.slice(s, i)) && !/^nr/.test(words(text.slice(s, i))[0]?.tag ?? '')) || (len === 2 && text[i - 1] === '老' && (title === '先生' || title === '女士')) || (len === 2 && (title === '先生' || title === '女士') && clauseWordBeforeSurname(text.slice(s, i + title.length))) || (len === 3 && (title === '先生' || title === '女士') && surnameCourtesy(text.slice(s, i + title.length))) || /[该这那此每各]/.test(text[i - 1]!) || isOrdinaryWord(text.slice(s, i)) || !isPossibleName(text.slice(s, i)) || !startsWord(text, s, i, from) || (len === 3 && (CUES.longestAt(text, s, i)?.length ?? 0) >= 2) || (len === 3 && (title === '女士' || title === '先生') && isDictionaryWord(text.slice(s, s + 2)) && LEXICONS.surnames.has(text[i - 1]!)) || ((title === '团队' || title === '老人' || title === '同志') && isCommonWord(text.slice(s, i))) || (title === '团队' && !/^nr/.test(words(text.slice(s, i))[0]?.tag ?? ''))) continue
        add(personMention(text, s, i, 'person:before-title', false))
        break
      }
    }
    i = after - 1
  }
  // ”王斌说, ,崔庭说; ：黄志刚任南宁市公安局局长, 。李国栋不再担任…
  for (let i = from - 1; i < to; i++) {
    // (家住某街道的甲说: after 的 too, a name whose surname the segmenter reads as one, before a verb of speech.)
    // (的 is the commonest character: only where a verb of speech stands after two or three more is a name looked for.)
    const described = i >= from && text[i] === '的' && (SPEECH.test(text.slice(i + 3, i + 9)) || SPEECH.test(text.slice(i + 4, i + 10)))
    // (接受某某辞去…职务的请求: after accepting or approving, the name of one who resigns a post.)
    const resigning = i >= from + 1 && ACCEPTING_LAST.has(text.charCodeAt(i)) && matchesAt(ACCEPTING_AT, text, i - 1) && /^[\u4e00-\u9fff]{2,3}辞去/.test(text.slice(i + 1, i + 7))
    // (会议由某某主持: after 由, the name of one who chairs or attends, the meeting's role after it.)
    const chairedBy = i >= from && text[i] === '由'
    // (主持调解的甲是某镇调解委员会主任, 刑警出身的乙现任某分局局长: after 的 too, a name that takes or is a post
    // closing its clause; looked for only where 是 or 任 stands two or three characters after the 的.)
    const describedPost = i >= from && text[i] === '的' && !described && DESCRIBED_POST.test(text.slice(i + 3, i + 6))
    // (会上甲表示, 随后乙介绍: after a word of sequence or of the meeting with no comma, a name before a verb of speech.)
    const sequenced = i > from && SEQUENCE_WORD_LAST.has(text.charCodeAt(i)) && matchesAt(SEQUENCE_WORD_AT, text, i - 1) && [3, 4].some((k) => SPEECH.test(text.slice(i + k, i + k + 6)) || SEATED_SPEAKER.test(text.slice(i + k, i + k + 6)))
    if (i >= from && !BEFORE_CLAUSE_NAME.has(text.charCodeAt(i)) && !described && !resigning && !chairedBy && !describedPost && !sequenced) continue
    const n = nameAt(text, i + 1, to)
    if (!n || n.masked) continue
    const next = text.slice(n.end, n.end + 6)
    if (chairedBy && !MEETING_ROLE.test(next)) continue
    if ((described || sequenced) && !((SPEECH.test(next) || (sequenced && SEATED_SPEAKER.test(next))) && /^nr/.test(words(text.slice(i + 1, n.end))[0]?.tag ?? '') && !isDictionaryWord(text.slice(i + 1, n.end)))) continue
    const held = describedPost ? HOLDS_POST.exec(next)?.[0].length : undefined
    if (describedPost && !(held !== undefined && isPossibleName(text.slice(i + 1, n.end)) && !isDictionaryWord(text.slice(i + 1, n.end)) && postClosesClause(text, n.end + held, to))) continue
    const three = n.end - i - 1 === 3
    // (A name opening its paragraph's line.)
    const opensLine = i === from - 1 && (from === 0 || text[from - 1] === '\n')
    // (周老板感慨: a surname and a courtesy, the ONTOLOGY's honorific form, names no one.)
    if (HONORIFIC.test(text.slice(i + 1, n.end))) continue
    // (甲代表建议, 乙委员表示: a deputy or a member called by the seat, then what they said or proposed.)
    const read: [number, string] | undefined = SPEECH.test(next) || MANNER_THEN_SPEECH.test(next) || SEATED_SPEAKER.test(text.slice(n.end, n.end + 6))
      ? [n.end, 'person:speech']
      : // ，李勇坦言: a three-character reading whose last character opens the verb of speech is a two-character name.
        // (甲乙开心地说: nor one whose last character opens a word of manner before it.)
        three && (SPEECH.test(text.slice(n.end - 1, n.end + 5)) || MANNER_THEN_SPEECH.test(text.slice(n.end - 1, n.end + 5)))
        ? [n.end - 1, 'person:speech']
        : // 李明调任…: a three-character reading whose last character opens the verb (调任, 升任) is a two-character name.
          three && TWO_CHARACTER_APPOINTMENT.test(text.slice(n.end - 1, n.end + 1))
          ? [n.end - 1, 'person:appointment']
          : // (但要胜任工作: nor 任 that ends a word with the character before, 胜任.)
            APPOINTMENT.test(next) && !(next[0] === '任' && isDictionaryWord(text.slice(n.end - 1, n.end + 1)))
            ? [n.end, 'person:appointment']
            : MEETING_ROLE.test(text.slice(n.end, n.end + 20))
              ? [n.end, 'person:meeting-role']
              : COPULA.test(next) && postClosesClause(text, n.end + COPULA.exec(next)![0].length, to)
                ? [n.end, 'person:copula-post']
                : // 谭某某，某市公安局监管支队副支队长，…: a name opening a paragraph, then a comma and a post, is that post's holder.
                  // (课题组成员：甲，某委常务副书记；乙，某委副书记: so is one opening an item of a list after a colon or semicolon.)
                  (opensLine || (i >= from && /[：:；;]/.test(text[i]!))) && /^[，,]/.test(next) && postClosesClause(text, n.end + 1, to)
                  ? [n.end, 'person:copula-post']
                  : // (甲 某医院副院长: a line of a name, spaces and posts that end it, a roster's item.)
                    opensLine && /^[ \u3000]+[\u4e00-\u9fff]/.test(next) && postEndsLine(text, n.end + (/^[ \u3000]+/.exec(next)?.[0].length ?? 0), to)
                    ? [n.end, 'person:copula-post']
                    : undefined
    // (，高兴地说道: a word of manner, or a word of the language, before the verb is no name; asked only of a reading found.)
    // (王女士说: a surname and a word of courtesy is how one is called, no name.)
    // (，由某某担任组长: 由 before a name of two that takes the post is the preposition, no surname.)
    const by = read && read[0] - i - 1 === 3 && WORD_SURNAMES.has(text.charCodeAt(i + 1)) && surnameAt(text, i + 2) > 0 && isPossibleName(text.slice(i + 2, read[0])) ? 1 : 0
    // (信上说: nor a reading that ends in a word of place, 上, 中, 里: what is said there is written, no name.)
    if (read && !/地$/.test(text.slice(i + 1, n.end)) && !isDictionaryWord(text.slice(i + 1 + by, i + 3 + by)) && isPossibleName(text.slice(i + 1 + by, read[0])) && words(text.slice(i + 1 + by, read[0])).at(-1)?.tag !== 'f') add(personMention(text, i + 1 + by, read[0], read[1], false))
  }
  // 刘涛，1964年1月生，…; 刘丽娟(女)，1968年11月出生: a profile opens with the name and the birth date;
  // 闵建(省公安厅党委委员、副厅长)：…: so does a forum's speaker with the posts in brackets.
  // (As in cuedByPictureOrKin, each pattern only where a character all its matches hold is written.)
  const span = text.slice(from, to)
  const profiles = span.includes('生') || span.includes('岁') ? allMatches(span, PROFILE) : []
  const speakers = span.includes('(') || span.includes('（') ? allMatches(span, SPEAKER_WITH_POSTS) : []
  // 丰某某：建议加大…: a speaker's name alone opening a line and closed by a colon, what they said after it.
  const labelled = span.includes('：') || span.includes(':') ? allMatches(span, SPEAKER_LABEL).filter((m) => !isDictionaryWord(m[2]!) && !isDictionaryWord(m[2]!.slice(-2))) : []
  for (const m of [...profiles, ...speakers, ...labelled]) {
    const at = from + m.index + m[1]!.length
    const n = nameAt(text, at, to)
    if (n && !n.masked && n.end === at + m[2]!.length && isPossibleName(m[2]!)) add(personMention(text, at, n.end, 'person:profile', false))
  }
  // 甲（某县公安局某派出所民警）: a name right before a bracket that holds a body and a post or role.
  for (const m of span.includes('(') || span.includes('（') ? allMatches(span, BRACKETED_POST) : []) {
    const open = from + m.index
    const inner = m[1]!
    const post = POSTS_ENDING.longestEndingAt(inner, inner.length)?.length ?? 0
    if (post < 2 || !UNIT_SUFFIX_ENDINGS.longestEndingAt(inner, inner.length - post)) continue
    for (const len of [3, 2]) {
      const start = open - len
      if (start < from || surnameAt(text, start) === 0) continue
      const n = nameAt(text, start, open)
      if (!n || n.masked || n.end !== open || !isPossibleName(text.slice(start, open)) || isDictionaryWord(text.slice(start, open)) || !startsWord(text, start, open, from)) continue
      add(personMention(text, start, open, 'person:bracketed-post', false))
      break
    }
  }
  // 习近平新时代中国特色社会主义思想, 邓小平理论, 毛泽东思想: a leader named in the doctrine named after them.
  for (const m of span.includes('思想') || span.includes('理论') ? allMatches(span, DOCTRINE) : []) {
    const at = from + m.index
    for (const len of [3, 2]) {
      const start = at - len
      if (start < from || surnameAt(text, start) === 0 || (start > from && CJK.test(text[start - 1]!) && len === 2 && surnameAt(text, start - 1) > 0)) continue
      const n = nameAt(text, start, at)
      // (学习新思想: no name starts inside a word, 学习.)
      // (宣讲文明新思想: 新 before 思想 is the new thought's, no name's last character.)
      if (!n || n.masked || n.end !== at || isDictionaryWord(text.slice(start, at)) || (start - 2 >= from && !boundaryAt(text.slice(start - 2, at), 2)) || (m[0] === '思想' && text[at - 1] === '新')) continue
      add(personMention(text, start, at, 'person:doctrine', false))
      break
    }
  }
  // 以陈某某为首的…, 吴忠市某某、中宁县某某等…黑社会性质组织: the one a gang is named after, who leads it;
  // 以甲、乙为代表的…, 某县甲涉黑案: so are those it is known by, and those its case is named for.
  // (Asked only of sentences that name a gang or a leader: the pattern is tried at every character.)
  for (const m of span.includes('为首') || GANG_WORD.test(span) ? allMatches(span, GANG_AFTER_LEADER) : []) {
    const at = from + m.index
    for (const len of [4, 3, 2]) {
      const start = at - len
      const name = text.slice(start, at)
      // (欧阳某某: four characters only after a surname of two.)
      if (len === 4 && surnameAt(text, start) !== 2) continue
      // (The gang's words fix where the name ends; where it starts, the word before says: a division's
      // name, a list's mark, a verb's particle, or 以 of 以…为首.)
      const before = start > from ? text[start - 1]! : ''
      // (100余宗涉黑案: a figure before it makes a count of cases, no name.)
      const opens = (!CJK.test(before) && !/[\d０-９]/.test(before)) || GANG_LEADER_AFTER.test(before)
      // (以甲、乙为代表的…: the first of the leaders listed follows 以 with a list after it, not 为首.)
      const led = before === '以' ? m[0] !== '' || m.groups?.listed !== undefined : m[0] !== '为首'
      if (start < from || !opens || !led || surnameAt(text, start) === 0 || name.includes('某') || isDictionaryWord(name) || !isPossibleName(name)) continue
      add(personMention(text, start, at, 'person:gang-leader', false))
      break
    }
  }
  // 办理甲故意杀人案, 乙等3人诈骗案, 丙系列虚假诉讼案件: the defendant a case is named after, right before the
  // charge; (where the name starts, the segmenter's word before it says).
  for (const m of span.includes('案') ? allMatches(span, CASE_AFTER_NAME) : []) {
    const at = from + m.index
    for (const len of [4, 3, 2]) {
      const start = at - len
      const name = text.slice(start, at)
      // (侦破张家口诈骗案: a place's name before the charge says where, no one's.)
      if (start < from || (len === 4 && surnameAt(text, start) !== 2) || surnameAt(text, start) === 0 || nameAt(text, start, at)?.end !== at || name.includes('某') || isDictionaryWord(name) || !isPossibleName(name) || gazetteer().at(name, 0)?.length === name.length) continue
      if (start - 2 >= from && CJK.test(text[start - 1]!) && !boundaryAt(text.slice(start - 2, at), 2)) continue
      add(personMention(text, start, at, 'person:case-name', false))
      break
    }
  }
  // (任命某为文为…: the name is the one closed by 为, whatever 为 inside it.)
  for (const m of span.includes('为') ? allMatches(span, APPOINTING_BEFORE_NAME) : []) {
    let at = from + m.index + m[0].indexOf(m[1]!)
    for (const item of m[1]!.split('、')) {
      if (surnameAt(text, at) > 0 && !item.includes('某') && isPossibleName(item) && !isDictionaryWord(item)) add(personMention(text, at, at + item.length, 'person:appointment', false))
      at += item.length + 1
    }
  }
  // (Only a sentence holding a list and 任 is scanned: the pattern backtracks over every run of characters.)
  for (const m of span.includes('、') && span.includes('任') ? allMatches(span, COUNTED_BEFORE_APPOINTMENT) : []) {
    let at = from + m.index
    const items = m[1]!.split('、')
    // (The count is of the names listed: a list of another length is of something else.)
    if (smallCount(m[2]!) !== items.length) continue
    for (const [k, written] of items.entries()) {
      // (通过了甲、乙: the first item may hold the words before the name; the name is its last three characters or two.)
      const cut = k === 0 ? ([3, 2].map((n) => written.length - n).find((c) => c >= 0 && surnameAt(text, at + c) > 0 && nameAt(text, at + c, at + written.length)?.end === at + written.length) ?? 0) : 0
      const item = written.slice(cut)
      const start = at + cut
      if (surnameAt(text, start) > 0 && !item.includes('某') && isPossibleName(item) && !isDictionaryWord(item) && nameAt(text, start, start + item.length)?.end === start + item.length) add(personMention(text, start, start + item.length, 'person:appointment', false))
      at += written.length + 1
    }
  }
  for (const m of span.includes('免去') ? allMatches(span, REMOVING_BEFORE_NAME) : []) {
    const at = from + m.index + m[0].length
    // (免去甲乙自治区…职务: the name is the reading the post's opening follows, of three characters or two.)
    const end = [at + 3, at + 2].find((e) => surnameAt(text, at) > 0 && removedPostAfter(text, e) && isPossibleName(text.slice(at, e)))
    const n = end !== undefined ? nameAt(text, at, end) : undefined
    if (n && !n.masked && n.end === end && !isDictionaryWord(text.slice(at, n.end))) add(personMention(text, at, n.end, 'person:appointment', false))
  }
  return out
}

/** The charges of the Criminal Law, as one alternation. */
const CHARGES = LEXICONS.crimeKinds.join('|')
/** A charge and 案 right at the start of the text read (受贿案, 故意杀人系列案). */
const CHARGE_THEN_CASE = new RegExp(`^(?:${CHARGES})(?:系列)?案`)

/** A charge named after a defendant, then 案 or 案件 (故意杀人案, 等3人诈骗案, 系列虚假诉讼案件, 虚假诉讼系列案); the match opens where the name ends. */
const CASE_AFTER_NAME = new RegExp(String.raw`(?:等(?:\d{1,3}|[两二三四五六七八九十]{1,3})人)?(?:涉嫌)?(?:系列)?(?:${CHARGES})(?:系列)?案`, 'g')

/** Verbs of winning an honour that may follow a list of people (获, 荣获, 获评, 被评为, 被授予, 当选), never 获悉 or 获得感. */
const WINS_HONOUR = /^(?:荣获|获评|获得(?!感)|获(?![悉知得取益利批准])|被评为|被授予|当选)/

/**
 * Items joined by 、 up to what closes a list of people: 等, …, a count of 名 (人, 位), 同志, 烈士, 民警, a verb of
 * attending or of winning an honour. (有关警种、部门负责同志: 负责同志 are the officials in charge of what is listed.)
 */
const CLOSED_LIST = new RegExp(String.raw`(?:[\u4e00-\u9fff·]{2,13}、)+[\u4e00-\u9fff·]{2,13}?(?=等|…|以及|[两二三四五六七八九十\d]+[名人位]|[，,]这[两二三四五六七八九十\d]+[个位名]|(?:(?<!负责)同志|烈士|民警)|(?:出席|陪同|参加)(?![\u4e00-\u9fff]{0,2}(?:会议|活动)?的)|${WINS_HONOUR.source.slice(1)})`, 'g')

/** `4名护边员，甲、乙、丙、丁，…`: a count of people of one kind, then a list set off by clause marks. */
const COUNTED_PEOPLE = /([两二三四五六七八九十]|\d{1,2})名([\u4e00-\u9fff]{1,6}?(?:员|警|人|者|民|官|士|生|手|工|师))[，,：:]\s*((?:[\u4e00-\u9fff·]{2,13}、)+[\u4e00-\u9fff·]{2,13})(?=[，,。；;])/g

/**
 * 4名护边员，巴图、其木格、苏和、朝鲁门，…: as many items as the count of people before them
 * name those people, whatever their names' origin. (3名工作人员，民警、辅警、网格员: words for people or
 * posts, bodies and divisions are kinds, no names.)
 */
function countedPeopleNamed(text: string, from: number, span: string): RawMention[] {
  const out: RawMention[] = []
  for (const m of span.includes('名') ? allMatches(span, COUNTED_PEOPLE) : []) {
    const items = m[3]!.split('、')
    if (items.length !== smallCount(m[1]!)) continue
    const kinds = items.some((it) => TITLES.longestAt(it, 0) || LEXICONS.titles.some((t) => t.length >= 2 && it.endsWith(t)) || PEOPLE_NOUNS.some((t) => it.endsWith(t)) || /[员警人者]$/.test(it) || UNIT_SUFFIX_ENDINGS.longestEndingAt(it, it.length) !== undefined || writtenAsDivision(it) || it.includes('某') || (it.length <= 3 && isDictionaryWord(it) && surnameAt(it, 0) === 0))
    if (kinds) continue
    let at = from + m.index + m[0].length - m[3]!.length
    for (const it of items) {
      out.push(personMention(text, at, at + it.length, 'person:list', false))
      at += it.length + 1
    }
  }
  return out
}

/** What a list of bodies, fields or means is closed with (…等力量, …等部门, …等领域). */
const NOT_PEOPLE_AFTER_LIST = new RegExp(String.raw`^[\u4e00-\u9fff]{0,2}?(力量|部门|单位|领域|方面|行业|机关|机构|职能|资源|要素|因素|环节|平台|渠道|问题|工作|方式|手段|措施)|^(?:中心|公安)?(?:${STATION_KINDS})|^(地|乡镇|镇|乡|村|社区|街道)${NO_PEOPLE_WORD}`)

/**
 * Lists of names joined by 、 (刘海旺、宝力格、郭涛…; 刘建伟、吴伟两名同志): when the list is closed
 * by 等 / … / N名同志 and most items look like names, every item is a person, transliterated names too.
 */
export function listMentions(text: string, from: number, to: number, known: ReadonlySet<string>): RawMention[] {
  const out: RawMention[] = []
  const span = text.slice(from, to)
  if (!span.includes('、')) return out
  // (A list is closed by 等, …, 以及, a count of 名, or 同志, 烈士, 民警, or goes on with 出席, 陪同, 参加 or a verb of
  // winning an honour, 获, 被评为: a sentence with none of them holds no such list.)
  if (!/[等…名获]|同志|烈士|民警|出席|陪同|参加|被评为|被授予|当选|以及/.test(span)) return out
  out.push(...countedPeopleNamed(text, from, span))
  // An item runs to 13 characters: a transliterated name (乌拉孜别克·热苏力汗) is that long.
  for (const m of allMatches(span, CLOSED_LIST)) {
    let items = m[0].split('、')
    // The first item may carry the words before it (涌现出像宝音德力格尔): keep the name-like tail.
    const head = items[0]!
    // (责任如何划分: 如 that makes a word with the next character, 如何, opens no name.)
    const after = /(像|如|有|是|和|及)([\u4e00-\u9fff·]{2,8})$/.exec(head)
    const trimmed = after && (after[1] !== '如' || boundaryAt(head, head.length - after[2]!.length)) ? after[2] : undefined
    // (责任如何划分、…: a tail that opens inside a word, 如何, is no name.)
    const tail = [3, 2].map((n) => head.slice(-n)).find((t) => surnameAt(t, 0) > 0 && boundaryAt(head, head.length - t.length))
    if (known.has(head) || (head.length <= 3 && surnameAt(head, 0) > 0)) items = [head, ...items.slice(1)]
    else if (trimmed) items = [trimmed, ...items.slice(1)]
    else if (tail) items = [tail, ...items.slice(1)]
    else items = items.slice(1)
    if (items.length < 2) continue
    // 聚焦民生、金融、房地产: words of the language are no names, whatever their first character.
    // (黄兴国: a name of three characters the dictionary holds as a proper noun is still a name.)
    // (成本高、时间长等: a noun and an adjective, a thing and how it is, make a clause, no name.)
    const namely = items.filter((it) => known.has(it) || DOTTED.test(it) || tibetanName(it) || (surnameAt(it, 0) > 0 && it.length <= 3 && nameAt(it, 0, it.length)?.end === it.length && (!isDictionaryWord(it) || (it.length === 3 && /^n[srz]/.test(words(it)[0]!.tag))) && !thingAndQuality(it))).length
    const next = span.slice(m.index + m[0].length, m.index + m[0].length + 3)
    // Strong cues say the items are people (像…、…; …两名同志); a bare 等 or … only closes the list.
    // …、张黄元等领导: 等 and a word for leaders or comrades closes a list of people.
    // (甲、乙、丙,这3个普通人: the list counted again after it, as many as its items, names people too.)
    const countedAgain = /^[，,]这([两二三四五六七八九十\d]+)[个位名]/.exec(span.slice(m.index + m[0].length, m.index + m[0].length + 6))
    // (甲、乙、丙等8 位…: 等 and a count of people, a space inside as a page may set it, say so too.)
    const strong = /^([两二三四五六七八九十\d]+[名人位]|同志|烈士|等(领导|同志|负责同志)|等[两二三四五六七八九十\d]{1,3} ?[名位])/.test(span.slice(m.index + m[0].length, m.index + m[0].length + 6)) || /(像|如)$/.test(span.slice(0, m.index + m[0].indexOf(items[0]!))) || (countedAgain !== null && smallCount(countedAgain[1]!) === items.length)
    // 整合公安、司法、信访等力量: a list closed by 等 and a word for bodies or means is no list of people.
    // (甲、乙、丙以及…其他成员: 以及 and more people after it close a list as 等 does.)
    const weak = /^(等|…|以及)/.test(next) && !NOT_PEOPLE_AFTER_LIST.test(span.slice(m.index + m[0].length + 1, m.index + m[0].length + 6))
    // 甲、乙、丙出席: a clause that opens with a list and goes on with attending names people, when every item reads as a name.
    // (甲、乙、丙获某某奖, …被评为…: so does one that goes on with winning an honour.)
    // (甲、乙、丙、庄严出席: of four names or more, one may be a word of the language too.)
    const attending = (/^(出席|陪同|参加)/.test(next) || WINS_HONOUR.test(span.slice(m.index + m[0].length))) && (m.index === 0 || /[，,。；;：:\n]/.test(span[m.index - 1]!)) && (namely === items.length || (items.length >= 4 && namely === items.length - 1)) && items[0] === head
    if (!items.some((it) => known.has(it)) && !(strong && namely * 2 >= items.length) && !(weak && namely * 4 >= items.length * 3) && !attending) continue
    // (…、李某率一、三中队近60名警力: a unit's kind inside an item, not only at its end, makes a list of no people.)
    if (items.some((it) => LEXICONS.unitSuffixes.some((s) => it.endsWith(s) || (s.length >= 2 && it.includes(s))) || LEXICONS.titles.some((t) => it.endsWith(t)))) continue
    // (某县、某区、某县党委政法委主要负责同志: divisions listed before their bodies' officials are no names.)
    // (来自云南团、新疆团的13名代表: nor are delegations named by their provinces.)
    if (items.some((it) => writtenAsDivision(it) || provinceAndOne(it.slice(0, 3)))) continue
    // (如甲州、乙、丙等地区: a list half of whose items are divisions written short, whole, is a list of places, a typo among them.)
    if (items.filter((it) => gazetteer().at(it, 0)?.length === it.length).length * 2 >= items.length) continue
    let at = from + m.index + m[0].length
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k]!
      const start = at - it.length
      // 、副庭长皇甫延玉: an item opening with its post is read from the post, by the title rule;
      // 、某某集团总经理陈立群: so is one whose post comes after its body.
      // (、快递小哥张白杨: so is one holding a word for people.)
      // (、中宁县李某: the division written before a name says where the person is from, no part of the name.)
      const place = gazetteer().at(it, 0)?.length ?? 0
      const nameStart = place >= 2 && it.length - place >= 2 && it.length - place <= 3 && surnameAt(it, place) > 0 ? start + place : start
      // (…、赔偿金额如何确定: an item of seven characters or more, with no dot of a transliterated name, is a clause.)
      const clause = at - nameStart >= 7 && !it.includes('·') && !ofKnownParts(it)
      // (推行林长、田长巡查: chiefs of a field or a forest are posts, however a surname opens them.)
      // (…、乙丙正参加: the last item's third character, an adverb before the verb, is no part of the name.)
      // (甲等人、乙等人、丙等人: each item may close its own group with 等人; the name ends before it.)
      const others = k < items.length - 1 ? (/等(?:人|[\d一二三四五六七八九十两]+[名人位])$/.exec(it)?.[0].length ?? 0) : 0
      const end = k === items.length - 1 ? beforeAdverb(text, nameStart, at) : at - others
      if (!clause && !TITLES.longestAt(it, 0) && !LEXICONS.titles.some((t) => t.length >= 2 && it.includes(t)) && !PEOPLE_NOUNS.some((t) => t.length >= 2 && it.includes(t)) && !CHIEF_OF_A_RESOURCE.test(text.slice(nameStart, at))) out.push(personMention(text, nameStart, end, 'person:list', false))
      at = start - 1
    }
  }
  return out
}

/** 成本高, 压力大: a common noun of two characters and an adjective of one. */
function thingAndQuality(item: string): boolean {
  const ws = words(item)
  return ws.length === 2 && ws[0]!.word.length === 2 && ws[0]!.tag === 'n' && ws[1]!.tag === 'a'
}

/** A studio's kind: an optional field of mediation, and 工作室 (家事调解工作室). */
const STUDIO_KIND_SOURCE = '(?:家事|人民|矛盾纠纷|纠纷)?(?:调解)?工作室'
/** A studio named after someone: who, then the studio's kind (某某家事调解工作室). */
const STUDIO = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)${STUDIO_KIND_SOURCE}$`)
/** 某大姐: how a person is called by a kin word, which a studio is named after too. */
const CALLED_BY_KIN = /^[\u4e00-\u9fff](?:大姐|大哥|大妈|阿姨)$/

/**
 * 某某调解工作室, 某大姐调解工作室: a studio named after the person who runs it is a body of its own (the real
 * answers read mark all four such studios units); one named after a field or a brand (某某社区矫正工作室) stays
 * a device. 老某调解室, 某村调解室: a mediation room is a body too, whoever or whatever it is named after (the
 * real answers read when this was written marked ten such rooms units, one a device), unless named by a quoted brand.
 */
export function studioOfPerson(m: RawMention): RawMention {
  if (m.type !== 'Measure') return m
  if (isPersonStudio(m.name)) return withFields(m, { type: 'Unit', rule: 'unit:person-studio' })
  // (“某某”调解室, “某某调解室”: one named by a brand in quotes stays a device, as a quoted work station is; the answers
  // of the 348 real excerpts read mark all five such rooms devices.)
  return /调解室$/.test(m.name) && m.name.length >= 5 && !/[“「"]/.test(m.text) ? withFields(m, { type: 'Unit', rule: 'unit:mediation-room' }) : m
}

/** Whether a name is a studio named after the person (or the kin word for someone) who runs it. */
function isPersonStudio(name: string): boolean {
  const who = STUDIO.exec(name)?.[1]
  return who !== undefined && (CALLED_BY_KIN.test(who) || (nameAt(who, 0, who.length)?.end === who.length && !isDictionaryWord(who)))
}

const STUDIO_KIND = new RegExp(STUDIO_KIND_SOURCE, 'g')
/**
 * 以她名字命名的某某调解工作室: such a studio is a body wherever it is written, with no verb of setting it up
 * before it (the finders of devices read one only after such a verb).
 */
export function personStudioMentions(text: string, from: number, to: number): RawMention[] {
  const out: RawMention[] = []
  for (const k of allMatches(text.slice(from, to), STUDIO_KIND)) {
    const end = from + k.index + k[0].length
    const start = [3, 2, 4].map((n) => from + k.index - n).find((at) => at >= from && isPersonStudio(text.slice(at, end)) && startsWord(text, at, end, from))
    if (start !== undefined) out.push(mention('Unit', text, start, end, 'unit:person-studio'))
  }
  return out
}

/** 但钱女士: the segmenter reads the first character alone as a conjunction, preposition, adverb or verb, and the surname with the courtesy. */
function clauseWordBeforeSurname(nameAndCourtesy: string): boolean {
  const [first, second] = words(nameAndCourtesy)
  return first !== undefined && first.word.length === 1 && /^(c|p|d|v|r)$/.test(first.tag) && second?.start === 1
}
