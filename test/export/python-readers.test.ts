// Every file a Gephi, networkx or spreadsheet user opens, read by their tools rather than ours:
// networkx's read_gexf, read_graphml and node_link_graph, and openpyxl. Counts, labels, positions,
// colours and an evidence sentence must come through, on the fixture and on the seed articles.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSubgraph, LABEL_COLOURS, parseSelection } from '../../src/export/index.js'
import { rgbOf } from '../../src/export/palette.js'
import { ingestPaths } from '../../src/load/ingest.js'
import type { Subgraph } from '../../src/model/index.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { dumpAll, fixtureStore, tmpTarget } from './fixture.js'
import { ensurePython, python } from './python.js'

let store: EmbeddedStore
let source: Subgraph
let seeds: EmbeddedStore
const all = parseSelection({ kind: 'all' })
const SERVES_SENTENCE = '青山路派出所所长刘浩说,共破获各类毒品案件4641起,同比上升68.34%。'

beforeAll(async () => {
  ensurePython()
  ;({ store } = await fixtureStore())
  source = await dumpAll(store)
  seeds = new EmbeddedStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-seeds-')))
  await ingestPaths(seeds, [path.resolve(import.meta.dirname, '../../seeds')])
})
afterAll(async () => {
  await store.close()
  await seeds.close()
})

/** What a networkx graph holds, in the terms the tests check. */
interface NxSummary {
  kind: string
  mode: string | null
  nodes: number
  edges: number
  labels: Record<string, string>
  kgLabels: Record<string, string>
  apocLabels: Record<string, string>
  colours: Record<string, [number, number, number]>
  positioned: number
  sized: number
  serves: Record<string, unknown> | null
  starts: string[]
}

const SUMMARY = `
import json, sys
import networkx as nx

def summary(g):
    def colour(d):
        c = d.get('viz', {}).get('color')
        if c: return [c['r'], c['g'], c['b']]
        if 'r' in d: return [d['r'], d['g'], d['b']]
        return None
    def positioned(d):
        p = d.get('viz', {}).get('position')
        return (p is not None and isinstance(p['x'], float)) or isinstance(d.get('x'), float)
    serves = [d for _, _, d in g.edges(data=True) if d.get('kgType') == 'SERVES_IN']
    return {
        'kind': type(g).__name__,
        'mode': g.graph.get('mode'),
        'nodes': g.number_of_nodes(),
        'edges': g.number_of_edges(),
        'labels': {n: d.get('label') for n, d in g.nodes(data=True)},
        'kgLabels': {n: d.get('kgLabel') for n, d in g.nodes(data=True)},
        'apocLabels': {n: d.get('labels') for n, d in g.nodes(data=True) if 'labels' in d},
        'colours': {n: colour(d) for n, d in g.nodes(data=True)},
        'positioned': sum(1 for _, d in g.nodes(data=True) if positioned(d)),
        'sized': sum(1 for _, d in g.nodes(data=True) if 'size' in d.get('viz', {})),
        'serves': serves[0] if serves else None,
        'starts': sorted({str(d['start']) for _, _, d in g.edges(data=True) if 'start' in d}),
    }

kind, path = sys.argv[1], sys.argv[2]
if kind == 'gexf': g = nx.read_gexf(path)
elif kind == 'graphml': g = nx.read_graphml(path)
else:
    with open(path, encoding='utf-8') as f: g = nx.node_link_graph(json.load(f))
print(json.dumps(summary(g), ensure_ascii=False, default=str))
`

const read = (kind: 'gexf' | 'graphml' | 'node-link', file: string) => python<NxSummary>(SUMMARY, kind, file)

function expectColours(g: NxSummary, kgLabels: Record<string, string>): void {
  for (const [id, label] of Object.entries(kgLabels)) {
    const { r, g: green, b } = rgbOf(LABEL_COLOURS[label as keyof typeof LABEL_COLOURS])
    expect(g.colours[id], id).toEqual([r, green, b])
  }
}

describe('networkx reads', () => {
  it('GEXF: every node named, coloured, sized and placed; edges with weight, sentence and start date', async () => {
    const file = tmpTarget('out.gexf')
    await exportSubgraph(store, all, 'gexf', file)
    const g = read('gexf', file)
    expect(g).toMatchObject({ nodes: source.nodes.length, edges: source.edges.length, mode: 'dynamic', positioned: source.nodes.length, sized: source.nodes.length })
    expect(g.labels['unit:包头市公安局']).toBe('包头市公安局')
    expect(g.kgLabels['person:刘浩@150200']).toBe('Person')
    expectColours(g, g.kgLabels)
    expect(g.serves).toMatchObject({ sentence: SERVES_SENTENCE, articleTitle: '包头市公安局开展“禁毒严打大收戒”专项行动', articleDate: '2021-06-01', evidenceCount: 1, weight: 1, label: 'SERVES_IN', start: '2021-06-01' })
    expect(g.serves!.title).toBe('所长;副所长"代"\n兼 back\\slash')
  })

  it('GraphML: APOC labels, positions, r/g/b, weight and the sentence', async () => {
    const file = tmpTarget('out.graphml')
    await exportSubgraph(store, all, 'graphml', file)
    const g = read('graphml', file)
    expect(g).toMatchObject({ nodes: source.nodes.length, edges: source.edges.length, positioned: source.nodes.length })
    expect(g.apocLabels['unit:包头市公安局']).toBe(':Unit:Entity')
    expect(g.apocLabels[source.nodes.find((n) => n.label === 'Article')!.id]).toBe(':Article')
    expectColours(g, g.kgLabels)
    expect(g.serves).toMatchObject({ sentence: SERVES_SENTENCE, articleDate: '2021-06-01', weight: 1, label: 'SERVES_IN' })
    expect(fs.readFileSync(file, 'utf8')).toContain('<node id="unit:包头市公安局" labels=":Unit:Entity">')
  })

  it('node-link JSON: the same graph with viz maps and the sentence', async () => {
    const file = tmpTarget('out.nodelink.json')
    await exportSubgraph(store, all, 'node-link', file)
    const g = read('node-link', file)
    expect(g).toMatchObject({ kind: 'MultiDiGraph', nodes: source.nodes.length, edges: source.edges.length, positioned: source.nodes.length, sized: source.nodes.length })
    expectColours(g, g.kgLabels)
    expect(g.serves).toMatchObject({ sentence: SERVES_SENTENCE, weight: 1 })
  })

  it('the seed articles as GEXF and GraphML, whole and by campaign', async () => {
    const whole = await dumpAll(seeds)
    for (const format of ['gexf', 'graphml'] as const) {
      const file = tmpTarget(`seeds.${format}`)
      await exportSubgraph(seeds, all, format, file)
      const g = read(format, file)
      expect(g).toMatchObject({ nodes: whole.nodes.length, edges: whole.edges.length, positioned: whole.nodes.length })
      expectColours(g, g.kgLabels)
      expect(g.serves!.sentence).toMatch(/。|;|,/)
    }
    const file = tmpTarget('campaign.gexf')
    const summary = await exportSubgraph(seeds, parseSelection({ kind: 'campaign', campaign: '扫黑除恶' }), 'gexf', file)
    expect(read('gexf', file)).toMatchObject({ nodes: summary.nodes, edges: summary.relationships })
  })
})

describe('openpyxl reads the workbook', () => {
  it('has Nodes, Relationships and About sheets with names, sentences and header filters', async () => {
    const file = tmpTarget('out.xlsx')
    await exportSubgraph(store, all, 'xlsx', file)
    const book = python<{ sheets: string[]; filters: Record<string, string | null>; frozen: string | null; wrapped: boolean; rows: Record<string, (string | number | null)[][]> }>(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=False)
print(json.dumps({
    'sheets': wb.sheetnames,
    'filters': {ws.title: ws.auto_filter.ref for ws in wb},
    'frozen': wb['Relationships'].freeze_panes,
    'wrapped': bool(wb['Relationships']['G2'].alignment.wrap_text),
    'rows': {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb},
}, ensure_ascii=False, default=str))
`,
      file,
    )
    expect(book.sheets).toEqual(['Nodes', 'Relationships', 'About'])
    expect(book.filters).toMatchObject({ Nodes: 'A1:E1', Relationships: 'A1:M1' })
    expect([book.frozen, book.wrapped]).toEqual(['A2', true])
    const [nodeHeader, ...nodes] = book.rows.Nodes!
    expect(nodeHeader).toEqual(['name', 'label', 'aliases', 'properties', 'id'])
    expect(nodes).toHaveLength(source.nodes.length)
    expect(nodes.map((r) => r[0])).toEqual(expect.arrayContaining(['包头市公安局', '青山路派出所', '刘浩', '包头市"公安"局']))
    const [header, ...rels] = book.rows.Relationships!
    expect(rels).toHaveLength(source.edges.length)
    const at = (name: string) => header!.indexOf(name)
    const serves = rels.find((r) => r[at('type')] === 'SERVES_IN')!
    expect([serves[at('from')], serves[at('to')], serves[at('sentence')], serves[at('article')], serves[at('date')]]).toEqual([
      '刘浩',
      '青山路派出所',
      SERVES_SENTENCE,
      '包头市公安局开展“禁毒严打大收戒”专项行动',
      '2021-06-01',
    ])
    expect(book.rows.About).toEqual(expect.arrayContaining([['selection', 'whole graph'], ['truncated', 'no']]))
  })
})
