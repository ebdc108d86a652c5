import { assembleArticle } from '/work/main/dist/resolve/assemble.js'
import { Neo4jStore } from '/work/main/dist/store/neo4j/index.js'
import { syntheticExtractions } from '/work/main/bench/corpus.mjs'
const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:' + (process.env.PORT ?? '7687') + '', user: 'neo4j', password: 'kgpassword123', database: 'neo4j' })
const B = Number(process.env.B ?? 500)
const timings = new Map()
const origWrite = Object.getPrototypeOf(store).write
Object.getPrototypeOf(store).write = function (work) {
  return origWrite.call(this, async (tx) => {
    const run = tx.run.bind(tx)
    tx.run = async (q, p) => { const t = performance.now(); const r = await run(q, p); const k = q.replace(/\s+/g, ' ').replace(/.*MATCH \(s\)-\[r:(\w+)\]->\(t\)(.{0,12}).*/, 'EDGE $1 $2').slice(0, 90); timings.set(k, (timings.get(k) ?? 0) + performance.now() - t); return r }
    return work(tx)
  })
}
const contributions = syntheticExtractions(Number(process.env.N ?? 3000)).map(assembleArticle)
await store.reset(); await store.init()
const t0 = performance.now()
for (let i = 0; i < contributions.length; i += B) { const t = performance.now(); await store.apply(contributions.slice(i, i + B)); console.log('batch', i, ((performance.now() - t)/1000).toFixed(2), 's') }
console.log('total', ((performance.now() - t0) / 1000).toFixed(1))
console.log([...timings.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => (v / 1000).toFixed(2) + 's ' + k).join('\n'))
await store.close()
