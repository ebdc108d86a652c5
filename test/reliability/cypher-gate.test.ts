// The read-only gate is an allow-list: one refusal per kind of query that must never run from
// `kg export --cypher` or the query library, the read queries that must still pass, and the CLI
// refusing before it connects to anything.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QueryRefusedError } from '../../src/errors.js'
import { checkReadOnlyCypher } from '../../src/query/gate.js'
import { loadLibrary } from '../../src/query/library.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { kgRun, neo4jEnv, tmpDir } from './support.js'

const refused: [string, string, RegExp][] = [
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV is refused/],
  ['LOAD CSV in lower case', "load csv from 'file:///etc/passwd' as l return l", /LOAD CSV is refused/],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE is refused/],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /SHOW is refused/],
  ['SHOW in a subquery', 'CALL { SHOW TRANSACTIONS YIELD transactionId RETURN transactionId } RETURN transactionId', /SHOW is refused/],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'x'", /ALTER is refused/],
  ['START DATABASE', 'START DATABASE neo4j', /START is refused/],
  ['STOP DATABASE', 'STOP DATABASE neo4j', /STOP is refused/],
  ['CREATE DATABASE', 'CREATE DATABASE other', /CREATE is refused/],
  ['DROP USER', 'DROP USER someone', /DROP is refused/],
  ['GRANT', 'GRANT ROLE admin TO someone', /GRANT is refused/],
  ['USE another database', 'USE system MATCH (n) RETURN n', /USE is refused/],
  ['CREATE', 'MATCH (n) CREATE (m:Unit {id: "x"}) RETURN n', /CREATE is refused/],
  ['MERGE', "MERGE (n:Unit {id: 'x'}) RETURN n", /MERGE is refused/],
  ['SET', "MATCH (n:Unit) SET n.name = 'x' RETURN n", /SET is refused/],
  ['REMOVE', 'MATCH (n:Unit) REMOVE n.name RETURN n', /REMOVE is refused/],
  ['DELETE', 'MATCH (n) DELETE n', /DELETE is refused/],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', /DETACH is refused/],
  ['FOREACH', 'MATCH p = (n)-->() FOREACH (x IN nodes(p) | SET x.a = 1) RETURN p', /FOREACH is refused/],
  ['CALL … IN TRANSACTIONS', 'MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m', /TRANSACTIONS is refused/],
  ['a procedure outside the allow-list', "CALL dbms.killQuery('query-1')", /CALL dbms\.killQuery is refused/],
  ['a writing procedure', "CALL db.createLabel('X')", /CALL db\.createLabel is refused/],
  ['a procedure named in back-ticks', 'CALL `dbms`.`listConfig`() YIELD name RETURN name', /CALL dbms\.listConfig is refused/],
  ['a procedure after a read', "MATCH (n) WITH n LIMIT 1 CALL dbms.setConfigValue('a', 'b') RETURN n", /CALL dbms\.setConfigValue is refused/],
  ['a plugin function that runs queries', "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {}) AS x", /function apoc\.cypher\.runFirstColumnSingle is refused/],
  ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', /one Cypher statement/],
  ['a write hidden after a comment', 'MATCH (n) // just reading\nDETACH DELETE n', /DETACH is refused/],
  ['an unterminated string', "MATCH (n) WHERE n.name = 'x RETURN n", /unterminated string/],
]

describe('the gate refuses', () => {
  it.each(refused)('%s', (_, query, message) => {
    expect(() => checkReadOnlyCypher(query)).toThrow(QueryRefusedError)
    expect(() => checkReadOnlyCypher(query)).toThrow(message)
  })
})

const allowed: [string, string][] = [
  ['a match', 'MATCH (u:Unit)-[r:PART_OF]->(p) RETURN u, r, p LIMIT 10'],
  ['keywords inside strings and comments', "MATCH (n) WHERE n.name = 'DELETE; LOAD CSV' /* SET */ RETURN n // CREATE"],
  ['keywords as properties, labels and map keys', 'MATCH (n) WHERE n.set IS NULL RETURN n {.name, start: n.offset, create: 1}'],
  ['start and stop as variables', 'MATCH (a:Article) WITH a, a.offset AS start, a.offset + 10 AS stop RETURN substring(a.text, start, stop - start)'],
  ['the full-text search procedure', "CALL db.index.fulltext.queryNodes('entity_search', '派出所') YIELD node RETURN node"],
  ['schema procedures', 'CALL db.labels() YIELD label RETURN label'],
  ['a read subquery', 'MATCH (n:Unit) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN n, degree'],
  ['built-in and temporal functions', "MATCH (a:Article) RETURN toUpper(a.title), date.truncate('month', date()), point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})), a.text"],
  ['a final semicolon', 'MATCH (n) RETURN n LIMIT 1;'],
]

describe('the gate lets through', () => {
  it.each(allowed)('%s', (_, query) => expect(() => checkReadOnlyCypher(query)).not.toThrow())
  it.each(loadLibrary().map((q) => [q.name, q.cypher]))('the library query %s', (_, query) => expect(() => checkReadOnlyCypher(query)).not.toThrow())
})

it('kg export --cypher refuses before it connects to anything', async () => {
  // Port 1 answers nothing: a refusal here cannot have come from the server.
  for (const [, query, message] of refused.slice(0, 6)) {
    const r = await kgRun(['export', '--cypher', query, '-o', path.join(tmpDir('gate'), 'x.json')], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/unreachable|\n\s+at /)
  }
})

describe('on Neo4j', () => {
  let neo: Neo4jForTest
  beforeAll(async () => {
    neo = await useNeo4j()
  })
  afterAll(async () => neo.release())

  it('a refused query changes nothing, and a read query still exports', async () => {
    const env = neo4jEnv(neo.settings)
    expect((await kgRun(['ingest', 'seeds/000_da24980a3613de76.txt'], env)).status).toBe(0)
    const before = await neo.store.stats()
    const out = path.join(tmpDir('gate'), 'units.json')
    const write = await kgRun(['export', '--cypher', 'MATCH (n) DETACH DELETE n', '-o', out], env)
    expect(write.status).toBe(2)
    expect(await neo.store.stats()).toEqual(before)
    expect(fs.existsSync(out)).toBe(false)
    const read = await kgRun(['export', '--cypher', 'MATCH (u:Unit) RETURN u LIMIT 3', '-o', out], env)
    expect(read.stderr).toBe('')
    expect(read.status).toBe(0)
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).nodes).toHaveLength(3)
  })
})
