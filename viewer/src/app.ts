// The viewer's controller: loads the overview, keeps graph, renderer, layout, panel and URL hash in
// step, and carries out what the user asks (select, expand, path, filter, colour, save, export).
import { ApiError, api, type SearchHit } from './api.js'
import { DateFilter } from './dates.js'
import { download, renderPng } from './export-image.js'
import { exportView } from './export-data.js'
import { applyCommunities, applyLabelColours, createGraph, mergeSubgraph, type ColourMode } from './graph-data.js'
import { readHash, syncHash } from './hash.js'
import { bindInteractions } from './interactions.js'
import { LayoutController } from './layout.js'
import { mountLegend } from './legend.js'
import { Panel } from './panel.js'
import { createRenderer, type ViewSigma } from './renderer.js'
import { mountSearch } from './search.js'
import { Store, initialState, type AppState, type ViewState } from './state.js'
import { mountStatus, toast } from './status.js'
import { mountToolbar } from './toolbar.js'
import { savedViews } from './views.js'

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id)
  if (!node) throw new Error(`the page lacks #${id}`)
  return node as T
}

/** Default overview size; `?cap=` on the page address asks for more (up to the server's limit). */
const DEFAULT_OVERVIEW_CAP = 3000
/** Most nodes one expansion adds. */
const EXPAND_CAP = 200

const errorText = (error: unknown): string => (error instanceof ApiError || error instanceof Error ? error.message : String(error))

/** The part of the state a link carries: a change to any of these rewrites the hash. */
const LINKED: readonly (keyof ViewState)[] = ['focus', 'hiddenLabels', 'hiddenTypes', 'colourMode', 'expanded', 'pathEnds', 'camera', 'dates', 'within']
const linkedChanged = (s: AppState, prev: AppState) => LINKED.some((k) => s[k] !== prev[k])

export class App {
  readonly graph = createGraph()
  readonly store = new Store(initialState(readHash(window.location.hash)))
  readonly layout = new LayoutController(this.graph, this.store)
  sigma: ViewSigma | null = null
  private readonly panel: Panel
  private readonly dateFilter = new DateFilter(this.graph)
  private renderLegend: () => void = () => {}
  private firstRender: (ms: number) => void = () => {}
  /** The node a shortest path will start at, once another node is chosen. */
  private pathStart: { id: string; name: string } | null = null
  /** Resolves with the time to the first drawn frame (ms since navigation), for tests and the benchmark. */
  readonly rendered = new Promise<number>((resolve) => (this.firstRender = resolve))

  constructor() {
    this.panel = new Panel(byId('panel'), {
      focus: (id) => void this.focusNode(id),
      expand: (id) => void this.expand(id),
      close: () => this.deselect(),
      pathFrom: (id) => this.markPathStart(id),
      pathTo: (id) => void (this.pathStart && this.showPath(this.pathStart.id, id)),
      pathStart: () => this.pathStart,
    })
    mountStatus(byId('status'), this.store)
    const views = savedViews(window.localStorage)
    mountToolbar(byId('toolbar'), this.store, views, {
      toggleLayout: () => this.layout.toggle(),
      setColourMode: (mode) => this.setColourMode(mode),
      resetView: () => void this.reset(),
      exportPng: () => void this.exportPng(),
      exportData: (format, cap) => void this.exportData(format, cap),
      openView: (hash) => {
        window.location.hash = hash
      },
    })
    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (hit) => void this.focusHit(hit))
    this.renderLegend = mountLegend(byId('legend'), this.graph, this.store)
    this.store.subscribe((s, prev) => {
      if (linkedChanged(s, prev)) syncHash(s)
      if (s.totals !== prev.totals || s.truncated !== prev.truncated) this.renderSummary()
      if (s.dates !== prev.dates) void this.applyDates()
      if (s.within !== prev.within) void this.applyWithin()
      if (prev.layoutRunning && !s.layoutRunning) void this.afterLayout()
    })
    window.addEventListener('hashchange', () => void this.applyHash())
  }

  async load(): Promise<void> {
    this.store.update({ status: { type: 'loading', what: 'Loading the graph…' } })
    try {
      const stats = await api.stats()
      const entities = stats.nodes - (stats.labels.Article ?? 0) - (stats.labels.Figure ?? 0)
      this.store.update({ totals: { nodes: stats.nodes, relationships: stats.relationships, labels: stats.labels, types: stats.types } })
      if (entities <= 0) {
        this.store.update({ status: { type: 'empty' } })
        return
      }
      const requested = Number(new URLSearchParams(window.location.search).get('cap'))
      const cap = Number.isInteger(requested) && requested > 0 ? requested : DEFAULT_OVERVIEW_CAP
      this.store.update({ status: { type: 'loading', what: `Loading ${Math.min(cap, entities).toLocaleString()} of ${entities.toLocaleString()} entities…` } })
      const overview = await api.overview(cap)
      this.graph.clear()
      mergeSubgraph(this.graph, overview, this.store.get().colourMode)
      this.store.update({ truncated: overview.truncated })
      for (const id of this.store.get().expanded) {
        try {
          mergeSubgraph(this.graph, await api.neighbourhood([id], { cap: EXPAND_CAP }), this.store.get().colourMode)
        } catch (error) {
          toast(`Could not reopen the neighbourhood of ${id}: ${errorText(error)}`, 'error')
        }
      }
      const sigma = this.ensureRenderer()
      this.setColourMode(this.store.get().colourMode)
      this.store.update({ status: { type: 'ready' } })
      this.renderLegend()
      this.renderSummary()
      if (this.store.get().dates) await this.applyDates()
      if (this.store.get().within) await this.applyWithin()
      // A link's camera wins over centring on its focus: the reader sees what the sender saw.
      const camera = this.store.get().camera
      if (camera) sigma.getCamera().setState(camera)
      else this.layout.start(LayoutController.durationFor(this.graph.order))
      const ends = this.store.get().pathEnds
      if (ends) await this.showPath(ends[0], ends[1], !camera)
      const focus = this.store.get().focus
      if (focus) await this.focusNode(focus, !camera)
    } catch (error) {
      this.store.update({ status: { type: 'error', message: errorText(error), retry: () => void this.load() } })
    }
  }

  private ensureRenderer(): ViewSigma {
    if (this.sigma) return this.sigma
    const sigma = createRenderer(this.graph, byId('stage'), this.store)
    this.sigma = sigma
    // The frame after a render starts once the render is presented: the layout waits for both.
    this.layout.drawn = () => new Promise((resolve) => sigma.once('afterRender', () => requestAnimationFrame(() => resolve())))
    sigma.once('afterRender', () => {
      performance.mark('kg:first-render')
      this.firstRender(performance.now())
    })
    bindInteractions(sigma, this.store, {
      select: (id) => void this.focusNode(id, false),
      selectEdge: (id) => this.selectEdge(id),
      expand: (id) => void this.expand(id),
      deselect: () => this.deselect(),
    })
    return sigma
  }

  private renderSummary(): void {
    const s = this.store.get()
    const node = byId('summary')
    if (!s.totals || this.graph.order === 0) {
      node.textContent = ''
      return
    }
    const shown = `${this.graph.order.toLocaleString()} nodes · ${this.graph.size.toLocaleString()} relationships in view`
    const total = `store: ${s.totals.nodes.toLocaleString()} nodes, ${s.totals.relationships.toLocaleString()} relationships (articles and mentions included)`
    node.textContent = s.truncated ? `${shown} — a sample; search or double-click to explore further. ${total}` : `${shown}. ${total}`
  }

  /** Adds a subgraph, indexes it for drawing at once (so the camera can go to it) and lays it out. */
  private addToView(sub: Parameters<typeof mergeSubgraph>[1]): string[] {
    const added = mergeSubgraph(this.graph, sub, this.store.get().colourMode)
    if (added.length > 0) {
      this.sigma?.refresh()
      this.layout.start(1500)
      this.renderLegend()
      this.renderSummary()
      if (this.store.get().dates) void this.applyDates()
    }
    return added
  }

  /** Asks which nodes lie within the place of the filter. */
  private async applyWithin(): Promise<void> {
    const place = this.store.get().within
    if (!place) return this.store.update({ withinIds: null })
    try {
      const reply = await api.within(place)
      if (this.store.get().within === place) this.store.update({ withinIds: new Set(reply.ids) })
    } catch (error) {
      toast(`Could not filter by place: ${errorText(error)}`, 'error')
      if (this.store.get().within === place) this.store.update({ within: null, withinIds: null })
    }
  }

  /** Recomputes what the date range hides, for the view as it is now. */
  private async applyDates(): Promise<void> {
    const range = this.store.get().dates
    if (!range) return this.store.update({ dateHidden: null })
    try {
      const hidden = await this.dateFilter.hidden(range)
      // A newer range may have been set while the dates were fetched: only the latest applies.
      if (this.store.get().dates === range) this.store.update({ dateHidden: hidden })
    } catch (error) {
      toast(`Could not apply the dates: ${errorText(error)}`, 'error')
    }
  }

  /** Selects a node, fetching it and its neighbours first when it is not in view. */
  async focusNode(id: string, moveCamera = true): Promise<void> {
    if (!this.graph.hasNode(id)) {
      try {
        this.addToView(await api.neighbourhood([id], { cap: EXPAND_CAP }))
      } catch (error) {
        toast(errorText(error), 'error')
        if (!this.graph.hasNode(id)) return
      }
    }
    this.store.update({ focus: id })
    void this.panel.show(id)
    if (moveCamera) this.centreOn(id)
  }

  async focusHit(hit: SearchHit): Promise<void> {
    if (this.store.get().hiddenLabels.has(hit.label)) {
      const next = new Set(this.store.get().hiddenLabels)
      next.delete(hit.label)
      this.store.update({ hiddenLabels: next })
    }
    await this.focusNode(hit.id)
  }

  selectEdge(id: string): void {
    this.store.update({ focus: null })
    void this.panel.showEdge(id)
  }

  /** Whether a node is drawn in the part of the stage the panel leaves visible. */
  private inSight(id: string): boolean {
    const d = this.sigma?.getNodeDisplayData(id)
    if (!this.sigma || !d) return false
    const p = this.sigma.framedGraphToViewport(d)
    const { width, height } = this.sigma.getDimensions()
    return p.x >= 0 && p.y >= 0 && p.y <= height && p.x <= width - this.coveredWidth()
  }

  /**
   * The layout moves nodes: once it settles, brings the selection back if it drifted out of sight,
   * judged on the frame that draws the final positions (display data lag one render behind).
   */
  private async afterLayout(): Promise<void> {
    await this.layout.drawn()
    const s = this.store.get()
    if (s.layoutRunning) return
    if (s.focus && !this.inSight(s.focus)) this.centreOn(s.focus)
    else if (s.path && !s.path.nodes.every((id) => this.inSight(id))) this.frame(s.path.nodes)
  }

  /** Moves the camera to a node, centred in the part of the stage the panel leaves visible. */
  private centreOn(id: string): void {
    const pos = this.sigma?.getNodeDisplayData(id)
    if (!this.sigma || !pos) return
    this.lookAt(pos, Math.min(this.sigma.getCamera().ratio, 0.5))
  }

  /** Moves the camera so that all of `ids` fit in the part of the stage the panel leaves visible. */
  private frame(ids: readonly string[]): void {
    const sigma = this.sigma
    const points = ids.flatMap((id) => sigma?.getNodeDisplayData(id) ?? [])
    if (!sigma || points.length === 0) return
    const xs = points.map((p) => p.x)
    const ys = points.map((p) => p.y)
    const { width, height } = sigma.getDimensions()
    const visible = width - this.coveredWidth()
    // At ratio 1 the framed graph's unit spans the stage's smaller side; a margin of a quarter around.
    const unit = Math.min(width, height)
    const ratio = Math.max(((Math.max(...xs) - Math.min(...xs)) * unit) / visible, ((Math.max(...ys) - Math.min(...ys)) * unit) / height, 0.05) * 1.25
    this.lookAt({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 }, ratio)
  }

  private coveredWidth(): number {
    const panel = byId('panel')
    return panel.hidden ? 0 : panel.offsetWidth
  }

  /** Animates the camera to put the framed-graph point at the centre of the visible part of the stage. */
  private lookAt(point: { x: number; y: number }, ratio: number): void {
    const sigma = this.sigma
    if (!sigma) return
    const camera = sigma.getCamera()
    const { width } = sigma.getDimensions()
    const target = { ...camera.getState(), x: point.x, y: point.y, ratio }
    const a = sigma.viewportToFramedGraph({ x: width / 2, y: 0 }, { cameraState: target })
    const b = sigma.viewportToFramedGraph({ x: (width + this.coveredWidth()) / 2, y: 0 }, { cameraState: target })
    void camera.animate({ x: point.x + (b.x - a.x), y: point.y + (b.y - a.y), ratio }, { duration: 400 })
  }

  deselect(): void {
    this.pathStart = null
    if (this.store.get().focus !== null || this.store.get().path !== null) this.store.update({ focus: null, path: null, pathEnds: null })
    this.panel.hide()
  }

  async expand(id: string): Promise<void> {
    try {
      const sub = await api.neighbourhood([id], { cap: EXPAND_CAP })
      const added = this.addToView(sub)
      const expanded = this.store.get().expanded
      if (!expanded.includes(id)) this.store.update({ expanded: [...expanded, id] })
      if (added.length === 0) toast('No further neighbours: everything connected to it is already in view.')
      else toast(`Added ${added.length} node${added.length === 1 ? '' : 's'}${sub.truncated ? ` (the first ${EXPAND_CAP}; there are more)` : ''}.`)
    } catch (error) {
      toast(errorText(error), 'error')
    }
  }

  private markPathStart(id: string): void {
    const name = this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : id
    this.pathStart = { id, name }
    toast(`Path from ${name}: now open the node it should lead to.`)
    if (this.store.get().focus === id) void this.panel.show(id)
  }

  /** Finds, adds and emphasises the shortest path between two entities, and lists its steps. */
  async showPath(from: string, to: string, moveCamera = true): Promise<void> {
    try {
      const path = await api.path(from, to)
      this.pathStart = null
      this.addToView(path.subgraph)
      this.store.update({ focus: null, path: { nodes: path.nodes.map((n) => n.id), edges: path.steps.map((s) => s.edge) }, pathEnds: [from, to] })
      this.panel.showPath(path)
      if (moveCamera) this.frame(path.nodes.map((n) => n.id))
    } catch (error) {
      toast(`No path: ${errorText(error)}`, 'error')
    }
  }

  setColourMode(mode: ColourMode): void {
    if (mode === 'community') this.store.update({ colourMode: mode, communities: applyCommunities(this.graph) })
    else {
      applyLabelColours(this.graph)
      this.store.update({ colourMode: mode })
    }
  }

  async reset(): Promise<void> {
    this.layout.kill()
    this.panel.hide()
    this.pathStart = null
    this.store.update({ focus: null, expanded: [], hovered: null, path: null, pathEnds: null, camera: null, dates: null, within: null })
    await this.load()
    this.sigma?.getCamera().animatedReset({ duration: 300 })
  }

  private async applyHash(): Promise<void> {
    const view = readHash(window.location.hash)
    const s = this.store.get()
    const same = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x))
    if (!same(view.hiddenLabels, s.hiddenLabels)) this.store.update({ hiddenLabels: view.hiddenLabels })
    if (!same(view.hiddenTypes, s.hiddenTypes)) this.store.update({ hiddenTypes: view.hiddenTypes })
    if (view.dates?.from !== s.dates?.from || view.dates?.to !== s.dates?.to) this.store.update({ dates: view.dates })
    if (view.within !== s.within) this.store.update({ within: view.within })
    if (view.colourMode !== s.colourMode) this.setColourMode(view.colourMode)
    for (const id of view.expanded) if (!s.expanded.includes(id)) await this.expand(id)
    if (view.pathEnds && (view.pathEnds[0] !== s.pathEnds?.[0] || view.pathEnds[1] !== s.pathEnds?.[1])) await this.showPath(view.pathEnds[0], view.pathEnds[1], !view.camera)
    if (view.focus && view.focus !== s.focus) await this.focusNode(view.focus, !view.camera)
    else if (!view.focus && s.focus) this.deselect()
    const camera = view.camera
    if (camera && this.sigma && (camera.x !== s.camera?.x || camera.y !== s.camera?.y || camera.ratio !== s.camera?.ratio)) this.sigma.getCamera().setState(camera)
  }

  async exportPng(): Promise<void> {
    if (!this.sigma) return toast('Nothing to export yet.', 'error')
    try {
      download(await renderPng(this.sigma, this.graph, this.store.get()), 'kg-view.png')
    } catch (error) {
      toast(`Could not make the image: ${errorText(error)}`, 'error')
    }
  }

  async exportData(format: string, cap: number): Promise<void> {
    try {
      const file = await exportView(this.graph, this.store.get(), format, cap)
      download(file.blob, file.name)
    } catch (error) {
      toast(`Export failed: ${errorText(error)}`, 'error')
    }
  }
}
