// The stores the API tests run against, behind one fixture shape: a store holding the seed graph,
// and a store that cannot be reached (for the 503 path). Each test file runs every fixture.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
import type { GraphStore } from '../../src/store/types.js'
import { useNeo4j } from '../support/neo4j.js'
import { seedContributions } from './seed-graph.js'

export interface StoreFixture {
  store: GraphStore
  /** A store of the same kind whose backend is gone. */
  unreachable(): GraphStore
  release(): Promise<void>
}

export interface StoreKindFixture {
  name: 'embedded' | 'neo4j'
  open(): Promise<StoreFixture>
}

export const embedded: StoreKindFixture = {
  name: 'embedded',
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-server-test-'))
    const store = new SqliteStore(dir)
    await store.init()
    await store.apply(seedContributions())
    return {
      store,
      unreachable() {
        // A data file another program clobbered: the store cannot read its graph.
        const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-server-broken-'))
        fs.writeFileSync(path.join(broken, 'graph.db'), 'not a database: another program wrote over it. '.repeat(20))
        return new SqliteStore(broken)
      },
      async release() {
        await store.close()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}

export const neo4j: StoreKindFixture = {
  name: 'neo4j',
  async open() {
    const db = await useNeo4j()
    await db.store.apply(seedContributions())
    return {
      store: db.store,
      // Port 1 refuses connections at once: the driver reports the server unreachable.
      unreachable: () => new Neo4jStore({ ...db.settings, uri: 'bolt://127.0.0.1:1' }),
      release: db.release,
    }
  },
}

export const STORE_FIXTURES: StoreKindFixture[] = [embedded, neo4j]
