// How article contributions combine into stored properties, as pure functions both stores call,
// so Neo4j and the embedded store hold the same graph, and removing an article's entries is exact.
import type { ArticleContribution, EntityContribution, Properties, RelationContribution } from '../model/index.js'
import type { DuplicateArticle } from './types.js'

/** Per-article entries kept on a relationship, from which its readable properties are derived. */
interface EdgeEntries {
  evidence: string[]
  provenance: string[]
  titleEvidence: string[]
  roleEvidence: string[]
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const articleOf = (entry: string): string => entry.slice(0, entry.indexOf('|'))
const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort()

/** The most frequent value of `aid|value` entries; ties go to the value that sorts first. */
function mostFrequent(entries: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const e of entries) {
    const v = e.slice(e.indexOf('|') + 1)
    counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

/**
 * The relationship's properties after removing the entries of `removed` articles and adding the
 * given articles' contributions, or `null` when no evidence is left and it must be deleted. All of
 * a batch's additions to one relationship come in one call: its lists are sorted once, not once
 * per article (a busy relationship holds thousands of entries).
 */
export function mergeEdgeProperties(
  current: Properties | undefined,
  removed: ReadonlySet<string>,
  added: readonly { article: string; contribution: RelationContribution }[],
): Properties | null {
  const keep = (xs: string[]) => (removed.size === 0 ? xs : xs.filter((e) => !removed.has(articleOf(e))))
  const entries: EdgeEntries = {
    evidence: keep(strings(current?.evidence)),
    provenance: keep(strings(current?.provenance)),
    titleEvidence: keep(strings(current?.titleEvidence)),
    roleEvidence: keep(strings(current?.roleEvidence)),
  }
  for (const { article, contribution: c } of added) {
    const spans = c.spans.length > 0 ? c.spans : ['']
    entries.evidence.push(...spans.map((s) => `${article}|${s}`))
    entries.provenance.push(...c.rules.map((r) => `${article}|${r}|${c.origin}`))
    if (c.title) entries.titleEvidence.push(`${article}|${c.title}`)
    if (c.role) entries.roleEvidence.push(`${article}|${c.role}`)
  }
  return edgeFromEntries(entries)
}

/** The readable properties derived from the per-article entries, or `null` when none is left. */
function edgeFromEntries(entries: EdgeEntries): Properties | null {
  if (entries.evidence.length === 0) return null
  const evidence = sortedUnique(entries.evidence)
  const provenance = sortedUnique(entries.provenance)
  const titleEvidence = sortedUnique(entries.titleEvidence)
  const roleEvidence = sortedUnique(entries.roleEvidence)
  // Posts and roles are rare: their evidence lists are only written when there is some.
  const properties: Properties = {
    evidence,
    provenance,
    ...(titleEvidence.length > 0 ? { titleEvidence } : {}),
    ...(roleEvidence.length > 0 ? { roleEvidence } : {}),
    count: evidence.length,
    articles: sortedUnique(evidence.map(articleOf)),
    rules: sortedUnique(provenance.map((p) => p.split('|')[1] ?? '')),
    origin: sortedUnique(provenance.map((p) => p.split('|')[2] ?? '')),
  }
  const title = mostFrequent(titleEvidence)
  const role = mostFrequent(roleEvidence)
  if (title) properties.title = title
  if (role) properties.role = role
  return properties
}

/**
 * One relationship from copies of it that concurrent writers stored: each copy holds the entries of
 * the articles its writer saw, so their union is what one writer would have stored. Copies without
 * entries (MENTIONS) are identical; the first stands for all.
 */
export function combineEdgeCopies(copies: readonly Properties[]): Properties {
  const union = (key: keyof EdgeEntries) => copies.flatMap((c) => strings(c[key]))
  const combined = edgeFromEntries({ evidence: union('evidence'), provenance: union('provenance'), titleEvidence: union('titleEvidence'), roleEvidence: union('roleEvidence') })
  return combined ?? copies[0] ?? {}
}

/** The MENTIONS properties one article gives an entity. */
export function mentionProperties(c: EntityContribution): Properties {
  return { count: c.count, spans: [...c.spans].sort(), aliases: sortedUnique(c.aliases) }
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
