// Load throughput into Neo4j, in one run: the batched loader (`store.apply`, as `kg ingest` uses it),
// the bulk first load (`kg ingest --bulk`: neo4j-admin database import, on the project's own server),
// the server's bare `UNWIND … CREATE` ceiling, and a one-statement-per-row loader writing the same
// graph. Needs a Neo4j: NEO4J_URI, or the local server (`npm run neo4j:start`); the bulk load needs the
// local server. Prints figures beside their targets; asserts nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import neo4j from 'neo4j-driver'
import { assembleArticle } from '../dist/resolve/assemble.js'
import { EmbeddedStore } from '../dist/store/embedded/index.js'
import { Neo4jStore } from '../dist/store/neo4j/index.js'
import { ingestPaths } from '../dist/load/ingest.js'
import { bulkImport, localServerFor } from '../dist/load/bulk.js'
import { SqliteStore } from '../dist/store/sqlite/index.js'
import { seedVariants, syntheticExtractions } from './corpus.mjs'

const ARTICLES = Number(process.env.KG_BENCH_ARTICLES ?? 10_000)
const PER_ROW_ARTICLES = Number(process.env.KG_BENCH_PER_ROW_ARTICLES ?? 300)
const BATCH = Number(process.env.KG_BENCH_BATCH ?? 500)
const WARM_UP_ARTICLES = Number(process.env.KG_BENCH_WARM_UP_ARTICLES ?? 2000)
const INGEST_BYTES = Number(process.env.KG_BENCH_INGEST_MB ?? 4) * 1024 * 1024

const settings = {
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'kgpassword123',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
}

async function countAll(store) {
  const s = await store.stats()
  return { nodes: s.nodes, relationships: s.relationships }
}

async function batched(store, contributions) {
  await store.reset()
  await store.init()
  const t = performance.now()
  for (let i = 0; i < contributions.length; i += BATCH) await store.apply(contributions.slice(i, i + BATCH))
  const seconds = (performance.now() - t) / 1000
  return { seconds, ...(await countAll(store)) }
}

const group = (id) => (id.startsWith('article:') ? 'Article' : id.startsWith('figure:') ? 'Figure' : 'Entity')

/** The graph these contributions make, merged in memory by the embedded store. */
async function finalGraph(contributions) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'))
  const memory = new EmbeddedStore(dir)
  await memory.apply(contributions)
  const rows = { nodes: [], edges: [] }
  for await (const b of memory.dump()) rows.nodes.push(...b.nodes), rows.edges.push(...b.edges)
  fs.rmSync(dir, { recursive: true, force: true })
  return rows
}

/** The naive way: the final graph written node by node and edge by edge, one auto-commit statement each. */
async function perRow(store, contributions) {
  const rows = await finalGraph(contributions)
  await store.reset()
  await store.init()
  const session = store.driver.session({ database: settings.database })
  const t = performance.now()
  try {
    for (const n of rows.nodes) {
      const label = group(n.id) === 'Entity' ? ` SET n:${n.label}` : ''
      await session.run(`MERGE (n:${group(n.id)} {id: $id})${label} SET n += $props`, { id: n.id, props: n.properties })
    }
    for (const e of rows.edges) {
      await session.run(
        `MATCH (s:${group(e.source)} {id: $source}) MATCH (t:${group(e.target)} {id: $target}) MERGE (s)-[r:${e.type}]->(t) SET r = $props`,
        { source: e.source, target: e.target, props: e.properties },
      )
    }
  } finally {
    await session.close()
  }
  const seconds = (performance.now() - t) / 1000
  return { seconds, ...(await countAll(store)) }
}

/**
 * What this server can do at best: one `UNWIND … MATCH … CREATE` of property-less relationships
 * between stored entities, no reads, merges or evidence. The loader's rate is read against it.
 */
async function ceiling(store, count = 20_000) {
  const session = store.driver.session({ database: settings.database })
  try {
    const ids = (await session.run('MATCH (n:Entity) RETURN n.id AS id LIMIT $n', { n: neo4j.int(count) })).records.map((r) => r.get('id'))
    const rows = Array.from({ length: count }, (_, i) => ({ source: ids[i % ids.length], target: ids[(i * 7919 + 1) % ids.length] }))
    const query = 'UNWIND $rows AS row MATCH (s:Entity {id: row.source}) USING INDEX s:Entity(id) MATCH (t:Entity {id: row.target}) USING INDEX t:Entity(id) CREATE (s)-[:BENCH_CEILING]->(t)'
    const best = []
    for (let round = 0; round < 3; round++) {
      const t = performance.now()
      await session.executeWrite((tx) => tx.run(query, { rows }))
      best.push(count / ((performance.now() - t) / 1000))
      await session.executeWrite((tx) => tx.run('MATCH ()-[r:BENCH_CEILING]->() DELETE r'))
    }
    return Math.max(...best)
  } finally {
    await session.close()
  }
}

/** Typed relationships keep only what the graph model requires of them; mentions their count and spans. */
const REQUIRED = { MENTIONS: ['count', 'spans'], typed: ['count', 'articleCount', 'rules'] }

/** Issue #13's targets for provenance that scales. */
const TARGETS = { largestPropertyBytes: 16 * 1024, reingestSeconds: 2 }

/**
 * The largest single property of any relationship (its value as JSON, in bytes), and which: with
 * evidence kept per article, none should grow with the number of articles.
 */
async function largestRelationshipProperty(store) {
  let largest = { bytes: 0, type: '', key: '' }
  for await (const batch of store.dump()) {
    for (const e of batch.edges) {
      for (const [key, value] of Object.entries(e.properties)) {
        const bytes = Buffer.byteLength(JSON.stringify(value))
        if (bytes > largest.bytes) largest = { bytes, type: e.type, key }
      }
    }
  }
  return largest
}

/**
 * Re-ingesting one changed article into the loaded graph: its text gets a line more and it loses
 * one relationship, as a corrected article would. Timed as `kg ingest` of that one file writes it.
 */
async function reingestOneChanged(store, extractions) {
  const original = extractions[Math.floor(extractions.length / 2)]
  const changed = { ...original, text: `${original.text}（更正）`, relations: original.relations.slice(1) }
  const contribution = assembleArticle(changed)
  const t = performance.now()
  await store.apply([contribution])
  return { seconds: (performance.now() - t) / 1000, relations: contribution.relations.length, entities: contribution.entities.length }
}

async function provenanceFigures(store, extractions) {
  const largest = await largestRelationshipProperty(store)
  console.log(`load: largest relationship property at ${fmt(extractions.length)} articles: ${fmt(largest.bytes)} bytes (${largest.type}.${largest.key}); target ≤ ${fmt(TARGETS.largestPropertyBytes)} bytes: ${largest.bytes <= TARGETS.largestPropertyBytes ? 'met' : 'not met'}`)
  const again = await reingestOneChanged(store, extractions)
  console.log(`load: re-ingest of one changed article (${again.entities} entities, ${again.relations} relationships) into the loaded graph: ${again.seconds.toFixed(2)} s; target ≤ ${TARGETS.reingestSeconds} s: ${again.seconds <= TARGETS.reingestSeconds ? 'met' : 'not met'}`)
}

/**
 * What any loader of this graph could do at best on this server: the final graph, merged in memory
 * beforehand, written with `CREATE` only (no reads, merges or updates), 10,000 rows a transaction.
 * With `required`, relationships carry only the properties the model requires.
 */
async function modelCeiling(store, graph, required = false) {
  await store.reset()
  await store.init()
  const session = store.driver.session({ database: settings.database })
  const chunks = (rows) => Array.from({ length: Math.ceil(rows.length / 10_000) }, (_, i) => rows.slice(i * 10_000, (i + 1) * 10_000))
  const grouped = (items, keyOf) => {
    const out = new Map()
    for (const item of items) {
      const key = keyOf(item)
      if (!out.has(key)) out.set(key, [])
      out.get(key).push(item)
    }
    return out
  }
  const keep = (e) => {
    if (!required) return e.properties
    const wanted = REQUIRED[e.type === 'MENTIONS' ? 'MENTIONS' : 'typed']
    return Object.fromEntries(Object.entries(e.properties).filter(([k]) => wanted.includes(k)))
  }
  const t = performance.now()
  try {
    for (const [key, nodes] of grouped(graph.nodes, (n) => (group(n.id) === 'Entity' ? `Entity:${n.label}` : group(n.id)))) {
      for (const rows of chunks(nodes)) {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${key}) SET n = row.properties, n.id = row.id`, { rows: toInts(rows) }))
      }
    }
    for (const [key, edges] of grouped(graph.edges, (e) => `${e.type}|${group(e.source)}|${group(e.target)}`)) {
      const [type, from, to] = key.split('|')
      const query = `UNWIND $rows AS row MATCH (s:${from} {id: row.source}) USING INDEX s:${from}(id) MATCH (t:${to} {id: row.target}) USING INDEX t:${to}(id) CREATE (s)-[r:${type}]->(t) SET r = row.properties`
      for (const rows of chunks(edges)) {
        await session.executeWrite((tx) => tx.run(query, { rows: toInts(rows.map((e) => ({ source: e.source, target: e.target, properties: keep(e) }))) }))
      }
    }
  } finally {
    await session.close()
  }
  return { seconds: (performance.now() - t) / 1000, ...(await countAll(store)) }
}

/** Whole numbers as Neo4j integers, as the loader sends them. */
const toInts = (v) =>
  typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(toInts) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toInts(x)])) : v

/**
 * `kg ingest --bulk` on the same articles: merged in a scratch embedded store, written as neo4j-admin
 * CSV, imported into the emptied database; the server is stopped and started again around it.
 */
async function bulk(contributions) {
  // kg ingest --bulk refuses a database that holds anything; neo4j-admin replaces it anyway, so the
  // benchmark spares itself emptying the loader's graph first.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-bulk-'))
  const staging = new SqliteStore(dir)
  try {
    const t = performance.now()
    for (let i = 0; i < contributions.length; i += BATCH) await staging.apply(contributions.slice(i, i + BATCH))
    const merged = (performance.now() - t) / 1000
    const imported = await bulkImport(settings, staging)
    return { ...imported, merged, seconds: (performance.now() - t) / 1000 }
  } finally {
    await staging.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The server's JIT compiles the loader's work while it first runs it: a cold server would time its
 * compiler, not the loader, while the ceiling (best of 3) runs warm. So the loader first runs once,
 * untimed, on a part of the articles.
 */
async function warmUp(store, contributions) {
  await batched(store, contributions.slice(0, Math.min(contributions.length, WARM_UP_ARTICLES)))
}

const rate = (r) => (r.nodes + r.relationships) / r.seconds
const fmt = (x) => Math.round(x).toLocaleString('en')
const verdict = (ok) => (ok ? 'met' : 'NOT met')

/** Other work on the machine changes every rate; the ratio to the ceiling, measured in the same run, much less. */
const loadAverage = () => `load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} on ${os.cpus().length} cores`

let store = new Neo4jStore(settings)
try {
  console.log(`load: start, ${loadAverage()}`)
  const t = performance.now()
  const extractions = syntheticExtractions(ARTICLES)
  const contributions = extractions.map(assembleArticle)
  console.log(`load: ${ARTICLES} synthetic articles assembled in ${((performance.now() - t) / 1000).toFixed(1)} s`)

  await warmUp(store, contributions)
  const full = await batched(store, contributions)
  console.log(`load: batched loader, ${ARTICLES} articles: ${fmt(full.nodes)} nodes + ${fmt(full.relationships)} relationships in ${full.seconds.toFixed(1)} s = ${fmt(rate(full))} items/s, ${fmt(full.relationships / full.seconds)} relationships/s`)

  let bulkRate
  if (localServerFor(settings.uri)) {
    const b = await bulk(contributions)
    bulkRate = b.relationships / b.importSeconds
    console.log(`load: bulk load (kg ingest --bulk), same ${ARTICLES} articles: ${fmt(b.nodes)} nodes + ${fmt(b.relationships)} relationships, and ${fmt(b.evidence)} evidence nodes in the same import; neo4j-admin's import step, as it times itself (IMPORT DONE: from reading the CSV to the finished store, all of those nodes and relationships; not its JVM start), ${b.importSeconds.toFixed(1)} s = ${fmt(bulkRate)} relationships/s; the whole bulk load ${b.seconds.toFixed(1)} s`)
    console.log(`load: neo4j-admin's stages: ${b.stages.map((x) => `${x.stage} ${x.seconds.toFixed(1)} s`).join(', ')}; the relationship import stage alone ${fmt(b.relationships / (b.stages.find((x) => x.stage === 'Relationship import')?.seconds ?? NaN))} relationships/s`)
    const { csv, stop, admin, start, after } = b.steps
    console.log(`load: the bulk load's steps (wall clock): merge ${b.merged.toFixed(1)} s, CSV ${csv.toFixed(1)} s, server stop ${stop.toFixed(1)} s, neo4j-admin ${admin.toFixed(1)} s (of which its own import ${b.importSeconds.toFixed(1)} s; the rest is its JVM starting and loading), server start ${start.toFixed(1)} s, then the schema ${after.toFixed(1)} s`)
    // The server was restarted: the connections pooled before are gone.
    await store.close()
    store = new Neo4jStore(settings)
  } else console.log(`load: bulk load not measured: ${settings.uri} is not this project's own server (npm run neo4j:start), which kg ingest --bulk needs to run neo4j-admin`)
  await provenanceFigures(store, extractions)

  const graph = await finalGraph(contributions)
  const best = await modelCeiling(store, graph)
  console.log(`load: model ceiling, the same final graph merged beforehand and written with CREATE only: ${best.seconds.toFixed(1)} s = ${fmt(best.relationships / best.seconds)} relationships/s`)
  const lean = await modelCeiling(store, graph, true)
  console.log(`load: model ceiling with only the required relationship properties (count, articleCount, rules; mentions: count, spans): ${lean.seconds.toFixed(1)} s = ${fmt(lean.relationships / lean.seconds)} relationships/s`)

  const bare = await ceiling(store)
  console.log(`load: server ceiling, bare CREATE of 20,000 relationships without properties (best of 3): ${fmt(bare)} relationships/s; the loader reaches ${Math.round((100 * full.relationships) / full.seconds / bare)}% of it`)
  const loaderRate = full.relationships / full.seconds
  console.log('load: against the targets (issue #14)')
  console.log(`  incremental loader      ${fmt(loaderRate).padStart(9)} relationships/s  target ≥ 40% of the ceiling (${fmt(0.4 * bare)}/s): ${Math.round((100 * loaderRate) / bare)}%, ${verdict(loaderRate >= 0.4 * bare)}`)
  console.log(`  bulk import step        ${bulkRate === undefined ? '        –' : fmt(bulkRate).padStart(9)} relationships/s  target ≥ 100,000/s: ${bulkRate === undefined ? 'not measured' : verdict(bulkRate >= 100_000)} (neo4j-admin's IMPORT DONE time)`)
  console.log(`  bare UNWIND … CREATE    ${fmt(bare).padStart(9)} relationships/s  (the ceiling, measured in this run)`)
  console.log(`load: ${loadAverage()}`)

  // The whole of `kg ingest` (read, extract, assemble, write) on real text; the files must differ,
  // or every copy would be the same articles.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'))
  let bytes = 0
  for (const s of seedVariants(INGEST_BYTES)) {
    fs.writeFileSync(path.join(dir, s.name), s.text)
    bytes += Buffer.byteLength(s.text)
  }
  await store.reset()
  const ingest = await ingestPaths(store, [dir])
  const after = await countAll(store)
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(`load: kg ingest of ${(bytes / 1024 / 1024).toFixed(1)} MB of seed variants (${ingest.files} files, ${fmt(ingest.articles)} articles): ${ingest.seconds.toFixed(1)} s = ${fmt(ingest.articles / ingest.seconds)} articles/s, ${(bytes / 1024 / 1024 / ingest.seconds).toFixed(2)} MB/s, ${fmt(after.relationships / ingest.seconds)} relationships/s`)

  const subset = contributions.slice(0, PER_ROW_ARTICLES)
  const naive = await perRow(store, subset)
  const same = await batched(store, subset)
  console.log(`load: per-row loader, ${PER_ROW_ARTICLES} articles: ${fmt(naive.nodes)} nodes + ${fmt(naive.relationships)} relationships in ${naive.seconds.toFixed(1)} s = ${fmt(rate(naive))} items/s`)
  console.log(`load: batched loader, same ${PER_ROW_ARTICLES} articles: ${same.seconds.toFixed(2)} s = ${fmt(rate(same))} items/s`)
  console.log(`load: batched/per-row throughput ratio: ${(rate(same) / rate(naive)).toFixed(1)}× on the same data; ${(rate(full) / rate(naive)).toFixed(1)}× at full size`)
  await store.reset()
} finally {
  await store.close()
}
