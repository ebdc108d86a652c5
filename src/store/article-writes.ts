// How a batch of article contributions changes a graph of nodes and keyed edges, written once over
// the few operations it needs, so the in-memory (graph.json) and SQLite embedded stores apply and
// remove articles by the same steps and hold the same graph as Neo4j.
import type { ArticleContribution, EdgeType, NodeLabel, Properties, RelationContribution } from '../model/index.js'
import { articleKey, deriveAliases, latestPerArticle, mentionProperties, mergeEdgeProperties, pushTo, withoutStoredTexts, type StoredText } from './merge.js'
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
  /** The properties of the MENTIONS edges into a node. */
  mentionsOf(id: string): Properties[]
  /** The nodes an article mentions (entities and figures). */
  mentionedBy(article: string): string[]
  /** Stored articles at these `articleKey`s, by key. */
  articlesAt(keys: readonly string[]): Map<string, string>
  /** Stored articles with these text hashes, by hash. */
  articlesWithText(hashes: readonly string[]): Map<string, StoredText>
  /** Stored articles with these ids or from these sources. */
  articlesSelected(selector: ArticleSelector): string[]
}

const mentionsId = (article: string, node: string) => `MENTIONS:${article}->${node}`
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/**
 * The whole batch at once, as the Neo4j store does: the articles it replaces (same id, or same file
 * and position) go first, then the new ones come in, but for texts stored already under another
 * source.
 */
export function applyContributions(ops: GraphOps, contributions: readonly ArticleContribution[]): ApplyResult {
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
  removeArticles(ops, replaced)
  addArticles(ops, kept)
  return {
    articles: kept.length,
    entities: kept.reduce((n, c) => n + c.entities.length, 0),
    relations: kept.reduce((n, c) => n + c.relations.length, 0),
    duplicates,
  }
}

export function removeSelected(ops: GraphOps, selector: ArticleSelector): { articles: number } {
  const chosen = new Set(ops.articlesSelected(selector))
  removeArticles(ops, chosen)
  return { articles: chosen.size }
}

function setEdge(ops: GraphOps, id: string, edge: Omit<EdgeRecord, 'properties'>, properties: Properties | null): void {
  if (properties === null) ops.dropEdge(id)
  else ops.putEdge(id, { ...edge, properties })
}

/** Takes articles out with everything they alone supported. */
function removeArticles(ops: GraphOps, articles: ReadonlySet<string>): void {
  const relations = new Set<string>()
  const nodes = new Map<string, NodeRecord>()
  for (const aid of articles) {
    const article = ops.node(aid)
    if (!article) continue
    nodes.set(aid, article)
    for (const rid of strings(article.properties.relationIds)) relations.add(rid)
  }
  for (const rid of relations) {
    const e = ops.edge(rid)
    if (e) setEdge(ops, rid, e, mergeEdgeProperties(e.properties, articles, []))
  }
  const touched = new Set<string>()
  for (const [aid, article] of nodes) {
    for (const id of ops.mentionedBy(aid)) touched.add(id)
    for (const fid of strings(article.properties.figureIds)) ops.dropNode(fid)
    ops.dropNode(aid)
  }
  for (const id of touched) {
    const node = ops.node(id)
    if (!node) continue
    const mentions = ops.mentionsOf(id)
    if (mentions.length === 0) ops.dropNode(id)
    else ops.putNode(id, { ...node, properties: { ...node.properties, aliases: deriveAliases(String(node.properties.name ?? ''), mentions.map((m) => strings(m.aliases))) } })
  }
}

function addArticles(ops: GraphOps, added: readonly ArticleContribution[]): void {
  const aliases = new Map<string, string[][]>()
  const additions = new Map<string, { article: string; contribution: RelationContribution }[]>()
  for (const c of added) {
    const aid = c.article.id
    ops.putNode(aid, {
      label: 'Article',
      properties: { ...c.article.properties, relationIds: c.relations.map((r) => r.id).sort(), figureIds: c.figures.map((f) => f.id).sort() },
    })
    for (const e of c.entities) {
      const stored = ops.node(e.id)
      ops.putNode(e.id, stored ? { ...stored, properties: { ...stored.properties, ...e.properties } } : { label: e.label, properties: { ...e.properties } })
      ops.putEdge(mentionsId(aid, e.id), { type: 'MENTIONS', source: aid, target: e.id, properties: mentionProperties(e) })
      pushTo(aliases, e.id, e.aliases)
    }
    for (const f of c.figures) {
      ops.putNode(f.id, { label: 'Figure', properties: { ...f.properties, article: aid } })
      ops.putEdge(mentionsId(aid, f.id), { type: 'MENTIONS', source: aid, target: f.id, properties: { count: 1, spans: [String(f.properties.span ?? '')], aliases: [] } })
    }
    for (const r of c.relations) pushTo(additions, r.id, { article: aid, contribution: r })
  }
  // An entity's aliases are the ones it had (right for the articles still stored) and the new ones.
  for (const [id, lists] of aliases) {
    const node = ops.node(id)!
    ops.putNode(id, { ...node, properties: { ...node.properties, aliases: deriveAliases(String(node.properties.name ?? ''), [strings(node.properties.aliases), ...lists]) } })
  }
  // A relationship's additions from the whole batch are merged in one step.
  for (const [id, list] of additions) {
    const { type, source, target } = list[0]!.contribution
    if (!ops.node(source) || !ops.node(target)) continue
    setEdge(ops, id, { type, source, target }, mergeEdgeProperties(ops.edge(id)?.properties, new Set(), list))
  }
}
