// networkx's node-link JSON (`nx.node_link_graph(json.load(f))`, networkx ≥ 3.6; older versions
// add `edges="edges"`), streamed item by item. Nodes keep their properties as JSON values and carry
// a `viz` map (colour, size, position) in the shape networkx's own GEXF writer reads, so
// `nx.write_gexf` of the loaded graph keeps the picture; edges carry weight and their evidence.
import { rgbOf } from '../palette.js'
import { EvidenceReader } from '../evidence.js'
import { edgeAttributes, nodeAttributes, weightOf } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'
import { sizeOf } from './gexf.js'
import { degreesOf } from './degrees.js'

/** Keys networkx reads as the node-link structure itself; properties so named are renamed. */
const STRUCTURE = new Set(['id', 'source', 'target', 'key'])
const renamed = (attributes: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(attributes).map(([k, v]) => [STRUCTURE.has(k) ? `property.${k}` : k, v]))

export async function writeNodeLink(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const degree = await degreesOf(source)
  const graph = { name: 'kg export', selection: source.description, truncated: source.truncated }
  await sink.write(`{"directed":true,"multigraph":true,\n"graph":${JSON.stringify(graph)},\n"nodes":[`)
  const evidence = new EvidenceReader(source)
  let section: 'nodes' | 'edges' = 'nodes'
  let count = 0
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      const a = nodeAttributes(node, ctx.positions, 'native')
      const at = typeof a.x === 'number' && typeof a.y === 'number' ? { position: { x: a.x, y: a.y, z: 0 } } : {}
      const viz = { color: { ...rgbOf(String(a.color)), a: 1 }, size: sizeOf(degree.get(node.id) ?? 0), ...at }
      await sink.write(`${count++ > 0 ? ',' : ''}\n${JSON.stringify({ id: node.id, ...renamed(a), viz })}`)
    }
    if (batch.edges.length > 0 && section === 'nodes') {
      // Every node precedes every edge (SubgraphSource), so the node list closes at the first edge.
      await sink.write('\n],\n"edges":[')
      section = 'edges'
      count = 0
    }
    await evidence.prepare(batch.edges, true)
    for (const edge of batch.edges) {
      const a = renamed({ ...edgeAttributes(edge, 'native', evidence.summary(edge)), weight: weightOf(edge) })
      await sink.write(`${count++ > 0 ? ',' : ''}\n${JSON.stringify({ source: edge.source, target: edge.target, key: edge.id, ...a })}`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  await sink.write(section === 'nodes' ? '\n],\n"edges":[]}\n' : '\n]}\n')
}
