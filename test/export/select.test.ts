// Selections on the embedded store, and the errors a user meets: an unknown seed, an empty
// selection, Cypher without Neo4j, a path that cannot be written — each clear, none leaving a file.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KgError, NotFoundError, UsageError } from '../../src/errors.js'
import { exportSubgraph, parseSelection, selectSubgraph, type SubgraphSource } from '../../src/export/index.js'
import type { Subgraph } from '../../src/model/index.js'
import type { EmbeddedStore } from '../../src/store/embedded/index.js'
import { EmbeddedStore as Store } from '../../src/store/embedded/index.js'
import { fixtureStore, NASTY, tmpTarget } from './fixture.js'

let store: EmbeddedStore
let dir: string
beforeAll(async () => {
  ;({ store, dir } = await fixtureStore())
})
afterAll(async () => store.close())

async function collect(source: SubgraphSource): Promise<Subgraph> {
  const out: Subgraph = { nodes: [], edges: [], truncated: source.truncated }
  for await (const b of source.batches()) {
    out.nodes.push(...b.nodes)
    out.edges.push(...b.edges)
  }
  return out
}
const ids = (g: Subgraph) => g.nodes.map((n) => n.id).sort()
const types = (g: Subgraph) => [...new Set(g.edges.map((e) => e.type))].sort()

describe('selections', () => {
  it('seeds by name, alias or id, with depth and label filters', async () => {
    const byName = await collect(await selectSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['包头市公安局'], depth: 1 })))
    expect(ids(byName)).toEqual(expect.arrayContaining(['unit:包头市公安局', 'place:150200', 'campaign:禁毒严打大收戒专项行动', 'measure:战时奖励机制']))
    expect(types(byName)).not.toContain('MENTIONS')
    const byAlias = await collect(await selectSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['包头市局'], depth: 1 })))
    expect(ids(byAlias)).toEqual(ids(byName))
    const filtered = await collect(await selectSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['unit:包头市公安局'], depth: 2, labels: ['Campaign'] })))
    expect(ids(filtered)).toEqual(['campaign:禁毒严打大收戒专项行动', 'unit:包头市公安局'])
    expect(types(filtered)).toEqual(['PARTICIPATES_IN'])
  })

  it('a place and everything located in it, with what its units connect to', async () => {
    const g = await collect(await selectSubgraph(store, parseSelection({ kind: 'within', place: '内蒙古自治区' })))
    expect(ids(g)).toEqual(expect.arrayContaining(['place:150000', 'place:150200', 'unit:包头市公安局', 'unit:青山路派出所@包头市公安局', 'measure:战时奖励机制']))
    expect(ids(g)).not.toContain('person:刘浩@150200')
  })

  it('a campaign and its participants and measures', async () => {
    const g = await collect(await selectSubgraph(store, parseSelection({ kind: 'campaign', campaign: '禁毒严打大收戒专项行动' })))
    expect(ids(g)).toEqual(expect.arrayContaining(['campaign:禁毒严打大收戒专项行动', 'unit:包头市公安局', 'measure:战时奖励机制']))
    expect(types(g)).toEqual(expect.arrayContaining(['PARTICIPATES_IN', 'SUPPORTS', 'ABOUT']))
  })

  it('an article or a source file with what it supports', async () => {
    const [article] = (await collect(await selectSubgraph(store, parseSelection({ kind: 'all', labels: ['Article'] })))).nodes.filter((n) => n.properties.source !== 'nasty.txt')
    const g = await collect(await selectSubgraph(store, parseSelection({ kind: 'articles', ids: [article!.id] })))
    expect(types(g)).toEqual(expect.arrayContaining(['MENTIONS', 'AUTHORED', 'SERVES_IN', 'LOCATED_IN', 'REPORTED']))
    expect(ids(g)).not.toContain('article:nasty0000000000')
    const bySource = await collect(await selectSubgraph(store, parseSelection({ kind: 'source', sources: ['/some/dir/baotou "2021";a.txt'] })))
    expect(ids(bySource)).toEqual(ids(g))
  })

  it('the whole graph, or only some labels of it', async () => {
    const g = await collect(await selectSubgraph(store, parseSelection({ kind: 'all', labels: ['Unit', 'Place'] })))
    expect(new Set(g.nodes.map((n) => n.label))).toEqual(new Set(['Unit', 'Place']))
    expect(types(g)).toEqual(['LOCATED_IN', 'PART_OF'])
  })
})

describe('bad input', () => {
  it('an unknown seed is an error naming it', async () => {
    const error = await selectSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['包头市公安局', '不存在的单位'] })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain('不存在的单位')
  })

  it('an empty selection is an error, and writes nothing', async () => {
    expect(() => parseSelection({ kind: 'seeds', seeds: [] })).toThrow(UsageError)
    const empty = new Store(path.join(dir, 'empty'))
    await expect(selectSubgraph(empty, parseSelection({ kind: 'all' }))).rejects.toMatchObject({ code: 'INPUT_EMPTY' })
    const target = tmpTarget('none.gexf')
    // Whole-graph selections stream, so emptiness shows only after the filter ran: still no file.
    await expect(exportSubgraph(store, parseSelection({ kind: 'all', labels: ['Person'], types: ['SUPPORTS'] }), 'gexf', target)).resolves.toMatchObject({ relationships: 0 })
    const onlyNasty = new Store(path.join(dir, 'nasty'))
    await onlyNasty.apply([NASTY])
    await expect(exportSubgraph(onlyNasty, parseSelection({ kind: 'all', labels: ['Campaign'] }), 'gexf', target)).rejects.toMatchObject({ code: 'INPUT_EMPTY' })
    await expect(exportSubgraph(onlyNasty, parseSelection({ kind: 'within', place: '包头市' }), 'csv', target)).rejects.toBeInstanceOf(NotFoundError)
    expect(fs.readdirSync(path.dirname(target))).toEqual(['none.gexf'])
  })

  it('Cypher on the embedded store is a usage error', async () => {
    await expect(selectSubgraph(store, parseSelection({ kind: 'cypher', query: 'CREATE (n) RETURN n' }))).rejects.toBeInstanceOf(UsageError)
  })

  it('a path that cannot be written is WRITE_FAILED naming it, and leaves nothing', async () => {
    const all = parseSelection({ kind: 'all' })
    for (const format of ['gexf', 'csv', 'json'] as const) {
      const error = await exportSubgraph(store, all, format, '/proc/x/y').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(KgError)
      expect(error).toMatchObject({ code: 'WRITE_FAILED', subject: '/proc/x/y' })
      expect((error as Error).message).toContain('/proc/x/y')
    }
  })

  it('a failure half-way leaves no partial file, and keeps an earlier export', async () => {
    const target = tmpTarget('out.cypher')
    fs.writeFileSync(target, 'earlier export')
    const broken: SubgraphSource = {
      description: 'broken',
      total: undefined,
      truncated: false,
      async *batches() {
        yield { nodes: [{ id: 'unit:a', label: 'Unit', properties: { name: 'a' } }], edges: [], truncated: false }
        throw new Error('store went away')
      },
    }
    const { exportSource } = await import('../../src/export/index.js')
    await expect(exportSource(broken, 'cypher', target)).rejects.toMatchObject({ code: 'WRITE_FAILED' })
    await expect(exportSource(broken, 'csv', `${target}.csv`)).rejects.toMatchObject({ code: 'WRITE_FAILED' })
    expect(fs.readdirSync(path.dirname(target))).toEqual(['out.cypher'])
    expect(fs.readFileSync(target, 'utf8')).toBe('earlier export')
  })
})
