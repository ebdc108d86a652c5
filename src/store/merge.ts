// How article contributions combine into stored properties, as pure functions both stores call,
// so Neo4j and the embedded store hold the same graph, and removing an article's entries is exact.
import type { ArticleContribution, EntityContribution, Evidence, Properties, RelationContribution, ServiceStatus, TypedEdgeType } from '../model/index.js'
import type { DuplicateArticle } from './types.js'

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort()

/** An evidence record's id: one per relationship and article. */
export const evidenceId = (relation: string, article: string): string => `${relation}@${article}`

/** What one article contributes to one relationship, as it is stored. */
export function evidenceFrom(article: { id: string; date?: string | undefined }, r: RelationContribution): Evidence {
  const { id, source: _source, target: _target, ...rest } = r
  return { ...rest, id: evidenceId(id, article.id), relation: id, article: article.id, ...(article.date ? { date: article.date } : {}) }
}

/**
 * Types whose post, role and status come from all their evidence on every change. They rest on
 * few articles each (one person in one unit, one byline); busy relationships (a city in its
 * province) are of the other types, whose aggregates are sums, unions and extremes, so adding an
 * article updates them without reading their other articles' evidence.
 */
const READ_IN_FULL: ReadonlySet<string> = new Set<TypedEdgeType>(['SERVES_IN', 'AUTHORED'])

/** The most frequent value, one vote per article; ties go to the value that sorts first. */
function mostFrequent(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0]
}

const STATUS_WEIGHT: Record<ServiceStatus, number> = { current: 0, acting: 1, former: 2 }

/** The status the latest article states; on one day a departure outweighs an appointment. */
function latestStatus(evidence: readonly Evidence[]): ServiceStatus | undefined {
  let best: Evidence | undefined
  for (const e of evidence) {
    if (!e.status) continue
    const [d, b] = [e.date ?? '', best?.date ?? '']
    if (!best || d > b || (d === b && STATUS_WEIGHT[e.status] > STATUS_WEIGHT[best.status!])) best = e
  }
  return best?.status
}

const present = (xs: readonly (string | undefined)[]): string[] => xs.filter((x): x is string => Boolean(x)).sort()
const minOf = (xs: readonly (string | undefined)[]): string | undefined => present(xs)[0]
const maxOf = (xs: readonly (string | undefined)[]): string | undefined => present(xs).at(-1)
const stringOr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** `text` when any article states the relationship, else what it was inferred from. */
function originOf(origins: Iterable<string>): string {
  const all = sortedUnique(origins)
  return all.includes('text') ? 'text' : (all[0] ?? 'text')
}

/** Evidence spans a record counts: one at least, as a fact stated with no span is still stated once. */
const spanCount = (e: Evidence): number => Math.max(1, e.spans.length / 2)

/** The parts of an aggregate that adding articles updates without reading the earlier ones. */
function additiveProperties(evidence: readonly Evidence[], base: Properties | undefined): Properties {
  const firstSeen = minOf([stringOr(base?.firstSeen), ...evidence.map((e) => e.date)])
  const lastSeen = maxOf([stringOr(base?.lastSeen), ...evidence.map((e) => e.date)])
  return {
    articleCount: Number(base?.articleCount ?? 0) + evidence.length,
    count: Number(base?.count ?? 0) + evidence.reduce((n, e) => n + spanCount(e), 0),
    rules: sortedUnique([...strings(base?.rules), ...evidence.flatMap((e) => e.rules)]),
    origin: originOf([...(stringOr(base?.origin) ? [String(base?.origin)] : []), ...evidence.map((e) => e.origin)]),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
  }
}

/** Post, role and status, from every article's evidence. */
function attributeProperties(evidence: readonly Evidence[]): Properties {
  const out: Properties = {}
  const title = mostFrequent(evidence.map((e) => e.title))
  const role = mostFrequent(evidence.map((e) => e.role))
  const status = latestStatus(evidence)
  const since = minOf(evidence.map((e) => e.since))
  const until = maxOf(evidence.map((e) => e.until))
  if (title) out.title = title
  if (role) out.role = role
  if (status) out.status = status
  if (since) out.since = since
  if (until) out.until = until
  return out
}

/**
 * A relationship's properties from all its evidence (one record per article), or `null` when none
 * is left and it must go: counts, first and last article dates, rules, origin, and for posts and
 * bylines the post, role and status. Nothing in it grows with the number of articles.
 */
export function aggregateEdge(evidence: readonly Evidence[]): Properties | null {
  if (evidence.length === 0) return null
  return { ...additiveProperties(evidence, undefined), ...attributeProperties(evidence) }
}

/** The aggregate after adding articles' evidence to one whose other evidence is not read. */
export function addToAggregate(current: Properties | undefined, added: readonly Evidence[]): Properties | null {
  if (!current) return aggregateEdge(added)
  return { ...current, ...additiveProperties(added, current) }
}

/** What a write does to a relationship, given the evidence it removes and adds. */
export type EdgeStep = 'keep' | 'add' | 'recount'

/** The inputs of the aggregate one evidence record gives, as a comparable string. */
const aggregateInput = (e: Evidence): string =>
  JSON.stringify([e.date ?? '', spanCount(e), [...e.rules].sort(), e.origin, e.title ?? '', e.role ?? '', e.status ?? '', e.since ?? '', e.until ?? ''])

/**
 * `keep` when the articles re-ingested say what they said (the aggregate stands; only the evidence
 * records change), `add` when articles only come in and the type's aggregate is additive, else
 * `recount` from all the relationship's evidence.
 */
export function edgeStep(type: string, removed: readonly Evidence[], added: readonly Evidence[]): EdgeStep {
  if (removed.length > 0 && removed.length === added.length) {
    const before = removed.map(aggregateInput).sort()
    const after = added.map(aggregateInput).sort()
    if (before.every((x, i) => x === after[i])) return 'keep'
  }
  return removed.length === 0 && !READ_IN_FULL.has(type) ? 'add' : 'recount'
}

/**
 * One relationship from copies of it that concurrent writers of an older version stored: the
 * evidence records are the articles', one each, so their aggregate stands for all the copies.
 */
export function combineEdgeCopies(copies: readonly Properties[], evidence: readonly Evidence[]): Properties {
  return aggregateEdge(evidence) ?? copies[0] ?? {}
}

/** The MENTIONS properties one article gives an entity. */
export function mentionProperties(c: EntityContribution): Properties {
  return { count: c.count, spans: sortedPairs(c.spans), aliases: sortedUnique(c.aliases) }
}

/** Flattened span pairs in order of their starts, each pair once. */
export function sortedPairs(spans: readonly number[]): number[] {
  const pairs = new Map<string, [number, number]>()
  for (let i = 0; i + 1 < spans.length; i += 2) pairs.set(`${spans[i]}-${spans[i + 1]}`, [spans[i]!, spans[i + 1]!])
  return [...pairs.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat()
}

/** An entity's `aliases`: every surface form any supporting article used, but its name. */
export function deriveAliases(name: string, perArticle: readonly (readonly string[])[]): string[] {
  return sortedUnique(perArticle.flat()).filter((a) => a !== name)
}

/** Where an article sits: its source file and position in it, one string. */
export const articleKey = (article: Properties): string => `${String(article.source)}\u0000${String(article.index)}`

/**
 * One contribution per article, the last given: a batch that names an article (by id, or by source
 * file and position) twice ends as if they were applied in turn, as the embedded store does.
 */
export function latestPerArticle(contributions: readonly ArticleContribution[]): ArticleContribution[] {
  const byKey = new Map<string, ArticleContribution>()
  const keyOfId = new Map<string, string>()
  for (const c of contributions) {
    const key = articleKey(c.article.properties)
    const earlier = keyOfId.get(c.article.id)
    if (earlier !== undefined) byKey.delete(earlier)
    byKey.delete(key)
    byKey.set(key, c)
    keyOfId.set(c.article.id, key)
  }
  return [...byKey.values()]
}

/** Appends to the list kept under `key`, starting it when there is none. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

/** An article stored already: where its text came from. */
export interface StoredText {
  id: string
  source: string
}

/**
 * The articles to store, without those whose text is stored already (or comes earlier in the
 * batch) under another source: the same article saved under two names is one article. A stored
 * copy this batch replaces does not count.
 */
export function withoutStoredTexts(
  added: readonly ArticleContribution[],
  stored: ReadonlyMap<string, StoredText>,
  replaced: ReadonlySet<string>,
): { kept: ArticleContribution[]; duplicates: DuplicateArticle[] } {
  const seen = new Map<string, string>()
  for (const [hash, s] of stored) if (!replaced.has(s.id)) seen.set(hash, s.source)
  const kept: ArticleContribution[] = []
  const duplicates: DuplicateArticle[] = []
  for (const c of added) {
    const { hash, source, index } = c.article.properties
    const earlier = typeof hash === 'string' ? seen.get(hash) : undefined
    if (earlier !== undefined && earlier !== source) {
      duplicates.push({ source: String(source), index: Number(index), storedAs: earlier })
      continue
    }
    if (typeof hash === 'string' && earlier === undefined) seen.set(hash, String(source))
    kept.push(c)
  }
  return { kept, duplicates }
}

/** An article's stored properties: what it says, when it was ingested, and what it contributed. */
export function articleProperties(c: ArticleContribution, ingestedAt: string): Properties {
  return { ...c.article.properties, ingestedAt, relationIds: c.relations.map((r) => r.id).sort(), figureIds: c.figures.map((f) => f.id).sort() }
}
