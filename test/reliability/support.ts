// Shared by the reliability tests: the real `kg` run as a background process (several at once),
// a small corpus on disk, and a store's whole content reduced to counts and one checksum.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GraphStore } from '../../src/store/types.js'
import { snapshot } from '../store/contract.js'
import { repoRoot, type CliResult } from '../support/cli.js'
import type { Neo4jTestSettings } from '../support/neo4j.js'
// @ts-expect-error plain ESM module shared with the benchmarks
import { seedVariants } from '../../bench/corpus.mjs'

export const tmpDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `kg-rel-${prefix}-`))

export interface Running {
  pid: number
  done: Promise<CliResult>
}

/** `kg …` in its own process, without waiting for it, so several can run at once. */
export function kgStart(args: readonly string[], env: NodeJS.ProcessEnv = {}): Running {
  if (!fs.existsSync(path.join(repoRoot, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first')
  const base = { ...process.env }
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'KG_DATA_DIR', 'KG_LEXICONS']) delete base[k]
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/kg.js'), ...args], { cwd: repoRoot, env: { ...base, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()))
  const done = new Promise<CliResult>((resolve) => child.once('close', (code, signal) => resolve({ status: code ?? (signal ? -1 : 0), stdout, stderr })))
  return { pid: child.pid!, done }
}

export const kgRun = (args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => kgStart(args, env).done

export const neo4jEnv = (s: Neo4jTestSettings): NodeJS.ProcessEnv => ({ NEO4J_URI: s.uri, NEO4J_USER: s.user, NEO4J_PASSWORD: s.password, NEO4J_DATABASE: s.database })

/**
 * A corpus of `files` seed variants in two folders, `a/` and `b/`, taking turns, so the halves share
 * places, units and campaigns and their writes meet on the same edges. Every line ending a sentence
 * gets the file's number, so no article's text is the same as another's (some seed articles name
 * nothing that the variants change).
 */
export function writeCorpus(files: number): string {
  const root = tmpDir('corpus')
  fs.mkdirSync(path.join(root, 'a'))
  fs.mkdirSync(path.join(root, 'b'))
  const sources = (seedVariants(files * 20_000) as { name: string; text: string }[]).slice(0, files)
  sources.forEach((s, i) => fs.writeFileSync(path.join(root, i % 2 === 0 ? 'a' : 'b', s.name), s.text.replace(/。\n/g, `。（稿${i}）\n`)))
  return root
}

export interface Digest {
  nodes: number
  relationships: number
  articles: number
  /** sha256 of every node and relationship with all properties, sorted. */
  checksum: string
}

export async function digest(store: GraphStore): Promise<Digest> {
  const all = await snapshot(store)
  const stats = await store.stats()
  return {
    nodes: all.nodes.length,
    relationships: all.edges.length,
    articles: stats.articles,
    checksum: createHash('sha256').update(JSON.stringify(all)).digest('hex'),
  }
}
