// `npm run bench`: every benchmark in turn (extraction, load into Neo4j, viewer, export, the embedded
// store on a large archive, the API under load), figures printed. Run `npm run build` first; the load,
// export and neighbourhood benchmarks need Neo4j (NEO4J_URI or `npm run neo4j:start`).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const only = process.argv.slice(2)
const benches = ['extract', 'load', 'viewer', 'export', 'embedded', 'neighbourhood'].filter((b) => only.length === 0 || only.includes(b))
let failed = 0
for (const b of benches) {
  const file = new URL(`./${b}.mjs`, import.meta.url)
  if (!fs.existsSync(file)) {
    console.error(`bench: ${b}.mjs is missing`)
    failed++
    continue
  }
  console.log(`\n== ${b}`)
  const r = spawnSync(process.execPath, [file.pathname], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
