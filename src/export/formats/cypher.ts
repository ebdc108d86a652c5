// A Cypher script that recreates the subgraph in any Neo4j 5: constraints first, then batches of
// `UNWIND [literal rows] AS row MERGE …`, one statement per line, each ending in `;`, so it runs in
// cypher-shell (`cypher-shell -f`) and in Browser, and a program can split it on lines. MERGE on
// ids makes loading twice harmless. Labels and types come from the model's enums, never from data.
import type { GraphEdge, GraphNode, NodeLabel } from '../../model/index.js'
import { cypherLiteral, cypherName } from '../cypher-literal.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'

const BATCH = 200

/** The label a node is matched by: the one with the id constraint. */
type Key = 'Entity' | 'Article' | 'Figure'
const keyOf = (label: NodeLabel): Key => (label === 'Article' || label === 'Figure' ? label : 'Entity')
const keyFromId = (id: string): Key => (id.startsWith('article:') ? 'Article' : id.startsWith('figure:') ? 'Figure' : 'Entity')

export const CYPHER_PREAMBLE = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
  'CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;',
]

/** The statements of a script this module wrote: its non-comment lines. */
export function scriptStatements(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('//'))
    .map((l) => l.replace(/;$/, ''))
}

function nodeStatement(label: NodeLabel, nodes: readonly GraphNode[]): string {
  const rows = cypherLiteral(nodes.map((n) => ({ id: n.id, properties: n.properties })))
  const key = keyOf(label)
  const extra = key === 'Entity' ? `, n:${cypherName(label)}` : ''
  return `UNWIND ${rows} AS row MERGE (n:${key} {id: row.id}) SET n += row.properties${extra};\n`
}

function edgeStatement(type: string, from: Key, to: Key, edges: readonly GraphEdge[]): string {
  const rows = cypherLiteral(edges.map((e) => ({ source: e.source, target: e.target, properties: e.properties })))
  return `UNWIND ${rows} AS row MATCH (s:${from} {id: row.source}) MATCH (t:${to} {id: row.target}) MERGE (s)-[r:${cypherName(type)}]->(t) SET r += row.properties;\n`
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
      '// Recreates the subgraph in Neo4j 5: cypher-shell -a bolt://localhost:7687 -u neo4j -f THIS_FILE',
      '// (or paste into Browser, which runs one statement after another). Safe to run twice: nodes and relationships are MERGEd by id.',
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
