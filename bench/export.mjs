// Export of the 10,000-article synthetic graph (the load benchmark's: about 60k nodes, 188k
// relationships) from the local Neo4j in every format, each in its own process: time and peak
// memory beside the targets (≤ 500 MB; the Cypher script loads in under 60 s). Then the Cypher
// script is loaded back into the emptied database as cypher-shell runs it (`:param`, then the
// statement). Takes the Neo4j test lock, as the tests do, since it empties the database.
// Needs `npm run build` and a Neo4j (NEO4J_URI or `npm run neo4j:start`). Prints; asserts nothing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import neo4j from 'neo4j-driver'
import { runScript } from '../dist/export/formats/cypher.js'
import { EXPORT_FORMATS } from '../dist/export/index.js'
import { assembleArticle } from '../dist/resolve/assemble.js'
import { Neo4jStore } from '../dist/store/neo4j/index.js'
import { syntheticExtractions } from './corpus.mjs'

const ARTICLES = Number(process.env.KG_BENCH_ARTICLES ?? 10_000)
const FORMATS = (process.env.KG_BENCH_FORMATS ?? EXPORT_FORMATS.join(',')).split(',')
const PEAK_TARGET_MB = 500
const CYPHER_LOAD_TARGET_S = 60
const EXTENSION = { json: 'json', gexf: 'gexf', graphml: 'graphml', 'node-link': 'nodelink.json', csv: 'csv', xlsx: 'xlsx', cypher: 'cypher', jsonl: 'jsonl' }
const LOCK = path.join(os.tmpdir(), 'kg-test-neo4j.lock')

const settings = {
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'kgpassword123',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
}
const fmt = (n) => Math.round(n).toLocaleString('en-US')

async function lock() {
  for (let waited = 0; ; waited += 1000) {
    try {
      fs.mkdirSync(LOCK)
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid))
      return () => fs.rmSync(LOCK, { recursive: true, force: true })
    } catch {
      if (waited % 30_000 === 0) console.log('export: waiting for the Neo4j test lock…')
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
}

async function load(store) {
  const t = performance.now()
  const contributions = syntheticExtractions(ARTICLES).map(assembleArticle)
  await store.reset()
  await store.init()
  for (let i = 0; i < contributions.length; i += 500) await store.apply(contributions.slice(i, i + 500))
  const stats = await store.stats()
  console.log(`export: ${ARTICLES} synthetic articles loaded into Neo4j in ${((performance.now() - t) / 1000).toFixed(1)} s: ${fmt(stats.nodes)} nodes, ${fmt(stats.relationships)} relationships`)
  return stats
}

function exportOne(format, dir) {
  const target = path.join(dir, `all.${EXTENSION[format]}`)
  const r = spawnSync(process.execPath, [new URL('./export-one.mjs', import.meta.url).pathname, format, target], { encoding: 'utf8', env: process.env })
  if (r.status !== 0) return { format, error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') }
  return { format, target, ...JSON.parse(r.stdout.trim().split('\n').pop()) }
}

async function loadScript(store, file) {
  await store.reset()
  await store.init()
  const session = store.driver.session({ database: settings.database })
  try {
    const t = performance.now()
    const statements = await runScript(fs.readFileSync(file, 'utf8'), (query, parameters) => session.run(query, parameters), (digits) => neo4j.int(digits))
    const seconds = (performance.now() - t) / 1000
    return { seconds, statements, stats: await store.stats() }
  } finally {
    await session.close()
  }
}

const release = await lock()
const store = new Neo4jStore(settings)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-export-'))
try {
  const stats = await load(store)
  const results = []
  for (const format of FORMATS) {
    const r = exportOne(format, dir)
    results.push(r)
    if (r.error) console.log(`export: ${format.padEnd(9)} FAILED: ${r.error}`)
    else
      console.log(
        `export: ${format.padEnd(9)} ${r.seconds.toFixed(1).padStart(6)} s, peak ${fmt(r.peakMB).padStart(5)} MB (target ≤ ${PEAK_TARGET_MB}: ${r.peakMB <= PEAK_TARGET_MB ? 'met' : 'MISSED'}), ${(r.bytes / 1024 / 1024).toFixed(1)} MB written`,
      )
  }
  const cypher = results.find((r) => r.format === 'cypher' && !r.error)
  if (cypher) {
    const l = await loadScript(store, cypher.target)
    const same = l.stats.nodes === stats.nodes && l.stats.relationships === stats.relationships
    console.log(
      `export: cypher script loaded back as cypher-shell runs it (${fmt(l.statements)} statements, $rows parameters): ${l.seconds.toFixed(1)} s = ${fmt((l.stats.nodes + l.stats.relationships) / l.seconds)} rows/s (target < ${CYPHER_LOAD_TARGET_S} s: ${l.seconds < CYPHER_LOAD_TARGET_S ? 'met' : 'MISSED'}); ${same ? 'same counts as exported' : `counts differ: ${fmt(l.stats.nodes)} nodes, ${fmt(l.stats.relationships)} relationships`}`,
    )
  }
} finally {
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
  release()
}
