// The shortest path between two entities, over relationships between entities only (no articles,
// no figures), found by a breadth-first search from both ends at once, each relationship on it with
// the sentences that state it.
import { NotFoundError } from '../errors.js'
import { ENTITY_TYPES, type EdgeType, type GraphEdge, type PathReply } from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { evidenceSentences } from './evidence.js'

/** The relationships a path may walk: those between two entities. */
const PATH_TYPES: readonly EdgeType[] = ['SERVES_IN', 'PART_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'IMPLEMENTS', 'PROPOSED', 'SUPPORTS']
/** Longest path looked for, in relationships. */
export const MAX_PATH_LENGTH = 8
/** Most nodes the search visits before it gives up: paths through the whole archive are not worth the wait. */
const MAX_VISITED = 60_000
/** Sentences shown per relationship of a path. */
const EVIDENCE_PER_STEP = 3

interface Reached {
  /** The node it was reached from, and over which relationship; absent for the side's start. */
  from?: { node: string; edge: GraphEdge }
  depth: number
}

/** Walks back from `node` to the side's start: the nodes and edges, `node` first. */
function walk(side: Map<string, Reached>, node: string): { nodes: string[]; edges: GraphEdge[] } {
  const nodes = [node]
  const edges: GraphEdge[] = []
  for (let r = side.get(node); r?.from; r = side.get(r.from.node)) {
    nodes.push(r.from.node)
    edges.push(r.from.edge)
  }
  return { nodes, edges }
}

/** Expands one side by a layer; returns the nodes reached that the other side has reached too. */
async function expand(store: GraphStore, side: Map<string, Reached>, frontier: string[], other: Map<string, Reached>): Promise<{ next: string[]; meetings: string[] }> {
  const depth = (side.get(frontier[0]!)?.depth ?? 0) + 1
  const inFrontier = new Set(frontier)
  const next: string[] = []
  const meetings: string[] = []
  for (const edge of await store.edgesOf(frontier, { types: PATH_TYPES, labels: ENTITY_TYPES })) {
    for (const [here, there] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      if (!inFrontier.has(here) || side.has(there)) continue
      side.set(there, { from: { node: here, edge }, depth })
      next.push(there)
      if (other.has(there)) meetings.push(there)
    }
  }
  return { next, meetings }
}

export async function shortestPath(store: GraphStore, from: string, to: string): Promise<PathReply> {
  const ends = await store.nodesById([from, to])
  for (const id of [from, to]) {
    const node = ends.find((n) => n.id === id)
    if (!node) throw new NotFoundError(`node ${id}`)
    if (!(ENTITY_TYPES as readonly string[]).includes(node.label)) throw new NotFoundError(`entity ${id} (paths join entities, not ${node.label}s)`)
  }
  const forward = new Map<string, Reached>([[from, { depth: 0 }]])
  const backward = new Map<string, Reached>([[to, { depth: 0 }]])
  let fronts = { forward: [from], backward: [to] }
  let meeting: string | null = from === to ? from : null
  for (let length = 0; meeting === null && length < MAX_PATH_LENGTH && forward.size + backward.size < MAX_VISITED; length++) {
    // The smaller frontier grows: a hub on one side costs one layer, not every layer.
    const growForward = fronts.forward.length <= fronts.backward.length
    const [side, other, frontier] = growForward ? [forward, backward, fronts.forward] : [backward, forward, fronts.backward]
    if (frontier.length === 0) break
    const { next, meetings } = await expand(store, side, frontier, other)
    fronts = growForward ? { ...fronts, forward: next } : { ...fronts, backward: next }
    // Every meeting of this layer gives a path of the same length from this side; the shortest overall is the one nearest the other end.
    meeting = meetings.sort((a, b) => (other.get(a)?.depth ?? 0) - (other.get(b)?.depth ?? 0))[0] ?? null
  }
  if (meeting === null) return { from, to, nodes: [], steps: [], subgraph: { nodes: [], edges: [], truncated: false } }
  const head = walk(forward, meeting)
  const tail = walk(backward, meeting)
  const nodeIds = [...head.nodes.reverse(), ...tail.nodes.slice(1)]
  const edges = [...head.edges.reverse(), ...tail.edges]
  const nodes = new Map((await store.nodesById(nodeIds)).map((n) => [n.id, n]))
  const steps = await Promise.all(
    edges.map(async (e) => ({
      edge: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      evidence: await evidenceSentences(store, e.id, EVIDENCE_PER_STEP),
    })),
  )
  return {
    from,
    to,
    nodes: nodeIds.map((id) => {
      const n = nodes.get(id)
      return { id, label: n?.label ?? 'Unit', name: String(n?.properties.name ?? id) }
    }),
    steps,
    subgraph: { nodes: [...nodes.values()], edges, truncated: false },
  }
}
