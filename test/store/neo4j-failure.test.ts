// Neo4j going away in the middle of a load: the batch in flight rolls back whole, the error says
// what happened, and loading again completes the graph without duplicates.
import net from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ArticleExtraction } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
// @ts-expect-error plain ESM module shared with the benchmarks
import { syntheticExtractions } from '../../bench/corpus.mjs'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { snapshot } from './contract.js'

let neo: Neo4jForTest
beforeAll(async () => {
  neo = await useNeo4j()
})
afterAll(async () => neo.release())

/** A TCP relay to Neo4j that the test can cut, as a network failure would. */
async function relay(target: URL): Promise<{ uri: string; cut: () => void }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 7687), target.hostname)
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const drop = () => (client.destroy(), upstream.destroy())
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => {
      server.close()
      for (const s of sockets) s.destroy()
    },
  }
}

it('rolls back the batch in flight when Neo4j drops, and a re-run completes without duplicates', async () => {
  const articles = (syntheticExtractions(40) as ArticleExtraction[]).map(assembleArticle)
  const batches = [articles.slice(0, 20), articles.slice(20)]

  const link = await relay(new URL(neo.settings.uri.replace(/^neo4j/, 'bolt')))
  const flaky = new Neo4jStore({ ...neo.settings, uri: link.uri })
  await flaky.apply(batches[0]!)
  // Cut the line while the second batch is being written.
  const inFlight = flaky.apply(batches[1]!)
  setTimeout(link.cut, 5)
  const failure = await inFlight.catch((e: unknown) => e)
  await flaky.close()
  expect(failure).toMatchObject({ name: 'StoreError' })
  expect(String((failure as Error).message)).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+/)

  // Only the first batch is there: nothing of the second was half-written.
  const afterFailure = await neo.store.stats()
  expect(afterFailure.articles).toBe(20)

  for (const b of batches) await neo.store.apply(b)
  const rerun = await snapshot(neo.store)
  await neo.store.reset()
  for (const b of batches) await neo.store.apply(b)
  expect(await snapshot(neo.store)).toEqual(rerun)
})
