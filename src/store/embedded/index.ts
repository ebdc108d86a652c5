// The embedded default store: a graphology graph in memory, persisted as one JSON file under the
// data directory, so the tool works with Node alone. Writes go to a copy and replace the file
// atomically, so a failed ingest leaves the stored graph as it was.
import fs from 'node:fs'
import path from 'node:path'
import { MultiDirectedGraph } from 'graphology'
import { z } from 'zod'
import { StoreError } from '../../errors.js'
import {
  type ArticleContribution,
  type RelationContribution,
  type GraphEdge,
  type GraphNode,
  type GraphStats,
  type Subgraph,
  EdgeType,
  NodeLabel,
  Properties,
} from '../../model/index.js'
import { articleKey, deriveAliases, latestPerArticle, mentionProperties, mergeEdgeProperties, pushTo } from '../merge.js'
import type { ApplyResult, ArticleSelector, EdgeFilter, GraphStore } from '../types.js'
import { matchesSearch } from '../search.js'

interface NodeAttributes {
  label: NodeLabel
  properties: Properties
}
interface EdgeAttributes {
  type: EdgeType
  properties: Properties
}
type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>

const StoredFile = z.object({
  format: z.literal('kg-embedded-graph'),
  version: z.literal(1),
  graph: z.object({
    nodes: z.array(z.object({ key: z.string(), attributes: z.object({ label: NodeLabel, properties: Properties }) })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.object({ type: EdgeType, properties: Properties }),
      }),
    ),
  }),
})

const mentionsId = (article: string, node: string) => `MENTIONS:${article}->${node}`
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const
  readonly file: string
  private graph: Graph | undefined

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'graph.json')
  }

  describe(): string {
    return `embedded ${this.file}`
  }

  async init(): Promise<void> {
    this.load()
  }

  private load(): Graph {
    if (this.graph) return this.graph
    const graph: Graph = new MultiDirectedGraph()
    if (fs.existsSync(this.file)) {
      let parsed: z.infer<typeof StoredFile>
      try {
        parsed = StoredFile.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')))
      } catch (cause) {
        throw new StoreError('STORE_FAILED', `${this.file}: not a graph this tool wrote (${(cause as Error).message.split('\n')[0]}); move it away or run \`kg reset --yes\``, cause)
      }
      graph.import(parsed.graph)
    }
    this.graph = graph
    return graph
  }

  private persist(graph: Graph): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    // Nodes and edges in key order: the file depends on the graph alone, not on the order articles
    // arrived in, so ingesting the same files again leaves it byte for byte as it was.
    const exported = graph.export()
    const byKey = ({ key: a = '' }: { key?: string }, { key: b = '' }: { key?: string }) => (a < b ? -1 : a > b ? 1 : 0)
    const body = { format: 'kg-embedded-graph', version: 1, graph: { ...exported, nodes: [...exported.nodes].sort(byKey), edges: [...(exported.edges ?? [])].sort(byKey) } }
    fs.writeFileSync(tmp, JSON.stringify(body))
    fs.renameSync(tmp, this.file)
    this.graph = graph
  }

  async apply(contributions: readonly ArticleContribution[]): Promise<ApplyResult> {
    const graph = this.load().copy() as Graph
    // The whole batch at once, as the Neo4j store does: the articles it replaces (same id, or same
    // file and position) go first, then the new ones come in.
    const added = latestPerArticle(contributions)
    const stored = new Map<string, string>()
    graph.forEachNode((id, a) => void (a.label === 'Article' && stored.set(articleKey(a.properties), id)))
    const replaced = new Set<string>()
    for (const c of added) {
      replaced.add(c.article.id)
      const earlier = stored.get(articleKey(c.article.properties))
      if (earlier !== undefined) replaced.add(earlier)
    }
    removeArticles(graph, replaced)
    addArticles(graph, added)
    this.persist(graph)
    return {
      articles: contributions.length,
      entities: contributions.reduce((n, c) => n + c.entities.length, 0),
      relations: contributions.reduce((n, c) => n + c.relations.length, 0),
    }
  }

  async remove(selector: ArticleSelector): Promise<{ articles: number }> {
    const graph = this.load().copy() as Graph
    const ids = new Set(selector.ids ?? [])
    const sources = new Set(selector.sources ?? [])
    const chosen = new Set<string>()
    graph.forEachNode((id, a) => {
      if (a.label === 'Article' && (ids.has(id) || sources.has(String(a.properties.source)))) chosen.add(id)
    })
    removeArticles(graph, chosen)
    this.persist(graph)
    return { articles: chosen.size }
  }

  async reset(): Promise<void> {
    fs.rmSync(this.file, { force: true })
    this.graph = new MultiDirectedGraph()
  }

  async stats(): Promise<GraphStats> {
    const graph = this.load()
    const labels: Record<string, number> = {}
    const types: Record<string, number> = {}
    graph.forEachNode((_, a) => void (labels[a.label] = (labels[a.label] ?? 0) + 1))
    graph.forEachEdge((_, a) => void (types[a.type] = (types[a.type] ?? 0) + 1))
    return { store: this.describe(), nodes: graph.order, relationships: graph.size, articles: labels.Article ?? 0, labels, types }
  }

  async nodesById(ids: readonly string[]): Promise<GraphNode[]> {
    const graph = this.load()
    return ids.filter((id) => graph.hasNode(id)).map((id) => toNode(graph, id))
  }

  async edgesOf(ids: readonly string[], filter: EdgeFilter = {}): Promise<GraphEdge[]> {
    const graph = this.load()
    const out = new Map<string, GraphEdge>()
    for (const id of ids) {
      if (!graph.hasNode(id)) continue
      graph.forEachEdge(id, (key, a, source, target) => {
        if (filter.types && !filter.types.includes(a.type)) return
        const other = source === id ? target : source
        if (filter.labels && !filter.labels.includes(graph.getNodeAttribute(other, 'label'))) return
        out.set(key, { id: key, type: a.type, source, target, properties: a.properties })
      })
    }
    return [...out.values()]
  }

  async searchCandidates(text: string, limit: number): Promise<GraphNode[]> {
    const graph = this.load()
    const hits: GraphNode[] = []
    graph.forEachNode((id, a) => {
      if (hits.length >= limit || a.label === 'Article' || a.label === 'Figure') return
      if (matchesSearch(a.properties, text)) hits.push(toNode(graph, id))
    })
    return hits
  }

  async topNodes(limit: number): Promise<GraphNode[]> {
    const graph = this.load()
    const scored: [string, number, string][] = []
    graph.forEachNode((id, a) => {
      if (a.label === 'Article' || a.label === 'Figure') return
      let degree = 0
      graph.forEachEdge(id, (_, e) => void (e.type !== 'MENTIONS' && degree++))
      scored.push([id, degree, String(a.properties.name ?? id)])
    })
    scored.sort((x, y) => y[1] - x[1] || codePointOrder(x[2], y[2]) || codePointOrder(x[0], y[0]))
    return scored.slice(0, limit).map(([id]) => toNode(graph, id))
  }

  async *dump(batchSize = 5000): AsyncIterable<Subgraph> {
    const graph = this.load()
    let batch: Subgraph = { nodes: [], edges: [], truncated: false }
    const flush = () => {
      const b = batch
      batch = { nodes: [], edges: [], truncated: false }
      return b
    }
    for (const id of graph.nodes()) {
      batch.nodes.push(toNode(graph, id))
      if (batch.nodes.length >= batchSize) yield flush()
    }
    for (const key of graph.edges()) {
      const a = graph.getEdgeAttributes(key)
      batch.edges.push({ id: key, type: a.type, source: graph.source(key), target: graph.target(key), properties: a.properties })
      if (batch.edges.length >= batchSize) yield flush()
    }
    if (batch.nodes.length || batch.edges.length) yield flush()
  }

  async close(): Promise<void> {
    this.graph = undefined
  }
}

/** Neo4j's ORDER BY on strings, so both stores break ties alike. */
const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function toNode(graph: Graph, id: string): GraphNode {
  const a = graph.getNodeAttributes(id)
  return { id, label: a.label, properties: a.properties }
}

function refreshAliases(graph: Graph, id: string): void {
  const perArticle: string[][] = []
  graph.forEachInEdge(id, (_, e) => void (e.type === 'MENTIONS' && perArticle.push(strings(e.properties.aliases))))
  const a = graph.getNodeAttributes(id)
  a.properties = { ...a.properties, aliases: deriveAliases(String(a.properties.name ?? ''), perArticle) }
}

function setEdge(graph: Graph, id: string, type: EdgeType, source: string, target: string, properties: Properties | null): void {
  if (properties === null) {
    if (graph.hasEdge(id)) graph.dropEdge(id)
    return
  }
  if (graph.hasEdge(id)) graph.setEdgeAttribute(id, 'properties', properties)
  else graph.addDirectedEdgeWithKey(id, source, target, { type, properties })
}

/** Takes articles out with everything they alone supported. */
function removeArticles(graph: Graph, articles: ReadonlySet<string>): void {
  const touched = new Set<string>()
  const relations = new Set<string>()
  for (const aid of articles) if (graph.hasNode(aid)) for (const rid of strings(graph.getNodeAttribute(aid, 'properties').relationIds)) relations.add(rid)
  for (const rid of relations) {
    if (!graph.hasEdge(rid)) continue
    const e = graph.getEdgeAttributes(rid)
    setEdge(graph, rid, e.type, graph.source(rid), graph.target(rid), mergeEdgeProperties(e.properties, articles, []))
  }
  for (const aid of articles) {
    if (!graph.hasNode(aid)) continue
    const article = graph.getNodeAttributes(aid).properties
    graph.forEachOutNeighbor(aid, (n) => void touched.add(n))
    for (const fid of strings(article.figureIds)) if (graph.hasNode(fid)) graph.dropNode(fid)
    graph.dropNode(aid)
  }
  for (const id of touched) {
    if (!graph.hasNode(id)) continue
    if (graph.inEdges(id).some((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS')) refreshAliases(graph, id)
    else graph.dropNode(id)
  }
}

function addArticles(graph: Graph, added: readonly ArticleContribution[]): void {
  const aliases = new Map<string, string[][]>()
  const additions = new Map<string, { article: string; contribution: RelationContribution }[]>()
  for (const c of added) {
    const aid = c.article.id
    graph.addNode(aid, {
      label: 'Article',
      properties: { ...c.article.properties, relationIds: c.relations.map((r) => r.id).sort(), figureIds: c.figures.map((f) => f.id).sort() },
    })
    for (const e of c.entities) {
      if (graph.hasNode(e.id)) {
        const a = graph.getNodeAttributes(e.id)
        a.properties = { ...a.properties, ...e.properties }
      } else graph.addNode(e.id, { label: e.label, properties: { ...e.properties } })
      graph.addDirectedEdgeWithKey(mentionsId(aid, e.id), aid, e.id, { type: 'MENTIONS', properties: mentionProperties(e) })
      pushTo(aliases, e.id, e.aliases)
    }
    for (const f of c.figures) {
      graph.addNode(f.id, { label: 'Figure', properties: { ...f.properties, article: aid } })
      graph.addDirectedEdgeWithKey(mentionsId(aid, f.id), aid, f.id, { type: 'MENTIONS', properties: { count: 1, spans: [String(f.properties.span ?? '')], aliases: [] } })
    }
    for (const r of c.relations) pushTo(additions, r.id, { article: aid, contribution: r })
  }
  // An entity's aliases are the ones it had (right for the articles still stored) and the new ones.
  for (const [id, lists] of aliases) {
    const a = graph.getNodeAttributes(id)
    a.properties = { ...a.properties, aliases: deriveAliases(String(a.properties.name ?? ''), [strings(a.properties.aliases), ...lists]) }
  }
  // A relationship's additions from the whole batch are merged in one step.
  for (const [id, list] of additions) {
    const { type, source, target } = list[0]!.contribution
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue
    const current = graph.hasEdge(id) ? graph.getEdgeAttributes(id).properties : undefined
    setEdge(graph, id, type, source, target, mergeEdgeProperties(current, new Set(), list))
  }
}
