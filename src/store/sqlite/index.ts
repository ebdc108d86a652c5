// The default embedded store: a SQLite database (`graph.db` in the data directory) in WAL mode, so it
// survives what a database survives. Each batch is one immediate transaction (a second writer waits
// for the first, readers never wait), commits are synced to disk, and reads are queries, so memory
// stays bounded by a batch and a running `kg serve` sees every commit. A `graph.json` of the earlier
// in-memory store is migrated once, and kept.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { StoreError } from '../../errors.js'
import {
  type ArticleContribution,
  type EdgeType,
  type GraphEdge,
  type GraphNode,
  type GraphStats,
  type NodeLabel,
  type Properties,
  type Subgraph,
  EdgeType as EdgeTypeSchema,
  NodeLabel as NodeLabelSchema,
  Properties as PropertiesSchema,
  Evidence as EvidenceSchema,
  type Evidence,
} from '../../model/index.js'
import { applyContributions, removeSelected, systemClock, type Clock, type GraphOps } from '../article-writes.js'
import { EmbeddedStore } from '../embedded/index.js'
import { withLock } from '../embedded/lock.js'
import { articleKey } from '../merge.js'
import { matchesSearch } from '../search.js'
import { sortEvidence, type ApplyResult, type ArticleSelector, type EdgeFilter, type GraphStore, type RepairResult } from '../types.js'

/**
 * The layout of the tables; `user_version` says which one a file has. Layout 2 keeps evidence in its
 * own table (layout 1 kept it in lists on each edge).
 */
const VERSION = 2
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    properties TEXT NOT NULL,
    -- Articles only: where they sit, their text hash and source, for the look-ups a write makes.
    akey TEXT,
    hash TEXT,
    source TEXT
  );
  CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
  CREATE INDEX IF NOT EXISTS nodes_akey ON nodes(akey) WHERE akey IS NOT NULL;
  CREATE INDEX IF NOT EXISTS nodes_hash ON nodes(hash) WHERE hash IS NOT NULL;
  CREATE INDEX IF NOT EXISTS nodes_source ON nodes(source) WHERE source IS NOT NULL;
  CREATE TABLE IF NOT EXISTS edges (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    properties TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS edges_source ON edges(source, type);
  CREATE INDEX IF NOT EXISTS edges_target ON edges(target, type);
  -- One row per article and relationship it supports: the relationship's provenance.
  CREATE TABLE IF NOT EXISTS evidence (
    id TEXT PRIMARY KEY,
    relation TEXT NOT NULL,
    article TEXT NOT NULL,
    properties TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS evidence_relation ON evidence(relation, article);
  CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article);
`

export interface SqliteOptions {
  /** How long a writer waits for another before giving up. */
  busyTimeoutMs?: number
  /** When writes happen (`Article.ingestedAt`); tests fix it to compare stores. */
  clock?: Clock
}

interface NodeRow {
  id: string
  label: string
  properties: string
}
interface EdgeRow {
  id: string
  type: string
  source: string
  target: string
  properties: string
}

/** Rows read back are checked like any data from disk. */
const toNode = (r: NodeRow): GraphNode => ({ id: r.id, label: NodeLabelSchema.parse(r.label), properties: PropertiesSchema.parse(JSON.parse(r.properties)) })
const toEvidence = (r: { properties: string }): Evidence => EvidenceSchema.parse(JSON.parse(r.properties))
const toEdge = (r: EdgeRow): GraphEdge => ({ id: r.id, type: EdgeTypeSchema.parse(r.type), source: r.source, target: r.target, properties: PropertiesSchema.parse(JSON.parse(r.properties)) })

/** SQLite binds at most 32,766 parameters; look-ups by many ids go in slices. */
const SLICE = 500
function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE))
  return out
}
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',')

export class SqliteStore implements GraphStore {
  readonly kind = 'embedded' as const
  readonly file: string
  private readonly dataDir: string
  private readonly busyTimeoutMs: number
  private readonly clock: Clock
  private db: Database.Database | undefined
  private opening: Promise<Database.Database> | undefined

  constructor(dataDir: string, options: SqliteOptions = {}) {
    this.dataDir = dataDir
    this.file = path.join(dataDir, 'graph.db')
    this.busyTimeoutMs = options.busyTimeoutMs ?? 10 * 60_000
    this.clock = options.clock ?? systemClock
  }

  describe(): string {
    return `embedded ${this.file}`
  }

  /** The open database, migrating a `graph.json` first when there is no database yet. */
  private database(): Promise<Database.Database> {
    // One opening shared by calls that arrive together (a server's first requests).
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined
      throw error
    })
    return this.opening
  }

  private async open(): Promise<Database.Database> {
    fs.mkdirSync(this.dataDir, { recursive: true })
    const legacy = path.join(this.dataDir, 'graph.json')
    if (!fs.existsSync(this.file) && fs.existsSync(legacy)) await migrate(legacy, this.file)
    this.db = this.guard(() => openDatabase(this.file, this.busyTimeoutMs))
    return this.db
  }

  /** Runs `work`, turning SQLite's failures into errors that say what to do. */
  private guard<T>(work: () => T): T {
    try {
      return work()
    } catch (error) {
      throw translate(error, this.file, this.busyTimeoutMs)
    }
  }

  private async write<T>(change: (ops: GraphOps) => T): Promise<T> {
    const db = await this.database()
    return this.guard(() => db.transaction(() => change(sqlOps(db))).immediate())
  }

  async init(): Promise<void> {
    await this.database()
  }

  async apply(contributions: readonly ArticleContribution[]): Promise<ApplyResult> {
    return this.write((ops) => applyContributions(ops, contributions, this.clock))
  }

  async remove(selector: ArticleSelector): Promise<{ articles: number }> {
    return this.write((ops) => removeSelected(ops, selector))
  }

  async reset(): Promise<void> {
    const db = await this.database()
    this.guard(() => db.transaction(() => db.exec('DELETE FROM evidence; DELETE FROM edges; DELETE FROM nodes;')).immediate())
  }

  /** Nothing to merge: an edge's id (type and ends) is its primary key, so none is stored twice. */
  async repair(): Promise<RepairResult> {
    await this.database()
    return { merged: 0 }
  }

  async stats(): Promise<GraphStats> {
    const db = await this.database()
    return this.guard(() => {
      const labels: Record<string, number> = {}
      const types: Record<string, number> = {}
      for (const r of db.prepare('SELECT label, count(*) AS c FROM nodes GROUP BY label').all() as { label: string; c: number }[]) labels[r.label] = r.c
      for (const r of db.prepare('SELECT type, count(*) AS c FROM edges GROUP BY type').all() as { type: string; c: number }[]) types[r.type] = r.c
      const sum = (xs: Record<string, number>) => Object.values(xs).reduce((a, b) => a + b, 0)
      return { store: this.describe(), nodes: sum(labels), relationships: sum(types), articles: labels.Article ?? 0, labels, types }
    })
  }

  async nodesById(ids: readonly string[]): Promise<GraphNode[]> {
    const db = await this.database()
    return this.guard(() => {
      const found = new Map<string, GraphNode>()
      for (const slice of slices([...new Set(ids)])) {
        for (const r of db.prepare(`SELECT id, label, properties FROM nodes WHERE id IN (${marks(slice.length)})`).all(...slice) as NodeRow[]) found.set(r.id, toNode(r))
      }
      return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []))
    })
  }

  async edgesOf(ids: readonly string[], filter: EdgeFilter = {}): Promise<GraphEdge[]> {
    const db = await this.database()
    return this.guard(() => {
      // Types are filtered in the query, so a node's many MENTIONS are not read when not asked for.
      const types = filter.types ? [...filter.types] : undefined
      const byType = types ? ` AND e.type IN (${marks(types.length)})` : ''
      const labels = filter.labels ? new Set<NodeLabel>(filter.labels) : undefined
      const out = new Map<string, GraphEdge>()
      for (const [end, other] of [['source', 'target'], ['target', 'source']] as const) {
        const query = db.prepare(`SELECT e.id, e.type, e.source, e.target, e.properties, o.label AS other FROM edges e JOIN nodes o ON o.id = e.${other} WHERE e.${end} = ?${byType}`)
        for (const id of ids) {
          for (const r of query.all(id, ...(types ?? [])) as (EdgeRow & { other: NodeLabel })[]) {
            if (labels && !labels.has(r.other)) continue
            if (!out.has(r.id)) out.set(r.id, toEdge(r))
          }
        }
      }
      return [...out.values()]
    })
  }

  async neighbours(ids: readonly string[], filter: EdgeFilter, exclude: readonly string[], limit: number): Promise<string[]> {
    const db = await this.database()
    return this.guard(() => {
      const types = filter.types ? [...filter.types] : undefined
      const labels = filter.labels ? [...filter.labels] : undefined
      const where = (types ? ` AND e.type IN (${marks(types.length)})` : '') + (labels ? ` AND o.label IN (${marks(labels.length)})` : '')
      const query = db.prepare(
        `SELECT e.target AS other FROM edges e JOIN nodes o ON o.id = e.target WHERE e.source = ?${where}
         UNION SELECT e.source FROM edges e JOIN nodes o ON o.id = e.source WHERE e.target = ?${where}`,
      )
      const params = [...(types ?? []), ...(labels ?? [])]
      const skip = new Set(exclude)
      const found = new Set<string>()
      for (const id of ids) for (const r of query.all(id, ...params, id, ...params) as { other: string }[]) if (!skip.has(r.other)) found.add(r.other)
      // Sorted here, as JavaScript and Neo4j compare strings, not as SQLite does.
      return [...found].sort(codePointOrder).slice(0, limit)
    })
  }

  async edgesAmong(ids: readonly string[], types: readonly EdgeType[]): Promise<GraphEdge[]> {
    const db = await this.database()
    return this.guard(() => {
      const inside = new Set(ids)
      const out: GraphEdge[] = []
      for (const slice of slices([...inside])) {
        const query = db.prepare(`SELECT id, type, source, target, properties FROM edges WHERE source IN (${marks(slice.length)}) AND type IN (${marks(types.length)})`)
        for (const r of query.all(...slice, ...types) as EdgeRow[]) if (inside.has(r.target)) out.push(toEdge(r))
      }
      return out.sort((x, y) => codePointOrder(x.id, y.id))
    })
  }

  async searchCandidates(text: string, limit: number): Promise<GraphNode[]> {
    const db = await this.database()
    return this.guard(() => {
      const hits: GraphNode[] = []
      for (const r of db.prepare("SELECT id, label, properties FROM nodes WHERE label NOT IN ('Article', 'Figure') ORDER BY rowid").iterate() as IterableIterator<NodeRow>) {
        const node = toNode(r)
        if (matchesSearch(node.properties, text)) hits.push(node)
        if (hits.length >= limit) break
      }
      return hits
    })
  }

  async evidence(relations: readonly string[], limit?: number): Promise<Evidence[]> {
    const db = await this.database()
    return this.guard(() => {
      const query = db.prepare('SELECT properties FROM evidence WHERE relation = ? ORDER BY article LIMIT ?')
      return sortEvidence([...new Set(relations)].flatMap((rid) => (query.all(rid, limit ?? -1) as { properties: string }[]).map(toEvidence)))
    })
  }

  async topNodes(limit: number, label?: NodeLabel): Promise<GraphNode[]> {
    if (limit <= 0) return []
    const db = await this.database()
    return this.guard(() => {
      const ofLabel = label === undefined ? null : new Set((db.prepare('SELECT id FROM nodes WHERE label = ?').all(label) as { id: string }[]).map((r) => r.id))
      // Degrees from the edge indexes alone (no row of the large edge table is read); names, for
      // breaking ties, only of the entities that can still make the cut.
      const degrees = (
        db
          .prepare(
            `SELECT id, sum(d) AS d FROM (
               SELECT source AS id, count(*) AS d FROM edges INDEXED BY edges_source WHERE type <> 'MENTIONS' GROUP BY source
               UNION ALL
               SELECT target, count(*) FROM edges INDEXED BY edges_target WHERE type <> 'MENTIONS' GROUP BY target)
             GROUP BY id`,
          )
          .all() as { id: string; d: number }[]
      )
        .filter((r) => !r.id.startsWith('article:') && !r.id.startsWith('figure:') && (ofLabel === null || ofLabel.has(r.id)))
        .sort((x, y) => y.d - x.d)
      const known = new Map(degrees.map((r) => [r.id, r.d]))
      const cut = degrees.length >= limit ? degrees[limit - 1]!.d : 0
      const candidates =
        cut > 0
          ? degrees.filter((r) => r.d >= cut)
          : (ofLabel ? [...ofLabel].map((id) => ({ id })) : (db.prepare("SELECT id FROM nodes WHERE label NOT IN ('Article', 'Figure')").all() as { id: string }[])).map((r) => ({ id: r.id, d: known.get(r.id) ?? 0 }))
      const degreeOf = new Map(candidates.map((r) => [r.id, r.d]))
      const nodes: GraphNode[] = []
      for (const slice of slices(candidates.map((r) => r.id))) {
        for (const r of db.prepare(`SELECT id, label, properties FROM nodes WHERE id IN (${marks(slice.length)})`).all(...slice) as NodeRow[]) nodes.push(toNode(r))
      }
      const name = (n: GraphNode) => String(n.properties.name ?? n.id)
      nodes.sort((x, y) => degreeOf.get(y.id)! - degreeOf.get(x.id)! || codePointOrder(name(x), name(y)) || codePointOrder(x.id, y.id))
      return nodes.slice(0, limit)
    })
  }

  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const db = await this.database()
    return this.guard(() => {
      const out = new Map<string, number>(ids.map((id) => [id, 0]))
      for (const slice of slices([...new Set(ids)])) {
        for (const end of ['source', 'target'] as const) {
          const rows = db.prepare(`SELECT ${end} AS id, count(*) AS d FROM edges WHERE ${end} IN (${marks(slice.length)}) AND type <> 'MENTIONS' GROUP BY ${end}`).all(...slice) as { id: string; d: number }[]
          for (const r of rows) out.set(r.id, (out.get(r.id) ?? 0) + r.d)
        }
      }
      return out
    })
  }

  async *dump(batchSize = 5000): AsyncIterable<Subgraph> {
    const db = await this.database()
    // Pages by id rather than one open cursor: the caller may query the store between batches.
    let after = ''
    for (;;) {
      const rows = this.guard(() => db.prepare('SELECT id, label, properties FROM nodes WHERE id > ? ORDER BY id LIMIT ?').all(after, batchSize) as NodeRow[])
      if (rows.length === 0) break
      after = rows[rows.length - 1]!.id
      yield { nodes: rows.map(toNode), edges: [], truncated: false }
    }
    after = ''
    for (;;) {
      const rows = this.guard(() => db.prepare('SELECT id, type, source, target, properties FROM edges WHERE id > ? ORDER BY id LIMIT ?').all(after, batchSize) as EdgeRow[])
      if (rows.length === 0) break
      after = rows[rows.length - 1]!.id
      yield { nodes: [], edges: rows.map(toEdge), truncated: false }
    }
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined)
    this.db?.close()
    this.db = undefined
    this.opening = undefined
  }
}

const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs })
  try {
    db.pragma('journal_mode = WAL')
    // Every commit reaches the disk before the write returns.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = OFF')
    const version = Number(db.pragma('user_version', { simple: true }))
    if (version > VERSION) throw new StoreError('STORE_FAILED', `${file} was written by a newer version of kg (layout ${version}); update kg to read it`)
    if (version === 1) {
      throw new StoreError(
        'STORE_FAILED',
        `${file} was written by an earlier version of kg (layout 1, evidence in lists on each edge); move it away and ingest the sources again`,
      )
    }
    if (version < VERSION) {
      db.transaction(() => {
        db.exec(SCHEMA)
        db.pragma(`user_version = ${VERSION}`)
      }).immediate()
    }
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Article columns kept beside the properties, for the look-ups writes make. */
function articleColumns(label: NodeLabel, properties: Properties): [string | null, string | null, string | null] {
  if (label !== 'Article') return [null, null, null]
  return [articleKey(properties), typeof properties.hash === 'string' ? properties.hash : null, String(properties.source)]
}

function sqlOps(db: Database.Database): GraphOps {
  const q = {
    node: db.prepare('SELECT id, label, properties FROM nodes WHERE id = ?'),
    putNode: db.prepare(
      `INSERT INTO nodes (id, label, properties, akey, hash, source) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET label = excluded.label, properties = excluded.properties, akey = excluded.akey, hash = excluded.hash, source = excluded.source`,
    ),
    dropEdgesFrom: db.prepare('DELETE FROM edges WHERE source = ?'),
    dropEdgesTo: db.prepare('DELETE FROM edges WHERE target = ?'),
    dropNode: db.prepare('DELETE FROM nodes WHERE id = ?'),
    edge: db.prepare('SELECT id, type, source, target, properties FROM edges WHERE id = ?'),
    putEdge: db.prepare('INSERT INTO edges (id, type, source, target, properties) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET properties = excluded.properties'),
    dropEdge: db.prepare('DELETE FROM edges WHERE id = ?'),
    mentionsOf: db.prepare("SELECT properties FROM edges WHERE target = ? AND type = 'MENTIONS'"),
    mentionedBy: db.prepare("SELECT target FROM edges WHERE source = ? AND type = 'MENTIONS'"),
    degree: db.prepare('SELECT (SELECT count(*) FROM edges WHERE source = ?) + (SELECT count(*) FROM edges WHERE target = ?) AS d'),
    evidenceOfArticle: db.prepare('SELECT properties FROM evidence WHERE article = ?'),
    evidenceOfRelation: db.prepare('SELECT properties FROM evidence WHERE relation = ? ORDER BY article'),
    putEvidence: db.prepare('INSERT INTO evidence (id, relation, article, properties) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET properties = excluded.properties'),
    dropEvidence: db.prepare('DELETE FROM evidence WHERE id = ?'),
    atKey: db.prepare('SELECT id FROM nodes WHERE akey = ?'),
    withHash: db.prepare('SELECT id, source FROM nodes WHERE hash = ?'),
    article: db.prepare("SELECT id FROM nodes WHERE id = ? AND label = 'Article'"),
    fromSource: db.prepare("SELECT id FROM nodes WHERE source = ? AND label = 'Article'"),
  }
  return {
    node: (id) => {
      const r = q.node.get(id) as NodeRow | undefined
      return r ? toNode(r) : undefined
    },
    putNode: (id, { label, properties }) => void q.putNode.run(id, label, JSON.stringify(properties), ...articleColumns(label, properties)),
    dropNode: (id) => {
      q.dropEdgesFrom.run(id)
      q.dropEdgesTo.run(id)
      q.dropNode.run(id)
    },
    edge: (id) => {
      const r = q.edge.get(id) as EdgeRow | undefined
      return r ? toEdge(r) : undefined
    },
    putEdge: (id, { type, source, target, properties }) => void q.putEdge.run(id, type, source, target, JSON.stringify(properties)),
    dropEdge: (id) => void q.dropEdge.run(id),
    mentionsOf: (id) => (q.mentionsOf.all(id) as { properties: string }[]).map((r) => PropertiesSchema.parse(JSON.parse(r.properties))),
    mentionedBy: (article) => (q.mentionedBy.all(article) as { target: string }[]).map((r) => r.target),
    degree: (id) => (q.degree.get(id, id) as { d: number }).d,
    evidenceOfArticle: (article) => (q.evidenceOfArticle.all(article) as { properties: string }[]).map(toEvidence),
    evidenceOfRelation: (relation) => (q.evidenceOfRelation.all(relation) as { properties: string }[]).map(toEvidence),
    putEvidence: (e) => void q.putEvidence.run(e.id, e.relation, e.article, JSON.stringify(e)),
    dropEvidence: (id) => void q.dropEvidence.run(id),
    articlesAt: (keys) => {
      const out = new Map<string, string>()
      for (const key of new Set(keys)) {
        const r = q.atKey.get(key) as { id: string } | undefined
        if (r) out.set(key, r.id)
      }
      return out
    },
    articlesWithText: (hashes) => {
      const out = new Map<string, { id: string; source: string }>()
      for (const hash of new Set(hashes)) {
        const r = q.withHash.get(hash) as { id: string; source: string } | undefined
        if (r) out.set(hash, r)
      }
      return out
    },
    articlesSelected: ({ ids = [], sources = [] }) => {
      const found = new Set<string>()
      for (const id of ids) if (q.article.get(id)) found.add(id)
      for (const source of sources) for (const r of q.fromSource.all(source) as { id: string }[]) found.add(r.id)
      return [...found]
    },
  }
}

/**
 * Copies a `graph.json` of the in-memory store into a new database, under that store's lock so no
 * writer changes it meanwhile. The database appears whole or not at all (it is built beside and
 * renamed), and the JSON file is kept, renamed `graph.json.migrated`.
 */
async function migrate(legacy: string, file: string): Promise<void> {
  await withLock(`${legacy}.lock`, async () => {
    if (fs.existsSync(file) || !fs.existsSync(legacy)) return
    const source = new EmbeddedStore(path.dirname(legacy))
    const nodes: GraphNode[] = []
    const edges: GraphEdge[] = []
    for await (const batch of source.dump()) nodes.push(...batch.nodes), edges.push(...batch.edges)
    const evidence = await source.evidence(edges.map((e) => e.id))
    await source.close()
    const building = `${file}.migrating`
    fs.rmSync(building, { force: true })
    try {
      const db = new Database(building)
      try {
        db.pragma('synchronous = FULL')
        db.transaction(() => {
          db.exec(SCHEMA)
          db.pragma(`user_version = ${VERSION}`)
          const ops = sqlOps(db)
          for (const n of nodes) ops.putNode(n.id, n)
          for (const e of edges) ops.putEdge(e.id, e)
          for (const e of evidence) ops.putEvidence(e)
        }).immediate()
      } finally {
        db.close()
      }
      fs.renameSync(building, file)
    } catch (error) {
      fs.rmSync(building, { force: true })
      throw translate(error, file, 0)
    }
    fs.renameSync(legacy, `${legacy}.migrated`)
  })
}

function translate(error: unknown, file: string, busyTimeoutMs: number): StoreError {
  if (error instanceof StoreError) return error
  const code = String((error as { code?: unknown }).code ?? '')
  const message = (error as Error).message ?? String(error)
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StoreError('STORE_LOCKED', `${file}: another kg process has been writing the store for over ${Math.round(busyTimeoutMs / 1000)} s; try again when it is done`, error)
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new StoreError('STORE_FAILED', `${file} is damaged (${message}); put back a copy, or move the file away and ingest the sources again`, error)
    case 'SQLITE_FULL':
      return new StoreError('STORE_FAILED', `${file}: the disk is full; free some space: the store is as it was before this write`, error)
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return new StoreError('STORE_FAILED', `cannot write ${file} (${message}); check that the data directory is writable`, error)
    default:
      return new StoreError('STORE_FAILED', `${file}: ${message}`, error)
  }
}
