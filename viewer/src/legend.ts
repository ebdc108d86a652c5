// The legend: one row per label and per relationship type with its colour, how many are in view and
// how many the store holds, and a toggle that hides them; it says when the view is only a sample.
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../../src/model/graph.js'
import { EDGE_TYPE_COLOURS, LABEL_COLOURS, LABEL_HELP, TYPE_HELP } from './colours.js'
import { clear, el } from './dom.js'
import { labelCounts, typeCounts, type ViewGraph } from './graph-data.js'
import type { AppState, Store } from './state.js'

/** Labels always listed, even when none is in view: a reader should see that they exist. */
const ENTITY_LABELS: readonly NodeLabel[] = ['Person', 'Unit', 'Place', 'Campaign', 'Measure']

const fmt = (n: number) => n.toLocaleString('en-GB')

/** `shown` in view, and the store's total beside it when the view holds fewer. */
function countText(shown: number, total: number | undefined): string {
  return total === undefined || total === shown ? fmt(shown) : `${fmt(shown)} / ${fmt(total)}`
}

function toggled<T>(set: ReadonlySet<T>, item: T, hide: boolean): Set<T> {
  const next = new Set(set)
  if (hide) next.add(item)
  else next.delete(item)
  return next
}

export function mountLegend(container: HTMLElement, graph: ViewGraph, store: Store): () => void {
  const row = (kind: 'label' | 'type', key: string, colour: string, help: string, shown: number, total: number | undefined, hidden: boolean, onChange: (hide: boolean) => void) => {
    const id = `legend-${key}`
    const box = el('input', { type: 'checkbox', id, [`data-${kind}`]: key, checked: !hidden })
    box.addEventListener('change', () => onChange(!box.checked))
    return el(
      'li',
      { title: help, class: hidden ? 'off' : undefined },
      box,
      el('label', { for: id }, el('span', { class: kind === 'label' ? 'swatch' : 'swatch line', style: `background:${colour}` }), key, el('span', { class: 'count' }, countText(shown, total))),
    )
  }

  const render = () => {
    const s = store.get()
    const labels = labelCounts(graph)
    const types = typeCounts(graph)
    clear(container)
    container.append(el('h2', {}, 'Labels ', el('span', { class: 'muted' }, 'in view / in store')))
    const list = el('ul', { class: 'legend-list', id: 'legend-labels' })
    for (const label of NODE_LABELS) {
      const count = labels.get(label) ?? 0
      if (count === 0 && !ENTITY_LABELS.includes(label)) continue
      list.append(row('label', label, LABEL_COLOURS[label], LABEL_HELP[label], count, s.totals?.labels[label], s.hiddenLabels.has(label), (hide) => store.update({ hiddenLabels: toggled(store.get().hiddenLabels, label, hide) })))
    }
    container.append(list)
    container.append(sampleNote(s, graph))
    if (s.colourMode === 'community') {
      container.append(el('p', { class: 'note' }, `Colours show ${s.communities} Louvain communities; the swatches above are the label colours.`))
    }
    container.append(el('h2', {}, 'Relationships'))
    const typeList = el('ul', { class: 'legend-list', id: 'legend-types' })
    for (const type of EDGE_TYPES) {
      const count = types.get(type) ?? 0
      if (count === 0 && !s.hiddenTypes.has(type)) continue
      typeList.append(row('type', type, EDGE_TYPE_COLOURS[type], `${type}: ${TYPE_HELP[type]}`, count, s.totals?.types[type], s.hiddenTypes.has(type), (hide) => store.update({ hiddenTypes: toggled(store.get().hiddenTypes, type as EdgeType, hide) })))
    }
    container.append(typeList)
    container.append(placeControls(store), dateControls(store))
    container.append(
      el('h2', {}, 'Reading the view'),
      el(
        'ul',
        { class: 'help' },
        el('li', {}, 'Size: number of relationships'),
        el('li', {}, 'Click a node or edge: details and sentences'),
        el('li', {}, 'Double-click or E: add neighbours'),
        el('li', {}, 'Arrows pan, + and − zoom, Esc closes'),
      ),
    )
  }
  store.subscribe((s, prev) => {
    if (s.hiddenLabels !== prev.hiddenLabels || s.hiddenTypes !== prev.hiddenTypes || s.colourMode !== prev.colourMode || s.communities !== prev.communities || s.totals !== prev.totals || s.truncated !== prev.truncated || s.dateHidden !== prev.dateHidden || s.withinIds !== prev.withinIds) render()
  })
  render()
  return render
}

function sampleNote(s: AppState, graph: ViewGraph): HTMLElement {
  if (!s.truncated) return el('p', { class: 'note', id: 'legend-sample' }, 'The view holds every entity in the store.')
  const entities = ENTITY_LABELS.reduce((a, l) => a + (s.totals?.labels[l] ?? 0), 0)
  return el(
    'p',
    { class: 'note sample', id: 'legend-sample' },
    el('strong', {}, 'A sample: '),
    `${fmt(graph.order)} of ${fmt(entities)} entities, the most connected of each label. Search or double-click to bring in the rest.`,
  )
}

/** The date range: relationships stated in articles of these days, either end open. */
function dateControls(store: Store): HTMLElement {
  const s = store.get()
  const from = el('input', { type: 'date', id: 'date-from', 'aria-label': 'Stated from', value: s.dates?.from ?? undefined })
  const to = el('input', { type: 'date', id: 'date-to', 'aria-label': 'Stated until', value: s.dates?.to ?? undefined })
  const apply = el('button', { type: 'button', id: 'date-apply' }, 'Apply')
  const clearButton = el('button', { type: 'button', id: 'date-clear' }, 'All dates')
  apply.addEventListener('click', () => store.update({ dates: from.value || to.value ? { from: from.value || null, to: to.value || null } : null }))
  clearButton.addEventListener('click', () => store.update({ dates: null }))
  const note = s.dates && s.dateHidden ? el('p', { class: 'note', id: 'date-note' }, `${fmt(s.dateHidden.edges.size)} relationships stated only outside these dates are hidden.`) : null
  return el('div', { class: 'dates' }, el('h2', {}, 'Stated between'), el('div', { class: 'date-row' }, from, to), el('div', { class: 'date-row' }, apply, clearButton), note ?? '')
}

/** The place filter: only what lies within a place (a division or named site), as `kg export --within` selects it. */
function placeControls(store: Store): HTMLElement {
  const s = store.get()
  const place = el('input', { type: 'search', id: 'within-place', placeholder: '包头市', 'aria-label': 'Within the place', value: s.within ?? undefined, lang: 'zh' })
  const apply = el('button', { type: 'button', id: 'within-apply' }, 'Apply')
  const clearButton = el('button', { type: 'button', id: 'within-clear' }, 'Everywhere')
  apply.addEventListener('click', () => store.update({ within: place.value.trim() || null }))
  place.addEventListener('keydown', (ev) => void (ev.key === 'Enter' && apply.click()))
  clearButton.addEventListener('click', () => store.update({ within: null }))
  const note = s.within && s.withinIds ? el('p', { class: 'note', id: 'within-note' }, `${fmt(s.withinIds.size)} nodes lie within ${s.within}.`) : null
  return el('div', { class: 'dates' }, el('h2', {}, 'Within place'), el('div', { class: 'date-row' }, place), el('div', { class: 'date-row' }, apply, clearButton), note ?? '')
}
