// How a batch of article contributions changes a graph of nodes, keyed edges and evidence records,
// written once over the few operations it needs, so the in-memory (graph.json) and SQLite embedded
// stores apply and remove articles by the same steps and hold the same graph as Neo4j.
import { withoutEmptyLists, type ArticleContribution, type EdgeType, type Evidence, type NodeLabel, type Properties } from '../model/index.js'
import { parseRelationId } from '../resolve/ids.js'
import {
  addToAggregate,
  aggregateEdge,
  articleKey,
  articleProperties,
  deriveAliases,
  edgeStep,
  evidenceFrom,
  latestPerArticle,
  mentionProperties,
  pushTo,
  sortedPairs,
  withoutStoredTexts,
  type StoredText,
} from './merge.js'
import type { ApplyResult, ArticleSelector } from './types.js'

export interface NodeRecord {
  label: NodeLabel
  properties: Properties
}

export interface EdgeRecord {
  type: EdgeType
  source: string
  target: string
  properties: Properties
}

/** What the write steps ask of a store, inside one of its write transactions. */
export interface GraphOps {
  node(id: string): NodeRecord | undefined
  /** Adds the node, or replaces its label and properties. */
  putNode(id: string, node: NodeRecord): void
  /** Removes the node with every edge that touches it. */
  dropNode(id: string): void
  edge(id: string): EdgeRecord | undefined
  putEdge(id: string, edge: EdgeRecord): void
  dropEdge(id: string): void
  /** How many edges of any type touch the node. */
  degree(id: string): number
  /** The properties of the MENTIONS edges into a node. */
  mentionsOf(id: string): Properties[]
  /** The nodes an article mentions (entities and figures). */
  mentionedBy(article: string): string[]
  /** The evidence records of an article, or of a relationship. */
  evidenceOfArticle(article: string): Evidence[]
  evidenceOfRelation(relation: string): Evidence[]
  putEvidence(evidence: Evidence): void
  dropEvidence(id: string): void
  /** Stored articles at these `articleKey`s, by key. */
  articlesAt(keys: readonly string[]): Map<string, string>
  /** Stored articles with these text hashes, by hash. */
  articlesWithText(hashes: readonly string[]): Map<string, StoredText>
  /** Stored articles with these ids or from these sources. */
  articlesSelected(selector: ArticleSelector): string[]
}

const mentionsId = (article: string, node: string) => `MENTIONS:${article}->${node}`
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const isEntity = (id: string): boolean => !id.startsWith('article:') && !id.startsWith('figure:')

/** The operations, storing nodes and edges without empty lists, as Neo4j does (see withoutEmptyLists). */
function withoutEmptyListsStored(ops: GraphOps): GraphOps {
  return {
    ...ops,
    putNode: (id, node) => ops.putNode(id, { ...node, properties: withoutEmptyLists(node.properties) }),
    putEdge: (id, edge) => ops.putEdge(id, { ...edge, properties: withoutEmptyLists(edge.properties) }),
  }
}

/** When a write happens, as stored in `Article.ingestedAt`. */
export type Clock = () => string
export const systemClock: Clock = () => new Date().toISOString()

/**
 * The whole batch at once, as the Neo4j store does: the articles it replaces (same id, or same file
 * and position) go first, then the new ones come in, but for texts stored already under another
 * source. An article stored already with the same text keeps its `ingestedAt`: it did not change.
 */
export function applyContributions(given: GraphOps, contributions: readonly ArticleContribution[], clock: Clock = systemClock): ApplyResult {
  const ops = withoutEmptyListsStored(given)
  const added = latestPerArticle(contributions)
  const stored = ops.articlesAt(added.map((c) => articleKey(c.article.properties)))
  const replaced = new Set<string>()
  for (const c of added) {
    replaced.add(c.article.id)
    const earlier = stored.get(articleKey(c.article.properties))
    if (earlier !== undefined) replaced.add(earlier)
  }
  const hashes = added.map((c) => c.article.properties.hash).filter((h): h is string => typeof h === 'string')
  const { kept, duplicates } = withoutStoredTexts(added, ops.articlesWithText(hashes), replaced)
  const now = clock()
  const ingestedAt = new Map(kept.map((c) => [c.article.id, String(ops.node(c.article.id)?.properties.ingestedAt ?? now)]))
  replaceArticles(ops, replaced, kept, ingestedAt)
  return {
    articles: kept.length,
    entities: kept.reduce((n, c) => n + c.entities.length, 0),
    relations: kept.reduce((n, c) => n + c.relations.length, 0),
    duplicates,
  }
}

export function removeSelected(given: GraphOps, selector: ArticleSelector): { articles: number } {
  const ops = withoutEmptyListsStored(given)
  const chosen = new Set(ops.articlesSelected(selector))
  replaceArticles(ops, chosen, [], new Map())
  return { articles: chosen.size }
}

/** Takes the old articles out and puts the new ones in, then settles the relationships and entities both touched. */
function replaceArticles(ops: GraphOps, removed: ReadonlySet<string>, added: readonly ArticleContribution[], ingestedAt: ReadonlyMap<string, string>): void {
  const removedEvidence = new Map<string, Evidence[]>()
  const lost = new Set<string>()
  for (const aid of removed) {
    const article = ops.node(aid)
    if (!article) continue
    for (const e of ops.evidenceOfArticle(aid)) {
      pushTo(removedEvidence, e.relation, e)
      ops.dropEvidence(e.id)
    }
    for (const id of ops.mentionedBy(aid)) if (isEntity(id)) lost.add(id)
    for (const fid of strings(article.properties.figureIds)) ops.dropNode(fid)
    ops.dropNode(aid)
  }
  const addedEvidence = new Map<string, Evidence[]>()
  const gained = addArticles(ops, added, ingestedAt, addedEvidence)
  for (const relation of new Set([...removedEvidence.keys(), ...addedEvidence.keys()])) {
    const ends = parseRelationId(relation)
    if (!ends) continue
    const before = removedEvidence.get(relation) ?? []
    const after = addedEvidence.get(relation) ?? []
    const current = ops.edge(relation)
    const step = current ? edgeStep(ends.type, before, after) : 'recount'
    if (step === 'keep') continue
    const properties = step === 'add' ? addToAggregate(current?.properties, after) : aggregateEdge(ops.evidenceOfRelation(relation))
    if (properties === null) {
      ops.dropEdge(relation)
      for (const end of [ends.source, ends.target]) if (isEntity(end)) lost.add(end)
    } else ops.putEdge(relation, { ...ends, properties })
  }
  settleEntities(ops, lost, gained)
}

/** Stores the new articles, their entities, mentions, figures and evidence; returns the aliases each entity gained. */
function addArticles(ops: GraphOps, added: readonly ArticleContribution[], ingestedAt: ReadonlyMap<string, string>, evidence: Map<string, Evidence[]>): Map<string, string[][]> {
  const aliases = new Map<string, string[][]>()
  for (const c of added) {
    const aid = c.article.id
    ops.putNode(aid, { label: 'Article', properties: articleProperties(c, ingestedAt.get(aid)!) })
    for (const e of c.entities) {
      const stored = ops.node(e.id)
      ops.putNode(e.id, stored ? { ...stored, properties: { ...stored.properties, ...e.properties } } : { label: e.label, properties: { ...e.properties } })
      // A place only the gazetteer adds is not mentioned: it gets no MENTIONS.
      if (e.count > 0) ops.putEdge(mentionsId(aid, e.id), { type: 'MENTIONS', source: aid, target: e.id, properties: mentionProperties(e) })
      pushTo(aliases, e.id, e.aliases)
    }
    for (const f of c.figures) {
      ops.putNode(f.id, { label: 'Figure', properties: { ...f.properties, article: aid } })
      ops.putEdge(mentionsId(aid, f.id), { type: 'MENTIONS', source: aid, target: f.id, properties: { count: 1, spans: sortedPairs(figureSpan(f.properties)) } })
    }
    const date = typeof c.article.properties.date === 'string' ? c.article.properties.date : undefined
    for (const r of c.relations) {
      if (!ops.node(r.source) || !ops.node(r.target)) continue
      const e = evidenceFrom({ id: aid, date }, r)
      ops.putEvidence(e)
      pushTo(evidence, e.relation, e)
    }
  }
  return aliases
}

/** A figure's span as a pair. */
export function figureSpan(properties: Properties): number[] {
  const span = properties.span
  return Array.isArray(span) ? span.filter((x): x is number => typeof x === 'number') : []
}

/**
 * Entities the write touched: one no article mentions and no relationship touches goes; one that
 * lost support gets its aliases again from the articles still mentioning it; one that only gained
 * mentions adds the new forms. One that no article mentions is the gazetteer's (`origin`).
 */
function settleEntities(ops: GraphOps, lost: ReadonlySet<string>, gained: ReadonlyMap<string, string[][]>): void {
  for (const id of new Set([...lost, ...gained.keys()])) {
    const node = ops.node(id)
    if (!node) continue
    const mentions = ops.mentionsOf(id)
    if (mentions.length === 0 && ops.degree(id) === 0) {
      ops.dropNode(id)
      continue
    }
    const name = String(node.properties.name ?? '')
    const aliases = lost.has(id) ? deriveAliases(name, mentions.map((m) => strings(m.aliases))) : deriveAliases(name, [strings(node.properties.aliases), ...gained.get(id)!])
    const { origin: _origin, ...rest } = node.properties
    ops.putNode(id, { ...node, properties: { ...rest, aliases, ...(mentions.length === 0 ? { origin: 'gazetteer' } : {}) } })
  }
}
