// Limits that protect the store, and failures a user causes answered in one line: a run of text
// with no sentence end, over-long names and headlines, a graph.json past the size it can be read
// back at (never "reset" for a store that is merely large), a damaged graph.json or graph.db.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { MAX_NAME_LENGTH, MAX_RUN_LENGTH, MAX_TITLE_LENGTH } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { chengduArticles, mini } from '../support/articles.js'
import { repoRoot } from '../support/cli.js'
import { kgRun, tmpDir } from './support.js'

const STACK = /\n\s+at /

describe('a run of text with no sentence end', () => {
  it('is refused naming the file and line, and nothing is stored', async () => {
    const dir = tmpDir('run')
    const good = path.join(dir, 'good.txt')
    const bad = path.join(dir, 'bad.txt')
    fs.copyFileSync(path.join(repoRoot, 'seeds', '000_da24980a3613de76.txt'), good)
    fs.writeFileSync(bad, `标题\n${'派出所民警走访群众'.repeat(Math.ceil((MAX_RUN_LENGTH + 1) / 9))}\n`)
    const data = tmpDir('run-data')
    const r = await kgRun(['ingest', dir], { KG_DATA_DIR: data })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^kg: ${bad.replace(/[.]/g, '\\.')}: line 2 runs \\d+ characters with no sentence end or line break \\(the limit is ${MAX_RUN_LENGTH}\\)`))
    expect(r.stderr).not.toMatch(STACK)
    expect(fs.readdirSync(data)).toEqual([])
    const rest = await kgRun(['ingest', '--keep-going', dir], { KG_DATA_DIR: data })
    expect(rest.stdout).toMatch(/ingested 1 file\(s\)/)
  })

  it('of ordinary length passes', async () => {
    const dir = tmpDir('run-ok')
    fs.writeFileSync(path.join(dir, 'ok.txt'), `标题\n${'派出所民警走访群众'.repeat(Math.floor(MAX_RUN_LENGTH / 9))}。\n`)
    expect((await kgRun(['ingest', dir], { KG_DATA_DIR: tmpDir('run-ok-data') })).status).toBe(0)
  })
})

describe('names and headlines', () => {
  const long = '某'.repeat(MAX_NAME_LENGTH + 1)
  const article = mini({
    source: 'long.txt',
    title: `很长的标题${'长'.repeat(MAX_TITLE_LENGTH)}`,
    text: `成都市公安局${long}派出所。`,
    entities: [
      { type: 'Unit', name: '成都市公安局', aliases: [long] },
      { type: 'Unit', name: `${long}派出所` },
    ],
    relations: [{ type: 'PART_OF', from: ['Unit', `${long}派出所`], to: ['Unit', '成都市公安局'] }],
  })

  it('past the cap are left out (a name) or cut (a headline), with what refers to them', () => {
    const c = assembleArticle(article)
    expect(c.entities.map((e) => e.properties.name)).toEqual(['成都市公安局'])
    expect(c.entities[0]!.aliases).toEqual(['成都市公安局'])
    expect(c.relations).toEqual([])
    const title = c.article.properties.title as string
    expect([...title]).toHaveLength(MAX_TITLE_LENGTH)
    expect(title.endsWith('…')).toBe(true)
  })
})

describe('the in-memory store (graph.json, read when migrating) past the size it can read back', () => {
  it('refuses the batch that would take it there, keeps the file, and does not suggest reset', async () => {
    const dir = tmpDir('size')
    const [first, second] = chengduArticles.map(assembleArticle)
    await new EmbeddedStore(dir).apply([first!])
    const file = path.join(dir, 'graph.json')
    const before = fs.readFileSync(file)
    const small = new EmbeddedStore(dir, { maxWriteBytes: before.length + 100 })
    const failure = await small.apply([second!]).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StoreError)
    expect((failure as StoreError).code).toBe('STORE_TOO_LARGE')
    expect((failure as StoreError).message).toMatch(/NEO4J_URI/)
    expect((failure as StoreError).message).not.toMatch(/reset/)
    expect(fs.readFileSync(file)).toEqual(before)
    expect(fs.readdirSync(dir).filter((f) => f !== 'graph.json')).toEqual([])
    expect((await new EmbeddedStore(dir).stats()).articles).toBe(1)
  })

  it('reports a file over the size it reads as too large, leaving it as it is', async () => {
    const dir = tmpDir('size-read')
    await new EmbeddedStore(dir).apply(chengduArticles.map(assembleArticle))
    const file = path.join(dir, 'graph.json')
    const size = fs.statSync(file).size
    const failure = await new EmbeddedStore(dir, { maxReadBytes: size - 1 }).stats().catch((e: unknown) => e)
    expect((failure as StoreError).code).toBe('STORE_TOO_LARGE')
    expect((failure as StoreError).message).not.toMatch(/reset/)
    expect(fs.statSync(file).size).toBe(size)
  })
})

describe('a damaged graph.json, met when migrating it', () => {
  it.each([
    ['an edge to a missing node', (g: { graph: { nodes: { key: string }[] } }) => (g.graph.nodes = g.graph.nodes.filter((n) => !n.key.startsWith('place:'))), /relationship .* points to node place:\d+, which the file does not hold/],
    ['a truncated file', undefined, /not a graph this tool wrote/],
  ] as const)('with %s: one line naming the file, exit 1, no stack trace, nothing changed', async (_, damage, message) => {
    const dir = tmpDir('damaged')
    await new EmbeddedStore(dir).apply(chengduArticles.map(assembleArticle))
    const file = path.join(dir, 'graph.json')
    const text = fs.readFileSync(file, 'utf8')
    if (damage) {
      const g = JSON.parse(text)
      damage(g)
      fs.writeFileSync(file, JSON.stringify(g))
    } else fs.writeFileSync(file, text.slice(0, text.length / 2))
    const damaged = fs.readFileSync(file)
    for (const args of [['status'], ['ingest', 'seeds/000_da24980a3613de76.txt']]) {
      const r = await kgRun(args, { KG_DATA_DIR: dir })
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(new RegExp(`^kg: ${file.replace(/[.]/g, '\\.')}`))
      expect(r.stderr).toMatch(message)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).not.toMatch(STACK)
      expect(r.stderr).not.toMatch(/unexpected/)
    }
    expect(fs.readFileSync(file)).toEqual(damaged)
  })
})

it('a damaged graph.db: one line naming it, exit 1, no stack trace', async () => {
  const dir = tmpDir('damaged-db')
  fs.writeFileSync(path.join(dir, 'graph.db'), 'not a database: another program wrote over it. '.repeat(20))
  const r = await kgRun(['status'], { KG_DATA_DIR: dir })
  expect(r.status).toBe(1)
  expect(r.stderr).toMatch(new RegExp(`^kg: ${path.join(dir, 'graph.db').replace(/[.]/g, '\\.')} is damaged`))
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(r.stderr).not.toMatch(STACK)
})
