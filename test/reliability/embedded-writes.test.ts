// The embedded stores under several writers and crashes. SQLite (the default): a second writer
// waits for the first (or, past its wait, fails naming the file), and a killed ingest leaves a valid
// store that a re-run completes. The in-memory store (graph.json): a second writer queues behind the
// lock file, and a dead writer's lock and half-written copy do not outlive it.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { withLock } from '../../src/store/embedded/lock.js'
import { chengduArticles } from '../support/articles.js'
import { repoRoot } from '../support/cli.js'
import { digest, kgRun, kgStart, tmpDir, writeCorpus } from './support.js'

const [first, second] = chengduArticles.map(assembleArticle)

/** The id of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(r.stdout)
}

it('a writer holding an older copy of the graph adds to what another writer stored since, never overwrites it', async () => {
  const dir = tmpDir('two-writers')
  const a = new EmbeddedStore(dir)
  const b = new EmbeddedStore(dir)
  await a.stats()
  await b.apply([first!])
  await a.apply([second!])
  expect((await new EmbeddedStore(dir).stats()).articles).toBe(2)
  expect((await b.stats()).articles).toBe(2)
})

it('a second writer waits while the lock is held, then writes', async () => {
  const dir = tmpDir('wait')
  const store = new EmbeddedStore(dir)
  const lock = path.join(dir, 'graph.json.lock')
  let released = false
  let holding!: () => void
  const held = withLock(lock, () => new Promise<void>((resolve) => (holding = resolve)))
  await new Promise((r) => setTimeout(r, 50))
  const write = store.apply([first!]).then((result) => ({ result, released }))
  await new Promise((r) => setTimeout(r, 300))
  expect(fs.existsSync(path.join(dir, 'graph.json'))).toBe(false)
  released = true
  holding()
  await held
  const { result, released: afterRelease } = await write
  expect(afterRelease).toBe(true)
  expect(result.articles).toBe(1)
  expect(fs.existsSync(lock)).toBe(false)
})

it('past its wait a writer fails naming the lock, and the store is as it was', async () => {
  const dir = tmpDir('locked')
  const store = new EmbeddedStore(dir, { lock: { timeoutMs: 200, pollMs: 20 } })
  await store.apply([first!])
  const before = fs.readFileSync(path.join(dir, 'graph.json'))
  const lock = path.join(dir, 'graph.json.lock')
  // A live process holds it: this one.
  fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since: Date.now() }))
  const failure = await store.apply([second!]).catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).code).toBe('STORE_LOCKED')
  expect((failure as StoreError).message).toContain(lock)
  expect((failure as StoreError).message).toContain(`process ${process.pid}`)
  expect(fs.readFileSync(path.join(dir, 'graph.json'))).toEqual(before)
  fs.rmSync(lock)
})

it("takes over a dead writer's lock and removes its half-written copy", async () => {
  const dir = tmpDir('dead')
  const store = new EmbeddedStore(dir, { lock: { timeoutMs: 200, pollMs: 20 } })
  await store.apply([first!])
  const pid = deadPid()
  const lock = path.join(dir, 'graph.json.lock')
  const temp = path.join(dir, `graph.json.${pid}.tmp`)
  fs.writeFileSync(lock, JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: Date.now() }))
  fs.writeFileSync(temp, '{"format":"kg-embedded-graph","version":1,"graph":{"nodes":[')
  await new EmbeddedStore(dir).stats()
  expect(fs.existsSync(temp)).toBe(false)
  expect((await store.apply([second!])).articles).toBe(1)
  expect(fs.existsSync(lock)).toBe(false)
  expect((await new EmbeddedStore(dir).stats()).articles).toBe(2)
})

/**
 * Another process that holds SQLite's write lock on the store until told to let go, at once or
 * after a delay of its own (a writer waiting in this process blocks its event loop).
 */
async function holdWriteLock(file: string): Promise<{ release: (afterMs?: number) => Promise<void> }> {
  const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.exec('BEGIN IMMEDIATE');
    process.stdout.write('held'); process.stdin.once('data', (d) => setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0) }, Number(String(d))))`
  const child = spawn(process.execPath, ['-e', script, file], { cwd: repoRoot })
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    release: (afterMs = 0) => {
      child.stdin.write(`${afterMs}\n`)
      return exited
    },
  }
}

it('on SQLite a writer fails past its wait naming the store, which is as it was', async () => {
  const dir = tmpDir('sqlite-locked')
  const store = new SqliteStore(dir, { busyTimeoutMs: 200 })
  await store.apply([first!])
  const holder = await holdWriteLock(path.join(dir, 'graph.db'))
  const failure = await store.apply([second!]).catch((e: unknown) => e)
  await holder.release()
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).code).toBe('STORE_LOCKED')
  expect((failure as StoreError).message).toContain(path.join(dir, 'graph.db'))
  expect((await store.stats()).articles).toBe(1)
})

it('on SQLite a second writer waits for the first, then writes on top of it', async () => {
  const dir = tmpDir('sqlite-wait')
  const store = new SqliteStore(dir)
  await store.init()
  const holder = await holdWriteLock(path.join(dir, 'graph.db'))
  const released = holder.release(300)
  expect((await store.apply([first!])).articles).toBe(1)
  await released
  expect((await new SqliteStore(dir).apply([second!])).articles).toBe(1)
  expect((await store.stats()).articles).toBe(2)
})

it('kill -9 in the middle of an ingest leaves a valid store, and a re-run completes it', async () => {
  const corpus = writeCorpus(16)
  const clean = tmpDir('clean')
  expect((await kgRun(['ingest', corpus], { KG_DATA_DIR: clean })).status).toBe(0)
  const complete = await digest(new SqliteStore(clean))
  const dir = tmpDir('killed')
  const ingest = kgStart(['ingest', '--batch-size', '1', corpus], { KG_DATA_DIR: dir })
  const stored = async () => (fs.existsSync(path.join(dir, 'graph.db')) ? (await new SqliteStore(dir).stats()).articles : 0)
  // Killed as soon as something is stored: later batches are still to come.
  for (let i = 0; (await stored()) === 0 && i < 6000; i++) await new Promise((r) => setTimeout(r, 5))
  process.kill(ingest.pid, 'SIGKILL')
  expect((await ingest.done).status).toBe(-1)
  const partial = await kgRun(['status', '--json'], { KG_DATA_DIR: dir })
  expect(partial.stderr).toBe('')
  expect(JSON.parse(partial.stdout).articles).toBeLessThan(complete.articles)
  const rerun = await kgRun(['ingest', corpus], { KG_DATA_DIR: dir })
  expect(rerun.stderr).toBe('')
  expect(rerun.status).toBe(0)
  expect(await digest(new SqliteStore(dir))).toEqual(complete)
})
