// APOC core on the test's Neo4j (the project's own server loads it from plugins/): its version, and
// apoc.export.json.all streaming the seed graph as `kg ingest` loads it, node for node and
// relationship for relationship, Chinese names intact.
import path from 'node:path'
import neo4j from 'neo4j-driver'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ingestPaths } from '../../src/load/ingest.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { snapshot } from '../store/contract.js'

const root = path.resolve(import.meta.dirname, '../..')

let neo: Neo4jForTest
beforeAll(async () => {
  neo = await useNeo4j()
  await ingestPaths(neo.store, [path.join(root, 'seeds')])
}, 300_000)
afterAll(async () => neo?.release())

const session = () => neo4j.driver(neo.settings.uri, neo4j.auth.basic(neo.settings.user, neo.settings.password))

it('answers apoc.version() with the server version', async () => {
  const driver = session()
  try {
    const [apoc, server] = await Promise.all([
      driver.executeQuery('RETURN apoc.version() AS v'),
      driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v'),
    ])
    expect(apoc.records[0]!.get('v')).toBe(server.records[0]!.get('v'))
  } finally {
    await driver.close()
  }
})

it('streams the seed graph with apoc.export.json.all', async () => {
  const driver = session()
  try {
    const { records } = await driver.executeQuery('CALL apoc.export.json.all(null, {stream: true}) YIELD data, nodes, relationships RETURN data, nodes, relationships', {}, { database: neo.settings.database })
    const lines = records.map((r) => String(r.get('data'))).join('\n').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; properties: Record<string, unknown>; labels?: string[]; label?: string })
    const stored = await snapshot(neo.store)
    // The write lock node (cypher/schema.cypher) is no part of the graph the store dumps; evidence
    // records (one :Evidence node per article and relationship) are read through store.evidence().
    const nodes = lines.filter((l) => l.type === 'node' && !l.labels?.includes('KgWriteLock') && !l.labels?.includes('Evidence'))
    expect(nodes.map((n) => n.properties.id).sort()).toEqual(stored.nodes.map((n) => n.id).sort())
    const types = (xs: { type: string }[]) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.type]: (acc[x.type] ?? 0) + 1 }), {})
    expect(types(lines.filter((l) => l.type === 'relationship').map((r) => ({ type: r.label! })))).toEqual(types(stored.edges))
    const evidence = lines.filter((l) => l.type === 'node' && l.labels?.includes('Evidence'))
    expect(evidence.length).toBe((await neo.store.evidence(stored.edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id))).length)
    const campaign = stored.nodes.find((n) => n.label === 'Campaign')!
    expect(nodes.find((n) => n.properties.id === campaign.id)?.properties.name).toBe(campaign.properties.name)
  } finally {
    await driver.close()
  }
})
