// One export of the whole graph in one format, in its own process so its peak memory is its own:
// prints {seconds, peakMB, nodes, relationships, bytes} as JSON. Used by bench/export.mjs.
import fs from 'node:fs'
import path from 'node:path'
import { exportSubgraph } from '../dist/export/index.js'
import { Neo4jStore } from '../dist/store/neo4j/index.js'

const [format, target] = process.argv.slice(2)
const store = new Neo4jStore({
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'kgpassword123',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
})
const size = (p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).reduce((sum, f) => sum + fs.statSync(path.join(p, f)).size, 0) : fs.statSync(p).size)
try {
  const t = performance.now()
  const summary = await exportSubgraph(store, { kind: 'all' }, format, target)
  const seconds = (performance.now() - t) / 1000
  const peakMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ seconds, peakMB, nodes: summary.nodes, relationships: summary.relationships, bytes: size(target) }))
} finally {
  await store.close()
}
