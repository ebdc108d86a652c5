// The SQLite embedded store: the contract both other stores keep, the same graph as the in-memory
// store for the same articles, and a graph.json of that store migrated once and kept.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { chengduArticles } from '../support/articles.js'
import { seedContributions } from '../server/seed-graph.js'
import { snapshot, storeContract } from './contract.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-'))
storeContract('sqlite', () => new SqliteStore(tmp()))

it('holds exactly what the in-memory store holds for the same articles, applied in batches and in part removed', async () => {
  const sqlite = new SqliteStore(tmp())
  const memory = new EmbeddedStore(tmp())
  const all = seedContributions()
  for (const store of [sqlite, memory]) {
    await store.apply(all.slice(0, 4))
    await store.apply(all.slice(2))
    await store.remove({ ids: [all[1]!.article.id] })
  }
  expect(await snapshot(sqlite)).toEqual(await snapshot(memory))
  expect(await sqlite.stats()).toEqual({ ...(await memory.stats()), store: sqlite.describe() })
  for (const limit of [1, 7, 1000]) expect(await sqlite.topNodes(limit)).toEqual(await memory.topNodes(limit))
})

it('migrates a graph.json once, keeps it as graph.json.migrated, and reads the same graph', async () => {
  const dir = tmp()
  const memory = new EmbeddedStore(dir)
  await memory.apply(chengduArticles.map(assembleArticle))
  const before = await snapshot(memory)
  const json = fs.readFileSync(path.join(dir, 'graph.json'))
  const sqlite = new SqliteStore(dir)
  expect(await snapshot(sqlite)).toEqual(before)
  expect(fs.existsSync(path.join(dir, 'graph.json'))).toBe(false)
  expect(fs.readFileSync(path.join(dir, 'graph.json.migrated'))).toEqual(json)
  await sqlite.close()
  expect(await snapshot(new SqliteStore(dir))).toEqual(before)
})

it('leaves a damaged graph.json where it is and says so, creating no database', async () => {
  const dir = tmp()
  fs.writeFileSync(path.join(dir, 'graph.json'), '{ not json')
  const failure = await new SqliteStore(dir).stats().catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).message).toMatch(/graph\.json: not a graph this tool wrote/)
  expect(fs.readdirSync(dir)).toEqual(['graph.json'])
})

it('says a file that is not a database is damaged', async () => {
  const dir = tmp()
  fs.writeFileSync(path.join(dir, 'graph.db'), 'this is not a database, it is text long enough to have a header'.repeat(10))
  const failure = await new SqliteStore(dir).stats().catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).message).toMatch(/graph\.db is damaged/)
})
