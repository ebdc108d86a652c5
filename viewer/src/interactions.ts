// Pointer and keyboard: hover highlights neighbours, click opens the details, double-click adds the
// neighbourhood from the API, a click on empty space or Esc clears the selection.
import type { ViewSigma } from './renderer.js'
import type { Store } from './state.js'

export interface InteractionActions {
  select(id: string): void
  expand(id: string): void
  deselect(): void
}

export function bindInteractions(sigma: ViewSigma, store: Store, actions: InteractionActions): void {
  const container = sigma.getContainer()
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer'
    store.update({ hovered: node })
  })
  sigma.on('leaveNode', () => {
    container.style.cursor = ''
    store.update({ hovered: null })
  })
  sigma.on('clickNode', ({ node }) => actions.select(node))
  sigma.on('doubleClickNode', (event) => {
    event.preventSigmaDefault()
    actions.expand(event.node)
  })
  sigma.on('clickStage', () => actions.deselect())
  window.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !(ev.target instanceof HTMLInputElement)) actions.deselect()
  })
}
