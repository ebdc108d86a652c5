// Positions for every export whose reader shows nodes where the file puts them (Gephi, yEd,
// Cytoscape, networkx drawings), so a file never opens as one dot. Two settings:
// - `quick` (the default): nodes on a sunflower spiral in breadth-first order from the most
//   connected ones, so neighbours sit together, then as many ForceAtlas2 iterations as a fixed
//   budget allows; large graphs get the spiral alone. Seconds at 60k nodes, not minutes.
// - `forceatlas2` (`--layout`): 200 full iterations, Barnes-Hut above 1,000 nodes; 174 s at 60k.
// Both are deterministic, and keep the positions the caller knows (the viewer's).
import { MultiDirectedGraph } from 'graphology'
import fa2 from 'graphology-layout-forceatlas2'
import type { Position, SubgraphSource } from './types.js'

export type LayoutKind = 'quick' | 'forceatlas2'

const FULL_ITERATIONS = 200
const QUICK_MAX_ITERATIONS = 100
/** Node + edge visits the quick layout may spend on ForceAtlas2 (≈ 3 s on this project's machine). */
const QUICK_BUDGET = 1_000_000
/** Fewer iterations than this only shake the spiral; better to keep it as it is. */
const QUICK_MIN_ITERATIONS = 20
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
// A CommonJS module whose types declare `export default`: under NodeNext the default import is typed
// as the module object, but Node hands over `module.exports`, the layout function itself.
const forceAtlas2 = fa2 as unknown as typeof fa2.default

/** The selection's structure without attributes; MENTIONS left out, as they tie everything to its articles. */
async function structureOf(source: SubgraphSource): Promise<MultiDirectedGraph> {
  const graph = new MultiDirectedGraph()
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) graph.addNode(n.id)
    for (const e of batch.edges) if (e.type !== 'MENTIONS' && e.source !== e.target) graph.addDirectedEdge(e.source, e.target)
  }
  return graph
}

/** Nodes breadth-first from the most connected unvisited node, component after component. */
export function breadthFirstOrder(graph: MultiDirectedGraph): string[] {
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0))
  const seen = new Set<string>()
  const order: string[] = []
  for (const start of byDegree) {
    if (seen.has(start)) continue
    seen.add(start)
    const queue = [start]
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!
      order.push(id)
      for (const next of graph.neighbors(id).sort()) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
  }
  return order
}

/** The i-th point of a sunflower spiral: even density, no two nodes on the same spot. */
export function spiralPoint(i: number, spacing = 10): Position {
  const r = spacing * Math.sqrt(i + 0.5)
  return { x: round(r * Math.cos(i * GOLDEN_ANGLE)), y: round(r * Math.sin(i * GOLDEN_ANGLE)) }
}

export function quickIterations(order: number, size: number): number {
  const iterations = Math.min(QUICK_MAX_ITERATIONS, Math.floor(QUICK_BUDGET / Math.max(1, order + size)))
  return iterations < QUICK_MIN_ITERATIONS ? 0 : iterations
}

export async function layoutPositions(source: SubgraphSource, known: ReadonlyMap<string, Position> | undefined, kind: LayoutKind = 'quick'): Promise<Map<string, Position>> {
  const graph = await structureOf(source)
  breadthFirstOrder(graph).forEach((id, i) => graph.mergeNodeAttributes(id, known?.get(id) ?? spiralPoint(i)))
  const iterations = kind === 'forceatlas2' ? FULL_ITERATIONS : quickIterations(graph.order, graph.size)
  const out = new Map<string, Position>()
  if (iterations === 0 || graph.size === 0) {
    graph.forEachNode((id, a) => out.set(id, { x: a.x as number, y: a.y as number }))
    return out
  }
  const positions = forceAtlas2(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 } })
  for (const [id, p] of Object.entries(positions)) out.set(id, known?.get(id) ?? { x: round(p.x), y: round(p.y) })
  return out
}

const round = (v: number) => Math.round(v * 100) / 100
