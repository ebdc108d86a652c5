// The view state in the URL hash (`#focus=…&hide=Place&hidetypes=AUTHORED&colour=community&open=…
// &from=…&to=…&dates=2019-01-01..2020-12-31&within=包头市&cam=x,y,ratio`), so a link reopens the same view. Unknown or malformed parts are
// ignored, never fatal.
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../../src/model/graph.js'
import type { CameraView, DateRange, ViewState } from './state.js'

const isLabel = (x: string): x is NodeLabel => (NODE_LABELS as readonly string[]).includes(x)
const isType = (x: string): x is EdgeType => (EDGE_TYPES as readonly string[]).includes(x)

function readCamera(text: string | null): CameraView | null {
  const parts = (text ?? '').split(',').map(Number)
  const [x, y, ratio] = parts
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null
  return Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(ratio) && ratio > 0 ? { x, y, ratio } : null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** `2019-01-01..2020-12-31`, either side may be empty. */
function readDates(text: string | null): DateRange | null {
  const m = /^([^.]*)\.\.([^.]*)$/.exec(text ?? '')
  if (!m) return null
  const from = DAY.test(m[1]!) ? m[1]! : null
  const to = DAY.test(m[2]!) ? m[2]! : null
  return from || to ? { from, to } : null
}

export function readHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''))
  const from = p.get('from')
  const to = p.get('to')
  return {
    focus: p.get('focus') || null,
    hiddenLabels: new Set((p.get('hide') ?? '').split(',').filter(isLabel)),
    hiddenTypes: new Set((p.get('hidetypes') ?? '').split(',').filter(isType)),
    colourMode: p.get('colour') === 'community' ? 'community' : 'label',
    expanded: p.getAll('open').filter(Boolean).slice(0, 50),
    pathEnds: from && to ? [from, to] : null,
    camera: readCamera(p.get('cam')),
    dates: readDates(p.get('dates')),
    within: p.get('within')?.trim() || null,
  }
}

/** Four decimals: a camera position to well under a pixel. */
const round = (n: number) => String(Math.round(n * 10_000) / 10_000)

export function writeHash(view: ViewState): string {
  const p = new URLSearchParams()
  if (view.focus) p.set('focus', view.focus)
  if (view.hiddenLabels.size > 0) p.set('hide', [...view.hiddenLabels].sort().join(','))
  if (view.hiddenTypes.size > 0) p.set('hidetypes', [...view.hiddenTypes].sort().join(','))
  if (view.colourMode !== 'label') p.set('colour', view.colourMode)
  for (const id of view.expanded) p.append('open', id)
  if (view.pathEnds) {
    p.set('from', view.pathEnds[0])
    p.set('to', view.pathEnds[1])
  }
  if (view.within) p.set('within', view.within)
  if (view.dates) p.set('dates', `${view.dates.from ?? ''}..${view.dates.to ?? ''}`)
  if (view.camera) p.set('cam', [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(','))
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
