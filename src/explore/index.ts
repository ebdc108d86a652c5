// Questions a person asks of the graph — find, look closer, widen — answered the same way on either
// store, on top of the store's read primitives. Used by the API server and by export selection.
import { NotFoundError } from '../errors.js'
import { EDGE_TYPES, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel, type Subgraph } from '../model/index.js'
import { sentenceAround } from '../resolve/sentence.js'
import { searchScore } from '../store/search.js'

export { sentenceAround }
import type { GraphStore } from '../store/types.js'

export interface SearchHit {
  id: string
  label: NodeLabel
  name: string
  pinyin: string
  aliases: string[]
  score: number
}

export async function search(store: GraphStore, text: string, options: { limit?: number; labels?: readonly NodeLabel[] } = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 10
  const candidates = await store.searchCandidates(text, Math.max(200, limit * 20))
  return candidates
    .filter((n) => !options.labels || options.labels.includes(n.label))
    .map((n) => ({
      id: n.id,
      label: n.label,
      name: String(n.properties.name ?? n.id),
      pinyin: String(n.properties.pinyin ?? ''),
      aliases: Array.isArray(n.properties.aliases) ? n.properties.aliases.map(String) : [],
      score: searchScore(n.properties, text),
    }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
}

export interface EvidenceSentence {
  article: string
  title: string
  source: string
  date: string | null
  /** The sentence around the evidence, and where in it the evidence lies. */
  sentence: string
  highlight: [number, number]
}

/** Span pairs (`[start, end, …]`) of an article into sentences. */
function sentencesOf(article: GraphNode, spans: readonly number[]): EvidenceSentence[] {
  const text = String(article.properties.text ?? '')
  const offset = Number(article.properties.offset ?? 0)
  const out: EvidenceSentence[] = []
  for (let i = 0; i + 1 < spans.length; i += 2) {
    out.push({
      article: article.id,
      title: String(article.properties.title ?? ''),
      source: String(article.properties.source ?? ''),
      date: typeof article.properties.date === 'string' ? article.properties.date : null,
      ...sentenceAround(text, offset, spans[i]!, spans[i + 1]!),
    })
  }
  return out
}

export interface RelationshipView {
  id: string
  type: EdgeType
  direction: 'out' | 'in'
  other: { id: string; label: NodeLabel; name: string }
  properties: GraphEdge['properties']
  evidence: EvidenceSentence[]
}

export interface NodeDetails {
  node: GraphNode
  degree: number
  relationships: RelationshipView[]
  articles: { id: string; title: string; source: string; date: string | null; count: number }[]
  /** Where the entity itself is mentioned, the sentence with the mention highlighted. */
  mentions: EvidenceSentence[]
}

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
  return { nodes, edges, truncated: false }
}

/** The whole entity graph when it has at most `cap` entities, else its most connected part. */
export async function overview(store: GraphStore, cap: number): Promise<Subgraph> {
  const stats = await store.stats()
  const entities = stats.nodes - (stats.labels.Article ?? 0) - (stats.labels.Figure ?? 0)
  const top = await store.topNodes(cap)
  const result = await subgraph(store, top.map((n) => n.id))
  return { ...result, truncated: entities > cap }
}
