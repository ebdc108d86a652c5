// Which part of the graph to export, validated at the edge (`Selection`), and its resolution into a
// `SubgraphSource` on either store, built on src/explore: seeds and their neighbourhood, a place
// and what lies in it, a campaign and its participants, articles or a source file and what they
// support, a read-only Cypher query (Neo4j only), or the whole graph.
import path from 'node:path'
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver'
import { z } from 'zod'
import { KgError, NotFoundError, StoreError, UsageError } from '../errors.js'
import { neighbourhood, search, subgraph } from '../explore/index.js'
import { checkReadOnlyCypher } from '../query/gate.js'
import { EdgeType, NodeLabel, type GraphEdge, type GraphNode, type Properties, type Subgraph } from '../model/index.js'
import { relationId } from '../resolve/ids.js'
import { foldChinese, foldPinyin } from '../store/search.js'
import type { GraphStore } from '../store/types.js'
import { fromNeo4j } from '../store/neo4j/index.js'
import type { SubgraphSource } from './types.js'

const FilterFields = {
  /** Keep only nodes with these labels (seeds always stay). */
  labels: z.array(NodeLabel).min(1).optional(),
  /** Keep only relationships of these types (MENTIONS only when named here). */
  types: z.array(EdgeType).min(1).optional(),
}

export const DEFAULT_MAX_NODES = 5000

interface Filters {
  labels?: readonly NodeLabel[] | undefined
  types?: readonly EdgeType[] | undefined
}

export const Selection = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('seeds'),
    /** Node ids, names or aliases. */
    seeds: z.array(z.string().trim().min(1)).min(1),
    depth: z.number().int().min(0).max(6).default(1),
    maxNodes: z.number().int().positive().default(DEFAULT_MAX_NODES),
    ...FilterFields,
  }),
  z.object({ kind: z.literal('within'), place: z.string().trim().min(1), ...FilterFields }),
  z.object({ kind: z.literal('campaign'), campaign: z.string().trim().min(1), ...FilterFields }),
  z.object({ kind: z.literal('articles'), ids: z.array(z.string().trim().min(1)).min(1), ...FilterFields }),
  z.object({ kind: z.literal('source'), sources: z.array(z.string().trim().min(1)).min(1), ...FilterFields }),
  z.object({ kind: z.literal('cypher'), query: z.string().trim().min(1) }),
  z.object({ kind: z.literal('all'), ...FilterFields }),
])
export type Selection = z.infer<typeof Selection>
export type SelectionInput = z.input<typeof Selection>

function withKind(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || 'kind' in input) return input
  const { ids, cap, ...rest } = input as { ids?: unknown; cap?: unknown }
  if (ids === undefined) return { kind: 'all', ...rest }
  return { kind: 'seeds', seeds: ids, ...(cap !== undefined ? { maxNodes: cap } : {}), ...rest }
}

/**
 * Validates a selection from outside (CLI flags, an HTTP query) into a `Selection`, or a UsageError.
 * `kind` may be left out: with `ids` (and optional `depth`, `cap`, `labels`, `types`) it means seeds,
 * with nothing the whole graph, the shape `GET /api/export` passes.
 */
export function parseSelection(input: unknown): Selection {
  const parsed = Selection.safeParse(withKind(input))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new UsageError(`invalid selection${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'invalid'}`)
}

export function describeSelection(s: Selection): string {
  const f: Filters = s.kind === 'cypher' ? {} : s
  const filters = [f.labels ? `labels ${f.labels.join(',')}` : '', f.types ? `types ${f.types.join(',')}` : ''].filter(Boolean)
  const main = (() => {
    switch (s.kind) {
      case 'seeds':
        return `seeds ${s.seeds.join(', ')} depth ${s.depth}`
      case 'within':
        return `within ${s.place}`
      case 'campaign':
        return `campaign ${s.campaign}`
      case 'articles':
        return `articles ${s.ids.join(', ')}`
      case 'source':
        return `source ${s.sources.join(', ')}`
      case 'cypher':
        return `cypher ${s.query}`
      case 'all':
        return 'whole graph'
    }
  })()
  return [main, ...filters].join(', ')
}

const BATCH = 2000

/** An in-memory subgraph as a source: nodes first, then relationships, in batches. */
export function sourceOf(graph: Subgraph, description: string, store?: GraphStore): SubgraphSource {
  return {
    description,
    total: { nodes: graph.nodes.length, relationships: graph.edges.length },
    truncated: graph.truncated,
    async *batches() {
      for (let i = 0; i < graph.nodes.length; i += BATCH) yield { nodes: graph.nodes.slice(i, i + BATCH), edges: [], truncated: false }
      for (let i = 0; i < graph.edges.length; i += BATCH) yield { nodes: [], edges: graph.edges.slice(i, i + BATCH), truncated: false }
    },
    ...(store ? { articles: (ids: readonly string[]) => store.nodesById(ids), evidence: (relations: readonly string[], limit?: number) => store.evidence(relations, limit) } : {}),
  }
}

/** Resolves a selection against the store; an unknown seed or an empty result is an error. */
export async function selectSubgraph(store: GraphStore, selection: Selection): Promise<SubgraphSource> {
  const description = describeSelection(selection)
  if (selection.kind === 'all') return wholeGraph(store, selection, description)
  const graph = await resolve(store, selection)
  const filtered = selection.kind === 'cypher' || selection.kind === 'seeds' ? graph : applyFilters(graph, selection, new Set())
  if (filtered.nodes.length === 0) throw new KgError('INPUT_EMPTY', `the selection (${description}) holds no nodes; nothing to export`, { subject: description })
  return sourceOf(filtered, description, store)
}

async function resolve(store: GraphStore, s: Exclude<Selection, { kind: 'all' }>): Promise<Subgraph> {
  switch (s.kind) {
    case 'seeds': {
      const ids: string[] = []
      for (const seed of s.seeds) ids.push(await resolveEntity(store, seed))
      const result = await neighbourhood(store, { ids, depth: s.depth, cap: s.maxNodes, ...(s.labels ? { labels: s.labels } : {}), ...(s.types ? { types: s.types } : {}) })
      // The neighbourhood filters by the far end's label; the seeds stay whatever they are.
      return applyFilters(result, s, new Set(ids))
    }
    case 'within':
      return within(store, s.place)
    case 'campaign':
      return campaign(store, s.campaign)
    case 'articles':
      return articles(store, await articleIds(store, s.ids))
    case 'source':
      return articles(store, await articlesOfSources(store, s.sources))
    case 'cypher':
      return cypherSelection(store, s.query.replace(/;\s*$/, ''))
  }
}

function applyFilters(graph: Subgraph, f: Filters, keep: ReadonlySet<string>): Subgraph {
  const nodes = f.labels ? graph.nodes.filter((n) => keep.has(n.id) || f.labels!.includes(n.label)) : graph.nodes
  const inside = new Set(nodes.map((n) => n.id))
  const edges = graph.edges.filter((e) => inside.has(e.source) && inside.has(e.target) && (!f.types || f.types.includes(e.type)))
  return { nodes, edges, truncated: graph.truncated }
}

/**
 * An id, or a name, alias or pinyin that names exactly one entity (of `label` when given). With
 * `byPrefix`, a text naming no entity exactly may be the start of exactly one name: people type a
 * drive's core (`扫黑除恶`) without the kind word the canonical name carries (`扫黑除恶专项斗争`).
 */
export async function resolveEntity(store: GraphStore, text: string, label?: NodeLabel, byPrefix = false): Promise<string> {
  const [byId] = await store.nodesById([text])
  if (byId && (!label || byId.label === label)) return byId.id
  const hits = await search(store, text, { limit: 20, ...(label ? { labels: [label] } : {}) })
  const c = foldChinese(text)
  const p = foldPinyin(text)
  const exact = hits.filter((h) => h.name === c || h.aliases.some((a) => foldChinese(a) === c) || foldPinyin(h.pinyin) === p)
  if (exact.length === 1) return exact[0]!.id
  const starting = byPrefix && exact.length === 0 ? hits.filter((h) => foldChinese(h.name).startsWith(c)) : []
  if (starting.length === 1) return starting[0]!.id
  const what = label ? `${label} ` : ''
  if (starting.length > 1) {
    throw new UsageError(`"${text}" begins the names of ${starting.length} ${what}nodes: ${starting.map((h) => `${h.id} (${h.name})`).join(', ')}; give the full name or the id`)
  }
  if (exact.length > 1) {
    throw new UsageError(`"${text}" names ${exact.length} ${what}nodes: ${exact.map((h) => `${h.id} (${h.name})`).join(', ')}; give the id instead`)
  }
  const near = hits.slice(0, 5).map((h) => `${h.name} (${h.id})`)
  throw new NotFoundError(`${what}"${text}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`)
}

/** `start` and every node with a path of `types` relationships pointing into it. */
async function pointingInto(store: GraphStore, start: string, types: readonly EdgeType[]): Promise<Set<string>> {
  const seen = new Set([start])
  let frontier = [start]
  while (frontier.length > 0) {
    const edges = await store.edgesOf(frontier, { types })
    const next: string[] = []
    for (const e of edges) {
      if (seen.has(e.target) && !seen.has(e.source)) {
        seen.add(e.source)
        next.push(e.source)
      }
    }
    frontier = next
  }
  return seen
}

/** The place, everything LOCATED_IN it transitively, and what the units there connect to. */
async function within(store: GraphStore, place: string): Promise<Subgraph> {
  const inside = await pointingInto(store, await resolveEntity(store, place, 'Place'), ['LOCATED_IN'])
  const located = await store.nodesById([...inside])
  const units = located.filter((n) => n.label === 'Unit').map((n) => n.id)
  const around = await store.edgesOf(units)
  for (const e of around) {
    if (e.type === 'MENTIONS') continue
    inside.add(e.source)
    inside.add(e.target)
  }
  return subgraph(store, [...inside])
}

/** The campaign and everything directly tied to it: participants, supporting measures, proposers, figures. */
async function campaign(store: GraphStore, name: string): Promise<Subgraph> {
  const id = await resolveEntity(store, name, 'Campaign', true)
  return neighbourhood(store, { ids: [id], depth: 1, cap: Number.MAX_SAFE_INTEGER })
}

async function articleIds(store: GraphStore, given: readonly string[]): Promise<string[]> {
  const ids = given.map((g) => (g.startsWith('article:') ? g : `article:${g}`))
  const found = new Set((await store.nodesById(ids)).filter((n) => n.label === 'Article').map((n) => n.id))
  const missing = given.filter((_, i) => !found.has(ids[i]!))
  if (missing.length > 0) throw new NotFoundError(`article ${missing.join(', ')}`)
  return ids
}

async function articlesOfSources(store: GraphStore, sources: readonly string[]): Promise<string[]> {
  const names = sources.map((s) => path.basename(s))
  const driver = driverOf(store)
  let ids: string[]
  if (driver) {
    ids = await readQuery(driver, databaseOf(store), async (tx) => {
      const r = await tx.run('UNWIND $names AS s MATCH (a:Article {source: s}) RETURN a.id AS id ORDER BY a.index', { names })
      return r.records.map((rec) => String(rec.get('id')))
    })
  } else {
    // The store interface has no lookup by source: scan the articles once.
    ids = []
    for await (const batch of store.dump()) for (const n of batch.nodes) if (n.label === 'Article' && names.includes(String(n.properties.source))) ids.push(n.id)
  }
  if (ids.length === 0) throw new NotFoundError(`article from source ${names.join(', ')}`)
  return ids
}

/** The articles, the nodes they mention or are authored by, and the relationships they are evidence for. */
async function articles(store: GraphStore, ids: readonly string[]): Promise<Subgraph> {
  const chosen = new Set(ids)
  const articleNodes = await store.nodesById(ids)
  const own = await store.edgesOf(ids, { types: ['MENTIONS', 'AUTHORED'] })
  const members = new Set<string>(ids)
  for (const e of own) members.add(e.source).add(e.target)
  const supported = new Set(articleNodes.flatMap((a) => (Array.isArray(a.properties.relationIds) ? a.properties.relationIds.map(String) : [])))
  const around = await store.edgesOf([...members].filter((id) => !chosen.has(id)))
  const edges = new Map<string, GraphEdge>()
  for (const e of own) edges.set(e.id, e)
  for (const e of around) if (supported.has(e.id) && members.has(e.source) && members.has(e.target)) edges.set(e.id, e)
  const nodes = await store.nodesById([...members])
  return { nodes, edges: [...edges.values()], truncated: false }
}

async function wholeGraph(store: GraphStore, f: Filters, description: string): Promise<SubgraphSource> {
  const stats = await store.stats()
  if (stats.nodes === 0) throw new KgError('INPUT_EMPTY', `the graph in ${store.describe()} is empty; nothing to export (ingest articles first)`, { subject: store.describe() })
  const filtered = f.labels !== undefined || f.types !== undefined
  return {
    description,
    total: filtered ? undefined : { nodes: stats.nodes, relationships: stats.relationships },
    truncated: false,
    async *batches() {
      const kept = new Set<string>()
      for await (const batch of store.dump()) {
        if (!filtered) {
          yield batch
          continue
        }
        const nodes = f.labels ? batch.nodes.filter((n) => f.labels!.includes(n.label)) : batch.nodes
        for (const n of nodes) kept.add(n.id)
        const edges = batch.edges.filter((e) => kept.has(e.source) && kept.has(e.target) && (!f.types || f.types.includes(e.type)))
        if (nodes.length > 0 || edges.length > 0) yield { nodes, edges, truncated: false }
      }
    },
    articles: (ids) => store.nodesById(ids),
    evidence: (relations, limit) => store.evidence(relations, limit),
  }
}

// --- Cypher (Neo4j store only) ----------------------------------------------------------------

interface DriverStore {
  driver: Driver
  settings: { database: string }
}

function driverOf(store: GraphStore): Driver | undefined {
  const s = store as Partial<DriverStore>
  return store.kind === 'neo4j' && s.driver ? s.driver : undefined
}

function databaseOf(store: GraphStore): string {
  return (store as Partial<DriverStore>).settings?.database ?? 'neo4j'
}

async function readQuery<T>(driver: Driver, database: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ })
  try {
    return await session.executeRead(work)
  } catch (error) {
    if (error instanceof KgError) throw error
    throw new StoreError('STORE_FAILED', `Neo4j failed while selecting the export: ${(error as Error).message.split('\n')[0]}`, error)
  } finally {
    await session.close()
  }
}

function propertiesOf(raw: Record<string, unknown>): Properties {
  const out: Properties = {}
  for (const [k, v] of Object.entries(raw)) if (k !== 'id') out[k] = fromNeo4j(v) as Properties[string]
  return out
}

interface RawNode {
  elementId: string
  labels: string[]
  properties: Record<string, unknown>
}
interface RawRelationship {
  elementId: string
  type: string
  startNodeElementId: string
  endNodeElementId: string
  properties: Record<string, unknown>
}

/** Every node and relationship anywhere in a value: lists, maps, paths. */
function collect(value: unknown, nodes: Map<string, RawNode>, rels: Map<string, RawRelationship>): void {
  if (value === null || typeof value !== 'object') return
  if (neo4j.isNode(value as never)) return void nodes.set((value as RawNode).elementId, value as RawNode)
  if (neo4j.isRelationship(value as never)) return void rels.set((value as RawRelationship).elementId, value as RawRelationship)
  if (neo4j.isPath(value as never)) {
    const p = value as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown }
    collect(p.start, nodes, rels)
    for (const s of p.segments) [s.start, s.relationship, s.end].forEach((v) => collect(v, nodes, rels))
    return
  }
  if (Array.isArray(value)) return value.forEach((v) => collect(v, nodes, rels))
  if (neo4j.isInt(value)) return
  for (const v of Object.values(value as Record<string, unknown>)) collect(v, nodes, rels)
}

function toNode(raw: RawNode): GraphNode | undefined {
  const label = NodeLabel.safeParse(raw.labels.find((l) => l !== 'Entity'))
  const id = raw.properties.id
  if (!label.success || typeof id !== 'string') return undefined
  return { id, label: label.data, properties: propertiesOf(raw.properties) }
}

/**
 * Runs a query the server plans as read-only (`EXPLAIN` says query type `r`) in a read
 * transaction, and keeps the graph's nodes and relationships it returns.
 */
async function cypherSelection(store: GraphStore, query: string): Promise<Subgraph> {
  const driver = driverOf(store)
  if (!driver) throw new UsageError('--cypher needs the Neo4j store: set NEO4J_URI (the embedded store has no Cypher); or select with --seed, --within, --campaign, --article, --source or --all')
  // The allow-list before anything reaches the server, whoever calls: nothing that writes, loads files or administers runs.
  checkReadOnlyCypher(query)
  const database = databaseOf(store)
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ })
  let queryType: string
  try {
    const summary = await session.run(`EXPLAIN ${query}`).summary()
    queryType = String(summary.queryType)
  } catch (cause) {
    const message = (cause as Error).message.split('\n')[0]
    if (String((cause as { code?: unknown }).code).startsWith('Neo.ClientError.Statement')) throw new UsageError(`the Cypher query does not compile: ${message}`)
    throw new StoreError('STORE_FAILED', `Neo4j could not plan the export query: ${message}`, cause)
  } finally {
    await session.close()
  }
  if (queryType !== 'r') {
    const kind = { w: 'writes', rw: 'reads and writes', s: 'changes the schema' }[queryType] ?? `has query type ${queryType}`
    throw new UsageError(`the Cypher query ${kind}; export runs read-only queries only (query type 'r')`)
  }
  return readQuery(driver, database, async (tx) => {
    const result = await tx.run(query)
    const rawNodes = new Map<string, RawNode>()
    const rawRels = new Map<string, RawRelationship>()
    for (const record of result.records) for (const v of record.values()) collect(v, rawNodes, rawRels)
    // Relationships whose ends the query did not return: fetch the ends.
    const missing = [...rawRels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((id) => !rawNodes.has(id))
    if (missing.length > 0) {
      const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...new Set(missing)] })
      for (const r of ends.records) collect(r.get('n'), rawNodes, rawRels)
    }
    const idOf = new Map<string, string>()
    const nodes: GraphNode[] = []
    for (const raw of rawNodes.values()) {
      const node = toNode(raw)
      if (!node) continue
      idOf.set(raw.elementId, node.id)
      nodes.push(node)
    }
    const edges: GraphEdge[] = []
    for (const raw of rawRels.values()) {
      const type = EdgeType.safeParse(raw.type)
      const source = idOf.get(raw.startNodeElementId)
      const target = idOf.get(raw.endNodeElementId)
      if (!type.success || !source || !target) continue
      edges.push({ id: relationId(type.data, source, target), type: type.data, source, target, properties: propertiesOf(raw.properties) })
    }
    return { nodes, edges, truncated: false }
  })
}
