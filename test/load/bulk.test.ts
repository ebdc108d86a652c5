// `kg ingest --bulk` into an empty database gives, node for node and relationship for relationship
// with every property, the graph plain `kg ingest` gives; a database that holds anything is refused.
// On the project's own server neo4j-admin runs there (server stopped and started again); any other
// server gets the files and the commands to load them itself.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { localServerFor } from '../../src/load/bulk.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
import { kg, repoRoot } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { snapshot } from '../store/contract.js'

let neo: Neo4jForTest
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  neo = await useNeo4j()
  env = { NEO4J_URI: neo.settings.uri, NEO4J_USER: neo.settings.user, NEO4J_PASSWORD: neo.settings.password, NEO4J_DATABASE: neo.settings.database }
})
afterAll(async () => neo?.release())

/**
 * Each label's and type's properties with their Cypher value types: a date kept as a string would
 * read back the same through the store, yet no longer compare with `date(…)` in a query.
 */
async function propertyTypes(store: Neo4jStore): Promise<string[]> {
  const { records } = await store.driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:KgWriteLock UNWIND keys(n) AS k RETURN head(labels(n)) AS owner, k, valueType(n[k]) AS type
               UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS owner, k, valueType(r[k]) AS type }
     RETURN DISTINCT owner + '.' + k + ': ' + type AS line ORDER BY line`,
    {},
    { database: store.settings.database },
  )
  return records.map((r) => r.get('line') as string)
}

it('bulk-loads the graph kg ingest stores, and refuses a database that holds anything', async () => {
  const ingest = kg(['ingest', 'seeds/'], env)
  expect(ingest.status, ingest.stderr).toBe(0)
  const expected = await snapshot(neo.store)
  expect(expected.edges.length).toBeGreaterThan(500)
  const types = await propertyTypes(neo.store)
  expect(types).toContain('Evidence.date: DATE NOT NULL')

  const refused = kg(['ingest', '--bulk', 'seeds/'], env)
  expect(refused.status).toBe(2)
  expect(refused.stderr).toMatch(/^kg: neo4j .* holds \d+ node\(s\) and \d+ relationship\(s\): --bulk fills only an empty database.*plain kg ingest/)

  await neo.store.reset()
  const bulk = kg(['ingest', '--bulk', 'seeds/'], env)
  if (localServerFor(neo.settings.uri)) {
    expect(bulk.stderr).toBe('')
    expect(bulk.stdout).toMatch(new RegExp(`^bulk-loaded 5 file\\(s\\), \\d+ article\\(s\\): ${expected.nodes.length} nodes and ${expected.edges.length} relationships into .*schema applied\\n$`))
    // The server was restarted: the connections pooled before are gone.
    const restarted = new Neo4jStore(neo.settings)
    try {
      expect(await snapshot(restarted)).toEqual(expected)
      expect(await propertyTypes(restarted)).toEqual(types)
      // The schema is back: a second ingest of the same files changes nothing.
      expect(kg(['ingest', 'seeds/'], env).status).toBe(0)
      expect(await snapshot(restarted)).toEqual(expected)
    } finally {
      await restarted.close()
    }
  } else {
    expect(bulk.status).toBe(1)
    expect(bulk.stdout).toMatch(/is not this project's own Neo4j[\s\S]*docker compose run --rm neo4j sh \/import\/kg-bulk\/import\.sh neo4j/)
    expect(fs.existsSync(path.join(repoRoot, 'import', 'kg-bulk', 'import.sh'))).toBe(true)
  }
}, 600_000)
