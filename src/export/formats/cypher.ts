// A Cypher script that recreates the subgraph in any Neo4j 5: constraints first, then for each batch
// a `:param rows => [...]` line and one `UNWIND $rows AS row MERGE …;` statement, the way
// cypher-shell (`cypher-shell -f`) and Browser run parameters. The statements' text never changes,
// so the server plans each once; a literal per batch was planned afresh every time (176 rows/s).
// MERGE on ids makes loading twice harmless. Labels and types come from the model's enums, never
// from data; the model's real properties (`Figure.value`) are written as floats.
import { DOUBLE_PROPERTIES, type GraphEdge, type GraphNode, type NodeLabel, type Properties } from '../../model/index.js'
import { Real, cypherLiteral, cypherName, parseCypherLiteral } from '../cypher-literal.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'

/** Rows per parameter batch: large enough that a round trip per batch costs little, small enough for Browser. */
const BATCH = 1000

/** The label a node is matched by: the one with the id constraint. */
type Key = 'Entity' | 'Article' | 'Figure'
const keyOf = (label: NodeLabel): Key => (label === 'Article' || label === 'Figure' ? label : 'Entity')
const keyFromId = (id: string): Key => (id.startsWith('article:') ? 'Article' : id.startsWith('figure:') ? 'Figure' : 'Entity')

export const CYPHER_PREAMBLE = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
  'CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;',
]

export type ScriptStep = { kind: 'param'; name: string; value: unknown } | { kind: 'statement'; text: string }

/**
 * The steps of a script this module wrote, as cypher-shell runs them: `:param` lines set a
 * parameter (integers through `integer`, so a driver can keep them integers), other non-comment
 * lines are statements.
 */
export function scriptSteps(text: string, integer?: (digits: string) => unknown): ScriptStep[] {
  const steps: ScriptStep[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.length === 0 || line.startsWith('//')) continue
    const param = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.*)$/.exec(line)
    if (param) steps.push({ kind: 'param', name: param[1]!, value: parseCypherLiteral(param[2]!, integer) })
    else steps.push({ kind: 'statement', text: line.replace(/;$/, '') })
  }
  return steps
}

/** Runs a script with the parameters its `:param` lines set; `run` is a session's or transaction's. */
export async function runScript(text: string, run: (query: string, parameters: Record<string, unknown>) => Promise<unknown>, integer?: (digits: string) => unknown): Promise<number> {
  const parameters: Record<string, unknown> = {}
  let statements = 0
  for (const step of scriptSteps(text, integer)) {
    if (step.kind === 'param') parameters[step.name] = step.value
    else {
      await run(step.text, parameters)
      statements++
    }
  }
  return statements
}

function withReals(label: NodeLabel, properties: Properties): Record<string, unknown> {
  const reals = DOUBLE_PROPERTIES[label]
  if (!reals) return properties
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'number' && reals.includes(k) ? new Real(v) : v]))
}

const paramLine = (rows: unknown[]): string => `:param rows => ${cypherLiteral(rows)}\n`

function nodeStatement(label: NodeLabel, nodes: readonly GraphNode[]): string {
  const key = keyOf(label)
  const extra = key === 'Entity' ? `, n:${cypherName(label)}` : ''
  return (
    paramLine(nodes.map((n) => ({ id: n.id, properties: withReals(n.label, n.properties) }))) +
    `UNWIND $rows AS row MERGE (n:${key} {id: row.id}) SET n += row.properties${extra};\n`
  )
}

function edgeStatement(type: string, from: Key, to: Key, edges: readonly GraphEdge[]): string {
  return (
    paramLine(edges.map((e) => ({ source: e.source, target: e.target, properties: e.properties }))) +
    `UNWIND $rows AS row MATCH (s:${from} {id: row.source}) MATCH (t:${to} {id: row.target}) MERGE (s)-[r:${cypherName(type)}]->(t) SET r += row.properties;\n`
  )
}

function groups<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = keyOf(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}

export async function writeCypher(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  await sink.write(
    [
      `// kg export: ${source.description.replace(/\n/g, ' ')}`,
      `// Truncated: ${source.truncated ? 'yes, at the node cap' : 'no'}`,
      '// Recreates the subgraph in Neo4j 5: cypher-shell -a bolt://localhost:7687 -u neo4j -f THIS_FILE',
      '// (or paste into Browser with multi-statement editing on; both run the :param lines). Safe to run twice: nodes and relationships are MERGEd by id.',
      ...CYPHER_PREAMBLE,
      '',
    ].join('\n'),
  )
  const labels = new Map<string, NodeLabel>()
  for await (const batch of source.batches()) {
    for (const [label, nodes] of groups(batch.nodes, (n) => n.label)) {
      for (const n of nodes) labels.set(n.id, n.label)
      for (let i = 0; i < nodes.length; i += BATCH) await sink.write(nodeStatement(label as NodeLabel, nodes.slice(i, i + BATCH)))
    }
    const ends = (id: string) => {
      const label = labels.get(id)
      return label ? keyOf(label) : keyFromId(id)
    }
    for (const [k, edges] of groups(batch.edges, (e) => `${e.type} ${ends(e.source)} ${ends(e.target)}`)) {
      const [type, from, to] = k.split(' ') as [string, Key, Key]
      for (let i = 0; i < edges.length; i += BATCH) await sink.write(edgeStatement(type, from, to, edges.slice(i, i + BATCH)))
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
}
