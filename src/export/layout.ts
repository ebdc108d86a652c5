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
/** Node + edge visits the quick layout may spend on ForceAtlas2: about 2 s on this project's machine (3.5 µs each). */
const QUICK_BUDGET = 500_000
/** Fewer iterations than this only shake the spiral; better to keep it as it is. */
const QUICK_MIN_ITERATIONS = 20
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
// A CommonJS module whose types declare `export default`: under NodeNext the default import is typed
// as the module object, but Node hands over `module.exports`, the layout function itself.
const forceAtlas2 = fa2 as unknown as typeof fa2.default

/**
 * The selection's structure as numbers: node ids in order, and edges as index pairs in typed arrays,
 * so 60k nodes and 190k edges take a few megabytes (a graphology graph of them takes hundreds).
 * MENTIONS are left out: they tie everything to its articles.
 */
export interface Structure {
  ids: string[]
  sources: Int32Array
  targets: Int32Array
}

async function structureOf(source: SubgraphSource): Promise<Structure> {
  const index = new Map<string, number>()
  const ids: string[] = []
  let sources = new Int32Array(1024)
  let targets = new Int32Array(1024)
  let size = 0
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) {
      index.set(n.id, ids.length)
      ids.push(n.id)
    }
    for (const e of batch.edges) {
      const s = index.get(e.source)
      const t = index.get(e.target)
      if (e.type === 'MENTIONS' || s === undefined || t === undefined || s === t) continue
      if (size === sources.length) {
        sources = grow(sources)
        targets = grow(targets)
      }
      sources[size] = s
      targets[size++] = t
    }
  }
  return { ids, sources: sources.subarray(0, size), targets: targets.subarray(0, size) }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2)
  out.set(a)
  return out
}

/** Nodes breadth-first from the most connected unvisited node, component after component. */
export function breadthFirstOrder({ ids, sources, targets }: Structure): string[] {
  const n = ids.length
  const degree = new Int32Array(n)
  for (let i = 0; i < sources.length; i++) {
    degree[sources[i]!]!++
    degree[targets[i]!]!++
  }
  // Neighbours in compressed rows: node v's are at offsets[v] .. offsets[v + 1].
  const offsets = new Int32Array(n + 1)
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!
  const fill = offsets.slice(0, n)
  const neighbours = new Int32Array(offsets[n]!)
  for (let i = 0; i < sources.length; i++) {
    neighbours[fill[sources[i]!]!++] = targets[i]!
    neighbours[fill[targets[i]!]!++] = sources[i]!
  }
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0)
  const starts = Array.from({ length: n }, (_, v) => v).sort((a, b) => degree[b]! - degree[a]! || byId(a, b))
  const seen = new Uint8Array(n)
  const queue = new Int32Array(n)
  let tail = 0
  for (const start of starts) {
    if (seen[start]) continue
    seen[start] = 1
    let head = tail
    queue[tail++] = start
    for (; head < tail; head++) {
      const v = queue[head]!
      const next = Array.from(neighbours.subarray(offsets[v]!, offsets[v + 1]!)).filter((w) => !seen[w])
      for (const w of [...new Set(next)].sort(byId)) {
        seen[w] = 1
        queue[tail++] = w
      }
    }
  }
  return Array.from(queue, (v) => ids[v]!)
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
  const structure = await structureOf(source)
  const out = new Map<string, Position>()
  breadthFirstOrder(structure).forEach((id, i) => out.set(id, known?.get(id) ?? spiralPoint(i)))
  const size = structure.sources.length
  const iterations = kind === 'forceatlas2' ? FULL_ITERATIONS : quickIterations(structure.ids.length, size)
  if (iterations === 0 || size === 0) return out
  // Only now a graphology graph, which ForceAtlas2 needs: small, or asked for with --layout.
  const graph = new MultiDirectedGraph()
  for (const id of structure.ids) graph.addNode(id, out.get(id))
  for (let i = 0; i < size; i++) graph.addDirectedEdge(structure.ids[structure.sources[i]!]!, structure.ids[structure.targets[i]!]!)
  const positions = forceAtlas2(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 } })
  for (const [id, p] of Object.entries(positions)) out.set(id, known?.get(id) ?? { x: round(p.x), y: round(p.y) })
  return out
}

const round = (v: number) => Math.round(v * 100) / 100
