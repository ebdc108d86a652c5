// GEXF 1.3 for Gephi and networkx, written here as a stream in two passes: the first declares the
// attributes, counts degrees and finds each edge's earliest article date; the second writes the
// elements. Nodes carry `viz:color` as r/g/b (networkx reads only those) and hex, `viz:size` from
// degree and always a `viz:position`; edges carry weight and their evidence sentence. With dated
// articles the graph is dynamic: every edge starts at its first article's date and every node at
// its first edge's, so Gephi's timeline builds the graph as the news reported it.
import type { GraphEdge, GraphNode } from '../../model/index.js'
import { EvidenceReader } from '../evidence.js'
import { rgbOf } from '../palette.js'
import { ArrayKeys, AttributeTypes, EVIDENCE_TYPES, describeExport, edgeAttributes, nodeAttributes, weightOf } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'
import { xmlAttribute, xmlText } from '../xml.js'

/** Written as XML attributes or viz elements, not as attvalues. */
const OUTSIDE_ATTVALUES = new Set(['label', 'color', 'x', 'y', 'size'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Node size in Gephi's units: grows with the square root of the degree, so hubs stand out without hiding the rest. */
export const sizeOf = (degree: number): number => Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100

const earlier = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined ? a : a < b ? a : b)

/** What the first pass learns. */
interface Model {
  nodeTypes: AttributeTypes
  edgeTypes: AttributeTypes
  arrays: ArrayKeys
  degree: Map<string, number>
  articleDates: Map<string, string | undefined>
  nodeStart: Map<string, string>
}

/** When an edge was first seen: a relationship's `firstSeen`, a mention's article date. */
function edgeStart(edge: GraphEdge, articleDates: ReadonlyMap<string, string | undefined>): string | undefined {
  if (edge.type === 'MENTIONS') return articleDates.get(edge.source)
  const first = edge.properties.firstSeen
  return typeof first === 'string' && DATE.test(first) ? first : undefined
}

async function learn(source: SubgraphSource): Promise<Model> {
  const m: Model = { nodeTypes: new AttributeTypes(), edgeTypes: new AttributeTypes(), arrays: new ArrayKeys(), degree: new Map(), articleDates: new Map(), nodeStart: new Map() }
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      m.arrays.observe(node.properties)
      m.nodeTypes.observe(nodeAttributes(node, undefined, 'json'), node.label)
      m.degree.set(node.id, 0)
      if (node.label === 'Article') m.articleDates.set(node.id, dateOf(node))
    }
    const unknown = new Set<string>()
    for (const edge of batch.edges) if (edge.type === 'MENTIONS' && !m.articleDates.has(edge.source)) unknown.add(edge.source)
    if (unknown.size > 0 && source.articles) {
      const found = new Map((await source.articles([...unknown])).map((a) => [a.id, dateOf(a)]))
      for (const a of unknown) m.articleDates.set(a, found.get(a))
    }
    for (const edge of batch.edges) {
      m.arrays.observe(edge.properties)
      m.edgeTypes.observe(edgeAttributes(edge, 'json'))
      m.degree.set(edge.source, (m.degree.get(edge.source) ?? 0) + 1)
      m.degree.set(edge.target, (m.degree.get(edge.target) ?? 0) + 1)
      const start = edgeStart(edge, m.articleDates)
      if (start === undefined) continue
      for (const end of [edge.source, edge.target]) m.nodeStart.set(end, earlier(m.nodeStart.get(end), start)!)
    }
  }
  m.edgeTypes.declare(EVIDENCE_TYPES)
  return m
}

function dateOf(article: GraphNode): string | undefined {
  const d = article.properties.date
  return typeof d === 'string' && DATE.test(d) ? d : undefined
}

function attributeDeclarations(scope: 'node' | 'edge', types: AttributeTypes): { xml: string; ids: Map<string, string> } {
  const ids = new Map<string, string>()
  let xml = `      <attributes class="${scope}" mode="static">\n`
  for (const [name, type] of types.types) {
    if (OUTSIDE_ATTVALUES.has(name)) continue
    // Numeric ids: graphology's reader takes the title only then, and networkx always does.
    const id = String(ids.size)
    ids.set(name, id)
    xml += `        <attribute id="${id}" title="${xmlAttribute(name)}" type="${type}"/>\n`
  }
  return { xml: `${xml}      </attributes>\n`, ids }
}

function attvalues(attributes: Record<string, unknown>, ids: ReadonlyMap<string, string>): string {
  let out = ''
  for (const [k, v] of Object.entries(attributes)) {
    const id = ids.get(k)
    if (id === undefined || v === undefined || v === '') continue
    out += `<attvalue for="${id}" value="${xmlAttribute(String(v))}"/>`
  }
  return out ? `<attvalues>${out}</attvalues>` : ''
}

const startAttribute = (start: string | undefined): string => (start ? ` start="${start}"` : '')

export async function writeGexf(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const m = await learn(source)
  const dynamic = m.nodeStart.size > 0
  const nodeKeys = attributeDeclarations('node', m.nodeTypes)
  const edgeKeys = attributeDeclarations('edge', m.edgeTypes)
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta>\n    <creator>kg export</creator>\n    <description>${xmlText(describeExport(source.description, source.truncated, m.arrays.list()))}</description>\n  </meta>\n` +
      `  <graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"'}>\n` +
      nodeKeys.xml +
      edgeKeys.xml +
      '    <nodes>\n',
  )
  const evidence = new EvidenceReader(source)
  let inEdges = false
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      const a = nodeAttributes(node, ctx.positions, 'json')
      const { r, g, b } = rgbOf(String(a.color))
      const at = ctx.positions?.get(node.id) ?? (typeof a.x === 'number' && typeof a.y === 'number' ? { x: a.x, y: a.y } : undefined)
      const viz =
        `<viz:color r="${r}" g="${g}" b="${b}" hex="${String(a.color)}"/>` +
        `<viz:size value="${sizeOf(m.degree.get(node.id) ?? 0)}"/>` +
        (at ? `<viz:position x="${at.x}" y="${at.y}" z="0"/>` : '')
      const start = node.label === 'Article' ? (m.articleDates.get(node.id) ?? m.nodeStart.get(node.id)) : m.nodeStart.get(node.id)
      await sink.write(`      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(String(a.label))}"${startAttribute(start)}>${attvalues(a, nodeKeys.ids)}${viz}</node>\n`)
    }
    if (batch.edges.length > 0 && !inEdges) {
      await sink.write('    </nodes>\n    <edges>\n')
      inEdges = true
    }
    await evidence.prepare(batch.edges, true)
    for (const edge of batch.edges) {
      const a = edgeAttributes(edge, 'json', evidence.summary(edge))
      await sink.write(
        `      <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}" label="${edge.type}" weight="${weightOf(edge)}"${startAttribute(edgeStart(edge, m.articleDates))}>${attvalues(a, edgeKeys.ids)}</edge>\n`,
      )
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  await sink.write(`${inEdges ? '    </edges>\n' : '    </nodes>\n    <edges>\n    </edges>\n'}  </graph>\n</gexf>\n`)
}
