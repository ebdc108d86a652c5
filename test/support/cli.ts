// Runs the real `kg` binary (bin/kg.js over the built dist/) as a user would.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

/** `input` is written to the command's stdin. */
export function kg(args: readonly string[], env: NodeJS.ProcessEnv = {}, input?: string): CliResult {
  if (!fs.existsSync(path.join(repoRoot, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm ci does it)')
  const base = { ...process.env }
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'KG_DATA_DIR', 'KG_LEXICONS']) delete base[k]
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/kg.js'), ...args], {
    cwd: repoRoot,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}
