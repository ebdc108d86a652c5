// Layout: ForceAtlas2 in a web worker (the page stays responsive while it runs), stopped after a
// while or on request, then a short noverlap pass so labels of neighbouring nodes do not collide.
import forceAtlas2 from 'graphology-layout-forceatlas2'
import FA2Layout from 'graphology-layout-forceatlas2/worker'
import noverlap from 'graphology-layout-noverlap'
import type { ViewGraph } from './graph-data.js'
import type { Store } from './state.js'

/** Above this many nodes the synchronous noverlap pass would freeze the page: it is skipped. */
const NOVERLAP_MAX_NODES = 3000

export class LayoutController {
  private fa2: FA2Layout | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  /** Worker iterations applied since the last start, for the benchmark. */
  iterations = 0

  constructor(
    private readonly graph: ViewGraph,
    private readonly store: Store,
  ) {
    // Each worker iteration ends with one bulk position update on the main thread.
    graph.on('eachNodeAttributesUpdated', () => {
      if (this.fa2?.isRunning()) this.iterations++
    })
  }

  private supervisor(): FA2Layout {
    if (!this.fa2) {
      const settings = forceAtlas2.inferSettings(this.graph)
      this.fa2 = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 1000, adjustSizes: false, slowDown: 5 },
        getEdgeWeight: null,
      })
    }
    return this.fa2
  }

  /** Runs the layout; with `forMs`, stops by itself after that long and tidies overlaps. */
  start(forMs?: number): void {
    if (this.graph.order === 0) return
    clearTimeout(this.timer)
    this.iterations = 0
    this.supervisor().start()
    this.store.update({ layoutRunning: true })
    if (forMs !== undefined) this.timer = setTimeout(() => this.stop(), forMs)
  }

  stop(): void {
    clearTimeout(this.timer)
    if (this.fa2?.isRunning()) this.fa2.stop()
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

  /**
   * ForceAtlas2 iterations per `ms` on a detached copy of the graph: the worker's own speed, without
   * the renderer redrawing after each iteration (for the benchmark).
   */
  async measureWorker(ms: number): Promise<{ iterations: number; msPerIteration: number | null }> {
    const copy = this.graph.copy()
    const fa2 = new FA2Layout(copy, { settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 1000, slowDown: 5 }, getEdgeWeight: null })
    let iterations = 0
    copy.on('eachNodeAttributesUpdated', () => void iterations++)
    fa2.start()
    await new Promise((r) => setTimeout(r, 500))
    iterations = 0
    const start = performance.now()
    await new Promise((r) => setTimeout(r, ms))
    const elapsed = performance.now() - start
    fa2.kill()
    return { iterations, msPerIteration: iterations > 0 ? elapsed / iterations : null }
  }

  kill(): void {
    clearTimeout(this.timer)
    this.fa2?.kill()
    this.fa2 = null
  }
}
