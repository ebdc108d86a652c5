// Round trips through a real Neo4j: the fixture graph stored in Neo4j, exported as a Cypher script
// and loaded into the emptied database, and exported as neo4j-admin CSV and imported by the real
// neo4j-admin (Maven jars) into a new database served by a second embedded Neo4j; both must hold
// the same nodes, relationships and properties. Also Cypher selections, read-only or refused.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QueryRefusedError } from '../../src/errors.js'
import neo4j from 'neo4j-driver'
import { runScript } from '../../src/export/formats/cypher.js'
import { exportSubgraph, parseSelection, selectSubgraph } from '../../src/export/index.js'
import type { Subgraph } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { Neo4jStore } from '../../src/store/neo4j/index.js'
import { FIXED_CLOCK } from '../support/clock.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { dumpAll, EXTRACTION, fixtureStore, NASTY, tmpTarget, withoutEmpties } from './fixture.js'
import { readJsonl } from './read-back.js'
import { importWithAdmin, serveDatabase } from './support/neo4j-admin.js'

let db: Neo4jForTest
let source: Subgraph
const all = parseSelection({ kind: 'all' })

async function fill(): Promise<void> {
  await db.store.reset()
  await db.store.apply([assembleArticle(EXTRACTION), NASTY])
}

async function nodeCount(): Promise<number> {
  const session = db.store.driver.session({ database: db.settings.database })
  try {
    const r = await session.run('MATCH (n) RETURN count(n) AS c')
    return Number(r.records[0]!.get('c'))
  } finally {
    await session.close()
  }
}

beforeAll(async () => {
  db = await useNeo4j({ clock: FIXED_CLOCK })
  await fill()
  source = await dumpAll(db.store)
})
afterAll(async () => db?.release())

describe('the fixture in Neo4j', () => {
  it('is the graph the embedded store holds', async () => {
    const { store } = await fixtureStore()
    expect(source).toEqual(await dumpAll(store))
  })
})

describe('Cypher script round trip', () => {
  it('loads into an empty database as the same graph', async () => {
    const file = tmpTarget('all.cypher')
    const summary = await exportSubgraph(db.store, all, 'cypher', file)
    expect(summary.nodes).toBe(source.nodes.length)
    await db.store.reset()
    expect(await nodeCount()).toBe(0)
    const session = db.store.driver.session({ database: db.settings.database })
    try {
      // As cypher-shell runs it: each :param line sets $rows for the statement after it.
      await runScript(fs.readFileSync(file, 'utf8'), (query, parameters) => session.run(query, parameters), (digits) => neo4j.int(digits))
    } finally {
      await session.close()
    }
    expect(await dumpAll(db.store)).toEqual(source)
    await fill()
  })
})

describe('neo4j-admin CSV round trip', () => {
  it('imports with neo4j-admin into a new database holding the same graph', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(db.store, all, 'csv', dir)
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-admin-'))
    const log = await importWithAdmin(dir, home)
    expect(log).toContain('IMPORT DONE')
    const served = await serveDatabase(home)
    const imported = new Neo4jStore({ uri: served.uri, user: 'neo4j', password: 'unused', database: 'neo4j' })
    try {
      // neo4j-admin stores no property for an empty field: empty arrays and strings are absent.
      expect(await dumpAll(imported)).toEqual(withoutEmpties(source))
    } finally {
      await imported.close()
      await served.stop()
      fs.rmSync(home, { recursive: true, force: true })
    }
  }, 600_000)
})

describe('Cypher selections', () => {
  it('keeps the nodes, relationships and paths a read query returns', async () => {
    const paths = await selectSubgraph(db.store, parseSelection({ kind: 'cypher', query: 'MATCH p = (:Person)-[:SERVES_IN]->(:Unit)-[:PART_OF]->(:Unit) RETURN p' }))
    const g: Subgraph = { nodes: [], edges: [], truncated: false }
    for await (const b of paths.batches()) g.nodes.push(...b.nodes), g.edges.push(...b.edges)
    expect(g.nodes.map((n) => n.label).sort()).toEqual(['Person', 'Unit', 'Unit'])
    expect(g.edges.map((e) => e.type).sort()).toEqual(['PART_OF', 'SERVES_IN'])
    expect(g.edges.find((e) => e.type === 'SERVES_IN')).toEqual(source.edges.find((e) => e.type === 'SERVES_IN'))

    // Relationships alone: their ends are fetched.
    const file = tmpTarget('rels.graphml')
    const summary = await exportSubgraph(db.store, parseSelection({ kind: 'cypher', query: 'MATCH ()-[r:LOCATED_IN]->() RETURN r' }), 'graphml', file)
    expect(summary).toMatchObject({ nodes: 3, relationships: 2 })
  })

  it('refuses queries that write, before running them', async () => {
    const before = await nodeCount()
    for (const query of ['CREATE (n) RETURN n', "MATCH (n:Unit) SET n.hacked = true RETURN n", 'MATCH (n) DETACH DELETE n']) {
      const target = tmpTarget('w.json')
      const error = await exportSubgraph(db.store, parseSelection({ kind: 'cypher', query }), 'json', target).catch((e: unknown) => e)
      // The allow-list refuses it before the server sees it.
      expect(error).toBeInstanceOf(QueryRefusedError)
      expect((error as Error).message).toMatch(/refused/)
      expect(fs.existsSync(target)).toBe(false)
    }
    expect(await nodeCount()).toBe(before)
    await expect(selectSubgraph(db.store, parseSelection({ kind: 'cypher', query: 'MATCH (n RETURN n' }))).rejects.toThrow(/does not compile/)
  })

  it('selects on Neo4j what it selects on the embedded store', async () => {
    const { store } = await fixtureStore()
    for (const selection of [
      parseSelection({ kind: 'seeds', seeds: ['包头市局'], depth: 2 }),
      parseSelection({ kind: 'within', place: '包头市' }),
      parseSelection({ kind: 'source', sources: ['baotou "2021";a.txt'] }),
    ]) {
      const a = tmpTarget('a.jsonl')
      const b = tmpTarget('b.jsonl')
      await exportSubgraph(db.store, selection, 'jsonl', a)
      await exportSubgraph(store, selection, 'jsonl', b)
      expect(readJsonl(a).graph).toEqual(readJsonl(b).graph)
    }
  })
})
