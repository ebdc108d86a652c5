// GraphML as APOC users load it: apoc.import.graphml with readLabels, on an embedded Neo4j 5.26 with
// APOC core (Maven Central jars), apart from the shared test database. Labels, relationship
// types, counts, properties and the evidence sentence must be restored.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import neo4j from 'neo4j-driver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSubgraph, parseSelection } from '../../src/export/index.js'
import type { Subgraph } from '../../src/model/index.js'
import type { EmbeddedStore } from '../../src/store/embedded/index.js'
import { dumpAll, fixtureStore, tmpTarget } from './fixture.js'
import { serveDatabase, type ServedDatabase } from './support/neo4j-admin.js'

let store: EmbeddedStore
let source: Subgraph
let served: ServedDatabase
let home: string
beforeAll(async () => {
  ;({ store } = await fixtureStore())
  source = await dumpAll(store)
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-apoc-'))
  served = await serveDatabase(home, { apoc: true })
}, 900_000)
afterAll(async () => {
  await served?.stop()
  await store.close()
  fs.rmSync(home, { recursive: true, force: true })
})

const count = <T>(items: T[], key: (t: T) => string[]): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const item of items) for (const k of key(item)) out[k] = (out[k] ?? 0) + 1
  return out
}

describe('apoc.import.graphml', () => {
  it('restores labels, types, counts, properties and sentences', async () => {
    const file = tmpTarget('out.graphml')
    await exportSubgraph(store, parseSelection({ kind: 'all' }), 'graphml', file)
    const bytes = fs.readFileSync(file)
    const driver = neo4j.driver(served.uri, neo4j.auth.basic('neo4j', 'unused'))
    const session = driver.session()
    try {
      const r = await session.run('CALL apoc.import.graphml($file, {readLabels: true, storeNodeIds: true}) YIELD nodes, relationships RETURN nodes, relationships', {
        // APOC takes a URL or bytes; bytes spare it the file-system configuration.
        file: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      })
      expect(r.records[0]!.toObject()).toEqual({ nodes: neo4j.int(source.nodes.length), relationships: neo4j.int(source.edges.length) })
      const labels = await session.run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c')
      const expected = count(source.nodes, (n) => (n.label === 'Article' || n.label === 'Figure' ? [n.label] : [n.label, 'Entity']))
      expect(Object.fromEntries(labels.records.map((x) => [x.get('l'), Number(x.get('c'))]))).toEqual(expected)
      const types = await session.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c')
      expect(Object.fromEntries(types.records.map((x) => [x.get('t'), Number(x.get('c'))]))).toEqual(count(source.edges, (e) => [e.type]))
      const serves = await session.run('MATCH (p:Person:Entity)-[r:SERVES_IN]->(u:Unit:Entity) RETURN p.id AS p, u.name AS u, r.title AS title, r.sentence AS sentence')
      expect(serves.records[0]!.toObject()).toEqual({
        p: 'person:刘浩@150200',
        u: '青山路派出所',
        title: '所长;副所长"代"\n兼 back\\slash',
        sentence: '青山路派出所所长刘浩说,共破获各类毒品案件4641起,同比上升68.34%。',
      })
    } finally {
      await session.close()
      await driver.close()
    }
  }, 120_000)
})
