import { afterAll, beforeAll, expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
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
