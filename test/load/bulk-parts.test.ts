// The pieces of `kg ingest --bulk` that need no server: neo4j-admin's report read back, and whether
// NEO4J_URI names the project's own server (scripts/neo4j.mjs's .neo4j/server.json).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { importedNodesOf, importSecondsOf, importStagesOf, localServerFor } from '../../src/load/bulk.js'

/** The end of a real neo4j-admin 5.26 report (the seed graph), progress dots cut. */
const REPORT = `Node import COMPLETED in 1s 254ms
(2/4) Relationship import
Relationship import COMPLETED in 888ms
Relationship linking COMPLETED in 1m 2s 5ms
Post processing COMPLETED in 1s 550ms


IMPORT DONE in 1h 6s 72ms. 
Imported:
  386 nodes
`

it('reads the total and the stages of a neo4j-admin report', () => {
  expect(importSecondsOf(REPORT)).toBeCloseTo(3606.072, 6)
  expect(importStagesOf(REPORT)).toEqual([
    { stage: 'Node import', seconds: 1.254 },
    { stage: 'Relationship import', seconds: 0.888 },
    { stage: 'Relationship linking', seconds: 62.005 },
    { stage: 'Post processing', seconds: 1.55 },
  ])
  expect(importSecondsOf('Import failed')).toBeUndefined()
  expect(importedNodesOf(REPORT)).toBe(386)
  expect(importedNodesOf('Import failed')).toBeUndefined()
})

it('knows the project server only by a live process on the Bolt port NEO4J_URI names, on this machine', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-state-'))
  const env = { KG_NEO4J_HOME: home }
  expect(localServerFor('bolt://127.0.0.1:7687', env)).toBeUndefined()
  const state = { pid: process.pid, bolt: 7799, http: 7499, home: path.join(home, 'dbms') }
  fs.writeFileSync(path.join(home, 'server.json'), JSON.stringify(state))
  expect(localServerFor('bolt://127.0.0.1:7799', env)).toEqual(state)
  expect(localServerFor('neo4j://localhost:7799', env)).toEqual(state)
  expect(localServerFor('bolt://127.0.0.1:7687', env)).toBeUndefined()
  expect(localServerFor('bolt://db.example.org:7799', env)).toBeUndefined()
  fs.writeFileSync(path.join(home, 'server.json'), JSON.stringify({ ...state, bolt: 7687, pid: 2 ** 22 + 7 }))
  expect(localServerFor('bolt://127.0.0.1', env)).toBeUndefined()
  fs.writeFileSync(path.join(home, 'server.json'), '{"pid": "not a pid"}')
  expect(localServerFor('bolt://127.0.0.1:7799', env)).toBeUndefined()
})
