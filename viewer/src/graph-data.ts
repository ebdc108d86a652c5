// The graph on screen: API subgraphs merged into one graphology graph with the attributes sigma
// draws (label text, position, size by degree, colour by label or community).
import { MultiDirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, Subgraph } from '../../src/model/graph.js'
import { EDGE_TYPE_COLOURS, LABEL_COLOURS, communityColour } from './colours.js'

export interface NodeAttrs {
  /** Text sigma draws: the Chinese name, shortened when long (a Figure's is a whole clause). */
  label: string
  /** The whole name. */
  name: string
  kind: NodeLabel
  pinyin: string
  x: number
  y: number
  size: number
  color: string
  degree: number
  community?: number
}

export interface EdgeAttrs {
  /** The relationship type (not `type`: sigma reads that as its drawing program). */
  rel: EdgeType
  size: number
  color: string
  /** The articles that state it, for the date filter. */
  articles: string[]
}

export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>

export const createGraph = (): ViewGraph => new MultiDirectedGraph<NodeAttrs, EdgeAttrs>()

export type ColourMode = 'label' | 'community'

/** A small deterministic generator, so the same data starts from the same layout. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

function hashString(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

const nameOf = (n: GraphNode): string => String(n.properties.name ?? n.properties.title ?? n.id)

/** Longest label drawn on the graph, in characters; Figures (a metric and its value) get fewer. */
const LABEL_MAX = 14
const FIGURE_LABEL_MAX = 8

/** The text drawn beside a node: its name, cut with an ellipsis where it would cover its neighbours. */
export function shortLabel(name: string, kind: NodeLabel): string {
  const max = kind === 'Figure' ? FIGURE_LABEL_MAX : LABEL_MAX
  const chars = [...name]
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * Adds what is new in `sub` and returns the ids added. New nodes start near a neighbour already
 * placed (so expanding a node grows around it), or on a circle when nothing is placed yet.
 */
export function mergeSubgraph(graph: ViewGraph, sub: Subgraph, colourMode: ColourMode): string[] {
  const added: string[] = []
  const spread = Math.sqrt(Math.max(graph.order + sub.nodes.length, 1)) * 10
  for (const n of sub.nodes) {
    if (graph.hasNode(n.id)) continue
    const rnd = seededRandom(hashString(n.id))
    const angle = rnd() * Math.PI * 2
    const radius = spread * Math.sqrt(rnd())
    const name = nameOf(n)
    graph.addNode(n.id, {
      label: shortLabel(name, n.label),
      name,
      kind: n.label,
      pinyin: String(n.properties.pinyin ?? ''),
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
      size: 3,
      color: LABEL_COLOURS[n.label],
      degree: 0,
    })
    added.push(n.id)
  }
  for (const e of sub.edges) addEdge(graph, e)
  placeNearNeighbours(graph, added)
  refreshDegrees(graph)
  if (colourMode === 'community') applyCommunities(graph)
  return added
}

function addEdge(graph: ViewGraph, e: GraphEdge): void {
  if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { rel: e.type, size: 1, color: EDGE_TYPE_COLOURS[e.type], articles: Array.isArray(e.properties.articles) ? e.properties.articles.map(String) : [] })
}

function placeNearNeighbours(graph: ViewGraph, added: readonly string[]): void {
  const fresh = new Set(added)
  for (const id of added) {
    const anchor = graph.neighbors(id).find((n) => !fresh.has(n))
    if (!anchor) continue
    const a = graph.getNodeAttributes(anchor)
    const rnd = seededRandom(hashString(`${id}>${anchor}`))
    const angle = rnd() * Math.PI * 2
    const r = 5 + rnd() * 15
    graph.mergeNodeAttributes(id, { x: a.x + Math.cos(angle) * r, y: a.y + Math.sin(angle) * r })
  }
}

/** Node size grows with the square root of degree, so hubs stand out without hiding the rest. */
export function refreshDegrees(graph: ViewGraph): void {
  graph.updateEachNodeAttributes(
    (id, attrs) => {
      const degree = graph.degree(id)
      attrs.degree = degree
      attrs.size = Math.min(3 + 1.6 * Math.sqrt(degree), 24)
      return attrs
    },
    // No attribute hints: with hints sigma repaints without re-indexing, which fails for nodes just added.
  )
}

/** Louvain communities (seeded, so a shared link colours the same), stored on each node. */
export function applyCommunities(graph: ViewGraph): number {
  if (graph.size === 0) {
    graph.updateEachNodeAttributes((_, a) => ({ ...a, community: 0, color: communityColour(0) }))
    return graph.order > 0 ? 1 : 0
  }
  const communities = louvain(graph, { rng: seededRandom(42), getEdgeWeight: null })
  graph.updateEachNodeAttributes(
    (id, a) => {
      const c = communities[id] ?? 0
      a.community = c
      a.color = communityColour(c)
      return a
    },
  )
  return new Set(Object.values(communities)).size
}

export function applyLabelColours(graph: ViewGraph): void {
  graph.updateEachNodeAttributes(
    (_, a) => {
      a.color = LABEL_COLOURS[a.kind]
      return a
    },
  )
}

export function labelCounts(graph: ViewGraph): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>()
  graph.forEachNode((_, a) => void counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1))
  return counts
}

export function typeCounts(graph: ViewGraph): Map<EdgeType, number> {
  const counts = new Map<EdgeType, number>()
  graph.forEachEdge((_, a) => void counts.set(a.rel, (counts.get(a.rel) ?? 0) + 1))
  return counts
}
