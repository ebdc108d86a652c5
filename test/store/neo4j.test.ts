import { afterAll, beforeAll, expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { syntheticExtractions } from '../../bench/corpus.mjs'
import { chengduArticles } from '../support/articles.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { snapshot, storeContract } from './contract.js'

let neo: Neo4jForTest
beforeAll(async () => {
  neo = await useNeo4j()
})
afterAll(async () => neo.release())

storeContract('neo4j', () => neo.store)

it('holds exactly what the embedded store holds for the same articles', async () => {
  await neo.store.reset()
  const embedded = new EmbeddedStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-compare-')))
  const contributions = chengduArticles.map(assembleArticle)
  await neo.store.apply(contributions)
  await embedded.apply(contributions)
  expect(await snapshot(neo.store)).toEqual(await snapshot(embedded))
})

it('holds what the SQLite store holds for a generated corpus, loaded in batches, partly changed and removed', async () => {
  await neo.store.reset()
  const sqlite = new SqliteStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-compare-')))
  const extractions = syntheticExtractions(300)
  const all = extractions.map(assembleArticle)
  // A corrected article: a line more, one relationship fewer.
  const changed = assembleArticle({ ...extractions[7]!, text: `${extractions[7]!.text}（更正）`, relations: extractions[7]!.relations.slice(1) })
  for (const store of [neo.store, sqlite]) {
    for (let i = 0; i < all.length; i += 100) await store.apply(all.slice(i, i + 100))
    await store.apply([changed])
    await store.remove({ ids: [all[11]!.article.id, all[200]!.article.id] })
  }
  const [a, b] = [await snapshot(neo.store), await snapshot(sqlite)]
  expect(a.edges.length).toBeGreaterThan(1000)
  expect(a).toEqual(b)
  await sqlite.close()
})

it('refuses to write on a graph of version 1, saying how to start again', async () => {
  await neo.store.reset()
  const session = neo.store.driver.session({ database: neo.settings.database })
  try {
    await session.run("CREATE (:Article {id: 'article:old', source: 'old.txt', index: 0})")
  } finally {
    await session.close()
  }
  const failure = await neo.store.init().catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).message).toMatch(/earlier version of kg .*old\.txt.*kg reset --yes/)
  await neo.store.reset()
  await neo.store.init()
})

it('says clearly when Neo4j is unreachable or the password is wrong', async () => {
  const down = new Neo4jStore({ ...neo.settings, uri: 'bolt://127.0.0.1:1' })
  await expect(down.stats()).rejects.toMatchObject({ code: 'STORE_UNREACHABLE' })
  await down.close()
  const wrong = new Neo4jStore({ ...neo.settings, password: 'not-the-password' })
  const failure = await wrong.stats().catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StoreError)
  expect((failure as StoreError).code).toBe('STORE_AUTH')
  await wrong.close()
})
