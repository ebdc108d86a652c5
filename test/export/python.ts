// Readers we did not write: networkx (GEXF, GraphML, node-link JSON) and openpyxl (xlsx), in the
// virtual environment scripts/python-env.sh creates (`.ci/run` runs it first; here it runs again
// and returns at once when the environment is there). No Python is a failure saying how to get it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const venvPython = path.join(root, '.venv-export/bin/python')

export function ensurePython(): void {
  const r = spawnSync('bash', [path.join(root, 'scripts/python-env.sh')], { cwd: root, encoding: 'utf8', timeout: 600_000 })
  if (r.status !== 0) {
    throw new Error(
      `The export tests read the files with networkx and openpyxl, and scripts/python-env.sh could not set them up (${(r.stderr || r.error?.message || '').trim()}). ` +
        'Install Python 3 with venv and pip (Debian/Ubuntu: sudo apt-get install python3 python3-venv), then run `bash scripts/python-env.sh`.',
    )
  }
}

/** Runs `code` with `args` in sys.argv[1:]; the script prints one JSON value, returned here. */
export function python<T = unknown>(code: string, ...args: string[]): T {
  const r = spawnSync(venvPython, ['-c', code, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr || r.error?.message}`)
  return JSON.parse(r.stdout) as T
}
