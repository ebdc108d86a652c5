// A source is its path under the ingest root: two `page1.txt` in different folders are two sources,
// and the same text under another name is recognised and reported, not stored twice. On both stores.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import type { GraphStore } from '../../src/store/types.js'
import { repoRoot } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { kgRun, neo4jEnv, tmpDir } from './support.js'

const seed = (name: string) => fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8')
const A = '000_da24980a3613de76.txt'
const B = '001_ffe4308064e00ee2.txt'

/** Articles a file alone gives, counted by ingesting it into a store of its own. */
async function articlesOf(file: string): Promise<number> {
  const dir = tmpDir('count')
  expect((await kgRun(['ingest', path.join(repoRoot, 'seeds', file)], { KG_DATA_DIR: dir })).status).toBe(0)
  return (await new SqliteStore(dir).stats()).articles
}

async function sources(store: GraphStore): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for await (const batch of store.dump()) for (const n of batch.nodes) if (n.label === 'Article') counts.set(String(n.properties.source), (counts.get(String(n.properties.source)) ?? 0) + 1)
  return counts
}

function identityCases(name: string, setup: () => Promise<{ env: NodeJS.ProcessEnv; store: () => GraphStore; done: () => Promise<void> }>): void {
  describe(name, () => {
    let env: NodeJS.ProcessEnv
    let store: () => GraphStore
    let done: () => Promise<void>
    beforeAll(async () => ({ env, store, done } = await setup()))
    afterAll(async () => done())

    it('stores two files of one name in different folders as two sources, and recognises the same text under a third name', async () => {
      const [inA, inB] = [await articlesOf(A), await articlesOf(B)]
      const root = tmpDir('identity')
      for (const [folder, text] of [['2019', seed(A)], ['2020', seed(B)]] as const) {
        fs.mkdirSync(path.join(root, folder))
        fs.writeFileSync(path.join(root, folder, 'page1.txt'), text)
      }
      const ingest = await kgRun(['ingest', root], env)
      expect(ingest.stderr).toBe('')
      expect(ingest.stdout).toMatch(new RegExp(`ingested 2 file\\(s\\), ${inA + inB} article\\(s\\)`))
      expect(await sources(store())).toEqual(new Map([['2019/page1.txt', inA], ['2020/page1.txt', inB]]))

      fs.mkdirSync(path.join(root, 'copies'))
      fs.writeFileSync(path.join(root, 'copies', 'again.txt'), seed(A))
      const again = await kgRun(['ingest', root], env)
      expect(again.status).toBe(0)
      expect(again.stderr).toContain('kg: copies/again.txt: article 0 has the same text as one stored from 2019/page1.txt; not stored again')
      expect(again.stderr.trim().split('\n')).toHaveLength(inA)
      expect(again.stdout).toContain(`; ${inA} article(s) stored already under another source`)
      expect(await sources(store())).toEqual(new Map([['2019/page1.txt', inA], ['2020/page1.txt', inB]]))

      const removed = await kgRun(['remove', '2019/page1.txt'], env)
      expect(removed.stdout).toContain(`removed ${inA} article(s)`)
      expect(await sources(store())).toEqual(new Map([['2020/page1.txt', inB]]))
    })
  })
}

identityCases('the embedded store', async () => {
  const dir = tmpDir('identity-store')
  return { env: { KG_DATA_DIR: dir }, store: () => new SqliteStore(dir), done: async () => {} }
})

identityCases('Neo4j', async () => {
  const neo: Neo4jForTest = await useNeo4j()
  return { env: neo4jEnv(neo.settings), store: () => neo.store, done: neo.release }
})
