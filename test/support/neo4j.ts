// A clean Neo4j for one test file at a time. Community Edition has a single user database, so
// files that use it take a lock (a directory only one process can create) and empty the database.
import type { Clock } from '../../src/store/article-writes.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { Neo4jStore } from '../../src/store/neo4j/index.js'

export interface Neo4jTestSettings {
  uri: string
  user: string
  password: string
  database: string
  /** Neo4j Browser of the same server (its HTTP port). */
  browser: string
  via: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestSettings
  }
}

const LOCK = path.join(os.tmpdir(), 'kg-test-neo4j.lock')

async function acquire(): Promise<void> {
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK)
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid))
      return
    } catch {
      const pid = lockOwner()
      if (pid && !alive(pid)) fs.rmSync(LOCK, { recursive: true, force: true })
      if (waited > 600_000) throw new Error(`waited 10 minutes for the Neo4j test lock ${LOCK}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

function lockOwner(): number {
  try {
    return Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')) || 0
  } catch {
    return 0
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export interface Neo4jForTest {
  settings: Neo4jTestSettings
  store: Neo4jStore
  release: () => Promise<void>
}

/** Locks the database for this file, empties it and applies the schema. Call `release` in afterAll. */
export async function useNeo4j(options: { clock?: Clock } = {}): Promise<Neo4jForTest> {
  const settings = inject('neo4j')
  await acquire()
  const store = new Neo4jStore(settings, options.clock)
  await store.reset()
  await store.init()
  return {
    settings,
    store,
    release: async () => {
      await store.close()
      fs.rmSync(LOCK, { recursive: true, force: true })
    },
  }
}
