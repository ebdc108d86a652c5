// `kg serve` as a user runs it: the built binary on an embedded store serves the viewer and the API,
// says where, and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { repoRoot } from '../support/cli.js'
import { seedContributions } from './seed-graph.js'

let dataDir: string
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'))
  const store = new SqliteStore(dataDir)
  await store.apply(seedContributions())
  await store.close()
})
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

it('serves the viewer and the API of the configured store until SIGTERM', async () => {
  expect(fs.existsSync(path.join(repoRoot, 'dist/cli/main.js')), 'dist/ is missing: run `npm run build`').toBe(true)
  const env = { ...process.env, KG_DATA_DIR: dataDir }
  delete env.NEO4J_URI
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/kg.js'), 'serve', '--port', '0'], { cwd: repoRoot, env })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString()
        const m = /kg viewer on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)
        if (m) resolve(m[1]!)
      })
      void exited.then((code) => reject(new Error(`kg serve exited with ${code} before listening: ${stderr}`)))
    })
    expect(stdout).toContain(`(store: embedded ${path.join(dataDir, 'graph.db')})`)

    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number }
    const own = new SqliteStore(dataDir)
    expect(stats).toEqual(await own.stats())
    await own.close()
    const page = await fetch(`${url}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('id="stage"')
    const script = /<script[^>]+src="\.\/([^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeTruthy()
    const code = await fetch(`${url}/${script}`)
    expect(code.status).toBe(200)
    expect(code.headers.get('content-type')).toContain('javascript')
  } finally {
    child.kill('SIGTERM')
  }
  expect(await exited).toBe(0)
  expect(stderr).toBe('')
})
