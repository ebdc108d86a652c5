// Extraction: a source's text → one ArticleExtraction per article (entities, relationships, figures,
// each with the source spans and rule behind it). Pure: strings in, data out, so it runs in tests,
// in `kg extract` and in worker threads alike.
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { InputError } from '../errors.js'
import { EntityType, type ArticleExtraction, type Entity, type Figure, type Relation } from '../model/index.js'
import { correspondentsOf, layout, type ArticleLayout, type BylineName, type FileLayout, type NewsSource } from './articles.js'
import { accept, shippedModel } from './acceptance.js'
import { articleDate } from './dates.js'
import { buildEntities, type Entities, type EntityDraft } from './entities.js'
import { driveOf, figuresIn } from './figures.js'
import { gazetteer } from './gazetteer.js'
import { NATIONAL_BODIES, TITLES, Trie } from './lexicon.js'
import { cleanName, DECLARED_SHORT, mention, type RawMention } from './mentions.js'
import { knownQuotedMentions, namedMentions } from './named.js'
import { dottedMentions, LEVEL_OPENING, listMentions, namesAfterUnits, personMentions, personStudioMentions, studioOfPerson, tibetanNameMentions } from './persons.js'
import { countryMentions, districtInUnitName, ethnicTownshipMentions, featureMentions, provinceRegionMentions, listedPlaceMentions, localityInUnitName, railwayStationMentions, regionMentions, divisionMentions, roadInUnitName, siteMentions, featuresAfterDivisions, opensWithCountOrPointer, townsAfterCounty, zoneInUnitName } from './places.js'
import { buildRelations, inOversightFrame, isMedia, type RawRelation } from './relations.js'
import { foldWidthAll, normalise, overTrailingPinyin, sentences, toSource, toTraditional, type Sentence, type Span, type WorkingText } from './text.js'
import { bareSectionMentions, bulletinMentions, collectiveMentions, corpsMentions, mediaBeforeReporters, democraticPartyMentions, elidedBranches, housedCentres, numberedDepartments, relativeSections, serviceNumberCentres, SET_UP_BY_COMMITTEE, siteNameMentions, unitKindWords, unitMentions, workingGroups } from './units.js'

/** One entry of a user lexicon: a name the user already knows, with its label and other forms. */
export const LexiconEntry = z.object({ type: EntityType, name: z.string().min(1), aliases: z.array(z.string().min(1)) })
export type LexiconEntry = z.infer<typeof LexiconEntry>

export interface UserLexicon {
  /** File name, as provenance names it (`lexicon:<file>`). */
  file: string
  entries: LexiconEntry[]
}

export interface ExtractOptions {
  lexicons?: readonly UserLexicon[]
  /** Add knowledge the article does not state (gazetteer parents of places), marked `enrichedFrom`. */
  enrich?: boolean
  /** Keep only what the acceptance model accepts (the default); false gives all the rules found. */
  accept?: boolean
}

export interface SourceText {
  name: string
  text: string
}

/**
 * Reads a user lexicon: one entry per line, `Label<TAB>name<TAB>alias|alias…` (aliases optional),
 * `#` comments. Labels are those of ONTOLOGY.md.
 */
export async function loadUserLexicon(file: string): Promise<UserLexicon> {
  const text = await fs.promises.readFile(file, 'utf8').catch((cause: unknown) => {
    throw new InputError('INPUT_MISSING', file, 'lexicon file not found', cause)
  })
  const entries: LexiconEntry[] = []
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const [type, name, aliases] = line.split('\t')
    const parsed = LexiconEntry.safeParse({ type, name, aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [] })
    if (!parsed.success) throw new InputError('INPUT_NO_TEXT', file, `line ${i + 1}: expected "Label<TAB>name<TAB>alias|alias" with Label one of ${EntityType.options.join(', ')}`)
    entries.push(parsed.data)
  }
  return { file: path.basename(file), entries }
}

type LexiconTrie = Trie<{ entry: LexiconEntry; file: string }>

/** Every name and alias of the user's lexicons, looked up together. */
function lexiconTrie(lexicons: readonly UserLexicon[]): LexiconTrie | undefined {
  if (lexicons.length === 0) return undefined
  const trie: LexiconTrie = new Trie()
  for (const l of lexicons) for (const entry of l.entries) for (const form of [entry.name, ...entry.aliases]) trie.add(form, { entry, file: l.file })
  return trie
}

function lexiconMentions(trie: LexiconTrie | undefined, text: string, from: number, to: number): RawMention[] {
  if (!trie) return []
  return trie.scan(text, from, to).map((m) => {
    const { entry, file } = m.values[0]!
    return Object.assign(mention(entry.type, text, m.start, m.end, `lexicon:${file}`, entry.name), { lexicon: file })
  })
}

/** Units and places nest in each other's names; so do both in a campaign's or measure's name. */
function mayNest(outer: RawMention, inner: RawMention): boolean {
  if (outer.start > inner.start || inner.end > outer.end) return false
  // A drive a unit is named for (扫黑除恶专项斗争领导小组) is named too.
  if (outer.type === 'Unit' && inner.type === 'Campaign') return true
  if (outer.type === 'Unit' || outer.type === 'Place') return inner.type === 'Unit' || inner.type === 'Place'
  // 孙卫东: nothing is named inside a person's name (卫东 is also a district's short form).
  if (outer.type === 'Person') return false
  // 《中共中央关于…的意见》: the body that issued a titled document, named before 关于, is the title's words,
  // as annotators of real news read it; named elsewhere in the article, it stands there.
  if (outer.type === 'Measure' && inner.type === 'Unit' && outer.text.startsWith('《') && outer.text.startsWith('关于', inner.end - outer.start)) return false
  // “最强党支部”创建工作: what the quotes hold is the drive's name, not a unit of its own.
  const quoted = (outer.text.slice(0, inner.start - outer.start).match(/“/g)?.length ?? 0) > (outer.text.slice(0, inner.start - outer.start).match(/”/g)?.length ?? 0)
  // 学习贯彻某某新时代中国特色社会主义思想主题教育: the leader whose doctrine a drive studies is named too.
  return (inner.type !== 'Person' || inner.rule === 'person:doctrine') && !quoted
}

/**
 * Overlapping mentions of different types: one nested in the other may stand (a place in a unit's
 * name); otherwise the one that strictly contains the other wins (扫黑除恶专项斗争小组 is a unit),
 * and between crossing ones the earlier-listed, stronger finder wins.
 */
function resolveOverlaps(groups: RawMention[][]): RawMention[] {
  // Kept mentions by the block of text they start in: a clash can only come from a nearby block.
  const BLOCK = 64
  const blocks = new Map<number, RawMention[]>()
  const dropped = new Set<RawMention>()
  const near = (m: RawMention) => {
    const out: RawMention[] = []
    const longest = Math.max(BLOCK, m.end - m.start)
    for (let b = Math.floor((m.start - longest) / BLOCK); b <= Math.floor(m.end / BLOCK); b++) for (const k of blocks.get(b) ?? []) if (!dropped.has(k)) out.push(k)
    return out
  }
  const kept: RawMention[] = []
  for (const group of groups) {
    for (const m of group) {
      const clashes = near(m).filter((k) => k.type !== m.type && k.start < m.end && m.start < k.end && !mayNest(k, m) && !mayNest(m, k))
      const containsAll = clashes.every((k) => m.start <= k.start && k.end <= m.end && m.end - m.start > k.end - k.start)
      if (clashes.length > 0 && !containsAll) continue
      for (const k of clashes) dropped.add(k)
      kept.push(m)
      const b = Math.floor(m.start / BLOCK)
      const block = blocks.get(b)
      if (block) block.push(m)
      else blocks.set(b, [m])
    }
  }
  return kept.filter((k) => !dropped.has(k))
}

/** What the finders found in an article's sentences, by the order in which they win overlaps. */
interface Found {
  fromLexicon: RawMention[]
  named: RawMention[]
  units: RawMention[]
  places: RawMention[]
  persons: RawMention[]
}

/** The mentions of an article: what the finders `found` in its sentences, with its bylines and the names known from both. */
function mentionsOf(text: string, span: Span, sents: readonly Sentence[], bylines: RawMention[], { fromLexicon, named, units, places, persons }: Found): RawMention[] {
  named.push(...knownQuotedMentions(text, span.start, span.end, named))
  knownNameMentions(text, span, sents, bylines, persons)
  // (来源:某某局网站: the body whose site sends the piece is named only as part of the site's name.)
  const sites = bylines.filter((b) => b.rule === 'unit:news-source' && b.name.endsWith('网站'))
  // (下载国家某某中心APP: and the body an app is named for only as part of the app's name.)
  // (“某某”宣防分队: and the kind of a team named by its quote, read on its own after the quote.)
  const wholes = named.filter((m) => m.rule === 'unit:app' || m.rule === 'unit:quoted-team')
  const bodies = bodiesAfterNamesRemoved(text, sites.length > 0 || wholes.length > 0 ? units.filter((u) => !sites.some((b) => b.start === u.start && u.end === b.end - 2) && !wholes.some((a) => a.start <= u.start && u.end <= a.end)) : units, persons)
  // (本报记者 甲乙丙摄: the byline's whole name, no shorter reading of a sentence rule inside it.)
  const bylineNames = bylines.filter((b) => b.type === 'Person')
  const readInside = (p: RawMention) => bylineNames.some((b) => b.start <= p.start && p.end <= b.end && b.end - b.start > p.end - p.start)
  const all = resolveOverlaps([fromLexicon, bylines, named, bylineNames.length > 0 ? persons.filter((p) => !readInside(p)) : persons, elidedBranches(text, relativeSections(numberedDepartments(bodies))), places])
  return streetsActing(text, withoutPlacesOnlyInSlogans(text, bodiesNamedFormer(drivesWrittenWithWork(text, devicesNamedAgain(text, span, declaredShortForms(text, span, all)))))).sort((a, b) => a.start - b.start)
}

/** A street or a community, as a place is named (某某街道, 某某社区). */
const STREET_OR_COMMUNITY = /(?:街道|社区)$/
/** 某某街道召开…, 某某社区携手…, 某某街道在全市率先…: words of a clause a street or community opens as the one that acts. */
const ACTS_AFTER = /^(?:召开|开展|建立|围绕|立即|推行|成立|组织|牵头|探索|率先|创新|坚持|聚焦|积极|依托|针对|作为|联合|会同|携手|推出|打造|出台|制定|在[本全][市区县省])/
/** 联合某某社区, 携手某某街道: a body acting with a street or community as its partner. */
const PARTNER_BEFORE = /(?:联合|会同|携手)$/
/** (在某某街道召开, 来到某某社区, 在周边某某社区开展: where something happens is the place.) */
const WHERE_BEFORE = /(?:在|于|到|赴|走进|来到|位于)[\u4e00-\u9fff]{0,4}$/

/**
 * 某某街道召开推进会, 某派出所联合某某社区…: a street or community written as the one that acts, or as a body's
 * partner, is its office or committee, a unit (ONTOLOGY.md: street offices), under every mention of its name (the
 * answers of the real excerpts read marked such streets and communities units, 11 of 11, and those only
 * written as where something is places).
 */
function streetsActing(text: string, mentions: RawMention[]): RawMention[] {
  const acting = new Set<string>()
  for (const m of mentions) {
    if (m.type !== 'Place' || !STREET_OR_COMMUNITY.test(m.name)) continue
    const before = text.slice(Math.max(0, m.start - 6), m.start)
    if (!WHERE_BEFORE.test(before) && (ACTS_AFTER.test(text.slice(m.end, m.end + 4)) || PARTNER_BEFORE.test(before))) acting.add(m.name)
  }
  if (acting.size === 0) return mentions
  // (某市某区某某街道召开…: the office is named with the divisions written right before it, which it lies in.)
  const divisionBefore = (m: RawMention) => mentions.find((d) => d.type === 'Place' && d.end === m.start && !STREET_OR_COMMUNITY.test(d.name))
  return mentions.map((m) => {
    if (m.type !== 'Place' || !acting.has(m.name)) return m
    let start = m.start
    for (let d = divisionBefore(m); d !== undefined; d = divisionBefore(d)) start = d.start
    // (The street's name alone is the one the piece writes elsewhere, and a name of it too.)
    const unit = mention('Unit', text, start, m.end, 'unit:acting-street', text.slice(start, m.start) + m.name)
    return start < m.start ? Object.assign(unit, { unqualified: m.name }) : unit
  })
}

/** 某村原党支部书记, 某镇原派出所: 原, "former", between a place and a body's kind says the post or the body was, no part of the body's name. */
const FORMER_BODY = /^(.*[村镇乡县市区旗社区街道])原(党支部|党总支|党委|党工委|村委会|居委会|派出所|司法所|(?:人民)?法庭)$/

/** The bodies named with 原 after their place, under their name without it. */
function bodiesNamedFormer(mentions: RawMention[]): RawMention[] {
  for (const m of mentions) {
    const former = m.type === 'Unit' && m.name.includes('原') ? FORMER_BODY.exec(m.name) : null
    if (former) m.name = former[1]! + former[2]!
  }
  return mentions
}

/**
 * “四平四说”, 建设“六个龙江”: a division's short form inside a quoted slogan or device's name, which holds more
 * than it, is a word of the slogan, no place the article names (the answers of the real excerpts read marked none of
 * such); the place is the article's when it writes it elsewhere too, out of quotes or in full (“平安柳河” beside 柳河县).
 */
function withoutPlacesOnlyInSlogans(text: string, mentions: RawMention[]): RawMention[] {
  const inSlogan = (m: RawMention): boolean => {
    if (m.rule !== 'place:gazetteer-short') return false
    const open = text.lastIndexOf('“', m.start - 1)
    const close = text.indexOf('”', m.end)
    return open >= 0 && close >= 0 && close - open - 1 > m.end - m.start && text.lastIndexOf('”', m.start - 1) < open && !/[\n。！？]/.test(text.slice(open, close))
  }
  const slogans = mentions.filter(inSlogan)
  if (slogans.length === 0) return mentions
  const elsewhere = (m: RawMention) => mentions.some((o) => o !== m && o.type === 'Place' && o.text.startsWith(m.text) && !slogans.includes(o))
  const gone = new Set(slogans.filter((m) => !elsewhere(m)))
  return gone.size > 0 ? mentions.filter((m) => !gone.has(m)) : mentions
}

/**
 * 免去甲自治区政府副主席职务: a body read from the name of one removed from office, which a level word opens
 * after it, is named from the level (the name is the person's, cued by the removal).
 */
function bodiesAfterNamesRemoved(text: string, units: RawMention[], persons: readonly RawMention[]): RawMention[] {
  const removed = persons.filter((p) => p.rule === 'person:appointment' && text.endsWith('免去', p.start))
  if (removed.length === 0) return units
  return units.map((u) => {
    const p = removed.find((q) => q.start === u.start && q.end < u.end)
    return p ? mention('Unit', text, p.end, u.end, LEVEL_OPENING.test(text.slice(p.end, p.end + 3)) ? 'unit:level-word' : u.rule) : u
  })
}

/** 将其提炼为“…”, 将其命名为“…”: the name a device is given after it is written is its name. */
const NAMED_AGAIN = /将其(?:提炼|总结|命名|概括|定名|升华)为“$/

/**
 * 总结出“甲、乙”四步调解法，县司法局将其提炼为“某某调解工作法”: a device written, then given a name by 将其…为,
 * is one device under the name it is given.
 */
function devicesNamedAgain(text: string, span: Span, mentions: RawMention[]): RawMention[] {
  // (Asked of the article's own text: a file of many articles is not searched whole for each.)
  if (!text.slice(span.start, span.end).includes('将其')) return mentions
  for (const named of mentions) {
    if (named.type !== 'Measure' || !NAMED_AGAIN.test(text.slice(Math.max(0, named.start - 8), named.start + 1))) continue
    const it = text.lastIndexOf('将其', named.start)
    const first = mentions.filter((m) => m.type === 'Measure' && m !== named && m.end <= it && it - m.end <= 16).at(-1)
    if (first) first.name = named.name
  }
  return mentions
}

/**
 * 开展“某某”专项整治工作: a drive the text writes with 工作 after its kind is known by that form too (the
 * kind alone stays its name); annotators name it either way.
 */
function drivesWrittenWithWork(text: string, mentions: RawMention[]): RawMention[] {
  for (const m of mentions) if (m.type === 'Campaign' && text.startsWith('工作', m.end) && !m.name.endsWith('工作')) m.withWork = `${m.name}工作`
  return mentions
}

/** (原…，…) or (原…): the name a body had before, opening a bracket right after its name. */
const FORMER_NAME = /^[(（]原([^()（），,、；;]{2,20})[，,；;)）]/

/**
 * 浙江省某强制隔离戒毒所(原省戒毒所，以下简称“省某戒毒所”): the short name an article declares for a
 * body, device or drive, there and wherever it is written after, names what it follows (its mentions
 * take that name, and keep their own as a name of it too); so does the name it had before.
 */
function declaredShortForms(text: string, span: Span, mentions: RawMention[]): RawMention[] {
  if (!text.includes('称', span.start)) return mentions
  for (const full of mentions) {
    if (full.type === 'Person' || full.type === 'Place' || full.end >= span.end || !/[(（]/.test(text[full.end] === '》' ? text[full.end + 1]! : text[full.end]!)) continue
    const bracket = text.slice(full.end, Math.min(span.end, full.end + 52))
    const declared = DECLARED_SHORT.exec(bracket)
    // (原省戒毒所: the name it had before, written first in the bracket, is its name too.)
    const former = FORMER_NAME.exec(bracket)
    const names = new Set([declared?.[1], former?.[1]].filter((n) => n !== undefined).map(cleanName))
    if (names.size === 0) continue
    for (const m of mentions) {
      // (某法院第三人民法庭(以下简称“第三法庭”): a form a rule read as another kind, a quoted court read as a
      // device, is what the article declares it to be.)
      const retyped = m.type !== full.type && m.type !== 'Person' && m.type !== 'Place'
      if (m === full || (m.type !== full.type && !retyped) || m.start < full.end || !names.has(cleanName(m.text))) continue
      if (retyped) m.type = full.type
      m.name = full.name
      // (A body named by its level is resolved with its short name, which that rule keeps as a name too.)
      m.rule = full.rule === 'unit:level-word' ? full.rule : 'name:declared-short'
    }
  }
  return mentions
}

/** An article's sentences, and where the article starts (its places are read with it). */
interface ArticleSentences {
  start: number
  sents: readonly Sentence[]
}

/**
 * Every finder run on the sentences of a source's articles, each step over all of them before the next,
 * the mentions of each kind found in an article in the order of its sentences. (Step by step, not sentence
 * by sentence: a step's code and tables stay in the processor's caches while it reads the sentences one
 * after another, where running every step on a sentence before the next evicted them all at each sentence;
 * each step took twice as long. Over the whole source, not article by article, for the same reason.)
 */
function findInArticles(text: string, articles: readonly ArticleSentences[], lexicon: LexiconTrie | undefined): Found[] {
  const founds = articles.map((): Found => ({ fromLexicon: [], named: [], units: [], places: [], persons: [] }))
  // Each sentence with the start of its article and what is found in that article.
  const all = articles.flatMap((a, k) => a.sents.map((s) => ({ s, articleStart: a.start, found: founds[k]! })))
  for (const { s, found } of all) found.fromLexicon.push(...lexiconMentions(lexicon, text, s.start, s.end))
  for (const { s, found } of all) found.named.push(...namedMentions(text, s.start, s.end).map(studioOfPerson))
  // (The finders that take longest run on their own over the sentences too, their results kept per sentence
  // for the steps that read them beside the others'.)
  const read = <T>(finder: (text: string, from: number, to: number) => T) => all.map(({ s }) => finder(text, s.start, s.end))
  const kindWords = read(unitKindWords)
  const inUnits = all.map(({ s }, k) => unitMentions(text, s.start, s.end, kindWords[k]!))
  // (The units of each sentence, which its places and persons are read beside.)
  const unitsOf = all.map(({ s, found }, k) => sentenceUnits(text, s, inUnits[k]!, found.units))
  const divisions = read(divisionMentions)
  const sites = read(siteMentions)
  all.forEach(({ s, articleStart, found }, k) => sentencePlaces(text, articleStart, s, unitsOf[k]!, { divisions: divisions[k]!, sites: sites[k]! }, found.places))
  const cued = read(personMentions)
  all.forEach(({ s, found }, k) => sentencePersons(text, s, unitsOf[k]!, cued[k]!, found.persons))
  return founds
}

/**
 * The units of a sentence, added to `units`; returns those its places and persons are read beside.
 * (This, `sentencePlaces` and `sentencePersons` are steps of `findInArticles`, each a function of its
 * own: V8 optimises a function whole, with the finders it inlines, in every worker and again after
 * each deoptimisation; one function, it was optimised three times.)
 */
function sentenceUnits(text: string, s: Sentence, inUnits: readonly RawMention[], units: RawMention[]): RawMention[] {
  const parties = democraticPartyMentions(text, s.start, s.end)
  // (A democratic party's committee is read whole; the committee of the place inside its name is none.)
  // (新疆生产建设兵团第六师 read whole: the Corps before it is a chain's parent, as a unit suffix reads it.)
  const corps = corpsMentions(text, s.start, s.end).filter((c) => !inUnits.some((m) => m.start <= c.start && c.end <= m.end))
  const u = [...parties, ...corps, ...inUnits.filter((m) => !parties.some((p) => p.start < m.end && m.start < p.end) && !corps.some((c) => c.start <= m.start && m.end <= c.end) && !deputiesOf(text, m))]
  // (110指挥中心: only a sentence with a figure is asked.)
  const centres = /\d/.test(text.slice(s.start, s.end)) ? serviceNumberCentres(text, s.start, s.end, u) : []
  // (甲中心、乙中心、丙中心: only a sentence listing centres is asked; a centre the rules read cut short inside an item gives way to it.)
  const housed = text.slice(s.start, s.end).includes('中心、') ? housedCentres(text, s.start, s.end, u) : []
  const inItems = (m: RawMention) => housed.some((h) => h.start < m.start && m.end === h.end)
  // (下设甲组、乙组: only a sentence naming a group is asked.)
  const groups = text.slice(s.start, s.end).includes('组') ? workingGroups(text, s.start, s.end) : []
  units.push(...(centres.length > 0 || housed.length > 0 ? u.filter((m) => !centres.some((c) => c.start === m.start && c.end > m.end) && !inItems(m)) : u), ...centres, ...housed, ...bareSectionMentions(text, s.start, s.end, u), ...collectiveMentions(text, s.start, s.end), ...[...siteNameMentions(text, s.start, s.end), ...bulletinMentions(text, s.start, s.end), ...personStudioMentions(text, s.start, s.end), ...mediaBeforeReporters(text, s.start, s.end), ...groups].filter((m) => !u.some((o) => o.start < m.end && m.start < o.end)))
  return u
}

/**
 * 全国人大代表甲: a congress named only as what its deputies are deputies of is no body of the article, and they hold
 * no post in it (the answers of the real excerpts read named no congress so in the 7 that write its deputies).
 */
const deputiesOf = (text: string, m: RawMention): boolean => /(人大|人民代表大会)$/.test(m.name) && text.startsWith('代表', m.end) && text[m.end + 2] !== '大'

/** Institutions named for a division, not in it: the Corps, universities and colleges. */
const INSTITUTION_NAMED_FOR_DIVISION = /^[\u4e00-\u9fff]{2,4}?(生产建设兵团|[\u4e00-\u9fff]{0,4}大学|[\u4e00-\u9fff]{0,6}学院)/

/**
 * The places of a sentence, added to `places`: divisions, stations, sites, and those inside the names of its units `u`
 * (`found`: what the finders of divisions and sites read in it).
 */
function sentencePlaces(text: string, articleStart: number, s: Sentence, u: readonly RawMention[], found: { divisions: readonly RawMention[]; sites: readonly RawMention[] }, places: RawMention[]): void {
  // (甲站: the city's short name inside a station's is no mention of the city; 甲火车站, a site by its kind,
  // is the station, and so is a site read with words before it, 摄甲火车站.)
  const station = text.indexOf('站', s.start)
  const stations = station >= 0 && station < s.end ? railwayStationMentions(text, s.start, s.end) : []
  // (新疆生产建设兵团, 湖北民族大学: nor is a division's short name opening the Corps' or a university's; they are
  // named for it, and the answers mark no place there: 0 of 3 in the first sixty excerpts read at stop 66.)
  const namedFor = (d: RawMention) => u.some((m) => m.start === d.start && INSTITUTION_NAMED_FOR_DIVISION.test(text.slice(m.start, m.end)))
  const divisions = found.divisions.filter((d) => !(d.rule === 'place:gazetteer-short' && (stations.some((st) => st.start <= d.start && d.end <= st.end) || namedFor(d))))
  const towns = townsAfterCounty(text, divisions, s.end)
  const features = featuresAfterDivisions(text, divisions, s.end)
  const sites = found.sites.filter((m) => !stations.some((st) => st.end === m.end && m.start <= st.start))
  places.push(...divisions, ...towns, ...features, ...stations, ...sitesAfterDivisions(text, sites, [...divisions, ...towns]), ...countryMentions(text, s.start, s.end), ...ethnicTownshipMentions(text, s.start, s.end), ...regionMentions(text, s.start, s.end), ...featureMentions(text, s.start, s.end).filter((f) => !towns.some((t) => t.start <= f.start && f.end < t.end)), ...provinceRegionMentions(text, s.start, s.end), ...listedPlaceMentions(text, s.start, s.end))
  for (const m of u) {
    const road = roadInUnitName(text, m)
    if (road) places.push(road)
    const district = districtInUnitName(text, m, articleStart)
    if (district) places.push(district)
    const zone = zoneInUnitName(text, m)
    if (zone) places.push(zone)
    const locality = road ? undefined : localityInUnitName(text, m, articleStart)
    if (locality) {
      // (This sentence's places are the last ones found: only they can lie inside its locality.)
      for (let k = places.length - 1; k >= 0 && places[k]!.start >= s.start; k--) if (shortFormInside(places[k]!, locality)) places.splice(k, 1)
      places.push(locality)
    }
  }
}

/** A settlement's kind: a community, a village, a residential estate. */
const SETTLEMENT_END = /(?:社区|村|小区)$/

/**
 * 某市某乡某某社区: a settlement read with the divisions written in full before it is named from where they end
 * (某某社区, in 某乡 as written); none if nothing of a name is left. (内蒙古公安英烈园: a site named with a
 * division's short form keeps it.)
 */
function sitesAfterDivisions(text: string, sites: readonly RawMention[], divisions: readonly RawMention[]): RawMention[] {
  const full = divisions.filter((d) => d.rule === 'place:gazetteer' || d.rule === 'place:town-after-county')
  const out: RawMention[] = []
  for (const site of sites) {
    let start = site.start
    const settlement = SETTLEMENT_END.test(site.name)
    const inside = () => (settlement ? full.find((d) => d.start <= start && start < d.end && d.end < site.end) : undefined)
    for (let d = inside(); d; d = inside()) start = d.end
    if (start === site.start) out.push(site)
    else if (site.end - start >= 3 && !opensWithCountOrPointer(text, start, site.end)) out.push(mention('Place', text, start, site.end, site.rule))
  }
  return out
}

/** The persons of a sentence, added to `persons`: those `cued` (by posts, roles, speech), others, and those named after its units `u`. */
function sentencePersons(text: string, s: Sentence, u: readonly RawMention[], cued: readonly RawMention[], persons: RawMention[]): void {
  persons.push(...cued)
  persons.push(...dottedMentions(text, s.start, s.end).filter((m) => !persons.some((p) => p.start < m.end && m.start < p.end)))
  persons.push(...tibetanNameMentions(text, s.start, s.end).filter((m) => !persons.some((p) => p.start < m.end && m.start < p.end)))
  persons.push(...namesAfterUnits(text, u, s.end).filter((m) => !persons.some((p) => p.start < m.end && m.start < p.end)))
}

/** 挹江门派出所: a division's short form inside the locality a body is named after (江门) names no division. */
function shortFormInside(place: RawMention, locality: RawMention): boolean {
  return place.rule === 'place:gazetteer-short' && place.start > locality.start && place.end <= locality.end
}

/** Every later occurrence of a name found once is a mention too; lists grow from known names. Adds them to `persons`. */
function knownNameMentions(text: string, span: Span, sents: readonly Sentence[], bylines: readonly RawMention[], persons: RawMention[]): void {
  const names = new Set([...persons, ...bylines].filter((m) => m.type === 'Person' && !m.masked).map((m) => m.name))
  for (const s of sents) persons.push(...listMentions(text, s.start, s.end, names))
  for (const m of persons) if (!m.masked) names.add(m.name)
  const body = text.slice(span.start, span.end)
  const taken = clearedFlags(span.end - span.start)
  for (const m of [...persons, ...bylines.filter((b) => b.type === 'Person')]) taken.fill(1, Math.max(0, m.start - span.start), Math.max(0, m.end - span.start))
  for (const name of names) {
    for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length)) {
      if (anySet(taken, i, i + name.length)) continue
      taken.fill(1, i, i + name.length)
      persons.push(mention('Person', text, span.start + i, span.start + i + name.length, 'person:known-name'))
    }
  }
}

/**
 * Flags for every position of an article, all clear, in one buffer kept between articles: a typed
 * array of hundreds of bytes is allocated outside the heap, which cost more than the lookups it serves.
 * (One extraction at a time per thread: each worker has its own module and buffer.)
 */
let flagBuffer = new Uint8Array(4096)
function clearedFlags(length: number): Uint8Array {
  if (flagBuffer.length < length) flagBuffer = new Uint8Array(Math.max(length, 2 * flagBuffer.length))
  flagBuffer.fill(0, 0, length)
  return flagBuffer
}

/** True when a flag of `flags[from, to)` is set (a loop: a `subarray` view is an object to allocate at every occurrence). */
function anySet(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k] === 1) return true
  return false
}

/** True when the article's source writes at least a few Han characters otherwise than the (Simplified) working text. */
function writtenInTraditional(source: string, working: WorkingText, span: Span): boolean {
  let differing = 0
  // Code units, not one-character strings: this reads every character of every article.
  for (let k = span.start; k < span.end && differing < 3; k++) {
    const code = source.charCodeAt(working.origin[k]!)
    if (code !== working.text.charCodeAt(k) && code >= 0x4e00 && code <= 0x9fff) differing++
  }
  return differing >= 3
}

/**
 * 某某公安局某某派出所, 某省公安厅刑侦总队: a part named right after its parent is known by the chain of both
 * too, the fullest form the article gives (ONTOLOGY.md), whatever short name it goes by.
 */
function addChainNames(relations: readonly RawRelation[], list: readonly EntityDraft[]): void {
  for (const r of relations) {
    if (r.rule !== 'part-of:adjacent' || r.from.name.startsWith(r.to.name)) continue
    r.from.aliases.add(r.to.name + r.from.name)
    // (县委巡察工作领导小组: a task force a division's party committee set up is named, its fullest form, with the
    // committee's name, 某县委, before its own words, which stay a name of it.)
    const committee = r.from.type === 'Unit' && SET_UP_BY_COMMITTEE.test(r.from.name) ? [r.to.name, ...r.to.aliases].filter(namesDivisionsCommittee).sort((x, y) => y.length - x.length)[0] : undefined
    const full = committee === undefined ? undefined : committee + r.from.name
    if (full === undefined || list.some((o) => o.name === full)) continue
    r.from.aliases.add(r.from.name)
    r.from.name = full
  }
}

/** 某县委, 某某旗委: a division's party committee named with the division, in full or short, without 中共. */
function namesDivisionsCommittee(name: string): boolean {
  const division = /^(.{2,12}?)委$/.exec(name)?.[1]
  return division !== undefined && /[省市县区旗州盟]$/.test(division) && gazetteer().at(division, 0)?.length === division.length
}

function toEntity(working: WorkingText, source: string, d: EntityDraft, inTraditional: boolean): Entity {
  const spans = d.mentions.map((m) => overTrailingPinyin(source, toSource(working, m)))
  const written = spans.map((span) => source.slice(span.start, span.end))
  const traditional = namesAsWritten(working, source, d, written, inTraditional)
  return {
    type: d.type,
    name: d.name,
    // (With no written forms to add, the draft's set is its own list: not copied into a new set first.)
    aliases: (traditional.length === 0 ? [...d.aliases] : [...new Set([...d.aliases, ...traditional])]).filter((a) => a && a !== d.name),
    // The surface form as the source writes it (Traditional characters stay Traditional).
    mentions: d.mentions.map((m, i) => ({ start: spans[i]!.start, end: spans[i]!.end, text: written[i]!, rule: m.rule })),
    ...(d.masked ? { masked: true } : {}),
    ...(d.division ? { division: d.division } : {}),
    ...(d.lexicons ? { lexicons: [...d.lexicons] } : {}),
  }
}

/**
 * An article in Traditional characters: its forms as written, and the name in its script, are
 * names too (also of a body the article names only through another: 縣委 of 縣委政法委).
 * (A function of its own, not a part of `toEntity`: V8 optimises a function whole, in every worker,
 * and again after each deoptimisation, and most of `toEntity`'s were in these lines, rarely needed.)
 */
function namesAsWritten(working: WorkingText, source: string, d: EntityDraft, written: readonly string[], inTraditional: boolean): string[] {
  // Most forms are written as in the working text: only those that are not need cleaning to compare.
  // (某某（2024）: brackets written full width differ in nothing but their width, no script.)
  const differs = (w: string, i: number) => w !== d.mentions[i]!.text && cleanName(foldWidthAll(w)) !== cleanName(d.mentions[i]!.text)
  // (Only forms that name the entity: 武漢 of 武漢、黃石5個中院 is a part of one court's name, not a name of it.)
  const naming = (i: number) => {
    const form = cleanName(d.mentions[i]!.text)
    return form === d.name || d.aliases.has(form)
  }
  // (回歸行動(dòng): a form as written, less the mirror site's pinyin the working text dropped, is a name too.)
  // (“兩打兩控”、“凈邊2019”專項行動: and a quoted name of a list with the kind word written after the list's last.)
  const alignedForm = (i: number) => {
    const m = d.mentions[i]!
    const form = cleanName(m.text)
    const rest = d.name.startsWith(form) ? d.name.slice(form.length) : ''
    const end = rest && working.text.startsWith(rest, m.end) ? m.end + rest.length : m.end
    let aligned = ''
    for (let k = m.start; k < end; k++) aligned += source[working.origin[k]!]
    return cleanName(aligned)
  }
  const asWritten = () => written.flatMap((w, i) => (naming(i) ? [cleanName(w), alignedForm(i)] : []))
  // (Forms that differ in width alone are names as written too, with no form in another script.)
  return inTraditional || written.some(differs) ? [...asWritten(), toTraditional(d.name), ...[...d.aliases].map(toTraditional)] : written.some((w, i) => w !== d.mentions[i]!.text) ? asWritten() : []
}

/**
 * Where a mention stands in the headline or the subtitle under it: the span, and the last start a
 * mention may have. A page with no headline lends its first paragraph as one: only its first sentence
 * heads the article.
 */
function headlineOf(a: ArticleLayout, text: string): Span & { lastStart: number } {
  const end = a.subtitle ? a.titleSpan.end + a.subtitle.length + 8 : a.titleSpan.end
  const stop = text.slice(a.titleSpan.start, end).search(/[。！？!?]/)
  return { start: a.titleSpan.start, end, lastStart: stop < 0 ? end : a.titleSpan.start + stop }
}

/**
 * The unit an article is about, which does what its subject-less sentences say: the one its headline
 * or subtitle names, else the most mentioned; a party committee stands for the body it leads. The
 * body a reporter learned the news from (记者从…获悉) and the one that opens the first sentence of
 * the body count as mentioned more: the article is their account.
 */
function topicUnitOf(list: readonly EntityDraft[], a: ArticleLayout, sents: readonly Sentence[], text: string): EntityDraft | undefined {
  const head = headlineOf(a, text)
  // (在某区第十六届人民代表大会第五次会议上: a congress named as the sitting a report is made to is where the
  // account is given, not what it is about.)
  const sitting = (m: RawMention) => CONGRESS.test(m.name) && (text.slice(Math.max(0, m.start - 8), m.end).includes('届') || SITTING_AFTER.test(text.slice(m.end, m.end + 12)))
  const inHead = (e: EntityDraft) => e.mentions.some((m) => m.start >= head.start && m.end <= head.end && m.start <= head.lastStart && !sitting(m))
  // The paper or agency that sends the article is not what it is about; nor is a national body whose
  // call a local one follows (最高检…的总体要求), unless the headline names it.
  const units = list.filter((e) => e.type === 'Unit' && !isMedia(e) && (!NATIONAL_BODIES.has(e.name) || inHead(e)))
  // (某某日报某地讯(记者甲)1月8日，…: a lead that opens with its credit is still the lead.)
  const lead = sents.find((s) => s.start >= a.titleSpan.end && !a.bylines.some((b) => b.span.start >= s.start && b.span.end <= s.end && !/[\u4e00-\u9fff]{6}/.test(text.slice(b.span.end, s.end))))
  // 县委书记白建民出席…: a body named only for someone's post does not open the account.
  // (…司法局深入学习贯彻习近平总书记…: a name after a verb is no post of the body's.)
  const titled = (m: Span) => TITLES.longestAt(text, m.end) !== undefined && list.some((p) => p.type === 'Person' && p.mentions.some((q) => q.start >= m.end && q.start - m.end <= 8))
  // (在市委…的坚强领导下，某分院…: a body named in a frame of oversight leads; the account is not about it.)
  // (Asked once per mention: the count and the lead's opening below both ask it.)
  const overseenMentions = new Set(units.flatMap((e) => e.mentions).filter((m) => {
    const s = sents.find((x) => x.start <= m.start && m.end <= x.end)
    return s !== undefined && inOversightFrame(text, s, m)
  }))
  const overseen = (m: RawMention) => overseenMentions.has(m)
  const opensLead = (e: EntityDraft) => lead !== undefined && e.mentions.some((m) => m.start >= lead.start && m.end <= lead.end && !titled(m) && !overseen(m) && !/[\u4e00-\u9fff]{6}/.test(text.slice(lead.start, m.start).replace(/^.*[，,：:]/, '')))
  const reportedBy = (e: EntityDraft) => e.mentions.some((m) => REPORTED_FROM.test(text.slice(Math.max(0, m.start - 4), m.start)) && LEARNED.test(text.slice(m.end, m.end + 4)))
  const score = (e: EntityDraft) => e.mentions.filter((m) => !overseen(m) && !sitting(m)).length + (inHead(e) ? 1000 : 0) + (opensLead(e) ? 2 : 0) + (reportedBy(e) ? 3 : 0)
  // A unit named once or twice in passing is not what the article is about; a police named as a whole
  // (忻州公安) is, when no body of the article is named often enough.
  const ranked = units.map((e) => ({ e, score: score(e) })).filter((u) => u.score >= 3).sort((x, y) => y.score - x.score).map((u) => u.e)
  const top = ranked.find((e) => !e.mentions.every((m) => m.rule === 'unit:collective-name')) ?? ranked[0]
  if (!top) return undefined
  const led = /(党委|党组|党工委)$/.exec(top.name)
  return (led && units.find((u) => u.name === top.name.slice(0, -led[0].length))) || top
}
/** A people's congress or a political consultative conference, and what names its sitting after it. */
const CONGRESS = /(人民代表大会|人大|政治协商会议|政协)$/
const SITTING_AFTER = /^\s*(?:常委会)?第[一二三四五六七八九十\d]+次(?:全体)?会议/
const REPORTED_FROM = /记者(?:近日|日前|昨日|今天|昨天)?(?:从|自)$/
const LEARNED = /^(?:获悉|了解到|获知|得知|了解)/

/** Extracts every article of one source file. */
export function extractSource(source: SourceText, options: ExtractOptions = {}): ArticleExtraction[] {
  const { working, headingLevels } = normalise(source.text)
  const file = layout(working.text, headingLevels)
  const lexicon = lexiconTrie(options.lexicons ?? [])
  // (A line set aside as masthead inside an article, a page's column, 当前版:04版:某栏目, names nothing.)
  const sentsOf = file.articles.map((a) => sentences(working.text.slice(a.span.start, a.span.end), a.span.start).filter((s) => !a.furniture.some((f) => f.start <= s.start && s.end <= f.end)))
  const found = findInArticles(working.text, file.articles.map((a, k) => ({ start: a.span.start, sents: sentsOf[k]! })), lexicon)
  // (Each step over all the articles before the next, as the finders run: see `findInArticles`.)
  const mentions = file.articles.map((a, k) => mentionsOf(working.text, a.span, sentsOf[k]!, bylineMentions(working.text, a, sentsOf[k]!), found[k]!))
  const entities = mentions.map(buildEntities)
  const articles = file.articles.map((a, index) => extractArticle({ source, working, file, options }, a, index, sentsOf[index]!, entities[index]!))
  if (options.accept === false) return articles
  const model = shippedModel()
  return articles.map((x) => accept(x, model))
}

/** What the articles of one source share. */
interface SourceContext {
  source: SourceText
  working: WorkingText
  file: FileLayout
  options: ExtractOptions
}

/** 红网新邵站, 某某日报驻某某记者站: a medium's local station, named with the medium. */
const MEDIUM_STATION = /^([\u4e00-\u9fff]{1,8}?(?:网|日报|晚报|报|电视台))(?:驻)?[\u4e00-\u9fff]{2,4}(?:记者站|站)$/

/** The medium a station that sends a lead belongs to is a unit of the article too. */
function mediumOfStation(text: string, src: NewsSource): RawMention[] {
  const medium = MEDIUM_STATION.exec(src.name)?.[1]
  return medium && text.startsWith(medium, src.span.start) ? [mention('Unit', text, src.span.start, src.span.start + medium.length, 'unit:medium-of-station')] : []
}

/** A medium's branch, station or channel in a place, named after the medium (某某社某省分社, 某某日报驻某地记者站, 某某网某省频道). */
const LOCAL_BRANCH = /(?:分社|记者站|频道)$/

/** The writers and the media an article's layout credits, as mentions. */
function bylineMentions(text: string, a: ArticleLayout, sents: readonly Sentence[]): RawMention[] {
  return [
    ...a.bylines.map((b) => Object.assign(mention('Person', text, b.span.start, b.span.end, `byline:${b.role}`), { name: b.name })),
    // 中新网牡丹江…电: the paper, site or agency that sends the lead is a unit (ONTOLOGY.md v2).
    ...a.sources.map((src) => mention('Unit', text, src.span.start, src.span.end, 'unit:news-source', src.name)),
    ...a.sources.flatMap((src) => mediumOfStation(text, src)),
    // 某省法治报 2024年…第3版 on the masthead: the division a medium's name opens with is a place of the piece, as it is
    // in a sentence (the masthead is read in none); one inside its name (中国某某网) is not, unless the name is of the
    // medium's branch or channel there (某某社某省分社, 某某网某省频道).
    ...a.sources.filter((src) => !sents.some((s) => s.start <= src.span.start && src.span.end <= s.end)).flatMap((src) => divisionMentions(text, src.span.start, src.span.end).filter((d) => d.start === src.span.start || LOCAL_BRANCH.test(src.name))),
  ]
}

/**
 * Extracts one article of a source from its sentences and what the finders `found` in them (a function of its
 * own: the optimising compiler takes long over large ones).
 */
function extractArticle({ source, working, file, options }: SourceContext, a: ArticleLayout, index: number, sents: readonly Sentence[], entities: Entities): ArticleExtraction {
  const text = working.text
  // Written in Traditional characters: the source differs from the working text in its Han characters.
  const inTraditional = writtenInTraditional(source.text, working, a.span)
  const topicUnit = topicUnitOf(entities.list, a, sents, text)
  const raw = buildRelations(entities, sents, text, topicUnit)
  addChainNames(raw, entities.list)
  // Two literals, not a spread of the optional title before the fields after it: V8 builds such an
  // object on its slow path, and articles have many relationships.
  const relations: Relation[] = raw.map((r) =>
    r.title
      ? { type: r.type, from: ref(r.from), to: ref(r.to), title: r.title, evidence: toSource(working, r.evidence), rule: r.rule }
      : { type: r.type, from: ref(r.from), to: ref(r.to), evidence: toSource(working, r.evidence), rule: r.rule },
  )
  // Headlines as the source writes them (Traditional stays Traditional).
  const titleSpan = toSource(working, a.titleSpan)
  const title = source.text.slice(titleSpan.start, titleSpan.end).replace(/\s+/g, ' ').trim()
  // A byline the sentence rules read too (极目新闻记者 张三) states its post once. (Keys are made only
  // for the kinds a byline states: most relationships can never be one of them.)
  const fromBylines = bylineRelations(working, a, entities, title)
  const stated = new Set(relations.filter((r) => r.type === 'AUTHORED' || r.type === 'SERVES_IN').map((r) => `${r.type}|${r.from.name}|${r.to.name}`))
  relations.push(...fromBylines.filter((r) => !stated.has(`${r.type}|${r.from.name}|${r.to.name}`)))
  if (options.enrich) relations.push(...enrichedRelations(working, a, entities))
  const figures = figuresOf(working, sents, entities, topicUnit)
  const span = toSource(working, a.span)
  const articleText = source.text.slice(span.start, span.end)
  const dated = articleDate(file.date, articleText, source.name)
  // Every object is built with its fields in the schema's order, so it is what `ArticleExtraction.parse`
  // would return; parsing it again (a copy of every article) took a tenth of extraction. The tests
  // check that equality on every fixture.
  return {
    source: source.name,
    article: index,
    title,
    subtitle: a.subtitle,
    date: dated?.date ?? null,
    ...(dated ? { dateSource: dated.dateSource } : {}),
    span,
    text: articleText,
    bylines: a.bylines.map((b) => ({ name: b.name, role: b.role, span: toSource(working, b.span) })),
    entities: entities.list.map((d) => toEntity(working, source.text, d, inTraditional)),
    relations,
    figures,
    // File-level notes go with the first article, where a reader of the output meets them.
    warnings: index === 0 ? file.warnings : [],
  }
}

/** Library entry point: extraction of one text (a file's content) under a source name. */
export function extract(text: string, options: ExtractOptions & { source?: string } = {}): ArticleExtraction[] {
  return extractSource({ name: options.source ?? 'text', text }, options)
}

/** An entity as relationships and figures refer to it. */
const ref = (e: EntityDraft) => ({ type: e.type, name: e.name })

/** Who wrote the article (AUTHORED), and the paper or body a byline names them with (SERVES_IN). */
/** What stands between a paper's name and a correspondent's when the credit is the paper's own (某某日报全媒体通讯员 甲 乙). */
const CORRESPONDENT_AFTER_PAPER = /^(?:全媒体|融媒体|特约)?通讯员(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})*[ \u3000]*$/

/**
 * The media a byline's writer serves in: those it names, but of a site and a paper joined by a dash before a
 * reporter's role (来源:某某网-某某日报 记者 甲, a site giving a paper's piece) only the paper, right before the role.
 */
function reportersMedia(text: string, b: BylineName): readonly NewsSource[] {
  const sources = b.sources ?? []
  if (b.role !== '记者' || sources.length < 2) return sources
  const inOrder = sources.toSorted((x, y) => x.span.start - y.span.start)
  const last = inOrder.at(-1)!
  const joined = inOrder.slice(1).every((src, k) => /^\s*[-—－]{1,2}\s*$/.test(text.slice(inOrder[k]!.span.end, src.span.start)))
  // (某某报-某某客户端记者 甲: a paper and its own app, one medium, keep the reporter both.)
  const siteThenPaper = /报$/.test(last.name) && inOrder.slice(0, -1).every((src) => /网$/.test(src.name))
  return joined && siteThenPaper && last.span.end <= b.span.start ? [last] : sources
}

function bylineRelations(working: WorkingText, a: ArticleLayout, entities: Entities, title: string): Relation[] {
  const articleRef = { type: 'Article' as const, name: title }
  const units = entities.list.filter((e) => e.type === 'Unit')
  // (A site named only as a copyright line's holder may be an aggregator: not the reporters' paper.)
  const holders = new Set(a.sources.filter((s) => s.holder).map((s) => s.span.start))
  const papers = units.filter((e) => isMedia(e) && e.mentions.some((m) => !holders.has(m.start)))
  // 某某网 over the page, 来源：某某参考 over the piece: a reporter of 本刊 is the piece's medium's, not the page's.
  const onPage = new Set(a.sources.filter((s) => s.onPage).map((s) => s.span.start))
  const ownPapers = papers.filter((e) => e.mentions.some((m) => !onPage.has(m.start)))
  const paperOfPiece = papers.length === 1 ? papers[0] : ownPapers.length === 1 ? ownPapers[0] : undefined
  // An author whom the lead credits as a correspondent (通讯员) serves elsewhere.
  const correspondents = correspondentsOf(a.bylines)
  // A byline written twice (over the piece and under it) states each relationship once.
  const stated = new Set<string>()
  const relations: Relation[] = []
  const push = (r: Relation) => {
    const key = `${r.type}|${r.from.name}|${r.to.name}`
    if (!stated.has(key)) relations.push(r)
    stated.add(key)
  }
  const paperOf = (src: { span: Span }) => units.find((e) => e.mentions.some((m) => m.start === src.span.start && m.end === src.span.end)) ?? units.find((e) => e.mentions.some((m) => m.start === src.span.start))
  for (const b of a.bylines) {
    // An editor named in the page's credits is a person of the article, not its author; one credited
    // with the medium they edit for (津云新闻编辑孙畅) serves in it. (One credited alone on a page of one
    // site is not taken for the site's: the answers of real pages marked 1 such in 8.)
    if (b.role === '编辑') {
      for (const src of b.sources ?? []) {
        const medium = paperOf(src)
        if (medium) push({ type: 'SERVES_IN', from: { type: 'Person', name: b.name }, to: ref(medium), title: '编辑', evidence: toSource(working, { start: src.span.start, end: b.span.end }), rule: 'serves-in:editor-medium' })
      }
      continue
    }
    push({ type: 'AUTHORED', from: { type: 'Person', name: b.name }, to: articleRef, role: b.role, evidence: toSource(working, b.span), rule: `byline:${b.role}` })
    // A reporter of the paper the lead names serves in it; a correspondent usually serves elsewhere;
    // a writer who signs with a body of their own (（…司法所 宣丙东）) serves in that body; a
    // photographer credited with a paper (某某日报记者 甲/文 乙/图) serves in that paper.
    // 通讯员:某某公安处 (甲): a correspondent who signs with a body serves in that body.
    const body = b.signedWith && units.find((e) => e.mentions.some((m) => m.start === b.signedWith!.span.start && m.end === b.signedWith!.span.end))
    if (body) push({ type: 'SERVES_IN', from: { type: 'Person', name: b.name }, to: ref(body), evidence: toSource(working, { start: b.signedWith!.span.start, end: b.span.end }), rule: 'serves-in:byline-unit' })
    // (□某某日报全媒体通讯员 甲: a correspondent whose own credit names the paper is the paper's, as answers mark them;
    // not one credited to a paper and its app joined by a dot, 某某日报·某某客户端通讯员, a group's line for outside writers.)
    const paperBeforeRole = b.role === '通讯员' && b.sources?.some((src) => working.text[src.span.start - 1] !== '·' && CORRESPONDENT_AFTER_PAPER.test(working.text.slice(src.span.end, b.span.start)))
    if (b.role !== '记者' && b.role !== '作者' && !(b.role === '摄影' && b.sources?.length) && !paperBeforeRole) continue
    // 来源:某某日报 作者:甲, □本报记者 甲 …《某某日报》记者: a byline that names no paper is the paper's
    // the article names, when it names one only (a credit line's source, the paper in its text).
    if (!b.sources?.length && paperOfPiece && !correspondents.has(b.name) && b.role === '记者') push({ type: 'SERVES_IN', from: { type: 'Person', name: b.name }, to: ref(paperOfPiece), title: '记者', evidence: toSource(working, b.span), rule: 'serves-in:article-paper' })
    for (const src of reportersMedia(working.text, b)) {
      const paper = paperOf(src)
      const evidence = toSource(working, { start: Math.min(src.span.start, b.span.start), end: Math.max(src.span.end, b.span.end) })
      if (paper) push({ type: 'SERVES_IN', from: { type: 'Person', name: b.name }, to: ref(paper), ...(b.role === '记者' ? { title: '记者' } : {}), evidence, rule: b.role === '记者' ? 'serves-in:byline-paper' : 'serves-in:byline-unit' })
    }
  }
  return relations
}

/** What the article does not state: the gazetteer's parents of its places (`--enrich`). */
function enrichedRelations(working: WorkingText, a: ArticleLayout, entities: Entities): Relation[] {
  const relations: Relation[] = []
  for (const e of entities.list) {
    let child: EntityDraft | { type: 'Place'; name: string } = e
    for (const p of e.division?.parents ?? []) {
      relations.push({ type: 'LOCATED_IN', from: ref(child as EntityDraft), to: { type: 'Place', name: p.name }, evidence: toSource(working, e.mentions[0] ?? a.titleSpan), rule: 'gazetteer:parent', enrichedFrom: 'gazetteer' })
      child = { type: 'Place', name: p.name }
    }
  }
  return relations
}

/** The figures of the article's sentences, each with the unit and the drive it reports on. */
function figuresOf(working: WorkingText, sents: readonly Sentence[], entities: Entities, topicUnit: EntityDraft | undefined): Figure[] {
  // The first unit and campaign written in a sentence, found by position in the sorted mentions.
  const byPosition = [...entities.of].filter(([m]) => m.type === 'Unit' || m.type === 'Campaign').sort(([a], [b]) => a.start - b.start)
  const firstIn = (s: Span, type: 'Unit' | 'Campaign') => {
    let lo = 0
    let hi = byPosition.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (byPosition[mid]![0].start < s.start) lo = mid + 1
      else hi = mid
    }
    for (let j = lo; j < byPosition.length && byPosition[j]![0].start < s.end; j++) {
      const [m, e] = byPosition[j]!
      if (m.type === type && m.end <= s.end) return e
    }
    return undefined
  }
  const unitOf = (s: Span) => firstIn(s, 'Unit')
  // A figure reports on the drive of its own clause, not on the first drive of its sentence.
  const campaignOf = (sentence: Sentence, figure: Span) => {
    const drives = byPosition.filter(([m]) => m.type === 'Campaign' && m.start >= sentence.start && m.end <= sentence.end)
    const local = (s: Span) => ({ start: s.start - sentence.start, end: s.end - sentence.start })
    const k = driveOf(sentence.text, local(figure), drives.map(([m]) => local(m)))
    return k >= 0 ? drives[k]![1] : undefined
  }
  return sents.flatMap(figuresIn).map((f): Figure => {
    const unit = unitOf(f.sentence) ?? topicUnit
    const campaign = campaignOf(f.sentence, f.span)
    const unitEntity = unit ? ref(unit) : null
    const evidence = toSource(working, f.span)
    // Two literals, not a spread of the optional field before the fields after it: V8 builds such an
    // object on its slow path, each field after the spread through its runtime.
    return f.approximate !== undefined
      ? { metric: f.metric, value: f.value, unit: f.unit, approximate: f.approximate, change: f.change, period: f.period, unitEntity, campaign: campaign ? ref(campaign) : null, evidence, text: f.text, rule: f.rule }
      : { metric: f.metric, value: f.value, unit: f.unit, change: f.change, period: f.period, unitEntity, campaign: campaign ? ref(campaign) : null, evidence, text: f.text, rule: f.rule }
  })
}
