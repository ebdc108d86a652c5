// Questions a person asks of the graph — find, look closer, widen — answered the same way on either
// store, on top of the store's read primitives. Used by the API server and by export selection.
import { NotFoundError } from '../errors.js'
import {
  EDGE_TYPES,
  type ArticleView,
  type EdgeDetails,
  type EdgeType,
  type EvidenceSentence,
  type GraphEdge,
  type GraphNode,
  type NodeDetails,
  type NodeLabel,
  type NodeRef,
  type RelationshipView,
  type Subgraph,
} from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { evidenceSentences, sentencesOf } from './evidence.js'

export type { NodeDetails, RelationshipView } from '../model/index.js'
export { search, searchTerms, type SearchOptions } from './search.js'
export { shortestPath } from './path.js'
export { sentenceAround } from './evidence.js'

const MAX_EVIDENCE_PER_EDGE = 5
const MAX_MENTIONS = 20

export async function nodeDetails(store: GraphStore, id: string): Promise<NodeDetails> {
  const [node] = await store.nodesById([id])
  if (!node) throw new NotFoundError(`node ${id}`)
  const edges = await store.edgesOf([id])
  const otherIds = [...new Set(edges.map((e) => (e.source === id ? e.target : e.source)))]
  const evidence = await store.evidence(
    edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id),
    MAX_EVIDENCE_PER_EDGE,
  )
  const others = new Map((await store.nodesById([...new Set([...otherIds, ...evidence.map((e) => e.article)])])).map((n) => [n.id, n]))
  const evidenceOf = new Map<string, typeof evidence>()
  for (const record of evidence) evidenceOf.set(record.relation, [...(evidenceOf.get(record.relation) ?? []), record])
  const nameOf = (n: GraphNode | undefined, fallback: string) => String(n?.properties.title ?? n?.properties.name ?? fallback)

  const relationships: RelationshipView[] = []
  const articles: NodeDetails['articles'] = []
  const mentions: EvidenceSentence[] = []
  for (const e of edges) {
    const otherId = e.source === id ? e.target : e.source
    const other = others.get(otherId)
    if (e.type === 'MENTIONS' && other?.label === 'Article') {
      articles.push({ id: other.id, title: nameOf(other, other.id), source: String(other.properties.source ?? ''), date: typeof other.properties.date === 'string' ? other.properties.date : null, count: Number(e.properties.count ?? 0) })
      const spans = Array.isArray(e.properties.spans) ? e.properties.spans.map(Number) : []
      if (mentions.length < MAX_MENTIONS) mentions.push(...sentencesOf(other, spans).slice(0, MAX_MENTIONS - mentions.length))
      continue
    }
    const sentences: EvidenceSentence[] = []
    for (const record of evidenceOf.get(e.id) ?? []) {
      const article = others.get(record.article)
      if (article) sentences.push(...sentencesOf(article, record.spans))
    }
    relationships.push({
      id: e.id,
      type: e.type,
      direction: e.source === id ? 'out' : 'in',
      other: { id: otherId, label: other?.label ?? 'Article', name: nameOf(other, otherId) },
      properties: e.properties,
      evidence: sentences,
    })
  }
  relationships.sort((a, b) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name))
  articles.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
  return { node, degree: edges.filter((e) => e.type !== 'MENTIONS').length, relationships, articles, mentions }
}

export interface NeighbourhoodQuery {
  ids: readonly string[]
  depth: number
  labels?: readonly NodeLabel[]
  types?: readonly EdgeType[]
  /** Most nodes to return; `truncated` says when more were within reach. */
  cap: number
}

/** Every type but MENTIONS: what a view shows unless MENTIONS is asked for by name. */
const VIEW_TYPES: readonly EdgeType[] = EDGE_TYPES.filter((t) => t !== 'MENTIONS')

/** Nodes within `depth` hops of the seeds (MENTIONS excluded unless asked for), capped. */
export async function neighbourhood(store: GraphStore, q: NeighbourhoodQuery): Promise<Subgraph> {
  const seeds = await store.nodesById(q.ids)
  if (seeds.length === 0) throw new NotFoundError(`node ${q.ids.join(', ')}`)
  const filter = { types: q.types ?? VIEW_TYPES, ...(q.labels ? { labels: q.labels } : {}) }
  const wanted = new Set<string>(seeds.map((n) => n.id))
  let frontier = [...wanted]
  let truncated = false
  for (let hop = 0; hop < q.depth && frontier.length > 0 && !truncated; hop++) {
    const room = Math.max(0, q.cap - wanted.size)
    // One more than there is room for: finding it says the cap cut the neighbourhood short.
    const next = await store.neighbours(frontier, filter, [...wanted], room + 1)
    if (next.length > room) {
      truncated = true
      next.length = room
    }
    for (const id of next) wanted.add(id)
    frontier = next
  }
  const result = await subgraph(store, [...wanted], q.types)
  return { ...result, truncated }
}

/** The given nodes and the relationships among them (MENTIONS only when asked for). */
export async function subgraph(store: GraphStore, ids: readonly string[], types?: readonly EdgeType[]): Promise<Subgraph> {
  const nodes = await store.nodesById(ids)
  const edges = await store.edgesAmong(
    nodes.map((n) => n.id),
    types ?? VIEW_TYPES,
  )
  return { nodes, edges: await withArticles(store, edges), truncated: false }
}

/**
 * Each relationship with the ids of the articles that state it (`articles`), which the viewer's
 * date filter reads: graph v2 keeps them in the evidence records, not on the edge.
 */
async function withArticles(store: GraphStore, edges: GraphEdge[]): Promise<GraphEdge[]> {
  const records = await store.evidence(edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id))
  const articles = new Map<string, Set<string>>()
  for (const r of records) articles.set(r.relation, (articles.get(r.relation) ?? new Set()).add(r.article))
  return edges.map((e) => (articles.has(e.id) ? { ...e, properties: { ...e.properties, articles: [...articles.get(e.id)!] } } : e))
}

/** The labels an overview samples, each with at least a share of the cap when it has that many nodes. */
const OVERVIEW_LABELS: readonly NodeLabel[] = ['Person', 'Unit', 'Place', 'Campaign', 'Measure']
/** Every label present gets at least this share of the overview (or all its nodes, if fewer). */
const MIN_SHARE = 0.1

/**
 * How many nodes of each label an overview of `cap` nodes holds: every label with nodes is present,
 * with at least a tenth of the cap (or all it has), and what is left shared out by label totals.
 */
export function overviewShares(totals: Readonly<Record<string, number>>, cap: number): Map<NodeLabel, number> {
  const present = OVERVIEW_LABELS.filter((l) => (totals[l] ?? 0) > 0)
  const shares = new Map<NodeLabel, number>(present.map((l) => [l, Math.min(totals[l] ?? 0, Math.floor(cap * MIN_SHARE))]))
  let left = cap - [...shares.values()].reduce((a, b) => a + b, 0)
  // Proportional rounds until the cap is spent or every label is whole.
  while (left > 0) {
    const open = present.filter((l) => shares.get(l)! < (totals[l] ?? 0))
    if (open.length === 0) break
    const weight = open.reduce((a, l) => a + (totals[l] ?? 0) - shares.get(l)!, 0)
    let given = 0
    for (const l of open) {
      const room = (totals[l] ?? 0) - shares.get(l)!
      const add = Math.min(room, Math.max(1, Math.floor((left * room) / weight)))
      if (given + add > left) break
      shares.set(l, shares.get(l)! + add)
      given += add
    }
    if (given === 0) break
    left -= given
  }
  return shares
}

/**
 * The whole entity graph when it has at most `cap` entities, else a sample that represents it:
 * the most connected nodes of each label, each label with its share (see `overviewShares`).
 */
export async function overview(store: GraphStore, cap: number): Promise<Subgraph> {
  const stats = await store.stats()
  const entities = OVERVIEW_LABELS.reduce((a, l) => a + (stats.labels[l] ?? 0), 0)
  const ids: string[] = []
  if (entities <= cap) ids.push(...(await store.topNodes(cap)).map((n) => n.id))
  else for (const [label, share] of overviewShares(stats.labels, cap)) if (share > 0) ids.push(...(await store.topNodes(share, label)).map((n) => n.id))
  const result = await subgraph(store, ids)
  return { ...result, truncated: entities > cap }
}

const refOf = (n: GraphNode | undefined, id: string): NodeRef => ({ id, label: n?.label ?? 'Article', name: String(n?.properties.title ?? n?.properties.name ?? id) })

/** Most sentences one relationship's view carries. */
const MAX_EDGE_EVIDENCE = 50

/**
 * One relationship by its id (`TYPE:source->target`): the ends are found by trying each `->` in
 * the id, since node ids may hold one too.
 */
export async function edgeDetails(store: GraphStore, id: string): Promise<EdgeDetails> {
  const m = /^([A-Z_]+):(.+)$/.exec(id)
  const type = m?.[1]
  if (!m || !type || !(EDGE_TYPES as readonly string[]).includes(type)) throw new NotFoundError(`relationship ${id}`)
  const rest = m[2]!
  for (let at = rest.indexOf('->'); at >= 0; at = rest.indexOf('->', at + 1)) {
    const source = rest.slice(0, at)
    const target = rest.slice(at + 2)
    const edge = (await store.edgesAmong([source, target], [type as EdgeType])).find((e) => e.id === id)
    if (!edge) continue
    const ends = new Map((await store.nodesById([source, target])).map((n) => [n.id, n]))
    return { edge, source: refOf(ends.get(source), source), target: refOf(ends.get(target), target), evidence: await evidenceSentences(store, edge.id, MAX_EDGE_EVIDENCE) }
  }
  throw new NotFoundError(`relationship ${id}`)
}

/** An article's text with every entity mention it holds, offsets made relative to the text. */
export async function articleView(store: GraphStore, id: string): Promise<ArticleView> {
  const [article] = await store.nodesById([id])
  if (!article || article.label !== 'Article') throw new NotFoundError(`article ${id}`)
  const text = String(article.properties.text ?? '')
  const offset = Number(article.properties.offset ?? 0)
  const edges = (await store.edgesOf([id], { types: ['MENTIONS'] })).filter((e) => e.source === id)
  const entities = new Map((await store.nodesById(edges.map((e) => e.target))).map((n) => [n.id, n]))
  const spans: ArticleView['mentions'] = []
  for (const e of edges) {
    const entity = entities.get(e.target)
    if (!entity || entity.label === 'Figure') continue
    const pairs = Array.isArray(e.properties.spans) ? e.properties.spans.map(Number) : []
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const start = pairs[i]! - offset
      const end = pairs[i + 1]! - offset
      if (start >= 0 && end <= text.length && start < end) spans.push({ start, end, entity: refOf(entity, entity.id) })
    }
  }
  // Longest first at the same start, then drop what overlaps an earlier mention: marks cannot nest.
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const mentions: ArticleView['mentions'] = []
  for (const s of spans) if (mentions.length === 0 || s.start >= mentions[mentions.length - 1]!.end) mentions.push(s)
  return {
    id,
    title: String(article.properties.title ?? ''),
    source: String(article.properties.source ?? ''),
    date: typeof article.properties.date === 'string' ? article.properties.date : null,
    text,
    mentions,
  }
}

/** The date of each of `ids` that is a dated article, else null. */
export async function articleDates(store: GraphStore, ids: readonly string[]): Promise<Record<string, string | null>> {
  const dates: Record<string, string | null> = Object.fromEntries(ids.map((id) => [id, null]))
  for (const n of await store.nodesById([...new Set(ids)])) if (n.label === 'Article' && typeof n.properties.date === 'string') dates[n.id] = n.properties.date
  return dates
}
