// What every mention finder returns: a typed surface form at a working-text span, the name it
// proposes, and the rule that found it.
import type { EntityType } from '../model/index.js'
import type { Place } from './gazetteer.js'

/** (以下简称“…”), (下称“…”), (简称“…”) right after a name, other words of the bracket allowed before it. */
// (《…实施意见》(下称《实施意见》): a document's short title is declared in 《》.)
export const DECLARED_SHORT = /^》?[(（][^()（）]{0,24}?(?:以下简称|以下称|下称|简称)[:：]?[“"《]([^”"》]{2,20})[”"》][)）]/

export interface RawMention {
  type: EntityType
  start: number
  end: number
  /** The surface form in the working text. */
  text: string
  /** The canonical name this form proposes (quotes and marks removed, kind word kept). */
  name: string
  rule: string
  /** Places: every division the name may mean (resolved later against the article). */
  places?: Place[]
  /** Places: the name only means a division when the article names that division's parents too. */
  contextual?: boolean
  /** Campaigns and measures: the quoted core (六专 in “六专”工作机制), shared by its variants. */
  core?: string
  /** Measures and campaigns: the name without the words that qualify it before its quote (生态警长机制 of 四级“生态警长”机制, 登峰专项行动 of 禁毒“登峰”专项行动), a name of it too. */
  unqualified?: string
  masked?: boolean
  /** Campaigns: the name with the 工作 the text writes right after it (…专项整治工作), a name of it too. */
  withWork?: string
  /** Units: the spans (within this mention) of its parent units in a name chain, outermost first. */
  chain?: { end: number }[]
  /** Units: the bodies that station this one (中央纪委, 国家监委 of …驻公安部纪检监察组). */
  stationedBy?: { start: number; end: number }[]
  lexicon?: string
}

/**
 * A mention of `text[start, end)`. Its optional fields are added with `Object.assign(mention(…), {…})`,
 * not `{ ...mention(…), field }`: Node 20's V8 copies a spread followed by a new field on its slow
 * path, a microsecond or more each, and the finders make many mentions.
 * Every optional field is there from the start, undefined: every mention then has one shape, whatever
 * fields its finder sets, and the code that reads mentions everywhere (`m.start`, `m.end`, `m.type`)
 * reads one shape, not the dozens a field added here and there made (V8 read them through its slowest
 * caches, and threw away optimised code when a shape it had not seen came by).
 */
export function mention(type: EntityType, text: string, start: number, end: number, rule: string, name?: string): RawMention {
  const surface = text.slice(start, end)
  return bareMention(type, start, end, surface, cleanName(name ?? surface), rule)
}

/** A mention of the form `surface` at [start, end), named `name` as given, with no optional field set (see `mention`). */
export function bareMention(type: EntityType, start: number, end: number, surface: string, name: string, rule: string): RawMention {
  return { type, start, end, text: surface, name, rule, places: undefined, contextual: undefined, core: undefined, unqualified: undefined, masked: undefined, withWork: undefined, chain: undefined, stationedBy: undefined, lexicon: undefined }
}

/**
 * A new mention, `m` with `fields` changed. (Not `{ ...m, field }`: a spread makes an object of another shape
 * than `mention`'s, whatever fields it holds, and mentions of six shapes had V8 read their fields through its
 * slowest caches wherever mentions are read, as `mention` says.)
 */
export function withFields(m: RawMention, fields: Partial<RawMention>): RawMention {
  const copy: RawMention = { type: m.type, start: m.start, end: m.end, text: m.text, name: m.name, rule: m.rule, places: m.places, contextual: m.contextual, core: m.core, unqualified: m.unqualified, masked: m.masked, withWork: m.withWork, chain: m.chain, stationedBy: m.stationedBy, lexicon: m.lexicon }
  return Object.assign(copy, fields)
}

/** The marks `cleanName` removes (ONTOLOGY.md), and for each code unit whether it is one. */
const MARK = /[\s“”"'‘’「」『』《》〈〉<>●•]/
const MARKS = new RegExp(MARK.source, 'g')
const IS_MARK = new Uint8Array(0x10000).map((_, code) => (MARK.test(String.fromCharCode(code)) ? 1 : 0))

function holdsMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (IS_MARK[s.charCodeAt(i)] === 1) return true
  return false
}

/**
 * Canonical form of a name: no quotes, book-title marks or spaces (ONTOLOGY.md), nor the 的 that
 * joins a quoted core to its kind (“日通报、周研判”的督导机制 is 日通报、周研判督导机制).
 */
export function cleanName(s: string): string {
  // Most names hold neither 的 nor a mark: they are returned as they are, without two scans by patterns.
  if (!s.includes('的') && !holdsMark(s)) return s
  // (‘甲、乙’的工作模式: a quote inside a quotation, in single quotes, likewise.)
  return withoutMarks(s.includes('的') ? s.replace(/([”」』’])的(?=[\u4e00-\u9fff])/g, '$1') : s)
}

/** A document's title with its marks removed: every word of a title is its own, 的 after a quote too (关于落实“…”的实施办法). */
export function withoutMarks(s: string): string {
  return holdsMark(s) ? s.replace(MARKS, '') : s
}
