// Sigma wiring: settings tuned for large graphs (labels hidden by density and size, edges hidden
// while moving when the graph is big) and reducers that stay cheap: they are swapped for null when
// nothing is highlighted or filtered, and the highlight set is computed once per change, not per frame.
import Sigma from 'sigma'
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types'
import type { NodeLabel } from '../../src/model/graph.js'
import { DIMMED_NODE, EDGE_COLOUR, EDGE_HIGHLIGHT } from './colours.js'
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
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: large ? 9 : 5,
    // Arrows draw each edge twice (line and head): too much for very large views.
    defaultEdgeType: large ? 'line' : 'arrow',
    defaultEdgeColor: EDGE_COLOUR,
    minEdgeThickness: 0.8,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // Sorting by zIndex on every repaint costs too much in large views; only small ones use it.
    zIndex: !large,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  })
  // The panel opening or closing changes the stage's width; sigma only watches the window.
  new ResizeObserver(() => sigma.resize()).observe(container)
  const highlighter = new Highlighter(graph, sigma)
  store.subscribe((s, prev) => {
    if (s.hovered !== prev.hovered || s.focus !== prev.focus || s.hiddenLabels !== prev.hiddenLabels) highlighter.update(s)
  })
  // Nodes that arrive after the focus was set (a shared link's focus outside the overview, an
  // expansion next to it) change what is highlighted: recompute once per batch of additions.
  let pending = false
  const graphChanged = () => {
    if (pending) return
    pending = true
    queueMicrotask(() => {
      pending = false
      highlighter.update(store.get(), true)
    })
  }
  graph.on('nodeAdded', graphChanged)
  graph.on('edgeAdded', graphChanged)
  highlighter.update(store.get())
  return sigma
}

/** Above this many nodes, hovering only emphasises the neighbourhood instead of dimming the rest. */
const PARTIAL_HIGHLIGHT = 2000

/**
 * Decides what is drawn emphasised, dimmed or hidden. The hovered node (else the focused one) and
 * its neighbours stand out; hidden labels disappear with their edges. In small views everything else
 * is dimmed (a full repaint); in large ones only the nodes and edges whose look changes are
 * repainted, so hovering stays instant at 20,000 nodes.
 */
class Highlighter {
  private centre: string | null = null
  private near = new Set<string>()
  private hidden: ReadonlySet<NodeLabel> = new Set()
  private installed = false

  constructor(
    private readonly graph: ViewGraph,
    private readonly sigma: ViewSigma,
  ) {}

  /** `graphChanged`: nodes or edges were added, so the same centre may have new neighbours. */
  update(s: AppState, graphChanged = false): void {
    const previousCentre = this.centre
    const previousNear = this.near
    const hiddenChanged = s.hiddenLabels !== this.hidden
    const centre = s.hovered ?? (s.focus && this.graph.hasNode(s.focus) ? s.focus : null)
    this.centre = centre
    this.near = new Set(centre ? [centre, ...this.graph.neighbors(centre)] : [])
    this.hidden = s.hiddenLabels
    if (this.graph.order <= PARTIAL_HIGHLIGHT) {
      this.installed = false
      const active = centre !== null || this.hidden.size > 0
      this.sigma.setSetting('nodeReducer', active ? this.nodeReducer : null)
      this.sigma.setSetting('edgeReducer', active ? this.edgeReducer : null)
      return
    }
    if (!this.installed || hiddenChanged) {
      this.installed = true
      this.sigma.setSetting('nodeReducer', this.largeNodeReducer)
      this.sigma.setSetting('edgeReducer', this.largeEdgeReducer)
      return
    }
    if (previousCentre === centre && (!graphChanged || centre === null)) return
    const nodes = new Set([...previousNear, ...this.near])
    const edges = new Set<string>()
    for (const c of [previousCentre, centre]) if (c && this.graph.hasNode(c)) this.graph.forEachEdge(c, (e) => void edges.add(e))
    this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true })
  }

  private nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    if (this.hidden.has(data.kind)) return { ...data, hidden: true }
    if (this.centre === null) return data
    if (node === this.centre) return { ...data, highlighted: true, zIndex: 2 }
    if (this.near.has(node)) return { ...data, zIndex: 1, forceLabel: true }
    return { ...data, color: DIMMED_NODE, label: '', zIndex: 0 }
  }

  private edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const [source, target] = this.graph.extremities(edge)
    if (this.hidden.size > 0 && (this.hidden.has(this.graph.getNodeAttribute(source, 'kind')) || this.hidden.has(this.graph.getNodeAttribute(target, 'kind')))) {
      return { ...data, hidden: true }
    }
    if (this.centre === null) return data
    if (source === this.centre || target === this.centre) return { ...data, color: EDGE_HIGHLIGHT, size: 1.6, zIndex: 1 }
    return { ...data, color: '#EEF0F3' }
  }

  /** No zIndex or size changes here: partial repaints skip re-indexing, which those would need. */
  private largeNodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    if (this.hidden.size > 0 && this.hidden.has(data.kind)) return { ...data, hidden: true }
    if (node === this.centre) return { ...data, highlighted: true }
    if (this.near.has(node)) return { ...data, forceLabel: true }
    return data
  }

  private largeEdgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (this.hidden.size > 0) {
      const [source, target] = this.graph.extremities(edge)
      if (this.hidden.has(this.graph.getNodeAttribute(source, 'kind')) || this.hidden.has(this.graph.getNodeAttribute(target, 'kind'))) return { ...data, hidden: true }
    }
    if (this.centre !== null && this.near.has(this.centre)) {
      const [source, target] = this.graph.extremities(edge)
      if (source === this.centre || target === this.centre) return { ...data, color: EDGE_HIGHLIGHT }
    }
    return data
  }
}
