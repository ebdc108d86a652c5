// The API under load: a generated graph of at least 25,000 nodes in Neo4j (and the same graph in the
// SQLite embedded store), `kg serve` on each, and 20 clients asking for neighbourhoods of random
// entities (hubs included) for 20 s. Prints requests/s and latency beside the targets; asserts
// nothing. Needs a Neo4j (NEO4J_URI, or the local server); it empties that database, so it takes the
// lock the tests take.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { assembleArticle } from '../dist/resolve/assemble.js'
import { Neo4jStore } from '../dist/store/neo4j/index.js'
import { SqliteStore } from '../dist/store/sqlite/index.js'
import { random, syntheticExtractions } from './corpus.mjs'

const NODES = Number(process.env.KG_BENCH_NODES ?? 25_000)
const CLIENTS = Number(process.env.KG_BENCH_CLIENTS ?? 20)
const SECONDS = Number(process.env.KG_BENCH_SECONDS ?? 20)
const TARGET = { rps: 50, p99: 1000 }
const root = path.resolve(import.meta.dirname, '..')
const settings = {
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'kgpassword123',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
}

// The tests' lock on the shared database (test/support/neo4j.ts), so a test run is not emptied under it.
const LOCK = path.join(os.tmpdir(), 'kg-test-neo4j.lock')
function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function lockDatabase() {
  for (;;) {
    try {
      fs.mkdirSync(LOCK)
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid))
      return
    } catch {
      const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' })) || 0
      if (pid && !alive(pid)) fs.rmSync(LOCK, { recursive: true, force: true })
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

/** Articles in batches until the graph holds `NODES` nodes. */
async function fill(store) {
  const articles = syntheticExtractions(20_000).map(assembleArticle)
  for (let i = 0; i < articles.length; i += 500) {
    await store.apply(articles.slice(i, i + 500))
    if ((await store.stats()).nodes >= NODES) return i + 500
  }
  return articles.length
}

function serve(env) {
  const child = spawn(process.execPath, [path.join(root, 'bin/kg.js'), 'serve', '--port', '0'], { cwd: root, env: { ...process.env, ...env } })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /kg viewer on (http:\/\/[^/]+)\//.exec(out)
      if (m) resolve({ url: m[1], stop: () => child.kill('SIGTERM') })
    })
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)))
  })
}

async function load(url, ids) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })
  const get = (p) =>
    new Promise((resolve, reject) => {
      http.get(`${url}${p}`, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
      }).on('error', reject)
    })
  const rnd = random(7)
  const latencies = []
  let failures = 0
  const end = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const id = ids[Math.floor(rnd() * ids.length)]
        const t = performance.now()
        const status = await get(`/api/neighbourhood?ids=${encodeURIComponent(id)}`)
        latencies.push(performance.now() - t)
        if (status !== 200) failures++
      }
    }),
  )
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
  return { requests: latencies.length, rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), failures }
}

function report(name, r) {
  const ok = r.rps >= TARGET.rps && r.p99 <= TARGET.p99
  console.log(
    `${name}: ${r.requests} requests in ${SECONDS} s from ${CLIENTS} clients: ${r.rps.toFixed(1)} requests/s (target ≥ ${TARGET.rps}), ` +
      `p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms (target ≤ ${TARGET.p99}), ${r.failures} failed; ${ok ? 'meets' : 'misses'} the target`,
  )
}

await lockDatabase()
try {
  const neo = new Neo4jStore(settings)
  await neo.reset()
  await neo.init()
  let t = performance.now()
  const articles = await fill(neo)
  const stats = await neo.stats()
  console.log(`graph: ${articles} generated articles, ${stats.nodes} nodes, ${stats.relationships} relationships (${stats.types.MENTIONS ?? 0} MENTIONS), loaded into Neo4j in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  // Entities picked at random, the most connected (the hubs whose MENTIONS used to be fetched) among them.
  const ids = (await neo.topNodes(5000)).map((n) => n.id)
  await neo.close()

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'))
  const sqlite = new SqliteStore(dir)
  t = performance.now()
  const contributions = syntheticExtractions(20_000).map(assembleArticle).slice(0, articles)
  for (let i = 0; i < contributions.length; i += 500) await sqlite.apply(contributions.slice(i, i + 500))
  await sqlite.close()
  console.log(`the same graph into the SQLite embedded store in ${((performance.now() - t) / 1000).toFixed(1)} s`)

  for (const [name, env] of [
    ['neo4j', { NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database }],
    ['embedded (SQLite)', { NEO4J_URI: '', KG_DATA_DIR: dir }],
  ]) {
    const server = await serve(env)
    try {
      report(name, await load(server.url, ids))
    } finally {
      server.stop()
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
} finally {
  fs.rmSync(LOCK, { recursive: true, force: true })
}
