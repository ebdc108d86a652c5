// The Neo4j store: batched, parameterised `UNWIND … MERGE` writes in one managed transaction per
// batch, so a failed batch rolls back whole and the driver retries transient failures. Labels and
// relationship types in queries come from the model's enums, never from data.
import fs from 'node:fs'
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver'
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
  DATE_PROPERTIES,
  DATETIME_PROPERTIES,
  DOUBLE_PROPERTY_NAMES,
  NODE_LABELS,
  ENTITY_TYPES,
  EdgeType as EdgeTypeSchema,
  Evidence as EvidenceSchema,
  type Evidence,
  withoutEmptyLists,
} from '../../model/index.js'
import { parseRelationId, relationId } from '../../resolve/ids.js'
import { figureSpan, systemClock, type Clock } from '../article-writes.js'
import {
  addToAggregate,
  aggregateEdge,
  articleProperties,
  combineEdgeCopies,
  deriveAliases,
  edgeStep,
  evidenceFrom,
  latestPerArticle,
  mentionProperties,
  pushTo,
  sortedPairs,
  withoutStoredTexts,
  type EdgeStep,
  type StoredText,
} from '../merge.js'
import { foldChinese, foldPinyin, matchesSearch } from '../search.js'
import { sortEvidence, type ApplyResult, type ArticleSelector, type EdgeFilter, type GraphStore, type RepairResult } from '../types.js'

export interface Neo4jSettings {
  uri: string
  user: string
  password: string
  database: string
}

/** Which label group each end of a relationship type has, so every lookup can use an index. */
type Group = 'Entity' | 'Article' | 'Figure'
const ENDS: Record<Exclude<EdgeType, 'MENTIONS'>, [Group, Group]> = {
  SERVES_IN: ['Entity', 'Entity'],
  PART_OF: ['Entity', 'Entity'],
  LOCATED_IN: ['Entity', 'Entity'],
  PARTICIPATES_IN: ['Entity', 'Entity'],
  IMPLEMENTS: ['Entity', 'Entity'],
  PROPOSED: ['Entity', 'Entity'],
  SUPPORTS: ['Entity', 'Entity'],
  AUTHORED: ['Entity', 'Article'],
  REPORTED: ['Entity', 'Figure'],
  ABOUT: ['Figure', 'Entity'],
}
type TypedEdge = keyof typeof ENDS

/** The label of the loader's lock node (cypher/schema.cypher); no graph query matches it. */
const WRITE_LOCK = 'KgWriteLock'

/** `:A|B` for a relationship pattern; the types are the model's, checked, never raw input. */
const typePattern = (types: readonly EdgeType[] | undefined): string => (types ? `:${types.map((t) => EdgeTypeSchema.parse(t)).join('|')}` : '')

/** Java's (and so Neo4j's) string order, which JavaScript's < shares. */
const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const groupOf = (id: string): Group => (id.startsWith('article:') ? 'Article' : id.startsWith('figure:') ? 'Figure' : 'Entity')

/** The ids split by label group, so each lookup goes through that group's id index. */
function byGroup(ids: readonly string[]): [Group, string[]][] {
  return (['Entity', 'Article', 'Figure'] as const).map((g): [Group, string[]] => [g, ids.filter((id) => groupOf(id) === g)]).filter(([, wanted]) => wanted.length > 0)
}

/**
 * `MATCH` of one node by id through its group's id index. The hint keeps the plan a seek even when
 * it was first planned on an empty database, where statistics make a scan look as cheap (plans are
 * cached, and a bulk load starts empty).
 */
const byId = (variable: string, group: Group, id: string): string => `MATCH (${variable}:${group} {id: ${id}}) USING INDEX ${variable}:${group}(id)`

/** `MATCH` of one node by its element id, known within the transaction that read or created it: no index lookup. */
const byElementId = (variable: string, node: string): string => `MATCH (${variable}) WHERE elementId(${variable}) = ${node}`

/**
 * The two ends by id, then their relationship of `type` inside a subquery, so Neo4j walks it from
 * whichever end has fewer relationships (Expand(Into)) instead of scanning a busy place or
 * campaign's many incoming edges.
 */
const edgeBetween = (type: TypedEdge, body: string): string => {
  const [from, to] = ENDS[type]
  return `UNWIND $rows AS row ${byId('s', from, 'row.source')} ${byId('t', to, 'row.target')}
     CALL (s, t, row) { MATCH (s)-[r:${type}]->(t) ${body} }`
}

const SCHEMA_FILE = new URL('../../../cypher/schema.cypher', import.meta.url)

/** The statements of a Cypher file, comments dropped. */
export function cypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Values as Neo4j should hold them: whole numbers as integers (the driver would send every JS
 * number as a float) but for the model's real-valued properties, dates as `DATE` and instants as
 * `DATETIME` (src/model/graph.ts names them).
 */
function toNeo4j(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return Number.isInteger(value) && !DOUBLE_PROPERTY_NAMES.has(key) ? neo4j.int(value) : value
  if (typeof value === 'string' && DATE_PROPERTIES.has(key)) {
    const m = ISO_DATE.exec(value)
    if (m) return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]))
  }
  if (typeof value === 'string' && DATETIME_PROPERTIES.has(key)) return neo4j.types.DateTime.fromStandardDate(new Date(value))
  if (Array.isArray(value)) return value.map((v) => toNeo4j(v, key))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v, k)]))
  return value
}

/** Back from Neo4j: integers as numbers, dates and instants as ISO strings, other values as they are. */
export function fromNeo4j(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber()
  if (neo4j.isDate(value)) return String(value)
  if (neo4j.isDateTime(value)) return (value as { toStandardDate(): Date }).toStandardDate().toISOString()
  if (Array.isArray(value)) return value.map(fromNeo4j)
  return value
}

function properties(raw: unknown): Properties {
  const out: Properties = {}
  for (const [k, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) out[k] = fromNeo4j(v) as Properties[string]
  return out
}

function translateError(error: unknown, uri: string): StoreError {
  if (error instanceof StoreError) return error
  const e = error as { code?: string; message?: string }
  const code = e.code ?? ''
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|connect|socket/i.test(e.message ?? '')) {
    return new StoreError('STORE_UNREACHABLE', `Neo4j at ${uri} is unreachable (${e.message ?? code}); start it with \`npm run neo4j:start\` or \`docker compose up -d\`, or unset NEO4J_URI to use the embedded store`, error)
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new StoreError('STORE_AUTH', `Neo4j at ${uri} refused the credentials (${e.message ?? code}); check NEO4J_USER and NEO4J_PASSWORD`, error)
  }
  return new StoreError('STORE_FAILED', `Neo4j at ${uri} failed: ${e.message ?? String(error)}`, error)
}

interface OldArticle {
  id: string
  mentioned: string[]
  ingestedAt: string | null
}

interface StoredEntity {
  /** The node's element id: valid for the rest of the transaction that read it. */
  node: string
  name: string
  aliases: string[]
  /** `gazetteer` when no article mentions it. */
  origin: string | null
}

/** A stored `:Evidence` node, checked like anything read back. */
const toEvidence = (node: unknown): Evidence => EvidenceSchema.parse(properties((node as { properties: unknown }).properties))

/** A stored relationship as a write reads it: its element id (valid in that transaction) and properties. */
interface StoredEdge {
  edge: string
  properties: Properties
}

/**
 * Runs an `UNWIND $rows …` statement, or nothing when there are no rows. Not awaited one by one:
 * statements started together go out back to back in the transaction and run in order, so the
 * server works on one while the next is packed, with no round trip between them.
 */
function unwind(tx: ManagedTransaction, query: string, rows: readonly unknown[]): Promise<Neo4jRecord[]> {
  return rows.length === 0 ? Promise.resolve([]) : tx.run(query, toNeo4j({ rows }) as Record<string, unknown>).then((result) => result.records)
}

/** A relationship's properties as read: its `id` is the edge's id, not one of its properties. */
function edgePropertiesOf(raw: unknown): Properties {
  const { id: _id, ...rest } = properties(raw)
  return rest
}

/**
 * The entities of one label these articles bring that the store does not hold: each once, its
 * properties merged over the articles, with the aliases they use and, when none mentions it, the
 * gazetteer as its origin. (A stored entity keeps its properties: an id fixes the name and what
 * derives from it; its aliases and origin are settled in step 5.)
 */
function newEntities(
  added: readonly ArticleContribution[],
  label: (typeof ENTITY_TYPES)[number],
  stored: ReadonlyMap<string, unknown>,
  gained: ReadonlyMap<string, string[][]>,
  mentionedNow: ReadonlySet<string>,
): { id: string; properties: Properties }[] {
  const entities = new Map<string, Properties>()
  for (const c of added) for (const e of c.entities) if (e.label === label && !stored.has(e.id)) entities.set(e.id, { ...entities.get(e.id), ...e.properties })
  return [...entities].map(([id, properties]) => ({
    id,
    properties: withoutEmptyLists({ ...properties, aliases: deriveAliases(String(properties.name ?? ''), gained.get(id) ?? []), ...(mentionedNow.has(id) ? {} : { origin: 'gazetteer' }) }),
  }))
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const
  readonly driver: Driver
  readonly settings: Neo4jSettings
  /**
   * Whether the last call reached Neo4j. Managed transactions retry an unreachable server for
   * `maxTransactionRetryTime`, which suits a server restarting mid-load but would keep a server
   * that is simply not there (or an API request) waiting 15 s; so until a call succeeds, and again
   * after one found Neo4j gone, each call checks the connection once first and fails at once.
   */
  private reachable = false

  private readonly clock: Clock

  constructor(settings: Neo4jSettings, clock: Clock = systemClock) {
    this.settings = settings
    this.clock = clock
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: false,
    })
  }

  describe(): string {
    return `neo4j ${this.settings.uri} (database ${this.settings.database})`
  }

  /** A session once Neo4j is known to answer (see `reachable`). */
  private async session(mode?: 'READ' | 'WRITE'): Promise<Session> {
    if (!this.reachable) {
      await this.driver.verifyConnectivity({ database: this.settings.database }).catch((error: unknown) => {
        throw this.failure(error)
      })
      this.reachable = true
    }
    return this.driver.session({ database: this.settings.database, ...(mode ? { defaultAccessMode: mode } : {}) })
  }

  private failure(error: unknown): StoreError {
    const failure = translateError(error, this.settings.uri)
    if (failure.code === 'STORE_UNREACHABLE') this.reachable = false
    return failure
  }

  /** Runs `use` on a session and closes it; any failure becomes a StoreError. */
  private async withSession<T>(mode: 'READ' | 'WRITE' | undefined, use: (session: Session) => Promise<T>): Promise<T> {
    const session = await this.session(mode)
    try {
      return await use(session)
    } catch (error) {
      throw this.failure(error)
    } finally {
      await session.close()
    }
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.READ, (s) => s.executeRead(work))
  }

  /** Runs Cypher outside an explicit transaction (schema changes, `CALL … IN TRANSACTIONS`). */
  private async auto(query: string, params: Record<string, unknown> = {}): Promise<void> {
    await this.withSession(undefined, (s) => s.run(query, params))
  }

  async init(): Promise<void> {
    for (const statement of cypherStatements(fs.readFileSync(SCHEMA_FILE, 'utf8'))) await this.auto(statement)
    await this.auto('CALL db.awaitIndexes(300)')
    await this.refuseVersion1()
  }

  /**
   * A graph of version 1 keeps evidence in lists on its relationships, which this version neither
   * reads nor updates: writing on top of it would mix the two. Its articles have no `ingestedAt`.
   */
  private async refuseVersion1(): Promise<void> {
    const old = await this.read((tx) => tx.run('MATCH (a:Article) WHERE a.ingestedAt IS NULL RETURN a.source AS source LIMIT 1'))
    const source = old.records[0]?.get('source') as string | undefined
    if (source !== undefined) {
      throw new StoreError(
        'STORE_FAILED',
        `Neo4j at ${this.settings.uri} holds a graph of an earlier version of kg (evidence in lists on each relationship; article ${source}); empty it with \`kg reset --yes\` and ingest the sources again`,
      )
    }
  }

  /**
   * A write transaction that first takes the loader's lock, so it reads and merges what every
   * earlier writer committed: two ingests at once then store what one ingest of both would.
   */
  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.WRITE, (s) =>
      s.executeWrite(async (tx) => {
        await tx.run(`MERGE (l:${WRITE_LOCK} {name: 'writer'}) SET l.at = timestamp()`)
        return work(tx)
      }),
    )
  }

  async apply(contributions: readonly ArticleContribution[]): Promise<ApplyResult> {
    if (contributions.length === 0) return { articles: 0, entities: 0, relations: 0, duplicates: [] }
    return this.write(async (tx) => {
      const added = latestPerArticle(contributions)
      const old = await this.findArticles(tx, {
        ids: added.map((c) => c.article.id),
        keys: added.map((c) => ({ source: c.article.properties.source, index: c.article.properties.index })),
      })
      const stored = await this.storedTexts(tx, added.map((c) => c.article.properties.hash).filter((h): h is string => typeof h === 'string'))
      const { kept, duplicates } = withoutStoredTexts(added, stored, new Set(old.map((a) => a.id)))
      // An article stored already with the same text keeps its ingestedAt: it did not change.
      const now = this.clock()
      const earlier = new Map(old.map((a) => [a.id, a.ingestedAt]))
      await this.replace(tx, old, kept, new Map(kept.map((c) => [c.article.id, earlier.get(c.article.id) ?? now])))
      return {
        articles: kept.length,
        entities: kept.reduce((n, c) => n + c.entities.length, 0),
        relations: kept.reduce((n, c) => n + c.relations.length, 0),
        duplicates,
      }
    })
  }

  /** Stored articles by text hash. */
  private async storedTexts(tx: ManagedTransaction, hashes: readonly string[]): Promise<Map<string, StoredText>> {
    const out = new Map<string, StoredText>()
    if (hashes.length === 0) return out
    const result = await tx.run('UNWIND $hashes AS h MATCH (a:Article {hash: h}) RETURN a.hash AS hash, a.id AS id, a.source AS source', { hashes: [...new Set(hashes)] })
    for (const r of result.records) out.set(r.get('hash'), { id: r.get('id'), source: String(r.get('source')) })
    return out
  }

  /**
   * Merges relationships stored more than once (by writers before the loader's lock) into one whose
   * evidence is the union of the copies', as one writer would have stored it.
   */
  async repair(): Promise<RepairResult> {
    return this.write(async (tx) => {
      const groups = await tx.run(
        `MATCH (s)-[r]->(t)
         WITH s, t, type(r) AS type, collect(r) AS copies WHERE size(copies) > 1
         RETURN s.id AS source, t.id AS target, type, [c IN copies | elementId(c)] AS ids, [c IN copies | properties(c)] AS properties`,
      )
      const keep: { id: string; properties: Properties }[] = []
      const drop: string[] = []
      for (const g of groups.records) {
        const [first, ...rest] = g.get('ids') as string[]
        const relation = relationId(g.get('type'), g.get('source'), g.get('target'))
        const evidence = await this.evidenceWhere(tx, 'relation', [relation])
        const copies = (g.get('properties') as unknown[]).map(edgePropertiesOf)
        keep.push({ id: first!, properties: withoutEmptyLists({ ...combineEdgeCopies(copies, evidence), ...(g.get('type') === 'MENTIONS' ? {} : { id: relation }) }) })
        drop.push(...rest)
      }
      if (keep.length === 0) return { merged: 0 }
      await tx.run('UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.properties', toNeo4j({ rows: keep }) as Record<string, unknown>)
      await tx.run('UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r', { ids: drop })
      return { merged: keep.length }
    })
  }

  async remove(selector: ArticleSelector): Promise<{ articles: number }> {
    return this.write(async (tx) => {
      const old = await this.findArticles(tx, { ids: selector.ids ?? [], sources: selector.sources ?? [] })
      await this.replace(tx, old, [], new Map())
      return { articles: old.length }
    })
  }

  private async findArticles(
    tx: ManagedTransaction,
    by: { ids: string[]; keys?: { source: unknown; index: unknown }[]; sources?: string[] },
  ): Promise<OldArticle[]> {
    const result = await tx.run(
      `CALL {
         UNWIND $ids AS id ${byId('a', 'Article', 'id')} RETURN a
         UNION
         UNWIND $keys AS k MATCH (a:Article {source: k.source, index: k.index}) RETURN a
         UNION
         UNWIND $sources AS s MATCH (a:Article {source: s}) RETURN a
       }
       RETURN a.id AS id, a.ingestedAt AS ingestedAt, [(a)-[:MENTIONS]->(n:Entity) | n.id] AS mentioned`,
      toNeo4j({ ids: by.ids, keys: by.keys ?? [], sources: by.sources ?? [] }) as Record<string, unknown>,
    )
    return result.records.map((r) => ({ id: r.get('id'), mentioned: r.get('mentioned'), ingestedAt: (fromNeo4j(r.get('ingestedAt')) as string | null) ?? null }))
  }

  /** Removes the old articles' contributions and adds the new ones, in the caller's transaction (the steps of `src/store/article-writes.ts`). */
  private async replace(tx: ManagedTransaction, old: readonly OldArticle[], given: readonly ArticleContribution[], ingestedAt: ReadonlyMap<string, string>): Promise<void> {
    const removed = [...new Set(old.map((a) => a.id))]
    const added = latestPerArticle(given)

    // 1. The evidence going and coming, by relationship, and the state of what both touch.
    const removedEvidence = new Map<string, Evidence[]>()
    for (const e of await this.evidenceWhere(tx, 'article', removed)) pushTo(removedEvidence, e.relation, e)
    const addedEvidence = new Map<string, Evidence[]>()
    for (const c of added) {
      const date = typeof c.article.properties.date === 'string' ? c.article.properties.date : undefined
      for (const r of c.relations) pushTo(addedEvidence, r.id, evidenceFrom({ id: c.article.id, date }, r))
    }
    const affected = new Map<string, { type: TypedEdge; source: string; target: string }>()
    for (const id of [...removedEvidence.keys(), ...addedEvidence.keys()]) {
      const parsed = parseRelationId(id)
      if (parsed) affected.set(id, parsed)
    }
    // An edge can only be stored already when both its ends are: entities the batch touches are
    // looked up once, and only edges between stored entities are read back. An edge to an article
    // or figure goes with it in step 2.
    const touched = new Set<string>()
    for (const key of affected.values()) for (const id of [key.source, key.target]) if (groupOf(id) === 'Entity') touched.add(id)
    for (const c of added) for (const e of c.entities) touched.add(e.id)
    const stored = await this.storedEntities(tx, [...touched])
    const current = await this.storedEdges(tx, [...affected.values()].filter((k) => stored.has(k.source) && stored.has(k.target)))
    const steps = new Map<string, EdgeStep>()
    for (const [id, key] of affected) steps.set(id, current.has(id) ? edgeStep(key.type, removedEvidence.get(id) ?? [], addedEvidence.get(id) ?? []) : 'recount')
    // A recount reads the relationship's other evidence: only for stored edges, the others have none.
    const recounted = [...steps].filter(([id, step]) => step === 'recount' && current.has(id)).map(([id]) => id)
    const kept = new Map<string, Evidence[]>()
    const gone = new Set(removed)
    for (const e of await this.evidenceWhere(tx, 'relation', recounted)) if (!gone.has(e.article)) pushTo(kept, e.relation, e)
    const merged = new Map<string, Properties | null>()
    for (const [id, step] of steps) {
      const after = addedEvidence.get(id) ?? []
      if (step === 'add') merged.set(id, addToAggregate(current.get(id)?.properties, after))
      else if (step === 'recount') merged.set(id, aggregateEdge([...(kept.get(id) ?? []), ...after]))
    }

    // 2. Old articles, their figures (with their MENTIONS and AUTHORED) and their evidence go.
    const deletions = [
      unwind(tx, `UNWIND $rows AS id ${byId('a', 'Article', 'id')} OPTIONAL MATCH (a)-[:MENTIONS]->(f:Figure) DETACH DELETE f, a`, removed),
      unwind(tx, 'UNWIND $rows AS id MATCH (ev:Evidence {article: id}) DELETE ev', removed),
    ]

    // 3. Nodes. New articles and their figures (none of them exists any more); entities the store
    //    does not hold, which under the writers' lock are known to be new: CREATE, no MERGE. Each
    //    returns its element id, and so does every stored entity read in step 1: the relationships
    //    of step 4 find their ends by element id, with no index lookup per row.
    const lost = new Set(old.flatMap((a) => a.mentioned))
    const gained = new Map<string, string[][]>()
    const mentionedNow = new Set<string>()
    for (const c of added) for (const e of c.entities) {
      pushTo(gained, e.id, e.aliases)
      if (e.count > 0) mentionedNow.add(e.id)
    }
    const nodes = new Map<string, string>([...stored].map(([id, e]) => [id, e.node]))
    const created = ' SET n = row.properties, n.id = row.id RETURN row.id AS id, elementId(n) AS node'
    const creations = [
      unwind(tx, `UNWIND $rows AS row CREATE (n:Article)${created}`, added.map((c) => ({ id: c.article.id, properties: withoutEmptyLists(articleProperties(c, ingestedAt.get(c.article.id)!)) }))),
      ...ENTITY_TYPES.map((label) => unwind(tx, `UNWIND $rows AS row CREATE (n:Entity:${label})${created}`, newEntities(added, label, stored, gained, mentionedNow))),
      unwind(tx, `UNWIND $rows AS row CREATE (n:Figure)${created}`, added.flatMap((c) => c.figures.map((f) => ({ id: f.id, properties: withoutEmptyLists({ ...f.properties, article: c.article.id }) })))),
    ]
    for (const records of await Promise.all([...deletions, ...creations])) for (const r of records) nodes.set(r.get('id'), r.get('node'))

    // 4. Relationships and evidence. Mentions; then typed relationships: delete the emptied, update
    //    the existing (by the element ids read in step 1), create the new. Only edges between stored
    //    entities were read back (`current`); any other edge either does not exist yet or went with
    //    its article or figure in step 2, so it is created.
    type Row = { source: string; target: string; properties: Properties }
    const drop: string[] = []
    const update: { edge: string; properties: Properties }[] = []
    const create = new Map<TypedEdge, Row[]>()
    for (const [id, props] of merged) {
      const key = affected.get(id)!
      const stored = current.get(id)
      if (props === null) {
        if (stored) drop.push(stored.edge)
        for (const end of [key.source, key.target]) if (groupOf(end) === 'Entity') lost.add(end)
      } else if (stored) update.push({ edge: stored.edge, properties: withoutEmptyLists({ ...props, id }) })
      else pushTo(create, key.type, { source: key.source, target: key.target, properties: withoutEmptyLists({ ...props, id }) })
    }
    const mentions = [
      ...added.flatMap((c) => c.entities.filter((e) => e.count > 0).map((e) => ({ source: c.article.id, target: e.id, properties: withoutEmptyLists(mentionProperties(e)) }))),
      ...added.flatMap((c) => c.figures.map((f) => ({ source: c.article.id, target: f.id, properties: withoutEmptyLists({ count: 1, spans: sortedPairs(figureSpan(f.properties)) }) }))),
    ]
    const ends = [...mentions, ...[...create.values()].flat()].flatMap((r) => [r.source, r.target])
    for (const [id, node] of await this.nodeElementIds(tx, [...new Set(ends.filter((id) => !nodes.has(id)))])) nodes.set(id, node)
    const byNode = (rows: readonly Row[]) => rows.map((r) => ({ source: nodes.get(r.source), target: nodes.get(r.target), properties: r.properties }))
    const between = `UNWIND $rows AS row ${byElementId('s', 'row.source')} ${byElementId('t', 'row.target')}`
    await Promise.all([
      unwind(tx, `${between} CREATE (s)-[m:MENTIONS]->(t) SET m = row.properties`, byNode(mentions)),
      unwind(tx, 'UNWIND $rows AS row CREATE (ev:Evidence) SET ev = row', [...addedEvidence.values()].flat().map((e) => withoutEmptyLists(e))),
      unwind(tx, 'UNWIND $rows AS edge MATCH ()-[r]->() WHERE elementId(r) = edge DELETE r', drop),
      unwind(tx, 'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.edge SET r = row.properties', update),
      ...[...create].map(([type, rows]) => unwind(tx, `${between} CREATE (s)-[r:${type}]->(t) SET r = row.properties`, byNode(rows))),
    ])
    await this.settleEntities(tx, lost, gained, stored, mentionedNow)
  }

  /**
   * 5. Entities the write touched. One that lost support gets its aliases again from the articles
   *    still mentioning it, and goes when nothing mentions or touches it; one that only gained
   *    mentions adds the new forms. One no article mentions is the gazetteer's (`origin`).
   *    Written only when that changes them.
   */
  private async settleEntities(
    tx: ManagedTransaction,
    lost: ReadonlySet<string>,
    gained: ReadonlyMap<string, string[][]>,
    stored: ReadonlyMap<string, StoredEntity>,
    mentionedNow: ReadonlySet<string>,
  ): Promise<void> {
    const rows: { id: string; aliases: string[]; origin: string | null }[] = []
    if (lost.size > 0) {
      const support = await tx.run(
        `UNWIND $ids AS id ${byId('n', 'Entity', 'id')}
         OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
         WITH n, count(m) AS mentions, collect(m.aliases) AS aliases
         RETURN n.id AS id, n.name AS name, mentions, aliases, COUNT { (n)--() } AS degree`,
        { ids: [...lost] },
      )
      const orphans: string[] = []
      for (const r of support.records) {
        const mentions = Number(fromNeo4j(r.get('mentions')))
        if (mentions === 0 && Number(fromNeo4j(r.get('degree'))) === 0) orphans.push(r.get('id'))
        else rows.push({ id: r.get('id'), aliases: deriveAliases(String(r.get('name') ?? ''), r.get('aliases') as string[][]), origin: mentions === 0 ? 'gazetteer' : null })
      }
      if (orphans.length > 0) await tx.run(`UNWIND $ids AS id ${byId('n', 'Entity', 'id')} DETACH DELETE n`, { ids: orphans })
    }
    for (const [id, lists] of gained) {
      const before = stored.get(id)
      if (!before || lost.has(id)) continue
      const aliases = deriveAliases(before.name, [before.aliases, ...lists])
      const origin = mentionedNow.has(id) || before.origin === null ? null : 'gazetteer'
      if (origin !== before.origin || aliases.length !== before.aliases.length || aliases.some((a, i) => a !== before.aliases[i])) rows.push({ id, aliases, origin })
    }
    // Setting null removes: an entity with no aliases stores none (see withoutEmptyLists).
    const written = rows.map((r) => ({ ...r, aliases: r.aliases.length > 0 ? r.aliases : null }))
    if (rows.length > 0) await tx.run(`UNWIND $rows AS row ${byId('n', 'Entity', 'row.id')} SET n.aliases = row.aliases, n.origin = row.origin`, { rows: written })
  }

  /** Evidence records by article or by relationship id. */
  private async evidenceWhere(tx: ManagedTransaction, key: 'article' | 'relation', values: readonly string[]): Promise<Evidence[]> {
    if (values.length === 0) return []
    const result = await tx.run(`UNWIND $values AS v MATCH (ev:Evidence {${key}: v}) RETURN ev`, { values: [...new Set(values)] })
    return result.records.map((r) => toEvidence(r.get('ev')))
  }

  /** The stored ones among these entity ids, with their name, aliases and origin. */
  private async storedEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, StoredEntity>> {
    const out = new Map<string, StoredEntity>()
    if (ids.length === 0) return out
    const result = await tx.run(`UNWIND $ids AS id ${byId('n', 'Entity', 'id')} RETURN n.id AS id, elementId(n) AS node, n.name AS name, n.aliases AS aliases, n.origin AS origin`, { ids })
    for (const r of result.records) {
      out.set(r.get('id'), { node: r.get('node'), name: String(r.get('name') ?? ''), aliases: (r.get('aliases') as string[] | null) ?? [], origin: (r.get('origin') as string | null) ?? null })
    }
    return out
  }

  /** The stored relationships among these, by relationship id: their element id and properties. */
  private async storedEdges(tx: ManagedTransaction, keys: readonly { type: TypedEdge; source: string; target: string }[]): Promise<Map<string, StoredEdge>> {
    const out = new Map<string, StoredEdge>()
    const types = (Object.keys(ENDS) as TypedEdge[]).map((type) => ({ type, rows: keys.filter((k) => k.type === type).map(({ source, target }) => ({ source, target })) }))
    const results = await Promise.all(
      types
        .filter(({ rows }) => rows.length > 0)
        .map(({ type, rows }) =>
          tx
            .run(edgeBetween(type, 'RETURN elementId(r) AS edge, properties(r) AS properties') + ' RETURN row.source AS source, row.target AS target, edge, properties', { rows })
            .then((result) => ({ type, result })),
        ),
    )
    for (const { type, result } of results) {
      for (const r of result.records) out.set(relationId(type, r.get('source'), r.get('target')), { edge: r.get('edge'), properties: edgePropertiesOf(r.get('properties')) })
    }
    return out
  }

  /**
   * Element ids of nodes by id, for the ends a write needs that it neither read nor created (none,
   * as the steps go; kept so a relationship never silently misses an end).
   */
  private async nodeElementIds(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (const [group, wanted] of byGroup(ids)) {
      const result = await tx.run(`UNWIND $ids AS id ${byId('n', group, 'id')} RETURN id, elementId(n) AS node`, { ids: wanted })
      for (const r of result.records) out.set(r.get('id'), r.get('node'))
    }
    return out
  }

  async reset(): Promise<void> {
    await this.auto('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS')
  }

  async stats(): Promise<GraphStats> {
    return this.read(async (tx) => {
      const labels: Record<string, number> = {}
      const types: Record<string, number> = {}
      for (const label of NODE_LABELS) {
        const r = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`)
        const c = Number(fromNeo4j(r.records[0]?.get('c')))
        if (c > 0) labels[label] = c
      }
      const rels = await tx.run('MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS c')
      for (const r of rels.records) types[r.get('type')] = Number(fromNeo4j(r.get('c')))
      const nodes = Object.values(labels).reduce((a, b) => a + b, 0)
      const relationships = Object.values(types).reduce((a, b) => a + b, 0)
      return { store: this.describe(), nodes, relationships, articles: labels.Article ?? 0, labels, types }
    })
  }

  async nodesById(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return []
    return this.read(async (tx) => {
      const found = new Map<string, GraphNode>()
      for (const [group, wanted] of byGroup(ids)) {
        const result = await tx.run(`UNWIND $ids AS id MATCH (n:${group} {id: id}) RETURN n`, { ids: wanted })
        for (const r of result.records) {
          const node = toGraphNode(r)
          found.set(node.id, node)
        }
      }
      return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []))
    })
  }

  async edgesOf(ids: readonly string[], filter: EdgeFilter = {}): Promise<GraphEdge[]> {
    if (ids.length === 0 || filter.types?.length === 0) return []
    return this.read(async (tx) => {
      const out = new Map<string, GraphEdge>()
      for (const [group, wanted] of byGroup(ids)) {
        const result = await tx.run(
          `UNWIND $ids AS id MATCH (n:${group} {id: id})-[r${typePattern(filter.types)}]-(m)
           WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
           RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS properties`,
          { ids: wanted, labels: filter.labels ? [...filter.labels] : null },
        )
        for (const r of result.records) {
          const type = r.get('type') as EdgeType
          const id = relationId(type, r.get('source'), r.get('target'))
          out.set(id, { id, type, source: r.get('source'), target: r.get('target'), properties: edgePropertiesOf(r.get('properties')) })
        }
      }
      return [...out.values()]
    })
  }

  async neighbours(ids: readonly string[], filter: EdgeFilter, exclude: readonly string[], limit: number): Promise<string[]> {
    if (ids.length === 0 || limit <= 0 || filter.types?.length === 0) return []
    return this.read(async (tx) => {
      const found = new Set<string>()
      for (const [group, wanted] of byGroup(ids)) {
        // Types in the pattern, so a node's MENTIONS are not even walked unless asked for; only ids
        // leave the server, sorted and capped there.
        const result = await tx.run(
          `UNWIND $ids AS id ${byId('n', group, 'id')}
           MATCH (n)-[${typePattern(filter.types)}]-(m)
           WHERE m.id IS NOT NULL AND NOT m.id IN $exclude AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
           RETURN DISTINCT m.id AS id ORDER BY id LIMIT $limit`,
          { ids: wanted, exclude: [...exclude], labels: filter.labels ? [...filter.labels] : null, limit: neo4j.int(limit) },
        )
        for (const r of result.records) found.add(r.get('id'))
      }
      return [...found].sort(codePointOrder).slice(0, limit)
    })
  }

  async edgesAmong(ids: readonly string[], types: readonly EdgeType[]): Promise<GraphEdge[]> {
    if (ids.length === 0 || types.length === 0) return []
    return this.read(async (tx) => {
      const out: GraphEdge[] = []
      for (const [group, wanted] of byGroup(ids)) {
        const result = await tx.run(
          `UNWIND $ids AS id ${byId('s', group, 'id')}
           MATCH (s)-[r${typePattern(types)}]->(t) WHERE t.id IN $all
           RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS properties`,
          { ids: wanted, all: [...ids] },
        )
        for (const r of result.records) {
          const type = r.get('type') as EdgeType
          out.push({ id: relationId(type, r.get('source'), r.get('target')), type, source: r.get('source'), target: r.get('target'), properties: edgePropertiesOf(r.get('properties')) })
        }
      }
      return out.sort((x, y) => codePointOrder(x.id, y.id))
    })
  }

  async searchCandidates(text: string, limit: number): Promise<GraphNode[]> {
    const q = text.trim()
    if (!q) return []
    const latin = /^[a-zA-Z\u00C0-\u024F\s'’-]+$/.test(q.normalize('NFC'))
    const nodes = await this.read(async (tx) => {
      if (latin) {
        const p = foldPinyin(q)
        const r = await tx.run(
          'MATCH (n:Entity) WHERE n.pinyinPlain CONTAINS $p OR n.pinyinInitials = $p RETURN n LIMIT $limit',
          { p, limit: neo4j.int(limit) },
        )
        return r.records.map(toGraphNode)
      }
      const c = foldChinese(q)
      // The CJK full-text index finds names and aliases by bigrams; CONTAINS on the text index
      // catches single characters and anything the analyzer splits differently.
      const phrase = `"${c.replace(/["\\]/g, (m) => `\\${m}`)}"`
      const ft = await tx.run(
        `CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node RETURN node AS n LIMIT $limit`,
        { phrase, limit: neo4j.int(limit) },
      )
      const contains = await tx.run('MATCH (n:Entity) WHERE n.name CONTAINS $c RETURN n LIMIT $limit', { c, limit: neo4j.int(limit) })
      const byId = new Map<string, GraphNode>()
      for (const r of [...contains.records, ...ft.records]) {
        const node = toGraphNode(r)
        byId.set(node.id, node)
      }
      return [...byId.values()]
    })
    return nodes.filter((n) => matchesSearch(n.properties, q)).slice(0, limit)
  }

  async evidence(relations: readonly string[], limit?: number): Promise<Evidence[]> {
    if (relations.length === 0) return []
    return this.read(async (tx) => {
      const result = await tx.run(
        `UNWIND $relations AS rid
         CALL (rid) { MATCH (ev:Evidence {relation: rid}) RETURN ev ORDER BY ev.article LIMIT $limit }
         RETURN ev`,
        { relations: [...new Set(relations)], limit: neo4j.int(limit ?? Number.MAX_SAFE_INTEGER) },
      )
      return sortEvidence(result.records.map((r) => toEvidence(r.get('ev'))))
    })
  }

  async topNodes(limit: number, label?: NodeLabel): Promise<GraphNode[]> {
    // The label goes into the statement's text, so only a known one may.
    const known = label === undefined ? 'Entity' : NODE_LABELS.find((l) => l === label)
    if (!known) throw new StoreError('STORE_FAILED', `topNodes: unknown label ${label}`)
    return this.read(async (tx) => {
      const r = await tx.run(
        `MATCH (n:${known})
         WITH n, COUNT { (n)-[r]-() WHERE NOT r:MENTIONS } AS degree
         RETURN n ORDER BY degree DESC, n.name, n.id LIMIT $limit`,
        { limit: neo4j.int(limit) },
      )
      return r.records.map(toGraphNode)
    })
  }

  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(ids.map((id) => [id, 0]))
    if (ids.length === 0) return out
    return this.read(async (tx) => {
      for (const [group, wanted] of byGroup(ids)) {
        const r = await tx.run(
          `UNWIND $ids AS id ${byId('n', group, 'id')}
           RETURN n.id AS id, COUNT { (n)-[r]-() WHERE NOT r:MENTIONS } AS degree`,
          { ids: wanted },
        )
        for (const rec of r.records) out.set(rec.get('id'), Number(rec.get('degree')))
      }
      return out
    })
  }

  async *dump(batchSize = 5000): AsyncIterable<Subgraph> {
    const session = await this.session(neo4j.session.READ)
    try {
      let batch: Subgraph = { nodes: [], edges: [], truncated: false }
      for await (const r of session.run('MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Evidence RETURN n')) {
        batch.nodes.push(toGraphNode(r))
        if (batch.nodes.length >= batchSize) {
          yield batch
          batch = { nodes: [], edges: [], truncated: false }
        }
      }
      for await (const r of session.run('MATCH (s)-[r]->(t) RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS properties')) {
        const type = r.get('type') as EdgeType
        const id = relationId(type, r.get('source'), r.get('target'))
        batch.edges.push({ id, type, source: r.get('source'), target: r.get('target'), properties: edgePropertiesOf(r.get('properties')) })
        if (batch.edges.length >= batchSize) {
          yield batch
          batch = { nodes: [], edges: [], truncated: false }
        }
      }
      if (batch.nodes.length > 0 || batch.edges.length > 0) yield batch
    } catch (error) {
      throw this.failure(error)
    } finally {
      await session.close()
    }
  }

  async close(): Promise<void> {
    await this.driver.close()
  }
}

function toGraphNode(r: Neo4jRecord): GraphNode {
  const n = r.get('n') as { labels: string[]; properties: Record<string, unknown> }
  const label = (n.labels.find((l) => l !== 'Entity') ?? 'Unit') as NodeLabel
  const props = properties(n.properties)
  const id = String(props.id)
  delete props.id
  return { id, label, properties: props }
}
