// `kg load` of what `kg extract --format jsonl` wrote gives the graph `kg ingest` gives from the same
// files, on the embedded store and on Neo4j, from a file and from stdin; a bad line is refused
// with its file and line named, before anything is written.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { kg } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'
import { snapshot } from '../store/contract.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'))

let jsonl: string
let lines: string[]
beforeAll(() => {
  const extracted = kg(['extract', 'seeds/'])
  expect(extracted.status, extracted.stderr).toBe(0)
  lines = extracted.stdout.trim().split('\n')
  jsonl = path.join(tmp(), 'seeds.jsonl')
  fs.writeFileSync(jsonl, extracted.stdout)
}, 300_000)

async function embeddedGraph(dir: string) {
  const store = new SqliteStore(dir)
  try {
    return await snapshot(store)
  } finally {
    await store.close()
  }
}

describe('on the embedded store', () => {
  it('loads the same graph as kg ingest', async () => {
    const ingested = tmp()
    const loaded = tmp()
    expect(kg(['ingest', 'seeds/'], { KG_DATA_DIR: ingested }).status).toBe(0)
    const r = kg(['load', jsonl], { KG_DATA_DIR: loaded })
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(new RegExp(`^loaded ${lines.length} article\\(s\\) from ${jsonl}`))
    const expected = await embeddedGraph(ingested)
    expect(expected.nodes.length).toBeGreaterThan(100)
    expect(await embeddedGraph(loaded)).toEqual(expected)
  }, 300_000)

  it('refuses a bad line, naming it, and writes nothing', async () => {
    const dir = tmp()
    const bad = path.join(tmp(), 'bad.jsonl')
    const broken = JSON.parse(lines[2]!) as { entities: { type: string }[] }
    broken.entities[1]!.type = 'Persn'
    fs.writeFileSync(bad, [lines[0], lines[1], JSON.stringify(broken), ...lines.slice(3)].join('\n'))
    const r = kg(['load', bad], { KG_DATA_DIR: dir })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^kg: ${bad} line 3: not an article as kg extract writes it: entities\\[1\\]\\.type: .+\\n$`))
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect((await embeddedGraph(dir)).nodes).toEqual([])

    fs.writeFileSync(bad, `${lines[0]}\n\n{"source": "a.txt",\n`)
    expect(kg(['load', bad], { KG_DATA_DIR: dir }).stderr).toMatch(new RegExp(`^kg: ${bad} line 3: not JSON \\(`))
    const exported = kg(['load', '-'], { KG_DATA_DIR: dir }, '{"record":"export","selection":"all","truncated":false}\n')
    expect(exported.stderr).toMatch(/^kg: stdin line 1: a record of kg export --format jsonl: kg load reads what kg extract --format jsonl writes\n$/)
    expect(kg(['load', path.join(dir, 'missing.jsonl')], { KG_DATA_DIR: dir }).stderr).toMatch(/missing\.jsonl: no such file/)
    expect((await embeddedGraph(dir)).nodes).toEqual([])
  }, 120_000)
})

describe('on Neo4j', () => {
  let neo: Neo4jForTest
  beforeAll(async () => {
    neo = await useNeo4j()
  })
  afterAll(async () => neo?.release())

  it('loads the same graph from stdin as kg ingest', async () => {
    const env = { NEO4J_URI: neo.settings.uri, NEO4J_USER: neo.settings.user, NEO4J_PASSWORD: neo.settings.password, NEO4J_DATABASE: neo.settings.database }
    expect(kg(['ingest', 'seeds/'], env).status).toBe(0)
    const ingested = await snapshot(neo.store)
    await neo.store.reset()
    const r = kg(['load', '-'], env, fs.readFileSync(jsonl, 'utf8'))
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(new RegExp(`^loaded ${lines.length} article\\(s\\) from stdin`))
    expect(await snapshot(neo.store)).toEqual(ingested)
  }, 300_000)
})
