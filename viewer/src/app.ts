// The viewer's controller: loads the overview, keeps graph, renderer, layout, panel and URL hash in
// step, and carries out what the user asks (select, expand, filter, colour, export).
import { NODE_LABELS } from '../../src/model/graph.js'
import { ApiError, api, type SearchHit } from './api.js'
import { download, renderPng } from './export-image.js'
import { applyCommunities, applyLabelColours, createGraph, mergeSubgraph, type ColourMode } from './graph-data.js'
import { readHash, syncHash } from './hash.js'
import { bindInteractions } from './interactions.js'
import { LayoutController } from './layout.js'
import { mountLegend } from './legend.js'
import { Panel } from './panel.js'
import { createRenderer, type ViewSigma } from './renderer.js'
import { mountSearch } from './search.js'
import { Store, initialState } from './state.js'
import { mountStatus, toast } from './status.js'
import { mountToolbar } from './toolbar.js'

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id)
  if (!node) throw new Error(`the page lacks #${id}`)
  return node as T
}

/** Default overview size; `?cap=` on the page address asks for more (up to the server's limit). */
const DEFAULT_OVERVIEW_CAP = 3000
/** Most nodes one double-click adds. */
const EXPAND_CAP = 200
/** Most node ids sent with a data export of the current view. */
const EXPORT_MAX_IDS = 400

const errorText = (error: unknown): string => (error instanceof ApiError || error instanceof Error ? error.message : String(error))

export class App {
  readonly graph = createGraph()
  readonly store = new Store(initialState(readHash(window.location.hash)))
  readonly layout = new LayoutController(this.graph, this.store)
  sigma: ViewSigma | null = null
  private readonly panel: Panel
  private renderLegend: () => void = () => {}
  private firstRender: (ms: number) => void = () => {}
  /** Resolves with the time to the first drawn frame (ms since navigation), for tests and the benchmark. */
  readonly rendered = new Promise<number>((resolve) => (this.firstRender = resolve))

  constructor() {
    this.panel = new Panel(byId('panel'), {
      focus: (id) => void this.focusNode(id),
      expand: (id) => void this.expand(id),
      close: () => this.deselect(),
    })
    mountStatus(byId('status'), this.store)
    mountToolbar(byId('toolbar'), this.store, {
      toggleLayout: () => this.layout.toggle(),
      setColourMode: (mode) => this.setColourMode(mode),
      resetView: () => void this.reset(),
      exportPng: () => void this.exportPng(),
      exportData: (format) => void this.exportData(format),
    })
    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (hit) => void this.focusHit(hit))
    this.renderLegend = mountLegend(byId('legend'), this.graph, this.store)
    this.store.subscribe((s, prev) => {
      if (s.focus !== prev.focus || s.hiddenLabels !== prev.hiddenLabels || s.colourMode !== prev.colourMode || s.expanded !== prev.expanded) syncHash(s)
      if (s.totals !== prev.totals || s.truncated !== prev.truncated) this.renderSummary()
      // The layout moves nodes: once it settles, bring the selected node back into view.
      if (prev.layoutRunning && !s.layoutRunning && s.focus) this.centreOn(s.focus)
    })
    window.addEventListener('hashchange', () => void this.applyHash())
  }

  async load(): Promise<void> {
    this.store.update({ status: { type: 'loading', what: 'Loading the graph…' } })
    try {
      const stats = await api.stats()
      const entities = stats.nodes - (stats.labels.Article ?? 0) - (stats.labels.Figure ?? 0)
      this.store.update({ totals: { nodes: stats.nodes, relationships: stats.relationships } })
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
      this.ensureRenderer()
      this.setColourMode(this.store.get().colourMode)
      this.store.update({ status: { type: 'ready' } })
      this.renderLegend()
      this.renderSummary()
      this.layout.start(LayoutController.durationFor(this.graph.order))
      const focus = this.store.get().focus
      if (focus) await this.focusNode(focus)
    } catch (error) {
      this.store.update({ status: { type: 'error', message: errorText(error), retry: () => void this.load() } })
    }
  }

  private ensureRenderer(): ViewSigma {
    if (this.sigma) return this.sigma
    const sigma = createRenderer(this.graph, byId('stage'), this.store)
    this.sigma = sigma
    sigma.once('afterRender', () => {
      performance.mark('kg:first-render')
      this.firstRender(performance.now())
    })
    bindInteractions(sigma, this.store, {
      select: (id) => void this.focusNode(id, false),
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
    node.textContent = s.truncated ? `${shown} — the most connected part; search or double-click to explore further. ${total}` : `${shown}. ${total}`
  }

  /** Selects a node, fetching it and its neighbours first when it is not in view. */
  async focusNode(id: string, moveCamera = true): Promise<void> {
    if (!this.graph.hasNode(id)) {
      try {
        const added = mergeSubgraph(this.graph, await api.neighbourhood([id], { cap: EXPAND_CAP }), this.store.get().colourMode)
        if (added.length > 0) this.layout.start(1500)
        this.renderLegend()
        this.renderSummary()
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
    const kind = this.graph.hasNode(hit.id) ? this.graph.getNodeAttribute(hit.id, 'kind') : hit.label
    if (this.store.get().hiddenLabels.has(kind)) {
      const next = new Set(this.store.get().hiddenLabels)
      next.delete(kind)
      this.store.update({ hiddenLabels: next })
    }
    await this.focusNode(hit.id)
  }

  private centreOn(id: string): void {
    const sigma = this.sigma
    if (!sigma || !this.graph.hasNode(id)) return
    // Display coordinates exist once sigma has processed the node: wait a frame after a merge.
    requestAnimationFrame(() => {
      const pos = sigma.getNodeDisplayData(id)
      if (pos) void sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(sigma.getCamera().ratio, 0.5) }, { duration: 500 })
    })
  }

  deselect(): void {
    if (this.store.get().focus === null) return
    this.store.update({ focus: null })
    this.panel.hide()
  }

  async expand(id: string): Promise<void> {
    try {
      const sub = await api.neighbourhood([id], { cap: EXPAND_CAP })
      const added = mergeSubgraph(this.graph, sub, this.store.get().colourMode)
      const expanded = this.store.get().expanded
      if (!expanded.includes(id)) this.store.update({ expanded: [...expanded, id] })
      if (added.length === 0) toast('No further neighbours: everything connected to it is already in view.')
      else toast(`Added ${added.length} node${added.length === 1 ? '' : 's'}${sub.truncated ? ` (the first ${EXPAND_CAP}; there are more)` : ''}.`)
      this.renderLegend()
      this.renderSummary()
      if (added.length > 0) this.layout.start(1500)
    } catch (error) {
      toast(errorText(error), 'error')
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
    this.store.update({ focus: null, expanded: [], hovered: null })
    await this.load()
    this.sigma?.getCamera().animatedReset({ duration: 300 })
  }

  private async applyHash(): Promise<void> {
    const view = readHash(window.location.hash)
    const s = this.store.get()
    const sameLabels = view.hiddenLabels.size === s.hiddenLabels.size && [...view.hiddenLabels].every((l) => s.hiddenLabels.has(l))
    if (!sameLabels) this.store.update({ hiddenLabels: view.hiddenLabels })
    if (view.colourMode !== s.colourMode) this.setColourMode(view.colourMode)
    for (const id of view.expanded) if (!s.expanded.includes(id)) await this.expand(id)
    if (view.focus && view.focus !== s.focus) await this.focusNode(view.focus)
    else if (!view.focus && s.focus) this.deselect()
  }

  async exportPng(): Promise<void> {
    if (!this.sigma) return toast('Nothing to export yet.', 'error')
    try {
      download(await renderPng(this.sigma), 'kg-view.png')
    } catch (error) {
      toast(`Could not make the image: ${errorText(error)}`, 'error')
    }
  }

  async exportData(format: string): Promise<void> {
    const s = this.store.get()
    const whole = !s.truncated && s.expanded.length === 0
    const ids = whole ? undefined : this.graph.filterNodes((_, a) => !s.hiddenLabels.has(a.kind))
    if (ids && ids.length > EXPORT_MAX_IDS) {
      return toast(`The view has ${ids.length} nodes; data export of a partial view is limited to ${EXPORT_MAX_IDS}. Use \`kg export\` for large selections.`, 'error')
    }
    // The whole graph leaves out what the legend hides, as the view does.
    const labels = whole && s.hiddenLabels.size > 0 ? NODE_LABELS.filter((l) => !s.hiddenLabels.has(l)) : undefined
    try {
      const res = await fetch(api.exportUrl(format, { ...(ids ? { ids } : {}), ...(labels ? { labels } : {}) }))
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
        return toast(`Export failed: ${body?.error?.message ?? `${res.status} ${res.statusText}`}`, 'error')
      }
      // node-link is JSON that networkx reads (`nx.node_link_graph`).
      download(await res.blob(), `kg-export${format === 'node-link' ? '.node-link.json' : `.${format}`}`)
    } catch (error) {
      toast(`Export failed: ${errorText(error)}`, 'error')
    }
  }
}
