import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path'
import { Neo4jStore } from '/work/main/dist/store/neo4j/index.js'
import { ingestPaths } from '/work/main/dist/load/ingest.js'
import { seedVariants } from '/work/main/bench/corpus.mjs'
const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kgpassword123', database: 'neo4j' })
const timings = new Map(); let inRun = 0
const origWrite = Object.getPrototypeOf(store).write
Object.getPrototypeOf(store).write = function (work) {
  return origWrite.call(this, async (tx) => {
    const run = tx.run.bind(tx)
    tx.run = async (q, p) => { const t = performance.now(); const r = await run(q, p); const d = performance.now() - t; inRun += d; const k = q.replace(/\s+/g, ' ').replace(/.*CALL \(s, t, row\) \{ MATCH \(s\)-\[r:(\w+)\]->\(t\)(.{0,12}).*/, 'EDGE $1 $2').slice(0, 100); timings.set(k, (timings.get(k) ?? 0) + d); return r }
    return work(tx)
  })
}
let inApply = 0; const origApply = store.apply.bind(store); store.apply = async (b) => { const t = performance.now(); try { return await origApply(b) } finally { inApply += performance.now() - t; console.log('apply', b.length, ((performance.now() - t)/1000).toFixed(2)) } }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ip-'))
for (const s of seedVariants(4 * 1024 * 1024)) fs.writeFileSync(path.join(dir, s.name), s.text)
await store.reset()
const rep = await ingestPaths(store, [dir])
console.log('ingest', rep.seconds.toFixed(1), 's; in apply', (inApply/1000).toFixed(1), 's; in queries', (inRun / 1000).toFixed(1), 's', JSON.stringify(await store.stats()).slice(0, 300))
console.log([...timings.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => (v / 1000).toFixed(2) + 's ' + k).join('\n'))
await store.close()
