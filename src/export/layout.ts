// Positions for exports whose reader shows nodes where the file puts them (yEd, Cytoscape, Gephi
// before a layout runs): ForceAtlas2 from a seeded circle, so the same subgraph always gets the same
// picture. Used only when asked (`--layout`) and only for nodes without a known position.
import { MultiDirectedGraph } from 'graphology'
import fa2 from 'graphology-layout-forceatlas2'
import type { Position, SubgraphSource } from './types.js'

const ITERATIONS = 200
// A CommonJS module whose types declare `export default`: under NodeNext the default import is typed
// as the module object, but Node hands over `module.exports`, the layout function itself.
const forceAtlas2 = fa2 as unknown as typeof fa2.default

export async function layoutPositions(source: SubgraphSource, known: ReadonlyMap<string, Position> | undefined): Promise<Map<string, Position>> {
  const graph = new MultiDirectedGraph()
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) graph.addNode(n.id)
    for (const e of batch.edges) if (e.type !== 'MENTIONS') graph.addDirectedEdge(e.source, e.target)
  }
  const order = graph.order
  let i = 0
  graph.forEachNode((id) => {
    const at = known?.get(id)
    const angle = (2 * Math.PI * i++) / Math.max(1, order)
    graph.mergeNodeAttributes(id, at ?? { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) })
  })
  const positions = forceAtlas2(graph, { iterations: ITERATIONS, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 1000 } })
  const out = new Map<string, Position>()
  for (const [id, p] of Object.entries(positions)) out.set(id, known?.get(id) ?? { x: round(p.x), y: round(p.y) })
  return out
}

const round = (v: number) => Math.round(v * 100) / 100
