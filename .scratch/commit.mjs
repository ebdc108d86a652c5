import { assembleArticle } from '/work/main/dist/resolve/assemble.js'
import { Neo4jStore } from '/work/main/dist/store/neo4j/index.js'
import { syntheticExtractions } from '/work/main/bench/corpus.mjs'
const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kgpassword123', database: 'neo4j' })
let inRun = 0, inWork = 0
const origWrite = Object.getPrototypeOf(store).write
Object.getPrototypeOf(store).write = function (work) {
  return origWrite.call(this, async (tx) => {
    const run = tx.run.bind(tx)
    tx.run = async (q, p) => { const t = performance.now(); const r = await run(q, p); inRun += performance.now() - t; return r }
    const t = performance.now(); const r = await work(tx); inWork += performance.now() - t; return r
  })
}
const contributions = syntheticExtractions(3000).map(assembleArticle)
await store.reset(); await store.init()
const t0 = performance.now()
for (let i = 0; i < contributions.length; i += 500) await store.apply(contributions.slice(i, i + 500))
const total = performance.now() - t0
console.log('total', (total/1000).toFixed(1), 'queries', (inRun/1000).toFixed(1), 'work (queries+js)', (inWork/1000).toFixed(1), 'commit+session', ((total-inWork)/1000).toFixed(1))
await store.close()
