// `kg ingest --bulk`: a first load of a large corpus into an empty Neo4j database with
// `neo4j-admin database import full`, far faster than transactions. The graph is built exactly as
// `kg ingest` builds it, in a scratch embedded store, and written as the csv export's neo4j-admin
// files with what only Neo4j keeps (relationship ids, evidence nodes); on the project's own server
// (scripts/neo4j.mjs) the server is stopped, the import run, the server started again and the schema
// applied: no store keeps an empty list (src/model), so the CSV carries the whole graph and nothing
// is written after the import. Another server is not ours to stop: the files are left in
// import/kg-bulk with the commands to load them there.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Neo4jSettings } from '../store/neo4j/index.js'
import { KgError, UsageError } from '../errors.js'
import { exportSubgraph } from '../export/index.js'
import { LocalServerState } from '../model/index.js'
import { Neo4jStore } from '../store/neo4j/index.js'
import { SqliteStore } from '../store/sqlite/index.js'
import type { GraphStore } from '../store/types.js'
import { ingestPaths, type IngestOptions, type IngestReport } from './ingest.js'

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SERVER_SCRIPT = path.join(PACKAGE_ROOT, 'scripts', 'neo4j.mjs')

/** The project's own server, when one runs and NEO4J_URI names its Bolt port on this machine. */
export function localServerFor(uri: string, env: NodeJS.ProcessEnv = process.env): LocalServerState | undefined {
  const file = path.join(path.resolve(env.KG_NEO4J_HOME ?? path.join(PACKAGE_ROOT, '.neo4j')), 'server.json')
  let state: LocalServerState
  try {
    const parsed = LocalServerState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
    if (!parsed.success) return undefined
    state = parsed.data
  } catch {
    return undefined
  }
  const target = new URL(uri)
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)
  if (!local || Number(target.port || 7687) !== state.bolt) return undefined
  try {
    process.kill(state.pid, 0)
  } catch {
    return undefined
  }
  return state
}

const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 }

/** `1m 2s 345ms` → seconds. */
const durationOf = (text: string): number => [...text.matchAll(/(\d+)(ms|h|m|s)\b/g)].reduce((total, [, n, unit]) => total + Number(n) * UNITS[unit!]!, 0)

/** `IMPORT DONE in 1m 2s 345ms.` → seconds. */
export function importSecondsOf(output: string): number | undefined {
  const done = /IMPORT DONE in ([^.\n]+)/.exec(output)
  return done ? durationOf(done[1]!) : undefined
}

/** `Imported:\n  180880 nodes` → the nodes neo4j-admin wrote (evidence nodes included). */
export function importedNodesOf(output: string): number | undefined {
  const imported = /^Imported:\s*\n\s*(\d+) nodes/m.exec(output)
  return imported ? Number(imported[1]) : undefined
}

/** `Relationship import COMPLETED in 3s 12ms` lines → each stage and its seconds. */
export function importStagesOf(output: string): { stage: string; seconds: number }[] {
  return [...output.matchAll(/^([A-Z][A-Za-z ]+?) COMPLETED in ([^\n]+)$/gm)].map(([, stage, time]) => ({ stage: stage!, seconds: durationOf(time!) }))
}

/** Seconds since it was made, or since its last call. */
function stopwatch(): () => number {
  let last = performance.now()
  return () => {
    const now = performance.now()
    const seconds = (now - last) / 1000
    last = now
    return seconds
  }
}

function runServerScript(args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, [SERVER_SCRIPT, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new KgError('STORE_FAILED', `node scripts/neo4j.mjs ${args.join(' ')} failed:\n${`${r.stdout}${r.stderr}`.trim().split('\n').slice(-12).join('\n')}`)
}

function remoteInstructions(csvDir: string, settings: Neo4jSettings): string[] {
  return [
    `${settings.uri} is not this project's own Neo4j (npm run neo4j:start), so kg cannot stop it to run neo4j-admin.`,
    `The graph is written for neo4j-admin in ${csvDir}; load it there, into an empty or expendable database (it is replaced), with the server stopped:`,
    '  with this project\'s docker-compose.yml (it mounts ./import at /import):',
    '    docker compose stop neo4j',
    `    docker compose run --rm neo4j sh /import/${path.basename(csvDir)}/import.sh ${settings.database}`,
    '    docker compose start neo4j && npx kg init',
    `  on another server: copy ${csvDir} there, run NEO4J_ADMIN=<its neo4j-admin> sh ${path.basename(csvDir)}/import.sh ${settings.database}, start it, then kg init`,
  ]
}

/** Refuses a database that holds anything: neo4j-admin would replace it. */
export async function checkEmpty(settings: Neo4jSettings): Promise<void> {
  const store = new Neo4jStore(settings)
  try {
    const stats = await store.stats()
    if (stats.nodes > 0) {
      throw new UsageError(
        `${store.describe()} holds ${stats.nodes} node(s) and ${stats.relationships} relationship(s): --bulk fills only an empty database, since neo4j-admin replaces it. Add to it with plain kg ingest (or empty it first with kg reset --yes)`,
      )
    }
  } finally {
    await store.close()
  }
}

/** What neo4j-admin loaded: the graph's size, its own time for the import, or the commands to run elsewhere. */
export interface BulkImport {
  nodes: number
  relationships: number
  /** Evidence nodes neo4j-admin wrote besides the graph's nodes (one per article and relationship). */
  evidence: number
  /** neo4j-admin's own time for the import, as it reports it (`IMPORT DONE in …`). */
  importSeconds: number
  /** Its stages (`Node import`, `Relationship import`, …) and their times, as it reports them. */
  stages: { stage: string; seconds: number }[]
  /**
   * Wall-clock seconds of the steps around it: writing the CSV, stopping the server, the whole
   * neo4j-admin run (its JVM start included), starting the server, and applying the schema. Zero
   * for the steps another server leaves to its user.
   */
  steps: { csv: number; stop: number; admin: number; start: number; after: number }
  /** Set when the server is not the project's own: where the files are, and what to run there. */
  instructions?: string[]
}

export type BulkReport = IngestReport & BulkImport

/**
 * Writes the graph a filled scratch store holds into the (checked empty) database with neo4j-admin:
 * on the project's own server here and now; for any other server, files and commands.
 */
export async function bulkImport(settings: Neo4jSettings, staging: GraphStore, env: NodeJS.ProcessEnv = process.env): Promise<BulkImport> {
  const server = localServerFor(settings.uri, env)
  // The script must address the server found, whatever ports this shell's environment names.
  const serverEnv = server ? { ...env, KG_NEO4J_BOLT_PORT: String(server.bolt), KG_NEO4J_HTTP_PORT: String(server.http), NEO4J_PASSWORD: settings.password } : env
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-csv-'))
  try {
    const csvDir = server ? path.join(scratch, 'csv') : path.resolve('import', 'kg-bulk')
    fs.mkdirSync(path.dirname(csvDir), { recursive: true })
    const clock = stopwatch()
    const written = await exportSubgraph(staging, { kind: 'all' }, 'csv', csvDir, { force: true, asStored: true })
    const size = { nodes: written.nodes, relationships: written.relationships }
    const csv = clock()
    if (!server) return { ...size, evidence: 0, importSeconds: 0, stages: [], steps: { csv, stop: 0, admin: 0, start: 0, after: 0 }, instructions: remoteInstructions(csvDir, settings) }

    const admin = path.join(scratch, 'neo4j-admin')
    fs.writeFileSync(admin, `#!/bin/sh\nexec "${process.execPath}" "${SERVER_SCRIPT}" admin "$@"\n`, { mode: 0o755 })
    runServerScript(['stop'], serverEnv)
    const stop = clock()
    const r = spawnSync('sh', [path.join(csvDir, 'import.sh'), settings.database], { encoding: 'utf8', cwd: scratch, env: { ...serverEnv, NEO4J_ADMIN: admin }, maxBuffer: 1 << 26 })
    const wall = clock()
    const output = `${r.stdout}${r.stderr}`
    // Whatever the import did, the server goes back up: the user's other databases live there too.
    runServerScript(['start'], serverEnv)
    const start = clock()
    if (r.status !== 0) throw new KgError('STORE_FAILED', `neo4j-admin database import failed:\n${output.trim().split('\n').slice(-15).join('\n')}`)
    const target = new Neo4jStore(settings)
    try {
      await target.init()
    } finally {
      await target.close()
    }
    const evidence = (importedNodesOf(output) ?? size.nodes) - size.nodes
    return { ...size, evidence, importSeconds: importSecondsOf(output) ?? wall, stages: importStagesOf(output), steps: { csv, stop, admin: wall, start, after: clock() } }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

export async function bulkIngest(settings: Neo4jSettings, paths: readonly string[], options: IngestOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<BulkReport> {
  await checkEmpty(settings)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-'))
  const staging = new SqliteStore(scratch)
  try {
    const ingest = await ingestPaths(staging, paths, options)
    return { ...ingest, ...(await bulkImport(settings, staging, env)) }
  } finally {
    await staging.close()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
