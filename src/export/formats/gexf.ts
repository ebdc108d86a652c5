// GEXF 1.3 for Gephi, through graphology-gexf: node colours from the shared palette, positions when
// known, relationship count as edge weight. Arrays are JSON text (the library's list types split
// elements on `|` or `, `), and the description in <meta> names the attributes that hold them.
import { MultiDirectedGraph } from 'graphology'
import { write as writeGexfText } from 'graphology-gexf'
import type { Attributes } from 'graphology-types'
import { ArrayKeys, describeArrays, edgeAttributes, nodeAttributes } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'
import { xmlSafe } from '../xml.js'

const VIZ = new Set(['color', 'x', 'y', 'size'])
const CHUNK = 64 * 1024

/** Strings the XML writer would emit as characters XML cannot hold, made safe first. */
function safe(value: unknown): unknown {
  return typeof value === 'string' ? xmlSafe(value) : value
}

function split(attributes: Attributes): { label: string; viz: Attributes; attributes: Attributes } {
  const out = { label: String(attributes.label ?? ''), viz: {} as Attributes, attributes: {} as Attributes }
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'label') continue
    if (VIZ.has(k)) out.viz[k] = v
    else out.attributes[k] = safe(v)
  }
  return out
}

export async function writeGexf(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const graph = new MultiDirectedGraph()
  const arrays = new ArrayKeys()
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      arrays.observe(node.properties)
      graph.addNode(node.id, nodeAttributes(node, ctx.positions, 'json'))
    }
    for (const edge of batch.edges) {
      arrays.observe(edge.properties)
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge, 'json'))
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  graph.replaceAttributes({ creator: 'kg export', description: describeArrays(arrays.list()) })
  const text = writeGexfText(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, viz, attributes: rest } = split(attributes)
      return { label: xmlSafe(label), viz, attributes: rest }
    },
    formatEdge: (_key, attributes) => {
      const { label, attributes: rest } = split(attributes)
      const count = attributes.count
      return { label, attributes: rest, ...(typeof count === 'number' ? { weight: count } : {}) }
    },
  })
  for (let i = 0; i < text.length; i += CHUNK) await sink.write(text.slice(i, i + CHUNK))
}
