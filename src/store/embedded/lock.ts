// A lock file beside the embedded store's graph, held while one process writes it: a second writer
// waits for the first instead of overwriting its work with a graph read before that work was done.
// A lock whose process is gone (killed mid-write) is taken over, so a crash never blocks the store.
import fs from 'node:fs'
import os from 'node:os'
import { z } from 'zod'
import { StoreError } from '../../errors.js'

const Holder = z.object({ pid: z.number().int(), host: z.string(), since: z.number() })
type Holder = z.infer<typeof Holder>

export interface LockOptions {
  /** How long to wait for another writer before giving up. */
  timeoutMs: number
  pollMs: number
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { timeoutMs: 10 * 60_000, pollMs: 100 }

/** Whether a process of this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(lock: string): Holder | undefined {
  try {
    return Holder.parse(JSON.parse(fs.readFileSync(lock, 'utf8')))
  } catch {
    return undefined
  }
}

const isStale = (holder: Holder): boolean => holder.host === os.hostname() && !processAlive(holder.pid)

/**
 * Removes a dead process's lock. It is first renamed to a name of our own, so two waiters that both
 * found it stale cannot both remove it and one of them delete the lock the other just took; if what
 * we moved turns out to be a live lock after all, it is put back.
 */
function breakStale(lock: string, holder: Holder): void {
  const moved = `${lock}.${process.pid}.stale`
  try {
    fs.renameSync(lock, moved)
  } catch {
    return
  }
  const taken = readHolder(moved)
  if (taken && taken.pid !== holder.pid) {
    try {
      fs.linkSync(moved, lock)
    } catch {
      // Someone took the lock meanwhile; theirs stands.
    }
  }
  fs.rmSync(moved, { force: true })
}

function tryAcquire(lock: string): boolean {
  const holder: Holder = { pid: process.pid, host: os.hostname(), since: Date.now() }
  try {
    fs.writeFileSync(lock, JSON.stringify(holder), { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw new StoreError('STORE_FAILED', `cannot create the lock file ${lock} (${(error as Error).message}); check that the data directory is writable`, error)
  }
}

/** Runs `work` holding the lock file `lock`, waiting for another process that holds it. */
export async function withLock<T>(lock: string, work: () => Promise<T> | T, options: LockOptions = DEFAULT_LOCK_OPTIONS): Promise<T> {
  const started = Date.now()
  while (!tryAcquire(lock)) {
    const holder = readHolder(lock)
    if (holder && isStale(holder)) {
      breakStale(lock, holder)
      continue
    }
    if (Date.now() - started >= options.timeoutMs) {
      const who = holder ? `kg process ${holder.pid} on ${holder.host}` : 'another kg process'
      throw new StoreError(
        'STORE_LOCKED',
        `${lock}: ${who} has been writing the store for over ${Math.round(options.timeoutMs / 1000)} s; try again when it is done, or delete the lock file if no kg command is running`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs))
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lock, { force: true })
  }
}
