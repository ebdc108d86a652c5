// The seeds through the whole pipeline into both stores: counts, idempotence, replacing and
// removing one article's contribution, nothing orphaned, and the two stores holding the same graph.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestPaths } from '../../src/load/ingest.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import type { GraphStore } from '../../src/store/types.js'
import { snapshot } from '../store/contract.js'
import { repoRoot } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'

const seeds = path.join(repoRoot, 'seeds')
const CHANGED = '004_08714f3a80ded7fd.txt'

/** A copy of the seeds where one file lost its second article's last paragraph. */
function changedSeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'))
  for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f))
  const text = fs.readFileSync(path.join(dir, CHANGED), 'utf8').trimEnd()
  fs.writeFileSync(path.join(dir, CHANGED), text.slice(0, text.lastIndexOf('\n')))
  return dir
}

const embedded = () => new EmbeddedStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-store-')))

/**
 * Nodes nothing holds in the graph: no article mentions them and no relationship touches them; and
 * places only the gazetteer adds (no MENTIONS) that are not marked as such.
 */
async function orphans(store: GraphStore): Promise<string[]> {
  const g = await snapshot(store)
  const mentioned = new Set(g.edges.filter((e) => e.type === 'MENTIONS').map((e) => e.target))
  const touched = new Set(g.edges.flatMap((e) => [e.source, e.target]))
  return g.nodes
    .filter((n) => n.label !== 'Article' && (mentioned.has(n.id) ? n.properties.origin !== undefined : !touched.has(n.id) || n.properties.origin !== 'gazetteer'))
    .map((n) => n.id)
}

/** Aliases that two nodes of one label share, as `Label alias: id, id`. */
async function sharedAliases(store: GraphStore): Promise<string[]> {
  const owners = new Map<string, string[]>()
  for (const n of (await snapshot(store)).nodes) {
    for (const alias of Array.isArray(n.properties.aliases) ? n.properties.aliases : []) {
      const key = `${n.label} ${String(alias)}`
      owners.set(key, [...(owners.get(key) ?? []), n.id])
    }
  }
  return [...owners].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(', ')}`)
}

const fixtures = path.join(repoRoot, 'test', 'extract', 'fixtures')

describe('identity on the test corpora', () => {
  it('gives no alias to two nodes of one label in the seeds', async () => {
    const store = embedded()
    await ingestPaths(store, [seeds])
    expect(await sharedAliases(store)).toEqual([])
    expect(await orphans(store)).toEqual([])
  })

  it('leaves shared only the short forms that name a district or sub-bureau of two cities in the fixtures', async () => {
    const store = embedded()
    await ingestPaths(store, [fixtures])
    // Known and documented (README, limits): 朝阳 is a district of Beijing and of Changchun; two
    // bureaus' criminal-investigation brigades, named in full after 该局, share the brigade's own words.
    expect((await sharedAliases(store)).sort()).toEqual([
      'Place 朝阳: place:110105, place:220104',
      'Unit 刑侦大队: unit:台州市公安局椒江分局刑侦大队, unit:泉州市公安局刑侦大队',
      'Unit 刑偵大隊: unit:台州市公安局椒江分局刑侦大队, unit:泉州市公安局刑侦大队',
      'Unit 朝阳分局: unit:北京市公安局朝阳分局, unit:长春市公安局朝阳分局',
    ])
    expect(await orphans(store)).toEqual([])
  })
})

describe('the seeds in Neo4j', () => {
  let neo: Neo4jForTest
  beforeAll(async () => {
    neo = await useNeo4j()
  })
  afterAll(async () => neo.release())

  it('loads the seeds, and loading them again leaves the graph identical', async () => {
    const report = await ingestPaths(neo.store, [seeds])
    expect(report).toMatchObject({ files: 5, articles: 11 })
    const stats = await neo.store.stats()
    expect(stats.articles).toBe(11)
    expect(stats.labels.Place).toBeGreaterThan(20)
    expect(stats.types.SERVES_IN).toBeGreaterThan(10)
    const first = await snapshot(neo.store)
    // Again in small batches, each written while the next is extracted: the same graph.
    await ingestPaths(neo.store, [seeds], { batchSize: 2 })
    expect(await snapshot(neo.store)).toEqual(first)
    expect(await orphans(neo.store)).toEqual([])
  })

  it('holds the same nodes and relationships as the embedded store', async () => {
    const other = embedded()
    await ingestPaths(other, [seeds])
    expect(await snapshot(neo.store)).toEqual(await snapshot(other))
  })

  it('replaces a changed article: the same graph as loading the changed files afresh', async () => {
    const dir = changedSeeds()
    await ingestPaths(neo.store, [path.join(dir, CHANGED)])
    const fresh = embedded()
    await ingestPaths(fresh, [dir])
    expect(await snapshot(neo.store)).toEqual(await snapshot(fresh))
  })

  it('removes a source: the same graph as never having loaded it, nothing orphaned', async () => {
    expect(await neo.store.remove({ sources: [CHANGED] })).toEqual({ articles: 2 })
    const without = embedded()
    await ingestPaths(without, fs.readdirSync(seeds).filter((f) => f !== CHANGED).map((f) => path.join(seeds, f)))
    expect(await snapshot(neo.store)).toEqual(await snapshot(without))
    expect(await orphans(neo.store)).toEqual([])
  })

  it('stops at a failed write: the batches before it are stored, nothing after it is written', async () => {
    await neo.store.reset()
    let calls = 0
    const failing = new Proxy(neo.store, {
      get(store, key) {
        if (key === 'apply') {
          return async (batch: Parameters<GraphStore['apply']>[0]) => {
            calls++
            if (calls === 2) throw new Error('write refused')
            return store.apply(batch)
          }
        }
        const value = Reflect.get(store, key) as unknown
        return typeof value === 'function' ? value.bind(store) : value
      },
    })
    await expect(ingestPaths(failing, [seeds], { batchSize: 3 })).rejects.toThrow('write refused')
    expect(calls).toBe(2)
    expect((await neo.store.stats()).articles).toBe(3)
  })
})
