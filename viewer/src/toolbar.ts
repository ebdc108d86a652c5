// The toolbar: layout start/stop, colouring by label or community, back to the overview, named
// views saved in the browser, and exports (PNG of the view at twice its size; data formats through
// /api/export, up to a node cap the reader can raise).
import { clear, el } from './dom.js'
import type { Store } from './state.js'
import type { SavedViewStore } from './views.js'

export interface ToolbarActions {
  toggleLayout(): void
  setColourMode(mode: 'label' | 'community'): void
  resetView(): void
  exportPng(): void
  exportData(format: string, cap: number): void
  openView(hash: string): void
}

/** The single-file formats of `/api/export` (csv is a directory: `kg export` writes it). */
export const DATA_FORMATS = ['graphml', 'gexf', 'xlsx', 'node-link', 'json', 'jsonl', 'cypher'] as const
/** Most nodes a data export of a partial view sends unless the reader raises it; the server takes 20,000. */
const DEFAULT_EXPORT_CAP = 5000
const MAX_EXPORT_CAP = 20_000

export function mountToolbar(container: HTMLElement, store: Store, views: SavedViewStore, actions: ToolbarActions): void {
  clear(container)
  const layout = el('button', { type: 'button', id: 'layout-toggle' })
  layout.addEventListener('click', () => actions.toggleLayout())
  const colour = el('select', { id: 'colour-mode', 'aria-label': 'Colour nodes by' }, el('option', { value: 'label' }, 'Colour: label'), el('option', { value: 'community' }, 'Colour: community'))
  colour.addEventListener('change', () => actions.setColourMode(colour.value === 'community' ? 'community' : 'label'))
  const reset = el('button', { type: 'button', id: 'reset-view', title: 'Back to the overview' }, 'Overview')
  reset.addEventListener('click', () => actions.resetView())

  const saved = el('select', { id: 'saved-views', 'aria-label': 'Saved views' })
  const renderSaved = () => {
    clear(saved)
    saved.append(el('option', { value: '' }, 'Views…'), el('option', { value: '+save' }, 'Save this view…'))
    for (const [name, hash] of views.list()) saved.append(el('option', { value: hash }, name))
  }
  saved.addEventListener('change', () => {
    const value = saved.value
    saved.value = ''
    if (value === '+save') {
      const name = window.prompt('Name of this view')?.trim()
      if (name) {
        views.save(name, window.location.hash || '#')
        renderSaved()
      }
    } else if (value) actions.openView(value)
  })
  renderSaved()

  const png = el('button', { type: 'button', id: 'export-png', title: 'Save the view as a PNG image at twice the screen size, with its legend' }, 'PNG')
  png.addEventListener('click', () => actions.exportPng())
  const cap = el('input', { type: 'number', id: 'export-cap', min: '1', max: String(MAX_EXPORT_CAP), step: '1000', value: String(DEFAULT_EXPORT_CAP), 'aria-label': 'Most nodes a data export may hold', title: 'Most nodes a data export of the view may hold' })
  const data = el('select', { id: 'export-data', 'aria-label': 'Export the view as data' }, el('option', { value: '' }, 'Export data…'), ...DATA_FORMATS.map((f) => el('option', { value: f }, f.toUpperCase())))
  data.addEventListener('change', () => {
    const n = Math.min(MAX_EXPORT_CAP, Math.max(1, Math.floor(Number(cap.value) || DEFAULT_EXPORT_CAP)))
    if (data.value) actions.exportData(data.value, n)
    data.value = ''
  })
  container.append(layout, colour, reset, saved, png, data, cap)
  const render = () => {
    const s = store.get()
    layout.textContent = s.layoutRunning ? 'Stop layout' : 'Run layout'
    layout.setAttribute('aria-pressed', String(s.layoutRunning))
    colour.value = s.colourMode
  }
  store.subscribe((s, prev) => {
    if (s.layoutRunning !== prev.layoutRunning || s.colourMode !== prev.colourMode) render()
  })
  render()
}
