import { assembleArticle } from '/work/main/dist/resolve/assemble.js'
import { Neo4jStore } from '/work/main/dist/store/neo4j/index.js'
import { syntheticExtractions } from '/work/main/bench/corpus.mjs'
const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kgpassword123', database: 'neo4j' })
const N = Number(process.env.N ?? 6000), B = Number(process.env.B ?? 500), C = Number(process.env.C ?? 2)
const contributions = syntheticExtractions(N).map(assembleArticle)
await store.reset(); await store.init(); for (const ix of (process.env.DROP ?? '').split(',').filter(Boolean)) await store.driver.executeQuery('DROP INDEX ' + ix + ' IF EXISTS')
const t0 = performance.now()
let next = 0
await Promise.all(Array.from({ length: C }, async () => { while (next < contributions.length) { const i = next; next += B; await store.apply(contributions.slice(i, i + B)) } }))
const sec = (performance.now() - t0) / 1000
const s = await store.stats()
console.log(`C=${C} B=${B}: ${s.relationships} rels in ${sec.toFixed(1)} s = ${Math.round(s.relationships / sec)}/s, nodes ${s.nodes}`)
await store.close()
