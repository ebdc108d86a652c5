// The exploring endpoints on both stores with the seed graph: a relationship's details, an article
// with its mentions, the shortest path between entities (checked against a breadth-first search of
// the whole dump), several-term and Traditional search with namesakes' context, an overview that
// samples every label, and the view's export by POST with positions.
import { MultiDirectedGraph } from 'graphology'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ArticleView, EdgeDetails, ENTITY_TYPES, NodeReply, PathReply, SearchReply, Subgraph, WithinReply, type GraphEdge } from '../../src/model/index.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { STORE_FIXTURES, type StoreFixture } from './stores.js'

const QINGSHANLU = 'unit:包头市公安局青山路派出所@包头市公安局'
const PATH_TYPES = new Set(['SERVES_IN', 'PART_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'IMPLEMENTS', 'PROPOSED', 'SUPPORTS'])

/** Hops from `from` to every entity reachable over relationships between entities, by plain BFS. */
function distances(nodes: Map<string, string>, edges: readonly GraphEdge[], from: string): Map<string, number> {
  const graph = new MultiDirectedGraph()
  for (const [id, label] of nodes) if ((ENTITY_TYPES as readonly string[]).includes(label)) graph.addNode(id)
  for (const e of edges) if (PATH_TYPES.has(e.type) && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target)
  const out = new Map([[from, 0]])
  for (let frontier = [from]; frontier.length > 0; ) {
    const next: string[] = []
    for (const id of frontier) for (const n of graph.neighbors(id)) if (!out.has(n)) out.set(n, out.get(id)! + 1) && next.push(n)
    frontier = next
  }
  return out
}

describe.each(STORE_FIXTURES)('exploring API on the $name store', (kind) => {
  let fx: StoreFixture
  let server: RunningServer
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${server.url}${path}`, init)
    return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : await res.text() }
  }
  const q = encodeURIComponent

  beforeAll(async () => {
    fx = await kind.open()
    server = await startServer(fx.store, { port: 0, log: () => {} })
  })
  afterAll(async () => {
    await server?.close()
    await fx?.release()
  })

  test('a relationship: its type, properties, both ends and the sentences naming them', async () => {
    const node = NodeReply.parse((await get(`/api/node/${q(QINGSHANLU)}`)).body)
    const rel = node.groups.flatMap((g) => g.relationships).find((r) => r.type === 'SERVES_IN')!
    expect(rel).toBeDefined()
    const { status, body } = await get(`/api/edge/${q(rel.id)}`)
    expect(status).toBe(200)
    const edge = EdgeDetails.parse(body)
    expect(edge.edge).toMatchObject({ id: rel.id, type: 'SERVES_IN' })
    expect([edge.source.id, edge.target.id]).toContain(QINGSHANLU)
    expect(edge.source.label).toBe('Person')
    expect(edge.evidence.length).toBeGreaterThanOrEqual(rel.evidence.length)
    expect(edge.evidence[0]!.sentence).toContain(edge.source.name)
    expect((await get(`/api/edge/${q('SERVES_IN:person:nobody->unit:nowhere')}`)).status).toBe(404)
    expect((await get(`/api/edge/${q('not an edge id')}`)).status).toBe(404)
  })

  test('an article: its text, every mention marked at the offsets of its name', async () => {
    const node = NodeReply.parse((await get(`/api/node/${q(QINGSHANLU)}`)).body)
    const { status, body } = await get(`/api/article/${q(node.articles[0]!.id)}`)
    expect(status).toBe(200)
    const article = ArticleView.parse(body)
    expect(article.text.length).toBeGreaterThan(100)
    expect(article.mentions.length).toBeGreaterThan(5)
    const station = article.mentions.filter((m) => m.entity.id === QINGSHANLU)
    expect(station.length).toBeGreaterThan(0)
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end).length).toBe(m.end - m.start)
    for (let i = 1; i < article.mentions.length; i++) expect(article.mentions[i]!.start).toBeGreaterThanOrEqual(article.mentions[i - 1]!.end)
    expect(article.text.slice(station[0]!.start, station[0]!.end)).toMatch(/青山路派出所$/)
    expect((await get(`/api/article/${q(QINGSHANLU)}`)).status).toBe(404)
  })

  test('the shortest path between two units is as short as a breadth-first search finds, each step a stored relationship with its sentence', async () => {
    const labels = new Map<string, string>()
    const edges: GraphEdge[] = []
    for await (const b of fx.store.dump()) {
      for (const n of b.nodes) labels.set(n.id, n.label)
      edges.push(...b.edges)
    }
    const hops = distances(labels, edges, QINGSHANLU)
    // The farthest unit within the path's reach: the hardest pair the seeds offer.
    const [far, length] = [...hops].filter(([id, d]) => labels.get(id) === 'Unit' && d <= 8).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!
    expect(length).toBeGreaterThanOrEqual(3)
    const { status, body } = await get(`/api/path?from=${q(QINGSHANLU)}&to=${q(far)}`)
    expect(status).toBe(200)
    const path = PathReply.parse(body)
    expect(path.nodes[0]!.id).toBe(QINGSHANLU)
    expect(path.nodes.at(-1)!.id).toBe(far)
    expect(path.steps).toHaveLength(length)
    const stored = new Map(edges.map((e) => [e.id, e]))
    path.steps.forEach((s, i) => {
      const [a, b] = [path.nodes[i]!.id, path.nodes[i + 1]!.id]
      expect(stored.get(s.edge), s.edge).toMatchObject({ type: s.type })
      expect([s.source, s.target].sort()).toEqual([a, b].sort())
    })
    expect(path.steps.some((s) => s.evidence.length > 0)).toBe(true)
    expect(Subgraph.parse(path.subgraph).nodes.map((n) => n.id).sort()).toEqual(path.nodes.map((n) => n.id).sort())

    const none = await get(`/api/path?from=${q(QINGSHANLU)}&to=${q('unit:没有这个单位')}`)
    expect(none.status).toBe(404)
    const missing = await get(`/api/path?from=${q(QINGSHANLU)}`)
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toMatch(/^to /)
  })

  test('several terms must all match, in the name, its pinyin, or the units and places it is tied to', async () => {
    const search = async (text: string) => SearchReply.parse((await get(`/api/search?q=${q(text)}&limit=20`)).body).hits
    const chinese = await search('包头 派出所')
    expect(chinese.map((h) => h.id)).toContain(QINGSHANLU)
    expect(chinese.every((h) => h.name.includes('派出所') || h.aliases.some((a) => a.includes('派出所')))).toBe(true)
    const pinyin = await search('baotou paichusuo')
    expect(pinyin.map((h) => h.id)).toContain(QINGSHANLU)
    // 刘浩 heads the station: his unit's name carries 包头.
    const liu = await search('刘浩 包头')
    expect(liu[0]).toMatchObject({ name: '刘浩', label: 'Person' })
    expect(liu[0]!.context.some((c) => c.includes('包头'))).toBe(true)
    expect(await search('刘浩 赤峰')).toEqual([])
    const traditional = await search('包頭市公安局')
    expect(traditional[0]).toMatchObject({ name: '包头市公安局' })
    // Ties in score go to the better connected.
    const stations = await search('派出所')
    for (let i = 1; i < stations.length; i++) {
      const [a, b] = [stations[i - 1]!, stations[i]!]
      if (a.score === b.score) expect(a.degree).toBeGreaterThanOrEqual(b.degree)
    }
  })

  test('an overview smaller than the graph samples every label and says it is a sample', async () => {
    const stats = (await get('/api/stats')).body as { labels: Record<string, number> }
    const { body } = await get('/api/overview?cap=30')
    const overview = Subgraph.parse(body)
    expect(overview.truncated).toBe(true)
    expect(overview.nodes).toHaveLength(30)
    const present = new Set(overview.nodes.map((n) => n.label))
    for (const label of ['Person', 'Unit', 'Place', 'Campaign', 'Measure']) if ((stats.labels[label] ?? 0) > 0) expect(present, label).toContain(label)
  })

  test('within a place: what is located in it and what its units tie to, nothing of other cities', async () => {
    const { status, body } = await get(`/api/within?place=${q('包头市')}`)
    expect(status).toBe(200)
    const within = WithinReply.parse(body)
    expect(within.place.name).toBe('包头市')
    expect(within.ids).toContain(QINGSHANLU)
    const nodes = Subgraph.parse((await get('/api/overview?cap=5000')).body).nodes
    const elsewhere = nodes.filter((n) => n.label === 'Unit' && /^(赤峰|通辽|鄂尔多斯|呼和浩特)/.test(String(n.properties.name)))
    expect(elsewhere.length).toBeGreaterThan(0)
    for (const n of elsewhere) expect(within.ids).not.toContain(n.id)
    expect((await get('/api/within')).body.error.message).toMatch(/^place /)
    expect((await get(`/api/within?place=${q('没有这个地方')}`)).status).toBe(404)
  })

  test('POST /api/export writes the view with the positions it was drawn at', async () => {
    const ids = Subgraph.parse((await get(`/api/neighbourhood?ids=${q(QINGSHANLU)}`)).body).nodes.map((n) => n.id)
    const positions = Object.fromEntries(ids.map((id, i) => [id, [i * 10.5, 1 - i]]))
    const res = await fetch(`${server.url}/api/export`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ format: 'json', ids, positions }) })
    expect(res.status).toBe(200)
    const graph = (await res.json()) as { nodes: { key: string; attributes: { x: number; y: number } }[] }
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([...ids].sort())
    for (const n of graph.nodes) expect([n.attributes.x, n.attributes.y]).toEqual(positions[n.key])
    const bad = await get('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ format: 'json', ids: [] }) })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/^ids /)
  })
})
