// Layout: ForceAtlas2 in a web worker on a detached copy of the graph, its positions copied into the
// drawn graph now and then: every frame for small views, less often for large ones (each copy makes
// sigma re-index and redraw the whole view: seconds at 25,000 nodes on a software rasteriser), so the
// page stays free for input most of the time. Stopped after a while or on request,
// then a short noverlap pass in small views so labels of neighbouring nodes do not collide.
import forceAtlas2 from 'graphology-layout-forceatlas2'
import FA2Layout from 'graphology-layout-forceatlas2/worker'
import noverlap from 'graphology-layout-noverlap'
import { MultiDirectedGraph } from 'graphology'
import type { ViewGraph } from './graph-data.js'
import type { Store } from './state.js'

/** Above this many nodes the synchronous noverlap pass would freeze the page: it is skipped. */
const NOVERLAP_MAX_NODES = 3000
/** The main thread's share of time spent copying positions, re-indexing and redrawing, at most. */
const SYNC_SHARE = 0.25
const MIN_SYNC_MS = 16
const MAX_SYNC_MS = 15_000

type Positions = MultiDirectedGraph<{ x: number; y: number; size: number }>

/** The graph's structure and positions only: what ForceAtlas2 reads, at a fraction of the memory. */
function detachedCopy(graph: ViewGraph): Positions {
  const copy: Positions = new MultiDirectedGraph()
  graph.forEachNode((id, a) => copy.addNode(id, { x: a.x, y: a.y, size: a.size }))
  graph.forEachEdge((id, _a, s, t) => void copy.addEdgeWithKey(id, s, t))
  return copy
}

export class LayoutController {
  private fa2: FA2Layout | null = null
  private copy: Positions | null = null
  private stopTimer: ReturnType<typeof setTimeout> | undefined
  private syncTimer: ReturnType<typeof setTimeout> | undefined
  /** Resolves once the view has drawn what it was last given: set by the app when there is a renderer. */
  drawn: () => Promise<void> = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
  /** Worker iterations since the last start, and position copies into the view, for the benchmark. */
  iterations = 0
  syncs = 0

  constructor(
    private readonly graph: ViewGraph,
    private readonly store: Store,
  ) {}

  /** Runs the layout; with `forMs`, stops by itself after that long and tidies overlaps. */
  start(forMs?: number): void {
    if (this.graph.order === 0) return
    this.halt()
    this.iterations = 0
    this.syncs = 0
    const copy = detachedCopy(this.graph)
    copy.on('eachNodeAttributesUpdated', () => void this.iterations++)
    const settings = forceAtlas2.inferSettings(copy)
    this.copy = copy
    this.fa2 = new FA2Layout(copy, { settings: { ...settings, barnesHutOptimize: copy.order > 1000, adjustSizes: false, slowDown: 5 }, getEdgeWeight: null })
    this.fa2.start()
    this.store.update({ layoutRunning: true })
    this.scheduleSync(MIN_SYNC_MS)
    if (forMs !== undefined) this.stopTimer = setTimeout(() => this.stop(), forMs)
  }

  /** Copies positions, waits until they are drawn, then waits long enough to keep within SYNC_SHARE. */
  private scheduleSync(ms: number): void {
    this.syncTimer = setTimeout(() => {
      const started = performance.now()
      this.sync()
      void this.drawn().then(() => {
        const took = performance.now() - started
        if (this.fa2?.isRunning()) this.scheduleSync(Math.min(MAX_SYNC_MS, Math.max(MIN_SYNC_MS, took / SYNC_SHARE - took)))
      })
    }, ms)
  }

  /** Copies the worker's positions into the drawn graph. */
  private sync(): void {
    const copy = this.copy
    if (!copy) return
    this.graph.updateEachNodeAttributes(
      (id, a) => {
        if (copy.hasNode(id)) {
          a.x = copy.getNodeAttribute(id, 'x')
          a.y = copy.getNodeAttribute(id, 'y')
        }
        return a
      },
      { attributes: ['x', 'y'] },
    )
    this.syncs++
  }

  /** Stops the worker, keeping the positions it reached. */
  private halt(): void {
    clearTimeout(this.stopTimer)
    clearTimeout(this.syncTimer)
    if (this.fa2) {
      this.fa2.kill()
      this.sync()
    }
    this.fa2 = null
    this.copy = null
  }

  stop(): void {
    this.halt()
    if (this.graph.order > 0 && this.graph.order <= NOVERLAP_MAX_NODES) {
      noverlap.assign(this.graph, { maxIterations: 60, settings: { margin: 3, ratio: 1.2 } })
    }
    this.store.update({ layoutRunning: false })
  }

  toggle(): void {
    if (this.store.get().layoutRunning) this.stop()
    else this.start()
  }

  /** A good default run length: longer for bigger graphs, a few seconds at most for small ones. */
  static durationFor(order: number): number {
    return Math.min(2000 + order * 2, 12_000)
  }

  kill(): void {
    this.halt()
    this.store.update({ layoutRunning: false })
  }
}
