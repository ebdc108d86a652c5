// Readers for what the export wrote, as the tools on the other side would read it: graphology's
// import and its GEXF and GraphML parsers, an RFC 4180 CSV reader with neo4j-admin's typed headers,
// and plain JSON Lines. Each returns a Subgraph to compare with the source.
import fs from 'node:fs'
import path from 'node:path'
import { MultiDirectedGraph } from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import type { Attributes } from 'graphology-types'
import { EdgeType, NodeLabel, type GraphEdge, type GraphNode, type Properties, type PropertyValue, type Subgraph } from '../../src/model/index.js'
import { arraysFromDescription, edgeFromAttributes, nodeFromAttributes } from '../../src/export/properties.js'
import { sorted } from './fixture.js'

function fromGraphology(graph: { forEachNode: MultiDirectedGraph['forEachNode']; forEachEdge: MultiDirectedGraph['forEachEdge'] }, arrays: ReadonlySet<string>): Subgraph {
  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []
  graph.forEachNode((key: string, a: Attributes) => void nodes.push(nodeFromAttributes(key, a, arrays)))
  graph.forEachEdge((key: string, a: Attributes, source: string, target: string) => void edges.push(edgeFromAttributes(key, source, target, a, arrays)))
  return sorted({ nodes, edges })
}

export function readJson(file: string): { graph: Subgraph; raw: MultiDirectedGraph } {
  const raw = new MultiDirectedGraph()
  raw.import(JSON.parse(fs.readFileSync(file, 'utf8')))
  return { graph: fromGraphology(raw, new Set()), raw }
}

export function readGexf(file: string): { graph: Subgraph; raw: MultiDirectedGraph } {
  const raw = parseGexf(MultiDirectedGraph, fs.readFileSync(file, 'utf8')) as MultiDirectedGraph
  return { graph: fromGraphology(raw, arraysFromDescription(raw.getAttribute('description'))), raw }
}

export function readGraphml(file: string): { graph: Subgraph; raw: MultiDirectedGraph } {
  const raw = parseGraphml(MultiDirectedGraph, fs.readFileSync(file, 'utf8')) as MultiDirectedGraph
  return { graph: fromGraphology(raw, arraysFromDescription(raw.getAttribute('description'))), raw }
}

/** RFC 4180: fields in double quotes may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): { cells: string[]; quoted: boolean[] }[] {
  const rows: { cells: string[]; quoted: boolean[] }[] = []
  let cells: string[] = []
  let quotedFlags: boolean[] = []
  let field = ''
  let quoted = false
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') inQuotes = false
      else field += c
    } else if (c === '"') {
      inQuotes = true
      quoted = true
    } else if (c === ',') {
      cells.push(field)
      quotedFlags.push(quoted)
      field = ''
      quoted = false
    } else if (c === '\n') {
      cells.push(field)
      quotedFlags.push(quoted)
      rows.push({ cells, quoted: quotedFlags })
      cells = []
      quotedFlags = []
      field = ''
      quoted = false
    } else field += c
  }
  if (field || cells.length > 0) {
    cells.push(field)
    quotedFlags.push(quoted)
    rows.push({ cells, quoted: quotedFlags })
  }
  return rows
}

function typed(value: string, type: string, delimiter: string): PropertyValue | undefined {
  if (value === '') return undefined
  switch (type) {
    case 'long':
    case 'double':
      return Number(value)
    case 'boolean':
      return value === 'true'
    case 'string[]':
      return value.split(delimiter)
    case 'long[]':
    case 'double[]':
      return value.split(delimiter).map(Number)
    default:
      return value
  }
}

/** The CSV directory read as neo4j-admin would: headers name the property and its type. */
export function readCsv(dir: string): Subgraph {
  const script = fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')
  const option = /--array-delimiter=(\S+)/.exec(script)?.[1] ?? "';'"
  const delimiter = option === "';'" ? ';' : String.fromCodePoint(Number.parseInt(option.replace('U+', ''), 16))
  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []
  // neo4j-admin reads the files import.sh names; the flat nodes.csv and edges.csv are for spreadsheets.
  for (const file of fs.readdirSync(dir).filter((f) => /^(nodes|relationships)_.*\.csv$/.test(f))) {
    const [head, ...rows] = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'))
    const columns = head!.cells.map((h) => {
      const i = h.lastIndexOf(':')
      return i < 0 ? { name: h, type: 'string' } : { name: h.slice(0, i), type: h.slice(i + 1) }
    })
    for (const row of rows) {
      const properties: Properties = {}
      const special: Record<string, string> = {}
      columns.forEach((c, i) => {
        const cell = row.cells[i] ?? ''
        if (c.name === '' || c.type === 'ID') special[c.type] = cell
        else {
          const v = typed(cell, c.type, delimiter)
          if (v !== undefined) properties[c.name] = v
        }
      })
      if (file.startsWith('nodes_')) {
        const label = NodeLabel.parse(special.LABEL!.split(delimiter).find((l) => l !== 'Entity'))
        nodes.push({ id: special.ID!, label, properties })
      } else {
        const type = EdgeType.parse(special.TYPE)
        edges.push({ id: `${type}:${special.START_ID}->${special.END_ID}`, type, source: special.START_ID!, target: special.END_ID!, properties })
      }
    }
  }
  return sorted({ nodes, edges })
}

export function readJsonl(file: string): { graph: Subgraph; records: Record<string, unknown>[] } {
  const records = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
  const nodes = records.filter((r) => r.record === 'node').map((r) => ({ id: r.id, label: r.label, properties: r.properties }) as GraphNode)
  const edges = records.filter((r) => r.record === 'relationship').map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, properties: r.properties }) as GraphEdge)
  return { graph: sorted({ nodes, edges }), records }
}
