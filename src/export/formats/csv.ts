// CSV files for `neo4j-admin database import full`: one nodes file per label, one relationships
// file per type, typed headers (`id:ID`, `:LABEL`, `count:long`, `aliases:string[]`, `:START_ID`,
// `:END_ID`, `:TYPE`), every text field quoted with inner quotes doubled, and an `import.sh` with
// the exact command: `--multiline-fields=true` only when some value holds a line break, since it
// makes neo4j-admin parse every file in one thread. The model's dates and instants are `date` and
// `datetime` columns, as the loader stores them. Arrays are joined with `;`
// unless an element contains one; then a delimiter no element contains is chosen and written into
// the command. Two passes: the first learns the columns and their types. `asStored` adds what only
// Neo4j keeps, each typed relationship's `id` and its `:Evidence` nodes (`nodes_Evidence.csv`), so the
// import holds the graph `kg ingest` stores and nothing is left to write after it; its nodes are then
// numbered (`--id-type=integer`, the string id an `id` column), which neo4j-admin maps faster.
// Beside them, for people without Excel or Neo4j, `nodes.csv` and `edges.csv`: flat tables with a
// UTF-8 BOM (so Excel reads the Chinese), names instead of ids and every edge's evidence sentence;
// neo4j-admin ignores them.
import { DATE_PROPERTIES, DATETIME_PROPERTIES, isDoubleProperty, type Evidence, type GraphEdge, type NodeLabel, type PropertyValue } from '../../model/index.js'
import { EvidenceReader } from '../evidence.js'
import { neo4jLabels } from '../properties.js'
import { NODE_COLUMNS, RELATIONSHIP_COLUMNS, endOf, nodeRow, relationshipRow, type Column as TableColumn, type End, type Row } from '../table.js'
import type { SubgraphSource, WriteContext } from '../types.js'
import type { DirectoryWriter } from '../write.js'

type Column = 'string' | 'date' | 'datetime' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]'

/** Tried in order when `;` occurs inside an array element: unit separator, then rarer symbols. */
const DELIMITERS = [';', '\u001F', '\u241F', '\u00A6', '\u2016'] as const

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A string column unless the model holds the property as a date or an instant (src/model/graph.ts). */
function textColumnOf(key: string, value: string): Column {
  if (DATE_PROPERTIES.has(key)) return ISO_DATE.test(value) ? 'date' : 'string'
  return DATETIME_PROPERTIES.has(key) ? 'datetime' : 'string'
}

function columnOf(key: string, value: PropertyValue, real: boolean): Column {
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return Number.isInteger(value) && !real ? 'long' : 'double'
  if (typeof value === 'string') return textColumnOf(key, value)
  if (value.every((v) => typeof v === 'number')) return value.every((v) => Number.isInteger(v)) ? 'long[]' : 'double[]'
  return 'string[]'
}

function widen(a: Column | undefined, b: Column): Column {
  if (a === undefined || a === b) return b
  const pair = new Set([a, b])
  if (pair.has('long') && pair.has('double')) return 'double'
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]'
  return a.endsWith('[]') && b.endsWith('[]') ? 'string[]' : 'string'
}

class Table {
  readonly columns = new Map<string, Column>()
  /** Columns seen only with empty arrays so far: an empty array says nothing of its element type. */
  private readonly untyped = new Set<string>()
  observe(properties: Record<string, PropertyValue>, label?: NodeLabel): void {
    for (const [k, v] of Object.entries(properties)) {
      const real = label !== undefined && isDoubleProperty(label, k)
      if (Array.isArray(v) && v.length === 0) {
        if (!this.columns.has(k)) {
          this.columns.set(k, 'string[]')
          this.untyped.add(k)
        }
      } else if (this.untyped.delete(k)) this.columns.set(k, columnOf(k, v, real))
      else this.columns.set(k, widen(this.columns.get(k), columnOf(k, v, real)))
    }
  }
  /** `name` first, then the rest by name. */
  ordered(): [string, Column][] {
    return [...this.columns.entries()].sort(([a], [b]) => (a === 'name' ? -1 : b === 'name' ? 1 : a < b ? -1 : a > b ? 1 : 0))
  }
}

export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

function cell(value: PropertyValue | undefined, column: Column, delimiter: string): string {
  if (value === undefined) return ''
  if (column.endsWith('[]')) {
    const items = Array.isArray(value) ? value : [value]
    return column === 'string[]' ? quote(items.map(String).join(delimiter)) : items.map(String).join(delimiter)
  }
  if (column === 'string') return quote(Array.isArray(value) ? JSON.stringify(value) : String(value))
  return String(value)
}

const header = (name: string, column: Column): string => quote(column === 'string' ? name : `${name}:${column}`)

/** The flat tables, for spreadsheets; the BOM tells Excel the file is UTF-8. */
export const FLAT_NODES = 'nodes.csv'
export const FLAT_EDGES = 'edges.csv'
const BOM = '\uFEFF'
const flatHeader = (columns: readonly TableColumn[]): string => `${columns.map((c) => quote(c.header)).join(',')}\r\n`
const flatCell = (v: string | number | undefined): string => (typeof v === 'number' ? String(v) : quote(v ?? ''))
const flatRow = (columns: readonly TableColumn[], row: Row): string => `${columns.map((c) => flatCell(row[c.key])).join(',')}\r\n`

export const nodesFile = (label: string) => `nodes_${label}.csv`
export const relationshipsFile = (type: string) => `relationships_${type}.csv`

/** The label of evidence nodes, which only `asStored` writes (they are not one of the model's node labels). */
const EVIDENCE = 'Evidence'

export interface CsvOptions {
  /** Also each typed relationship's `id` and its evidence nodes, as Neo4j stores them (`kg ingest --bulk`). */
  asStored?: boolean
}

/** A relationship's properties as the file holds them: with `asStored`, a typed one's `id` too. */
const storedProperties = (e: GraphEdge, asStored: boolean): GraphEdge['properties'] => (asStored && e.type !== 'MENTIONS' ? { ...e.properties, id: e.id } : e.properties)

/**
 * The evidence records of a batch's typed relationships, with `asStored` and a source that can read
 * them. An empty list among them goes in as an empty field, which stores nothing: absent, it reads
 * back empty (src/model, withoutEmptyLists).
 */
async function storedEvidence(source: SubgraphSource, edges: readonly GraphEdge[], asStored: boolean): Promise<Evidence[]> {
  const typed = edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id)
  if (!asStored || !source.evidence || typed.length === 0) return []
  return source.evidence(typed)
}

/** An evidence record's properties as a node's: its `id` is the node's id. */
function evidenceProperties(e: Evidence): Record<string, PropertyValue> {
  const { id: _id, ...rest } = e
  return rest
}


export interface CsvLayout {
  delimiter: string
  /**
   * How rows name nodes: by the model's ids, or (`asStored`) by numbers given in the first pass,
   * which neo4j-admin maps in about a fifth less time than strings on the benchmark's graph (README).
   */
  idType: 'string' | 'integer'
  /** Whether some value holds a line break (neo4j-admin then needs `--multiline-fields=true`). */
  multiline: boolean
  nodeFiles: string[]
  relationshipFiles: string[]
}

export async function writeCsv(source: SubgraphSource, dir: DirectoryWriter, ctx: WriteContext, options: CsvOptions = {}): Promise<CsvLayout> {
  const asStored = options.asStored ?? false
  const nodeTables = new Map<string, Table>()
  const edgeTables = new Map<string, Table>()
  const inArrays = new Set<string>()
  /** With `asStored`, each node's number: its `:ID`, and the ends of its relationships. */
  const numbers = new Map<string, number>()
  let multiline = false
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) {
      observe(nodeTables, n.label, n.properties, inArrays, n.label)
      if (asStored) numbers.set(n.id, numbers.size)
    }
    for (const e of batch.edges) observe(edgeTables, e.type, storedProperties(e, asStored), inArrays)
    multiline ||= [...batch.nodes, ...batch.edges].some((x) => holdsLineBreak(x.id) || Object.values(x.properties).some(holdsLineBreak))
    for (const e of await storedEvidence(source, batch.edges, asStored)) {
      observe(nodeTables, EVIDENCE, evidenceProperties(e), inArrays)
      multiline ||= holdsLineBreak(e.id) || Object.values(e).some(holdsLineBreak)
    }
  }
  const delimiter = DELIMITERS.find((d) => ![...inArrays].some((s) => s.includes(d)))
  if (delimiter === undefined) throw new Error('every candidate array delimiter occurs inside an array element; the CSV cannot be imported')

  const nodeSinks = new Map<string, Awaited<ReturnType<DirectoryWriter['open']>>>()
  const edgeSinks = new Map<string, Awaited<ReturnType<DirectoryWriter['open']>>>()
  for (const [label, table] of [...nodeTables].sort()) {
    const sink = await dir.open(nodesFile(label))
    const ids = asStored ? [quote(':ID'), quote('id')] : [quote('id:ID')]
    await sink.write(`${[...ids, quote(':LABEL'), ...table.ordered().map(([k, c]) => header(k, c))].join(',')}\n`)
    nodeSinks.set(label, sink)
  }
  for (const [type, table] of [...edgeTables].sort()) {
    const sink = await dir.open(relationshipsFile(type))
    await sink.write(`${[quote(':START_ID'), quote(':END_ID'), quote(':TYPE'), ...table.ordered().map(([k, c]) => header(k, c))].join(',')}\n`)
    edgeSinks.set(type, sink)
  }
  const flatNodes = await dir.open(FLAT_NODES)
  await flatNodes.write(`${BOM}${flatHeader(NODE_COLUMNS)}`)
  const flatEdges = await dir.open(FLAT_EDGES)
  await flatEdges.write(`${BOM}${flatHeader(RELATIONSHIP_COLUMNS)}`)
  const ends = new Map<string, End>()
  const evidence = new EvidenceReader(source)
  const nodeRef = (id: string): string => {
    if (!asStored) return quote(id)
    const n = numbers.get(id)
    if (n === undefined) throw new Error(`a relationship ends at ${id}, which the source did not list: the CSV cannot be imported`)
    return String(n)
  }
  // Evidence nodes come after the graph's nodes; nothing refers to them.
  let nextEvidence = numbers.size
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) {
      ends.set(n.id, endOf(n))
      await flatNodes.write(flatRow(NODE_COLUMNS, nodeRow(n)))
      const columns = nodeTables.get(n.label)!.ordered()
      const ids = asStored ? [String(numbers.get(n.id)), quote(n.id)] : [quote(n.id)]
      const row = [...ids, quote(neo4jLabels(n).join(delimiter)), ...columns.map(([k, c]) => cell(n.properties[k], c, delimiter))]
      await nodeSinks.get(n.label)!.write(`${row.join(',')}\n`)
    }
    await evidence.prepare(batch.edges, true)
    for (const e of batch.edges) {
      await flatEdges.write(flatRow(RELATIONSHIP_COLUMNS, relationshipRow(e, ends, evidence.summary(e))))
      const columns = edgeTables.get(e.type)!.ordered()
      const properties = storedProperties(e, asStored)
      const row = [nodeRef(e.source), nodeRef(e.target), quote(e.type), ...columns.map(([k, c]) => cell(properties[k], c, delimiter))]
      await edgeSinks.get(e.type)!.write(`${row.join(',')}\n`)
    }
    for (const e of await storedEvidence(source, batch.edges, asStored)) {
      const properties = evidenceProperties(e)
      const row = [String(nextEvidence++), quote(e.id), quote(EVIDENCE), ...nodeTables.get(EVIDENCE)!.ordered().map(([k, c]) => cell(properties[k], c, delimiter))]
      await nodeSinks.get(EVIDENCE)!.write(`${row.join(',')}\n`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  for (const sink of [...nodeSinks.values(), ...edgeSinks.values(), flatNodes, flatEdges]) await sink.close()

  const layout: CsvLayout = {
    delimiter,
    idType: asStored ? 'integer' : 'string',
    multiline,
    nodeFiles: [...nodeSinks.keys()].map(nodesFile),
    relationshipFiles: [...edgeSinks.keys()].map(relationshipsFile),
  }
  const script = await dir.open('import.sh')
  await script.write(importScript(layout))
  await script.close()
  const readme = await dir.open('README.md')
  await readme.write(readmeText(layout, source.description, source.truncated))
  await readme.close()
  return layout
}

const holdsLineBreak = (value: PropertyValue | string): boolean =>
  typeof value === 'string' ? /[\r\n]/.test(value) : Array.isArray(value) && value.some((v) => typeof v === 'string' && /[\r\n]/.test(v))

function observe(tables: Map<string, Table>, key: string, properties: Record<string, PropertyValue>, inArrays: Set<string>, label?: NodeLabel): void {
  let table = tables.get(key)
  if (!table) tables.set(key, (table = new Table()))
  table.observe(properties, label)
  for (const v of Object.values(properties)) if (Array.isArray(v)) for (const item of v) if (typeof item === 'string') inArrays.add(item)
}

/** The delimiter as neo4j-admin accepts it on the command line. */
export function delimiterOption(delimiter: string): string {
  return delimiter === ';' ? "';'" : `U+${delimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The arguments after `neo4j-admin`, with file paths under `dir`. */
export function importArguments(layout: CsvLayout, database: string, dir: string): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    `--multiline-fields=${layout.multiline}`,
    `--array-delimiter=${layout.delimiter === ';' ? ';' : delimiterOption(layout.delimiter)}`,
    `--id-type=${layout.idType}`,
    ...layout.nodeFiles.map((f) => `--nodes=${dir}/${f}`),
    ...layout.relationshipFiles.map((f) => `--relationships=${dir}/${f}`),
  ]
}

function importScript(layout: CsvLayout): string {
  const lines = [
    '#!/bin/sh',
    '# Loads this export into a new, stopped Neo4j 5 database with neo4j-admin (the database is replaced).',
    '# Usage: ./import.sh [database]   (default: neo4j; set NEO4J_ADMIN to the neo4j-admin to use)',
    '# Then start Neo4j, run `kg init` (or cypher/schema.cypher) for constraints and indexes.',
    'set -eu',
    'DIR=$(cd "$(dirname "$0")" && pwd)',
    '"${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}" \\',
    `  --overwrite-destination=true --multiline-fields=${layout.multiline} \\`,
    `  --array-delimiter=${delimiterOption(layout.delimiter)} --id-type=${layout.idType} \\`,
    ...layout.nodeFiles.map((f) => `  --nodes="$DIR/${f}" \\`),
    ...layout.relationshipFiles.map((f) => `  --relationships="$DIR/${f}" \\`),
  ]
  const last = lines.length - 1
  lines[last] = lines[last]!.replace(/ \\$/, '')
  return `${lines.join('\n')}\n`
}

function readmeText(layout: CsvLayout, selection: string, truncated: boolean): string {
  return [
    '# kg export: CSV for neo4j-admin, and two flat tables',
    '',
    `Selection: ${selection}`,
    `Truncated: ${truncated ? 'yes, at the node cap (raise --max-nodes for more)' : 'no'}`,
    '',
    `\`${FLAT_NODES}\` and \`${FLAT_EDGES}\` are for spreadsheets (UTF-8 with a BOM): nodes by name, and every relationship with both ends named,`,
    'its evidence sentence, article title, date and source file. The files below are for neo4j-admin, which does not read those two.',
    '',
    'Load into a new (stopped) database, then start Neo4j and create the schema (`kg init`):',
    '',
    '```sh',
    `neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=${layout.multiline} --array-delimiter=${delimiterOption(layout.delimiter)} --id-type=${layout.idType} \\`,
    ...layout.nodeFiles.map((f) => `  --nodes=${f} \\`),
    ...layout.relationshipFiles.map((f) => `  --relationships=${f} \\`),
    '```',
    '',
    '(`./import.sh [database]` runs the same with absolute paths.)',
    '',
    `Every text field is quoted; a quote inside is doubled. Arrays are joined with ${layout.delimiter === ';' ? '`;`' : `${delimiterOption(layout.delimiter)}, because some array element contains \`;\``}.`,
    'An empty array is an empty field, which neo4j-admin stores as no property: kg reads an absent list as an empty one.',
    '',
  ].join('\n')
}
