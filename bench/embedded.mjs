// The embedded (SQLite) store on a large archive: `kg ingest` of about 100 MB of generated articles
// (seed variants, each file made unique), its time and peak memory, then `kg status`, `kg export`
// and `kg serve` on the result. Prints figures beside the targets; asserts nothing. Peak memory
// comes from GNU time (/usr/bin/time), when there is one.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedVariants } from './corpus.mjs'

const MB = Number(process.env.KG_BENCH_EMBEDDED_MB ?? 100)
const TARGET_RSS_MB = 1536
const root = path.resolve(import.meta.dirname, '..')
const kg = path.join(root, 'bin/kg.js')
const timed = fs.existsSync('/usr/bin/time')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-embedded-'))
const corpus = path.join(work, 'corpus')
const env = { ...process.env, KG_DATA_DIR: path.join(work, 'data') }
delete env.NEO4J_URI

/** Runs `kg …` and returns its output, seconds and (with GNU time) peak RSS in MB. */
function run(args) {
  const t = performance.now()
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, kg, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, [kg, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = (performance.now() - t) / 1000
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr ?? '')
  if (r.status !== 0) throw new Error(`kg ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(0, 2000)}`)
  return { stdout: r.stdout, seconds, rssMb: rss ? Number(rss[1]) / 1024 : undefined }
}

const rss = (r) => (r.rssMb === undefined ? 'peak RSS not measured (no /usr/bin/time)' : `peak RSS ${r.rssMb.toFixed(0)} MB`)

// Files of about 14 kB in folders of 500, as an archive of newspaper pages would be.
const sources = seedVariants(MB * 1024 * 1024)
sources.forEach((s, i) => {
  const folder = path.join(corpus, String(Math.floor(i / 500)).padStart(3, '0'))
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, s.name), s.text.replace(/。\n/g, `。（稿${i}）\n`))
})
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0)
console.log(`corpus: ${sources.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`)

const ingest = run(['ingest', corpus])
console.log(`kg ingest: ${ingest.stdout.trim()}`)
console.log(`  ${ingest.seconds.toFixed(1)} s, ${(bytes / 1024 / 1024 / ingest.seconds).toFixed(2)} MB/s, ${rss(ingest)} (target ≤ ${TARGET_RSS_MB} MB)`)
const db = path.join(env.KG_DATA_DIR, 'graph.db')
console.log(`  graph.db: ${(fs.statSync(db).size / 1024 / 1024).toFixed(0)} MB`)

const status = run(['status', '--json'])
const stats = JSON.parse(status.stdout)
console.log(`kg status: ${stats.articles} articles, ${stats.nodes} nodes, ${stats.relationships} relationships in ${status.seconds.toFixed(1)} s, ${rss(status)}`)

const exported = run(['export', '--all', '-o', path.join(work, 'all.jsonl')])
console.log(`kg export --all (jsonl): ${exported.stdout.trim()} in ${exported.seconds.toFixed(1)} s, ${rss(exported)}`)

const server = spawn(process.execPath, [kg, 'serve', '--port', '0'], { cwd: root, env })
const url = await new Promise((resolve, reject) => {
  let out = ''
  server.stdout.on('data', (d) => {
    out += d
    const m = /kg viewer on (http:\/\/[^/]+)\//.exec(out)
    if (m) resolve(m[1])
  })
  server.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)))
})
for (const p of ['/api/stats', '/api/overview?cap=500', '/api/search?q=派出所']) {
  const t = performance.now()
  const r = await fetch(`${url}${p}`)
  await r.arrayBuffer()
  console.log(`kg serve ${p}: ${r.status} in ${(performance.now() - t).toFixed(0)} ms`)
}
server.kill('SIGTERM')
fs.rmSync(work, { recursive: true, force: true })
