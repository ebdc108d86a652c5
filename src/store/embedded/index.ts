// The in-memory store: a graphology graph persisted as one JSON file (`graph.json`), the embedded
// store of earlier versions. The SQLite store reads it to migrate such a file, and tests and export
// fixtures use it where a whole graph in memory is wanted. Writes hold a lock file, start from the
// file's latest version and replace it atomically (copy, fsync, rename), so concurrent writers queue
// and a failed or killed write leaves the stored graph as it was.
import fs from 'node:fs'
import path from 'node:path'
import { MultiDirectedGraph } from 'graphology'
import { z } from 'zod'
import { StoreError } from '../../errors.js'
import {
  type ArticleContribution,
  type GraphEdge,
  type GraphNode,
  type GraphStats,
  type Subgraph,
  EdgeType,
  Evidence,
  NodeLabel,
  Properties,
} from '../../model/index.js'
import { applyContributions, removeSelected, systemClock, type Clock, type GraphOps } from '../article-writes.js'
import { articleKey } from '../merge.js'
import { sortEvidence, type ApplyResult, type ArticleSelector, type EdgeFilter, type GraphStore, type RepairResult } from '../types.js'
import { matchesSearch } from '../search.js'
import { DEFAULT_LOCK_OPTIONS, processAlive, withLock, type LockOptions } from './lock.js'

interface NodeAttributes {
  label: NodeLabel
  properties: Properties
}
interface EdgeAttributes {
  type: EdgeType
  properties: Properties
}
/** Evidence records by id, kept beside the graph (they are no nodes of it). */
type EvidenceTable = Record<string, Evidence>
interface GraphAttributes {
  evidence?: EvidenceTable
}
type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>

const StoredFile = z.object({
  format: z.literal('kg-embedded-graph'),
  /** 2: evidence in its own list (1 kept it in lists on each edge, and is read no more). */
  version: z.literal(2),
  graph: z.object({
    evidence: z.array(Evidence).default([]),
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


export interface EmbeddedOptions {
  /** Largest `graph.json` a write may produce. */
  maxWriteBytes?: number
  /** Largest `graph.json` read. */
  maxReadBytes?: number
  lock?: LockOptions
  /** When writes happen (`Article.ingestedAt`); tests fix it to compare stores. */
  clock?: Clock
}

/**
 * Sizes of `graph.json`. A write holds the graph twice (as stored and as changed) besides its
 * text: past about 256 MB that nears Node's default heap. Past about 512 MiB the file cannot be
 * read back at all (V8's longest string), so larger files are refused before trying.
 */
export const DEFAULT_SIZES = { maxWriteBytes: 256 * 1024 * 1024, maxReadBytes: 500 * 1024 * 1024 } as const

/** What identifies one version of the file on disk: a rename gives a new inode, a write a new time. */
type FileVersion = string
const versionOf = (stat: fs.Stats | undefined): FileVersion => (stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : 'absent')

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const
  readonly file: string
  private readonly lockFile: string
  private readonly sizes: { maxWriteBytes: number; maxReadBytes: number }
  private readonly lockOptions: LockOptions
  private graph: Graph | undefined
  private loadedVersion: FileVersion | undefined
  private tempsChecked = false
  private readonly clock: Clock

  constructor(dataDir: string, options: EmbeddedOptions = {}) {
    this.file = path.join(dataDir, 'graph.json')
    this.lockFile = `${this.file}.lock`
    this.sizes = { maxWriteBytes: options.maxWriteBytes ?? DEFAULT_SIZES.maxWriteBytes, maxReadBytes: options.maxReadBytes ?? DEFAULT_SIZES.maxReadBytes }
    this.lockOptions = options.lock ?? DEFAULT_LOCK_OPTIONS
    this.clock = options.clock ?? systemClock
  }

  describe(): string {
    return `embedded ${this.file}`
  }

  async init(): Promise<void> {
    this.load()
  }

  /**
   * The graph as the file now holds it: read again whenever the file changed since it was read
   * (another process wrote, removed or reset), so a long-running `kg serve` sees their changes.
   */
  private load(): Graph {
    if (!this.tempsChecked) {
      removeDeadTemps(this.file)
      this.tempsChecked = true
    }
    const stat = statOrUndefined(this.file)
    const version = versionOf(stat)
    if (this.graph && version === this.loadedVersion) return this.graph
    this.graph = stat ? readGraph(this.file, stat.size, this.sizes.maxReadBytes) : new MultiDirectedGraph()
    this.loadedVersion = version
    return this.graph
  }

  /** A change to the stored graph, made under the lock on the latest version of the file. */
  private write<T>(change: (graph: Graph) => T): Promise<T> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    return withLock(
      this.lockFile,
      () => {
        removeDeadTemps(this.file)
        const graph = this.load().copy() as Graph
        const result = change(graph)
        writeGraph(graph, this.file, this.sizes.maxWriteBytes)
        this.graph = graph
        this.loadedVersion = versionOf(statOrUndefined(this.file))
        return result
      },
      this.lockOptions,
    )
  }

  async apply(contributions: readonly ArticleContribution[]): Promise<ApplyResult> {
    return this.write((graph) => applyContributions(graphOps(graph), contributions, this.clock))
  }

  async remove(selector: ArticleSelector): Promise<{ articles: number }> {
    return this.write((graph) => removeSelected(graphOps(graph), selector))
  }

  async reset(): Promise<void> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    await withLock(
      this.lockFile,
      () => {
        fs.rmSync(this.file, { force: true })
        removeDeadTemps(this.file)
      },
      this.lockOptions,
    )
    this.graph = new MultiDirectedGraph()
    this.loadedVersion = versionOf(undefined)
  }

  /** Nothing to merge: edges are keyed by type and ends, so the file cannot hold a duplicate. */
  async repair(): Promise<RepairResult> {
    this.load()
    return { merged: 0 }
  }

  async stats(): Promise<GraphStats> {
    const graph = this.load()
    const labels: Record<string, number> = {}
    const types: Record<string, number> = {}
    graph.forEachNode((_, a) => void (labels[a.label] = (labels[a.label] ?? 0) + 1))
    graph.forEachEdge((_, a) => void (types[a.type] = (types[a.type] ?? 0) + 1))
    return { store: this.describe(), nodes: graph.order, relationships: graph.size, articles: labels.Article ?? 0, labels, types }
  }

  async evidence(relations: readonly string[], limit?: number): Promise<Evidence[]> {
    const table = this.load().getAttribute('evidence') ?? {}
    const wanted = new Set(relations)
    const all = sortEvidence(Object.values(table).filter((e) => wanted.has(e.relation)))
    if (limit === undefined) return all
    const seen = new Map<string, number>()
    return all.filter((e) => {
      const n = (seen.get(e.relation) ?? 0) + 1
      seen.set(e.relation, n)
      return n <= limit
    })
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

  async neighbours(ids: readonly string[], filter: EdgeFilter, exclude: readonly string[], limit: number): Promise<string[]> {
    const graph = this.load()
    const skip = new Set(exclude)
    const found = new Set<string>()
    for (const id of ids) {
      if (!graph.hasNode(id)) continue
      graph.forEachEdge(id, (_, a, source, target) => {
        const other = source === id ? target : source
        if (skip.has(other) || (filter.types && !filter.types.includes(a.type))) return
        if (filter.labels && !filter.labels.includes(graph.getNodeAttribute(other, 'label'))) return
        found.add(other)
      })
    }
    return [...found].sort(codePointOrder).slice(0, limit)
  }

  async edgesAmong(ids: readonly string[], types: readonly EdgeType[]): Promise<GraphEdge[]> {
    const graph = this.load()
    const inside = new Set(ids.filter((id) => graph.hasNode(id)))
    const out: GraphEdge[] = []
    for (const id of inside) {
      graph.forEachOutEdge(id, (key, a, source, target) => {
        if (inside.has(target) && types.includes(a.type)) out.push({ id: key, type: a.type, source, target, properties: a.properties })
      })
    }
    return out.sort((x, y) => codePointOrder(x.id, y.id))
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

  async topNodes(limit: number, label?: NodeLabel): Promise<GraphNode[]> {
    const graph = this.load()
    const scored: [string, number, string][] = []
    graph.forEachNode((id, a) => {
      if (a.label === 'Article' || a.label === 'Figure' || (label !== undefined && a.label !== label)) return
      let degree = 0
      graph.forEachEdge(id, (_, e) => void (e.type !== 'MENTIONS' && degree++))
      scored.push([id, degree, String(a.properties.name ?? id)])
    })
    scored.sort((x, y) => y[1] - x[1] || codePointOrder(x[2], y[2]) || codePointOrder(x[0], y[0]))
    return scored.slice(0, limit).map(([id]) => toNode(graph, id))
  }

  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const graph = this.load()
    const out = new Map<string, number>()
    for (const id of ids) {
      let degree = 0
      if (graph.hasNode(id)) graph.forEachEdge(id, (_, e) => void (e.type !== 'MENTIONS' && degree++))
      out.set(id, degree)
    }
    return out
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
    this.loadedVersion = undefined
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new StoreError('STORE_FAILED', `cannot read ${file} (${(error as Error).message}); check its permissions`, error)
  }
}

const TEMP = /^(.*)\.(\d+)\.tmp$/

/** Removes the half-written copies a killed writer left beside the file (never a live writer's). */
function removeDeadTemps(file: string): void {
  let names: string[]
  try {
    names = fs.readdirSync(path.dirname(file))
  } catch {
    return
  }
  for (const name of names) {
    const m = TEMP.exec(name)
    if (m && m[1] === path.basename(file) && !processAlive(Number(m[2]))) fs.rmSync(path.join(path.dirname(file), name), { force: true })
  }
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`
const USE_NEO4J = 'for an archive this size use Neo4j (set NEO4J_URI, see README "Using Neo4j") and ingest the sources there'

function tooLargeToRead(file: string, bytes: number, max: number, cause?: unknown): StoreError {
  return new StoreError('STORE_TOO_LARGE', `${file} is ${mb(bytes)}, more than the embedded store can read (${mb(max)}); it is left as it is. ${USE_NEO4J}`, cause)
}

function tooLargeToWrite(file: string, bytes: number, max: number): StoreError {
  return new StoreError('STORE_TOO_LARGE', `${file} would grow past ${mb(bytes)}, more than the embedded store holds (${mb(max)}): nothing of this batch was stored, and the store is as it was; ${USE_NEO4J}`)
}

function readGraph(file: string, size: number, max: number): Graph {
  if (size > max) throw tooLargeToRead(file, size, max)
  let parsed: z.infer<typeof StoredFile>
  try {
    const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    if ((json as { version?: unknown } | null)?.version === 1) {
      throw new StoreError('STORE_FAILED', `${file} was written by an earlier version of kg (evidence in lists on each edge); move it away and ingest the sources again`)
    }
    parsed = StoredFile.parse(json)
  } catch (cause) {
    if (cause instanceof StoreError) throw cause
    if (cause instanceof RangeError || (cause as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') throw tooLargeToRead(file, size, max, cause)
    throw new StoreError('STORE_FAILED', `${file}: not a graph this tool wrote (${(cause as Error).message.split('\n')[0]}); move it away (the next ingest starts a new store) or put back a copy`, cause)
  }
  const keys = new Set(parsed.graph.nodes.map((n) => n.key))
  const dangling = parsed.graph.edges.find((e) => !keys.has(e.source) || !keys.has(e.target))
  if (dangling) {
    const missing = keys.has(dangling.source) ? dangling.target : dangling.source
    throw new StoreError('STORE_FAILED', `${file} is damaged: relationship ${dangling.key} points to node ${missing}, which the file does not hold; put back a copy, or move the file away and ingest the sources again`)
  }
  const graph: Graph = new MultiDirectedGraph()
  try {
    graph.import({ nodes: parsed.graph.nodes, edges: parsed.graph.edges })
    graph.setAttribute('evidence', Object.fromEntries(parsed.graph.evidence.map((e) => [e.id, e])))
  } catch (cause) {
    throw new StoreError('STORE_FAILED', `${file} is damaged (${(cause as Error).message}); put back a copy, or move the file away and ingest the sources again`, cause)
  }
  return graph
}

/**
 * The graph in key order (the file depends on the graph alone, not on the order articles arrived
 * in, so ingesting the same files again leaves it byte for byte as it was), in pieces, so no single
 * string must hold the whole file.
 */
function* serialise(graph: Graph): Generator<string> {
  yield '{"format":"kg-embedded-graph","version":2,"graph":{"evidence":['
  let first = true
  const evidence = graph.getAttribute('evidence') ?? {}
  for (const key of Object.keys(evidence).sort()) {
    yield (first ? '' : ',') + JSON.stringify(evidence[key])
    first = false
  }
  yield '],"nodes":['
  first = true
  for (const key of graph.nodes().sort()) {
    yield (first ? '' : ',') + JSON.stringify({ key, attributes: graph.getNodeAttributes(key) })
    first = false
  }
  yield '],"edges":['
  first = true
  for (const key of graph.edges().sort()) {
    const edge = { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) }
    yield (first ? '' : ',') + JSON.stringify(edge)
    first = false
  }
  yield ']}}'
}

/**
 * Writes a copy, flushes it to disk, then renames it over the file, so a crash at any point leaves
 * either the old graph or the new one. A graph too large to read back is not written at all.
 */
function writeGraph(graph: Graph, file: string, max: number): void {
  const tmp = `${file}.${process.pid}.tmp`
  const fd = fs.openSync(tmp, 'w')
  try {
    let bytes = 0
    let pending: string[] = []
    let pendingLength = 0
    const flush = () => {
      const chunk = Buffer.from(pending.join(''), 'utf8')
      bytes += chunk.length
      if (bytes > max) throw tooLargeToWrite(file, bytes, max)
      fs.writeSync(fd, chunk)
      pending = []
      pendingLength = 0
    }
    for (const piece of serialise(graph)) {
      pending.push(piece)
      pendingLength += piece.length
      if (pendingLength >= 1 << 20) flush()
    }
    flush()
    fs.fsyncSync(fd)
  } catch (error) {
    fs.closeSync(fd)
    fs.rmSync(tmp, { force: true })
    if (error instanceof StoreError) throw error
    throw new StoreError('STORE_FAILED', `cannot write ${file} (${(error as Error).message}); check free space and permissions; the store is as it was`, error)
  }
  fs.closeSync(fd)
  fs.renameSync(tmp, file)
  syncDirectory(path.dirname(file))
}

/** The rename itself reaches the disk only when the directory is flushed too. */
function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Neo4j's ORDER BY on strings, so both stores break ties alike. */
const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function toNode(graph: Graph, id: string): GraphNode {
  const a = graph.getNodeAttributes(id)
  return { id, label: a.label, properties: a.properties }
}

/** The write steps' operations on a graphology graph. */
function graphOps(graph: Graph): GraphOps {
  const articles = (keep: (id: string, properties: Properties) => boolean): [string, Properties][] => {
    const out: [string, Properties][] = []
    graph.forEachNode((id, a) => void (a.label === 'Article' && keep(id, a.properties) && out.push([id, a.properties])))
    return out
  }
  // A table of this graph's own (the graph is a copy whose attributes are shared with the stored one).
  const table: EvidenceTable = { ...(graph.getAttribute('evidence') ?? {}) }
  graph.setAttribute('evidence', table)
  const byRelation = new Map<string, Set<string>>()
  const byArticle = new Map<string, Set<string>>()
  const index = (e: Evidence) => {
    for (const [map, key] of [[byRelation, e.relation], [byArticle, e.article]] as const) {
      const ids = map.get(key) ?? new Set<string>()
      ids.add(e.id)
      map.set(key, ids)
    }
  }
  for (const e of Object.values(table)) index(e)
  const recordsOf = (ids: Set<string> | undefined): Evidence[] => [...(ids ?? [])].flatMap((id) => (table[id] ? [table[id]] : []))
  return {
    degree: (id) => (graph.hasNode(id) ? graph.degree(id) : 0),
    evidenceOfArticle: (article) => recordsOf(byArticle.get(article)),
    evidenceOfRelation: (relation) => recordsOf(byRelation.get(relation)),
    putEvidence: (e) => {
      table[e.id] = e
      index(e)
    },
    dropEvidence: (id) => {
      const e = table[id]
      if (!e) return
      delete table[id]
      byRelation.get(e.relation)?.delete(id)
      byArticle.get(e.article)?.delete(id)
    },
    node: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    putNode: (id, node) => void graph.mergeNode(id, node),
    dropNode: (id) => void (graph.hasNode(id) && graph.dropNode(id)),
    edge: (id) => (graph.hasEdge(id) ? { ...graph.getEdgeAttributes(id), source: graph.source(id), target: graph.target(id) } : undefined),
    putEdge: (id, { type, source, target, properties }) => {
      if (graph.hasEdge(id)) graph.setEdgeAttribute(id, 'properties', properties)
      else graph.addDirectedEdgeWithKey(id, source, target, { type, properties })
    },
    dropEdge: (id) => void (graph.hasEdge(id) && graph.dropEdge(id)),
    mentionsOf: (id) => graph.inEdges(id).flatMap((e) => (graph.getEdgeAttribute(e, 'type') === 'MENTIONS' ? [graph.getEdgeAttribute(e, 'properties')] : [])),
    mentionedBy: (article) => graph.outNeighbors(article),
    articlesAt: (keys) => {
      const wanted = new Set(keys)
      return new Map(articles((_, p) => wanted.has(articleKey(p))).map(([id, p]) => [articleKey(p), id]))
    },
    articlesWithText: (hashes) => {
      const wanted = new Set(hashes)
      return new Map(articles((_, p) => typeof p.hash === 'string' && wanted.has(p.hash)).map(([id, p]) => [String(p.hash), { id, source: String(p.source) }]))
    },
    articlesSelected: ({ ids = [], sources = [] }) => {
      const byId = new Set(ids)
      const bySource = new Set(sources)
      return articles((id, p) => byId.has(id) || bySource.has(String(p.source))).map(([id]) => id)
    },
  }
}
