// The legend: one row per label with its colour, how many are in view, and a toggle that hides
// the label (and its edges). In community colouring it says so, since colours then mean groups.
import { NODE_LABELS, type NodeLabel } from '../../src/model/graph.js'
import { LABEL_COLOURS, LABEL_HELP } from './colours.js'
import { clear, el } from './dom.js'
import { labelCounts, type ViewGraph } from './graph-data.js'
import type { Store } from './state.js'

export function mountLegend(container: HTMLElement, graph: ViewGraph, store: Store): () => void {
  const render = () => {
    const s = store.get()
    const counts = labelCounts(graph)
    clear(container)
    container.append(el('h2', {}, 'Labels'))
    const list = el('ul', { class: 'legend-list' })
    for (const label of NODE_LABELS) {
      const count = counts.get(label) ?? 0
      if (count === 0 && label !== 'Person' && label !== 'Unit' && label !== 'Place' && label !== 'Campaign' && label !== 'Measure') continue
      const id = `legend-${label}`
      const box = el('input', { type: 'checkbox', id, 'data-label': label, checked: !s.hiddenLabels.has(label) })
      box.addEventListener('change', () => toggle(label, !box.checked))
      list.append(
        el(
          'li',
          { title: LABEL_HELP[label], class: s.hiddenLabels.has(label) ? 'off' : undefined },
          box,
          el('label', { for: id }, el('span', { class: 'swatch', style: `background:${LABEL_COLOURS[label]}` }), label, el('span', { class: 'count' }, String(count))),
        ),
      )
    }
    container.append(list)
    if (s.colourMode === 'community') {
      container.append(el('p', { class: 'note' }, `Colours show ${s.communities} Louvain communities; the swatches above are the label colours.`))
    }
    container.append(
      el('h2', {}, 'Reading the view'),
      el(
        'ul',
        { class: 'help' },
        el('li', {}, 'Size: number of relationships'),
        el('li', {}, 'Click: details and source sentences'),
        el('li', {}, 'Double-click: add neighbours'),
        el('li', {}, 'Hover: highlight neighbours'),
      ),
    )
  }
  const toggle = (label: NodeLabel, hide: boolean) => {
    const next = new Set(store.get().hiddenLabels)
    if (hide) next.add(label)
    else next.delete(label)
    store.update({ hiddenLabels: next })
  }
  store.subscribe((s, prev) => {
    if (s.hiddenLabels !== prev.hiddenLabels || s.colourMode !== prev.colourMode || s.communities !== prev.communities) render()
  })
  render()
  return render
}
