// The toolbar: layout start/stop, colouring by label or community, reset to the overview, and
// exports (PNG of the view; data formats through /api/export).
import { clear, el } from './dom.js'
import type { Store } from './state.js'

export interface ToolbarActions {
  toggleLayout(): void
  setColourMode(mode: 'label' | 'community'): void
  resetView(): void
  exportPng(): void
  exportData(format: string): void
}

/** The single-file formats of `GET /api/export` (csv is a directory: `kg export` writes it). */
export const DATA_FORMATS = ['graphml', 'gexf', 'xlsx', 'node-link', 'json', 'jsonl', 'cypher'] as const

export function mountToolbar(container: HTMLElement, store: Store, actions: ToolbarActions): void {
  clear(container)
  const layout = el('button', { type: 'button', id: 'layout-toggle' })
  layout.addEventListener('click', () => actions.toggleLayout())
  const colour = el('select', { id: 'colour-mode', 'aria-label': 'Colour nodes by' }, el('option', { value: 'label' }, 'Colour: label'), el('option', { value: 'community' }, 'Colour: community'))
  colour.addEventListener('change', () => actions.setColourMode(colour.value === 'community' ? 'community' : 'label'))
  const reset = el('button', { type: 'button', id: 'reset-view', title: 'Back to the overview' }, 'Overview')
  reset.addEventListener('click', () => actions.resetView())
  const png = el('button', { type: 'button', id: 'export-png', title: 'Save the current view as a PNG image' }, 'PNG')
  png.addEventListener('click', () => actions.exportPng())
  const data = el('select', { id: 'export-data', 'aria-label': 'Export the view as data' }, el('option', { value: '' }, 'Export data…'), ...DATA_FORMATS.map((f) => el('option', { value: f }, f.toUpperCase())))
  data.addEventListener('change', () => {
    if (data.value) actions.exportData(data.value)
    data.value = ''
  })
  container.append(layout, colour, reset, png, data)
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
