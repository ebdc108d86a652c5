// The view state in the URL hash (`#focus=…&hide=Place,Measure&colour=community&open=…`), so a
// link reopens the same view. Unknown or malformed parts are ignored, never fatal.
import { NODE_LABELS, type NodeLabel } from '../../src/model/graph.js'
import type { ViewState } from './state.js'

const isLabel = (x: string): x is NodeLabel => (NODE_LABELS as readonly string[]).includes(x)

export function readHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''))
  const hidden = (p.get('hide') ?? '').split(',').filter(isLabel)
  return {
    focus: p.get('focus') || null,
    hiddenLabels: new Set(hidden),
    colourMode: p.get('colour') === 'community' ? 'community' : 'label',
    expanded: p.getAll('open').filter(Boolean).slice(0, 50),
  }
}

export function writeHash(view: ViewState): string {
  const p = new URLSearchParams()
  if (view.focus) p.set('focus', view.focus)
  if (view.hiddenLabels.size > 0) p.set('hide', [...view.hiddenLabels].sort().join(','))
  if (view.colourMode !== 'label') p.set('colour', view.colourMode)
  for (const id of view.expanded) p.append('open', id)
  const s = p.toString()
  return s ? `#${s}` : ''
}

/** Keeps the address bar in step without adding a history entry per click. */
export function syncHash(view: ViewState): void {
  const next = writeHash(view)
  if (next !== window.location.hash && !(next === '' && window.location.hash === '')) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${next}`)
  }
}
