// Sigma wiring: settings tuned for large graphs (labels by a budget, edges hidden while moving when
// the graph is big) and one Highlighter that decides what is emphasised, dimmed or hidden and
// repaints only what its change touches, so hovering stays quick at 25,000 nodes.
import Sigma from 'sigma'
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types'
import type { EdgeType, NodeLabel } from '../../src/model/graph.js'
import { DIMMED_EDGE, DIMMED_NODE, EDGE_HIGHLIGHT } from './colours.js'
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './graph-data.js'
import type { AppState, Store } from './state.js'

/** Chinese first: Noto CJK (Linux), PingFang (macOS), Microsoft YaHei (Windows), then any sans. */
export const CJK_FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif'

const LARGE = 5000

export type ViewSigma = Sigma<NodeAttrs, EdgeAttrs>

export function createRenderer(graph: ViewGraph, container: HTMLElement, store: Store): ViewSigma {
  const large = graph.order > LARGE
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    labelFont: CJK_FONT_STACK,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2430' },
    // The label budget: sigma's grid keeps at most one label per cell, the largest node's, so
    // labels never overlap; hubs and the selection are labelled first.
    labelDensity: 0.5,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: large ? 9 : 6,
    // Arrows draw each edge twice (line and head): too much for very large views.
    defaultEdgeType: large ? 'line' : 'arrow',
    minEdgeThickness: 0.8,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    enableEdgeEvents: true,
    // Edge labels (the relationship type) only where the reducer gives one: around the hovered or selected node.
    renderEdgeLabels: true,
    edgeLabelFont: CJK_FONT_STACK,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#5a6270' },
    // Sorting by zIndex on every repaint costs too much in large views; only small ones use it.
    zIndex: !large,
    stagePadding: 40,
    // Deep zoom: in a 25,000-node view two neighbours may be a pixel apart at the start.
    minCameraRatio: 0.001,
    maxCameraRatio: 20,
  })
  // The stage keeps its size when the panel opens (the panel lies over it), but the window may change.
  new ResizeObserver(() => sigma.resize()).observe(container)
  const highlighter = new Highlighter(graph, sigma)
  store.subscribe((s, prev) => {
    if (s.hovered !== prev.hovered || s.focus !== prev.focus || s.hiddenLabels !== prev.hiddenLabels || s.hiddenTypes !== prev.hiddenTypes || s.path !== prev.path || s.dateHidden !== prev.dateHidden || s.withinIds !== prev.withinIds || s.layoutRunning !== prev.layoutRunning) {
      highlighter.update(s)
    }
  })
  // Nodes that arrive after the focus was set (a search hit outside the overview, an expansion next
  // to it) change what is highlighted: recompute once per batch of additions.
  let pending = false
  const graphChanged = () => {
    highlighter.unprocessed = true
    if (pending) return
    pending = true
    queueMicrotask(() => {
      pending = false
      highlighter.update(store.get(), true)
    })
  }
  graph.on('nodeAdded', graphChanged)
  graph.on('edgeAdded', graphChanged)
  // A render processes every node and edge it has been told about: from then on partial repaints may
  // skip re-indexing.
  sigma.on('afterRender', () => (highlighter.unprocessed = false))
  highlighter.update(store.get())
  return sigma
}

/** Above this many edges, edges outside the highlighted neighbourhood keep their colour (repainting them all per hover is too slow). */
const DIM_ALL_EDGES_MAX = 15_000
/** Above this many neighbours, the highlighted node's edges go unlabelled: their types would cover each other. */
const EDGE_LABELS_MAX = 12
/** Most neighbours of the highlighted node whose labels are forced; the rest compete for the label grid. */
const FORCED_LABELS = 24

/**
 * Decides what is drawn emphasised, dimmed or hidden. The hovered node (else the focused one) and its
 * neighbours stand out, everything else is dimmed; a path, when one is shown, stands out the same
 * way; hidden labels and relationship types disappear, and so does what the date range or the place
 * leaves out. A hover repaints the nodes without
 * re-indexing them (positions and sizes do not change) and only the edges whose look changes.
 */
class Highlighter {
  private centre: string | null = null
  private near = new Set<string>()
  /** Near nodes whose labels are drawn whatever the grid says: the centre's largest neighbours. */
  private labelled = new Set<string>()
  private path: AppState['path'] = null
  private pathNodes: ReadonlySet<string> = new Set()
  private pathEdges: ReadonlySet<string> = new Set()
  private hiddenLabels: ReadonlySet<NodeLabel> = new Set()
  private hiddenTypes: ReadonlySet<EdgeType> = new Set()
  private dateHidden: AppState['dateHidden'] = null
  private withinIds: AppState['withinIds'] = null
  /** Set while the layout runs on a large view: edges are not drawn then, halving each frame's cost. */
  private edgesOff = false
  /** Set while the graph holds nodes or edges sigma has not indexed yet: repaints must then re-index. */
  unprocessed = true

  constructor(
    private readonly graph: ViewGraph,
    private readonly sigma: ViewSigma,
  ) {
    sigma.setSetting('nodeReducer', this.nodeReducer)
    sigma.setSetting('edgeReducer', this.edgeReducer)
  }

  /** `graphChanged`: nodes or edges were added, so the same centre may have new neighbours. */
  update(s: AppState, graphChanged = false): void {
    const previousCentre = this.centre
    const hadPath = this.pathEdges.size > 0
    const pathChanged = s.path !== this.path
    const edgesOff = s.layoutRunning && this.graph.order > LARGE
    const labelsChanged = changed(this.hiddenLabels, s.hiddenLabels)
    const typesChanged = changed(this.hiddenTypes, s.hiddenTypes)
    const othersChanged = s.dateHidden !== this.dateHidden || s.withinIds !== this.withinIds || edgesOff !== this.edgesOff
    const filtersChanged = labelsChanged.size > 0 || typesChanged.size > 0 || othersChanged
    this.edgesOff = edgesOff
    const centre = s.hovered ?? (s.focus && this.graph.hasNode(s.focus) ? s.focus : null)
    this.centre = centre
    this.near = new Set(centre ? [centre, ...this.graph.neighbors(centre)] : [])
    this.labelled = new Set(centre ? [centre, ...largest(this.graph, this.graph.neighbors(centre), FORCED_LABELS)] : [])
    this.path = s.path
    this.pathNodes = new Set(s.path?.nodes.filter((id) => this.graph.hasNode(id)) ?? [])
    this.pathEdges = new Set(s.path?.edges.filter((id) => this.graph.hasEdge(id)) ?? [])
    this.hiddenLabels = s.hiddenLabels
    this.hiddenTypes = s.hiddenTypes
    this.dateHidden = s.dateHidden
    this.withinIds = s.withinIds
    if (!filtersChanged && !graphChanged && !pathChanged && previousCentre === centre) return
    // A legend toggle alone repaints only the nodes of the label and the edges of the type or of those nodes.
    if (!othersChanged && !graphChanged && !pathChanged && previousCentre === centre && !this.unprocessed) {
      const nodes = labelsChanged.size > 0 ? this.graph.filterNodes((_, a) => labelsChanged.has(a.kind)) : []
      const edges = new Set<string>()
      for (const n of nodes) this.graph.forEachEdge(n, (e) => void edges.add(e))
      if (typesChanged.size > 0) this.graph.forEachEdge((e, a) => void (typesChanged.has(a.rel) && edges.add(e)))
      this.sigma.refresh({ partialGraph: { nodes, edges: [...edges] }, skipIndexation: true, schedule: true })
      return
    }
    const everyEdge = filtersChanged || this.graph.size <= DIM_ALL_EDGES_MAX || this.pathEdges.size > 0 || hadPath
    const edges = everyEdge ? this.graph.edges() : this.touchedEdges([previousCentre, centre])
    this.sigma.refresh({ partialGraph: { nodes: this.graph.nodes(), edges }, skipIndexation: !this.unprocessed, schedule: true })
  }

  private touchedEdges(centres: readonly (string | null)[]): string[] {
    const edges = new Set<string>()
    for (const c of centres) if (c && this.graph.hasNode(c)) this.graph.forEachEdge(c, (e) => void edges.add(e))
    return [...edges]
  }

  private get emphasis(): ReadonlySet<string> | null {
    if (this.centre !== null) return this.near
    return this.pathNodes.size > 0 ? this.pathNodes : null
  }

  /** No zIndex or size changes here: repaints skip re-indexing, which those would need. */
  private nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    if ((this.hiddenLabels.size > 0 && this.hiddenLabels.has(data.kind)) || this.dateHidden?.nodes.has(node) || (this.withinIds && !this.withinIds.has(node))) return { ...data, hidden: true }
    const emphasis = this.emphasis
    if (emphasis === null) return data
    if (node === this.centre) return { ...data, highlighted: true }
    if (emphasis.has(node)) return { ...data, forceLabel: this.labelled.has(node) || this.pathNodes.has(node) }
    return { ...data, color: DIMMED_NODE, label: '' }
  }

  private edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (this.edgesOff) return { ...data, hidden: true }
    if ((this.hiddenTypes.size > 0 && this.hiddenTypes.has(data.rel)) || this.dateHidden?.edges.has(edge)) return { ...data, hidden: true }
    if (this.hiddenLabels.size > 0 || this.withinIds) {
      const [source, target] = this.graph.extremities(edge)
      if (this.hiddenLabels.has(this.graph.getNodeAttribute(source, 'kind')) || this.hiddenLabels.has(this.graph.getNodeAttribute(target, 'kind'))) return { ...data, hidden: true }
      if (this.withinIds && !(this.withinIds.has(source) && this.withinIds.has(target))) return { ...data, hidden: true }
    }
    if (this.pathEdges.has(edge)) return { ...data, color: EDGE_HIGHLIGHT, size: 3, label: data.rel }
    if (this.centre !== null) {
      const [source, target] = this.graph.extremities(edge)
      if (source === this.centre || target === this.centre) return { ...data, size: 2, label: this.near.size <= EDGE_LABELS_MAX ? data.rel : null }
      return { ...data, color: DIMMED_EDGE }
    }
    if (this.pathNodes.size > 0) return { ...data, color: DIMMED_EDGE }
    return data
  }
}

/** What is in one set and not the other. */
function changed<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a, ...b].filter((x) => a.has(x) !== b.has(x)))
}

/** The `count` largest of `ids` by size. */
function largest(graph: ViewGraph, ids: readonly string[], count: number): string[] {
  if (ids.length <= count) return [...ids]
  return [...ids].sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size')).slice(0, count)
}
