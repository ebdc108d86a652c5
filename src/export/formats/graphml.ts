// GraphML written directly (graphology-graphml only reads), in two passes over the selection: one to
// declare a typed <key> per attribute, one to stream the elements. Nodes carry positions, colours as
// r/g/b integers (the form Gephi and graphology-graphml read) and APOC's `labels` (`:Unit:Entity`,
// as an XML attribute and a data key, so `apoc.import.graphml` restores labels); edges carry APOC's
// `label` (the type), `weight` and their evidence sentence. Arrays are JSON text, listed in the
// graph's description.
import type { GraphNode } from '../../model/index.js'
import { EvidenceReader } from '../evidence.js'
import { rgbOf } from '../palette.js'
import { ArrayKeys, AttributeTypes, EVIDENCE_TYPES, describeExport, edgeAttributes, neo4jLabels, nodeAttributes, weightOf } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'
import { xmlAttribute, xmlText } from '../xml.js'

/** APOC's label list: every Neo4j label, each after a colon. */
export const apocLabels = (node: GraphNode): string => neo4jLabels(node).map((l) => `:${l}`).join('')

function nodeData(node: GraphNode, ctx: WriteContext): Record<string, unknown> {
  const { color, ...rest } = nodeAttributes(node, ctx.positions, 'json')
  return { labels: apocLabels(node), ...rest, ...(typeof color === 'string' ? rgbOf(color) : {}) }
}

function dataElements(attributes: Record<string, unknown>, ids: ReadonlyMap<string, string>): string {
  let out = ''
  for (const [k, v] of Object.entries(attributes)) {
    const id = ids.get(k)
    if (id === undefined || v === undefined) continue
    out += `<data key="${id}">${xmlText(String(v))}</data>`
  }
  return out
}

function keyElements(scope: 'node' | 'edge', prefix: string, model: AttributeTypes): { xml: string; ids: Map<string, string> } {
  const ids = new Map<string, string>()
  let xml = ''
  for (const [name, type] of model.types) {
    // APOC reads its own keys by id: `labels` on nodes, `label` on edges.
    const id = (scope === 'node' && name === 'labels') || (scope === 'edge' && name === 'label') ? name : `${prefix}${ids.size}`
    ids.set(name, id)
    xml += `  <key id="${id}" for="${scope}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>\n`
  }
  return { xml, ids }
}

export async function writeGraphml(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const nodeModel = new AttributeTypes()
  const edgeModel = new AttributeTypes()
  const arrays = new ArrayKeys()
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      arrays.observe(node.properties)
      nodeModel.observe(nodeData(node, ctx), node.label)
    }
    for (const edge of batch.edges) {
      arrays.observe(edge.properties)
      edgeModel.observe(edgeAttributes(edge, 'json'))
    }
  }
  edgeModel.declare({ ...EVIDENCE_TYPES, weight: 'double' })
  const nodeKeys = keyElements('node', 'n', nodeModel)
  const edgeKeys = keyElements('edge', 'e', edgeModel)
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      '  <key id="g0" for="graph" attr.name="description" attr.type="string"/>\n' +
      '  <key id="g1" for="graph" attr.name="selection" attr.type="string"/>\n' +
      '  <key id="g2" for="graph" attr.name="truncated" attr.type="boolean"/>\n' +
      nodeKeys.xml +
      edgeKeys.xml +
      '  <graph id="kg" edgedefault="directed">\n' +
      `    <data key="g0">${xmlText(describeExport(source.description, source.truncated, arrays.list()))}</data>\n` +
      `    <data key="g1">${xmlText(source.description)}</data>\n` +
      `    <data key="g2">${source.truncated}</data>\n`,
  )
  const evidence = new EvidenceReader(source)
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      const data = nodeData(node, ctx)
      await sink.write(`    <node id="${xmlAttribute(node.id)}" labels="${xmlAttribute(String(data.labels))}">${dataElements(data, nodeKeys.ids)}</node>\n`)
    }
    await evidence.prepare(batch.edges, true)
    for (const edge of batch.edges) {
      const data = dataElements({ ...edgeAttributes(edge, 'json', evidence.summary(edge)), weight: weightOf(edge) }, edgeKeys.ids)
      await sink.write(`    <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}" label="${edge.type}">${data}</edge>\n`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  await sink.write('  </graph>\n</graphml>\n')
}
