// The JSON API over HTTP, on both stores with the same seed graph: answers, ranking, limits and
// every error path (400 malformed, 404 unknown, 405, 413/422 limits, 503 store gone).
import { MultiDirectedGraph } from 'graphology'
import { parse as parseGraphml } from 'graphology-graphml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { STORE_FIXTURES, type StoreFixture } from './stores.js'

const QINGSHANLU = 'unit:包头市公安局青山路派出所@包头市公安局'

interface Reply {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

describe.each(STORE_FIXTURES)('API on the $name store', (kind) => {
  let fx: StoreFixture
  let server: RunningServer
  const get = async (path: string, init?: RequestInit): Promise<Reply> => {
    const res = await fetch(`${server.url}${path}`, init)
    const type = res.headers.get('content-type') ?? ''
    return { status: res.status, body: type.includes('json') ? await res.json() : await res.text() }
  }
  const post = (path: string, body: string) => get(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
  const q = encodeURIComponent

  beforeAll(async () => {
    fx = await kind.open()
    server = await startServer(fx.store, { port: 0, log: () => {} })
  })
  afterAll(async () => {
    await server?.close()
    await fx?.release()
  })

  test('stats count the seed graph', async () => {
    const { status, body } = await get('/api/stats')
    expect(status).toBe(200)
    expect(body.articles).toBeGreaterThanOrEqual(5)
    expect(body.labels.Unit).toBeGreaterThan(10)
    expect(body.types.SERVES_IN).toBeGreaterThan(0)
  })

  test('search finds Chinese names, aliases and pinyin with or without tones', async () => {
    const chinese = await get(`/api/search?q=${q('派出所')}&limit=20`)
    expect(chinese.status).toBe(200)
    expect(chinese.body.hits.map((h: { id: string }) => h.id)).toContain(QINGSHANLU)
    expect(chinese.body.hits.every((h: { name: string; aliases: string[] }) => h.name.includes('派出所') || h.aliases.some((a) => a.includes('派出所')))).toBe(true)

    const alias = await get(`/api/search?q=${q('青山路派出所')}`)
    expect(alias.body.hits[0].id).toBe(QINGSHANLU)

    for (const text of ['qingshanlupaichusuo', 'qīng shān lù pài chū suǒ', 'QingShanLu']) {
      const pinyin = await get(`/api/search?q=${q(text)}&limit=50`)
      expect(pinyin.status).toBe(200)
      expect(pinyin.body.hits.map((h: { id: string }) => h.id)).toContain(QINGSHANLU)
    }
  })

  test('search ranks the exact name first and filters by label', async () => {
    const exact = await get(`/api/search?q=${q('包头市')}`)
    expect(exact.body.hits[0]).toMatchObject({ name: '包头市', label: 'Place' })
    const scores = exact.body.hits.map((h: { score: number }) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    const units = await get(`/api/search?q=${q('包头')}&labels=Unit`)
    expect(units.body.hits.length).toBeGreaterThan(0)
    expect(units.body.hits.every((h: { label: string }) => h.label === 'Unit')).toBe(true)
  })

  test.each([
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    ['/api/search?q=a&limit=abc', 'limit'],
    ['/api/search?q=a&limit=0', 'limit'],
    ['/api/search?q=a&labels=Dog', 'labels'],
    ['/api/neighbourhood', 'ids'],
    ['/api/neighbourhood?ids=x&depth=4', 'depth'],
    ['/api/neighbourhood?ids=x&depth=two', 'depth'],
    ['/api/neighbourhood?ids=x&types=KNOWS', 'types'],
    ['/api/overview?cap=-1', 'cap'],
  ])('malformed %s is a 400 naming %s', async (path, param) => {
    const { status, body } = await get(path)
    expect(status).toBe(400)
    expect(body.error.code).toBe('BAD_REQUEST')
    expect(body.error.message).toContain(param)
  })

  test('node details: properties, pinyin, aliases, grouped relationships, evidence sentences', async () => {
    const { status, body } = await get(`/api/node/${q(QINGSHANLU)}`)
    expect(status).toBe(200)
    expect(body.node.properties).toMatchObject({ name: '包头市公安局青山路派出所', pinyinPlain: 'baotoushigonganjuqingshanlupaichusuo' })
    expect(body.node.properties.aliases).toContain('青山路派出所')
    const types = body.groups.map((g: { type: string }) => g.type)
    expect(types).toContain('PART_OF')
    const serves = body.groups.find((g: { type: string }) => g.type === 'SERVES_IN')
    expect(serves.relationships.some((r: { other: { name: string } }) => r.other.name === '刘浩')).toBe(true)
    const withEvidence = body.groups.flatMap((g: { relationships: { evidence: unknown[] }[] }) => g.relationships).filter((r: { evidence: unknown[] }) => r.evidence.length > 0)
    expect(withEvidence.length).toBeGreaterThan(0)
    for (const r of withEvidence) {
      for (const e of r.evidence) {
        expect(e.sentence.length).toBeGreaterThan(0)
        expect(e.highlight[0]).toBeGreaterThanOrEqual(0)
        expect(e.highlight[1]).toBeLessThanOrEqual(e.sentence.length)
      }
    }
    expect(body.articles.length).toBeGreaterThan(0)
    expect(body.mentions.some((m: { sentence: string; highlight: [number, number] }) => m.sentence.slice(...m.highlight).includes('青山路派出所'))).toBe(true)
  })

  test('an article node comes without its full text', async () => {
    const search = await get(`/api/node/${q(QINGSHANLU)}`)
    const article = search.body.articles[0].id
    const { status, body } = await get(`/api/node/${q(article)}`)
    expect(status).toBe(200)
    expect(body.node.label).toBe('Article')
    expect(body.node.properties.text).toBeUndefined()
    expect(body.node.properties.title).toBeTruthy()
  })

  test('unknown node is a 404 in JSON', async () => {
    const { status, body } = await get(`/api/node/${q('unit:没有这个单位')}`)
    expect(status).toBe(404)
    expect(body.error).toMatchObject({ code: 'NOT_FOUND' })
    expect(body.error.message).toContain('没有这个单位')
    expect((await get(`/api/neighbourhood?ids=${q('unit:没有这个单位')}`)).status).toBe(404)
    expect((await get('/api/node/%E0%A4%A')).status).toBe(400)
  })

  test('neighbourhood: seeds and neighbours, closed edge set, filters', async () => {
    const { status, body } = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&depth=1`)
    expect(status).toBe(200)
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id))
    expect(ids.has(QINGSHANLU)).toBe(true)
    expect(ids.size).toBeGreaterThan(2)
    expect(body.truncated).toBe(false)
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true)
      expect(e.type).not.toBe('MENTIONS')
    }

    const two = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&depth=2`)
    expect(two.body.nodes.length).toBeGreaterThan(body.nodes.length)

    const persons = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&labels=Person`)
    const others = persons.body.nodes.filter((n: { id: string }) => n.id !== QINGSHANLU)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((n: { label: string }) => n.label === 'Person')).toBe(true)

    const typed = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&types=PART_OF`)
    expect(typed.body.edges.every((e: { type: string }) => e.type === 'PART_OF')).toBe(true)
  })

  test('neighbourhood cap: truncated when reached, refused past the limit', async () => {
    const capped = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&depth=3&cap=3`)
    expect(capped.status).toBe(200)
    expect(capped.body.nodes.length).toBeLessThanOrEqual(3)
    expect(capped.body.truncated).toBe(true)

    const over = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&cap=1000000`)
    expect(over.status).toBe(422)
    expect(over.body.error.code).toBe('LIMIT_EXCEEDED')
    expect(over.body.error.message).toMatch(/cap=1000000 is over the limit of \d+/)

    const tooMany = await get(`/api/neighbourhood?${Array.from({ length: 101 }, (_, i) => `ids=n${i}`).join('&')}`)
    expect(tooMany.status).toBe(422)
    expect((await get('/api/search?q=a&limit=500')).status).toBe(422)
  })

  test('POST /api/subgraph returns the nodes and the edges among them', async () => {
    const near = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}`)
    const ids = near.body.nodes.map((n: { id: string }) => n.id)
    const { status, body } = await post('/api/subgraph', JSON.stringify({ ids: [...ids, 'unit:没有这个单位'] }))
    expect(status).toBe(200)
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ids].sort())
    expect(body.edges.length).toBe(near.body.edges.length)

    expect((await post('/api/subgraph', '{"ids":')).status).toBe(400)
    expect((await post('/api/subgraph', JSON.stringify({ ids: 'x' }))).status).toBe(400)
    const huge = await post('/api/subgraph', JSON.stringify({ ids: Array.from({ length: 300_000 }, (_, i) => `unit:${i}`) }))
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  test('overview: the most connected part, capped', async () => {
    const { status, body } = await get('/api/overview?cap=10')
    expect(status).toBe(200)
    expect(body.nodes.length).toBe(10)
    expect(body.truncated).toBe(true)
    expect(body.nodes.every((n: { label: string }) => n.label !== 'Article')).toBe(true)
    const all = await get('/api/overview')
    expect(all.body.truncated).toBe(false)
    expect(all.body.edges.length).toBeGreaterThan(50)
    expect((await get('/api/overview?cap=999999')).status).toBe(422)
  })

  test('unknown endpoints and methods', async () => {
    const none = await get('/api/nothing')
    expect(none.status).toBe(404)
    expect(none.body.error.code).toBe('NOT_FOUND')
    const method = await get('/api/search?q=a', { method: 'DELETE' })
    expect(method.status).toBe(405)
  })

  test('export: a node and its neighbourhood as a GraphML download graphology reads back', async () => {
    const res = await fetch(`${server.url}/api/export?format=graphml&ids=${q(QINGSHANLU)}&depth=1`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kg-export.graphml"')
    const graph = parseGraphml(MultiDirectedGraph, await res.text())
    const around = await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}&depth=1`)
    expect(graph.nodes().sort()).toEqual(around.body.nodes.map((n: { id: string }) => n.id).sort())
    expect(graph.getNodeAttribute(QINGSHANLU, 'label')).toBe('包头市公安局青山路派出所')
  })

  test('export of the whole graph as JSON holds every node the stats count', async () => {
    const res = await fetch(`${server.url}/api/export?format=json`)
    expect(res.status).toBe(200)
    const graph = new MultiDirectedGraph()
    graph.import(await res.json())
    expect(graph.order).toBe((await get('/api/stats')).body.nodes)
  })

  test.each([
    ['/api/export', 400, 'format'],
    ['/api/export?format=docx', 400, 'format'],
    ['/api/export?format=csv', 400, 'kg export'],
    [`/api/export?format=json&ids=${encodeURIComponent('unit:没有这个单位')}`, 404, '没有这个单位'],
  ])('export refuses %s with %i naming %s', async (path, status, named) => {
    const { status: got, body } = await get(path)
    expect(got).toBe(status)
    expect(body.error.message).toContain(named)
  })

  test('static files never leave the viewer directory', async () => {
    const root = await fetch(`${server.url}/`)
    expect([200, 503]).toContain(root.status)
    expect(root.headers.get('content-type')).toContain('text/html')
    expect((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status).toBe(404)
    expect((await fetch(`${server.url}/assets/nothing.js`)).status).toBe(404)
  })

  test('a store that is gone is a 503 with a message', async () => {
    const broken = fx.unreachable()
    const other = await startServer(broken, { port: 0, log: () => {} })
    try {
      for (const path of ['/api/stats', `/api/search?q=${q('派出所')}`, `/api/node/${q(QINGSHANLU)}`, '/api/overview']) {
        const res = await fetch(`${other.url}${path}`)
        const { status, body } = { status: res.status, body: await res.json() }
        expect(status).toBe(503)
        expect(body.error.code).toBe('STORE_UNAVAILABLE')
        expect(body.error.message.length).toBeGreaterThan(20)
      }
    } finally {
      await other.close()
      await broken.close()
    }
  })
})
