// GraphML written directly (graphology-graphml only reads), in two passes over the selection: one to
// declare a typed <key> per attribute, one to stream the elements. Colours are r/g/b integers, the
// form Gephi and graphology-graphml read; arrays are JSON text, listed in the graph's description.
import { rgbOf } from '../palette.js'
import { ArrayKeys, describeArrays, edgeAttributes, nodeAttributes } from '../properties.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'
import { xmlAttribute, xmlText } from '../xml.js'

type KeyType = 'boolean' | 'long' | 'double' | 'string'

class KeyModel {
  readonly types = new Map<string, KeyType>()

  observe(attributes: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(attributes)) {
      const t: KeyType = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : 'string'
      const was = this.types.get(k)
      this.types.set(k, was === undefined || was === t ? t : (was === 'long' && t === 'double') || (was === 'double' && t === 'long') ? 'double' : 'string')
    }
  }
}

function graphmlAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const { color, ...rest } = attributes
  return typeof color === 'string' ? { ...rest, ...rgbOf(color) } : rest
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

function keyElements(scope: 'node' | 'edge', prefix: string, model: KeyModel): { xml: string; ids: Map<string, string> } {
  const ids = new Map<string, string>()
  let xml = ''
  for (const [name, type] of model.types) {
    const id = `${prefix}${ids.size}`
    ids.set(name, id)
    xml += `  <key id="${id}" for="${scope}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>\n`
  }
  return { xml, ids }
}

export async function writeGraphml(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const nodeModel = new KeyModel()
  const edgeModel = new KeyModel()
  const arrays = new ArrayKeys()
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      arrays.observe(node.properties)
      nodeModel.observe(graphmlAttributes(nodeAttributes(node, ctx.positions, 'json')))
    }
    for (const edge of batch.edges) {
      arrays.observe(edge.properties)
      edgeModel.observe(edgeAttributes(edge, 'json'))
    }
  }
  const nodeKeys = keyElements('node', 'n', nodeModel)
  const edgeKeys = keyElements('edge', 'e', edgeModel)
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      '  <key id="g0" for="graph" attr.name="description" attr.type="string"/>\n' +
      '  <key id="g1" for="graph" attr.name="selection" attr.type="string"/>\n' +
      nodeKeys.xml +
      edgeKeys.xml +
      '  <graph id="kg" edgedefault="directed">\n' +
      `    <data key="g0">${xmlText(describeArrays(arrays.list()))}</data>\n` +
      `    <data key="g1">${xmlText(source.description)}</data>\n`,
  )
  for await (const batch of source.batches()) {
    for (const node of batch.nodes) {
      const data = dataElements(graphmlAttributes(nodeAttributes(node, ctx.positions, 'json')), nodeKeys.ids)
      await sink.write(`    <node id="${xmlAttribute(node.id)}">${data}</node>\n`)
    }
    for (const edge of batch.edges) {
      const data = dataElements(edgeAttributes(edge, 'json'), edgeKeys.ids)
      await sink.write(`    <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}">${data}</edge>\n`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  await sink.write('  </graph>\n</graphml>\n')
}
