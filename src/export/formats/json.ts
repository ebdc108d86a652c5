// graphology's serialisation format (what `graph.export()` returns and `graph.import()` reads),
// written item by item so a large export never becomes one giant string. Arrays stay JSON arrays;
// node attributes carry sigma's display fields (label, color, x, y) beside the properties, edge
// attributes the evidence sentence.
import { EvidenceReader } from '../evidence.js'
import { edgeAttributes, nodeAttributes } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'

export async function writeJson(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const attributes = { name: 'kg export', selection: source.description, truncated: source.truncated }
  await sink.write(`{"options":{"type":"directed","multi":true,"allowSelfLoops":true},\n"attributes":${JSON.stringify(attributes)},\n"nodes":[`)
  let section: 'nodes' | 'edges' = 'nodes'
  let count = 0
  const evidence = new EvidenceReader(source)
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      await sink.write(`${count++ > 0 ? ',' : ''}\n${JSON.stringify({ key: node.id, attributes: nodeAttributes(node, ctx.positions, 'native') })}`)
    }
    await evidence.prepare(batch.edges, true)
    for (const edge of batch.edges) {
      // Every node precedes every edge (SubgraphSource), so the node list closes at the first edge.
      if (section === 'nodes') {
        await sink.write('\n],\n"edges":[')
        section = 'edges'
        count = 0
      }
      await sink.write(`${count++ > 0 ? ',' : ''}\n${JSON.stringify({ key: edge.id, source: edge.source, target: edge.target, attributes: edgeAttributes(edge, 'native', evidence.summary(edge)) })}`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  await sink.write(section === 'nodes' ? '\n],\n"edges":[]}\n' : '\n]}\n')
}
