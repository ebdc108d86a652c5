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
  sigma.on('clickStage', () => actions.deselect())

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
