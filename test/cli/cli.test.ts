// The CLI as a user meets it: the README's commands on both stores, help everywhere, and bad
// input answered with one clear line naming the file, a non-zero exit, and an untouched store.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { snapshot } from '../store/contract.js'
import { kg } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'

const SEED_ARTICLES = 11
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'))

describe('kg on the embedded store', () => {
  const dataDir = tmp()
  const env = { KG_DATA_DIR: dataDir }

  it('ingests the seeds and reports the article count', () => {
    const ingest = kg(['ingest', 'seeds/'], env)
    expect(ingest.stderr).toBe('')
    expect(ingest.status).toBe(0)
    expect(ingest.stdout).toMatch(new RegExp(`ingested 5 file\\(s\\), ${SEED_ARTICLES} article\\(s\\)`))
    const status = kg(['status', '--json'], env)
    expect(status.status).toBe(0)
    const stats = JSON.parse(status.stdout)
    expect(stats.store).toBe(`embedded ${path.join(dataDir, 'graph.db')}`)
    expect(stats.articles).toBe(SEED_ARTICLES)
    expect(stats.labels.Unit).toBeGreaterThan(30)
  })

  /** Everything the store holds, read as the next command would. */
  const contents = async () => {
    const store = new SqliteStore(dataDir)
    try {
      return await snapshot(store)
    } finally {
      await store.close()
    }
  }

  it('leaves the graph as it was when the same files are ingested again', async () => {
    const before = await contents()
    expect(kg(['ingest', 'seeds/'], env).status).toBe(0)
    expect(await contents()).toEqual(before)
  })

  const bad: [string, (dir: string) => string, RegExp][] = [
    ['a missing path', (dir) => path.join(dir, 'nope.txt'), /nope\.txt: no such file or directory/],
    ['an empty file', (dir) => (fs.writeFileSync(path.join(dir, 'empty.txt'), ''), path.join(dir, 'empty.txt')), /empty\.txt: .*empty/],
    ['a binary, non-UTF-8 file', (dir) => (fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00, 0x9f, 0x00])), path.join(dir, 'blob.txt')), /blob\.txt: /],
    ['a directory with no text files', (dir) => (fs.mkdirSync(path.join(dir, 'pics')), fs.writeFileSync(path.join(dir, 'pics', 'a.png'), 'x'), path.join(dir, 'pics')), /pics: no \.txt or \.md files/],
  ]
  it.each(bad)('rejects %s with one line naming it and changes nothing', async (_what, make, message) => {
    const before = await contents()
    const r = kg(['ingest', 'seeds/', make(tmp())], env)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.split('\n').filter((l) => l.startsWith('kg: ') && !l.includes('nothing was stored'))).toHaveLength(1)
    expect(await contents()).toEqual(before)
  })

  it('removes a source and refuses to reset without --yes', () => {
    expect(kg(['remove', '002_243109ca0d1e3123.txt'], env).stdout).toMatch(/removed 1 article/)
    expect(JSON.parse(kg(['status', '--json'], env).stdout).articles).toBe(SEED_ARTICLES - 1)
    const refused = kg(['reset'], env)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--yes/)
    expect(kg(['reset', '--yes'], env).status).toBe(0)
    expect(JSON.parse(kg(['status', '--json'], env).stdout).nodes).toBe(0)
  })

  it('has --help on every command', () => {
    for (const command of ['ingest', 'status', 'init', 'reset', 'remove', 'query', 'extract', 'serve', 'export']) {
      const r = kg([command, '--help'])
      expect(r.status, command).toBe(0)
      expect(r.stdout, command).toMatch(/Usage: kg/)
    }
  })

  it('names the setting that is wrong', () => {
    const r = kg(['status'], { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/NEO4J_URI/)
  })
})

describe('kg on Neo4j', () => {
  let neo: Neo4jForTest
  beforeAll(async () => {
    neo = await useNeo4j()
  })
  afterAll(async () => neo.release())

  it('ingests the seeds and reports the article count', () => {
    const env = { NEO4J_URI: neo.settings.uri, NEO4J_USER: neo.settings.user, NEO4J_PASSWORD: neo.settings.password, NEO4J_DATABASE: neo.settings.database }
    const ingest = kg(['ingest', 'seeds/'], env)
    expect(ingest.stderr).toBe('')
    expect(ingest.status).toBe(0)
    const stats = JSON.parse(kg(['status', '--json'], env).stdout)
    expect(stats.store).toMatch(/^neo4j bolt:/)
    expect(stats.articles).toBe(SEED_ARTICLES)
    const bad = kg(['ingest', path.join(tmp(), 'missing.txt')], env)
    expect(bad.status).toBe(1)
    expect(JSON.parse(kg(['status', '--json'], env).stdout)).toEqual(stats)
  })

  it('says clearly when the password is wrong', () => {
    const r = kg(['status'], { NEO4J_URI: neo.settings.uri, NEO4J_PASSWORD: 'wrong-password' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/refused the credentials.*NEO4J_PASSWORD/)
  })
})
