// Two `kg ingest` at once, each with half of a corpus, store exactly what one ingest of both stores
// (counts and a checksum of every property), on the embedded store and on Neo4j; `kg repair`
// merges relationships an unserialised writer stored twice; a killed ingest is completed by a re-run.
import path from 'node:path'
import neo4j from 'neo4j-driver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { digest, kgRun, kgStart, neo4jEnv, tmpDir, writeCorpus, type Digest } from './support.js'

// Batches of one article: the two processes' writes interleave many times over.
const FILES = 12
let corpus: string
beforeAll(() => {
  corpus = writeCorpus(FILES)
})

/** Both halves at once, each naming its sources from the corpus root as one ingest of both does. */
async function concurrentHalves(env: NodeJS.ProcessEnv): Promise<void> {
  const runs = ['a', 'b'].map((half) => kgStart(['ingest', '--root', corpus, '--batch-size', '1', path.join(corpus, half)], env))
  for (const r of await Promise.all(runs.map((x) => x.done))) {
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  }
}

async function singleIngest(env: NodeJS.ProcessEnv): Promise<void> {
  const r = await kgRun(['ingest', '--root', corpus, corpus], env)
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
}

let embeddedDigest: Digest
describe('the embedded store', () => {
  it('stores what one ingest of both halves stores when two ingests run at once', async () => {
    const both = tmpDir('one')
    await singleIngest({ KG_DATA_DIR: both })
    const halves = tmpDir('two')
    await concurrentHalves({ KG_DATA_DIR: halves })
    embeddedDigest = await digest(new SqliteStore(both))
    expect(embeddedDigest.articles).toBeGreaterThanOrEqual(FILES)
    expect(await digest(new SqliteStore(halves))).toEqual(embeddedDigest)
  })
})

describe('Neo4j', () => {
  let neo: Neo4jForTest
  beforeAll(async () => {
    neo = await useNeo4j()
  })
  afterAll(async () => neo.release())

  it('stores what one ingest of both halves stores when two ingests run at once, and what the embedded store holds', async () => {
    const env = neo4jEnv(neo.settings)
    await singleIngest(env)
    const one = await digest(neo.store)
    await neo.store.reset()
    await concurrentHalves(env)
    expect(await digest(neo.store)).toEqual(one)
    expect(one).toEqual({ ...embeddedDigest, checksum: one.checksum })
    expect(one.checksum).toBe(embeddedDigest.checksum)
  })

  it('kg repair merges relationships stored twice back into the one a single writer stores', async () => {
    const env = neo4jEnv(neo.settings)
    const good = await digest(neo.store)
    // What two unserialised writers leave: one relationship stored as two copies, each counting the
    // articles its writer saw, and other relationships stored twice whole. The evidence records,
    // one per article, are whole: the aggregate is made again from them.
    const edges = (await neo.store.edgesOf(['place:150000'], { types: ['LOCATED_IN'] })).filter((e) => Number(e.properties.articleCount) >= 2)
    expect(edges.length).toBeGreaterThan(2)
    const [split, ...whole] = edges.slice(0, 4)
    const count = Number(split!.properties.articleCount)
    await run(
      `MATCH (s:Entity {id: $source})-[r:LOCATED_IN]->(t:Entity {id: $target}) SET r.articleCount = 1 CREATE (s)-[c:LOCATED_IN]->(t) SET c = properties(r), c.articleCount = $rest`,
      { source: split!.source, target: split!.target, rest: neo4j.int(count - 1) },
    )
    for (const e of whole) await run(`MATCH (s:Entity {id: $source})-[r:LOCATED_IN]->(t:Entity {id: $target}) CREATE (s)-[c:LOCATED_IN]->(t) SET c = properties(r)`, { source: e.source, target: e.target })
    expect((await digest(neo.store)).relationships).toBe(good.relationships + 4)

    const repair = await kgRun(['repair'], env)
    expect(repair.stderr).toBe('')
    expect(repair.stdout).toMatch(/merged 4 duplicated relationship/)
    expect(await digest(neo.store)).toEqual(good)
    expect((await kgRun(['repair'], env)).stdout).toMatch(/nothing to repair/)
  })

  it('kill -9 in the middle of an ingest leaves what whole batches stored, and a re-run completes it', async () => {
    const env = neo4jEnv(neo.settings)
    const complete = await digest(neo.store)
    await neo.store.reset()
    const ingest = kgStart(['ingest', '--root', corpus, '--batch-size', '1', corpus], env)
    for (let i = 0; (await neo.store.stats()).articles === 0 && i < 600; i++) await new Promise((r) => setTimeout(r, 50))
    process.kill(ingest.pid, 'SIGKILL')
    expect((await ingest.done).status).toBe(-1)
    expect((await neo.store.stats()).articles).toBeLessThan(complete.articles)
    const rerun = await kgRun(['ingest', '--root', corpus, corpus], env)
    expect(rerun.stderr).toBe('')
    expect(await digest(neo.store)).toEqual(complete)
  })

  async function run(query: string, params: Record<string, unknown>): Promise<void> {
    const session = neo.store.driver.session({ database: neo.settings.database })
    try {
      await session.run(query, params)
    } finally {
      await session.close()
    }
  }
})
