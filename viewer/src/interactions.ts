// Pointer and keyboard: hover highlights neighbours, click opens a node's or an edge's details,
// double-click (or E) adds a node's neighbourhood, a click on empty space or Esc clears the
// selection, arrows pan and +/− zoom the focusable graph, and the camera is kept for the link.
import type { ViewSigma } from './renderer.js'
import type { Store } from './state.js'

export interface InteractionActions {
  select(id: string): void
  selectEdge(id: string): void
  expand(id: string): void
  deselect(): void
}

/** How long the camera must rest before the link records it. */
const CAMERA_SETTLE_MS = 250
/** Share of the view one arrow key press pans. */
const PAN_STEP = 0.1

/** How far from an edge, in pixels, a click still selects it. */
const EDGE_CLICK_TOLERANCE = 5

/** The drawn edge nearest to the viewport point (x, y), if one passes within `tolerance` pixels. */
export function edgeNear(sigma: ViewSigma, x: number, y: number, tolerance: number): string | null {
  let best: string | null = null
  let bestDistance = tolerance
  sigma.getGraph().forEachEdge((edge, _a, source, target) => {
    if (sigma.getEdgeDisplayData(edge)?.hidden) return
    const s = sigma.getNodeDisplayData(source)
    const t = sigma.getNodeDisplayData(target)
    if (!s || !t || s.hidden || t.hidden) return
    const a = sigma.framedGraphToViewport(s)
    const b = sigma.framedGraphToViewport(t)
    const dx = b.x - a.x
    const dy = b.y - a.y
    const length2 = dx * dx + dy * dy
    const along = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2))
    const distance = Math.hypot(a.x + along * dx - x, a.y + along * dy - y)
    if (distance < bestDistance) {
      bestDistance = distance
      best = edge
    }
  })
  return best
}

const typing = (target: EventTarget | null) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement

export function bindInteractions(sigma: ViewSigma, store: Store, actions: InteractionActions): void {
  const container = sigma.getContainer()
  container.tabIndex = 0
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer'
    store.update({ hovered: node })
  })
  sigma.on('leaveNode', () => {
    container.style.cursor = ''
    store.update({ hovered: null })
  })
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'))
  sigma.on('leaveEdge', () => (container.style.cursor = ''))
  sigma.on('clickNode', ({ node }) => actions.select(node))
  sigma.on('clickEdge', ({ edge }) => actions.selectEdge(edge))
  sigma.on('doubleClickNode', (event) => {
    event.preventSigmaDefault()
    actions.expand(event.node)
  })
  // Sigma picks edges from a half-resolution buffer, where a thin edge may vanish: a click beside
  // one still selects it.
  sigma.on('clickStage', ({ event }) => {
    const edge = edgeNear(sigma, event.x, event.y, EDGE_CLICK_TOLERANCE)
    if (edge) actions.selectEdge(edge)
    else actions.deselect()
  })

  let settle: ReturnType<typeof setTimeout> | undefined
  sigma.getCamera().on('updated', (state) => {
    clearTimeout(settle)
    settle = setTimeout(() => store.update({ camera: { x: state.x, y: state.y, ratio: state.ratio } }), CAMERA_SETTLE_MS)
  })

  window.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !typing(ev.target)) return actions.deselect()
    if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey) return
    const onGraph = ev.target === container || ev.target === document.body
    const camera = sigma.getCamera()
    const state = camera.getState()
    const step = PAN_STEP * state.ratio
    const focus = store.get().focus
    switch (ev.key) {
      case 'e':
      case 'E':
        if (focus) actions.expand(focus)
        return
    }
    if (!onGraph) return
    switch (ev.key) {
      case 'ArrowLeft':
        return void camera.animate({ x: state.x - step }, { duration: 120 })
      case 'ArrowRight':
        return void camera.animate({ x: state.x + step }, { duration: 120 })
      case 'ArrowUp':
        return void camera.animate({ y: state.y + step }, { duration: 120 })
      case 'ArrowDown':
        return void camera.animate({ y: state.y - step }, { duration: 120 })
      case '+':
      case '=':
        return void camera.animatedZoom({ duration: 150 })
      case '-':
        return void camera.animatedUnzoom({ duration: 150 })
    }
  })
}
