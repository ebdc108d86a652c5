import { assembleArticle } from '/work/main/dist/resolve/assemble.js'
import { Neo4jStore } from '/work/main/dist/store/neo4j/index.js'
import { syntheticExtractions } from '/work/main/bench/corpus.mjs'
const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kgpassword123', database: 'neo4j' })
const B = 500
let profileBatch = Number(process.env.PB ?? 4), batchNo = 0
const origWrite = Object.getPrototypeOf(store).write
const out = []
Object.getPrototypeOf(store).write = function (work) {
  return origWrite.call(this, async (tx) => {
    const run = tx.run.bind(tx)
    if (batchNo === profileBatch) tx.run = async (q, p) => {
      const t = performance.now(); const r = await run('PROFILE ' + q, p); const ms = performance.now() - t
      const lines = []
      const walk = (pl, d = 0) => { lines.push(' '.repeat(d) + pl.operatorType + ' rows=' + pl.rows + ' hits=' + pl.dbHits + ' ' + String(pl.arguments.Details ?? '').slice(0, 90)); for (const c of pl.children) walk(c, d + 1) }
      walk(r.summary.profile)
      out.push([ms, q.replace(/\s+/g, ' ').slice(0, 120), lines.join('\n')])
      return r
    }
    return work(tx)
  })
}
const contributions = syntheticExtractions(3000).map(assembleArticle)
await store.reset(); await store.init()
for (let i = 0; i < contributions.length; i += B) { await store.apply(contributions.slice(i, i + B)); batchNo++ }
out.sort((a, b) => b[0] - a[0])
for (const [ms, q, plan] of out.slice(0, 10)) console.log(`=== ${ms.toFixed(0)} ms ${q}\n${plan}`)
await store.close()
