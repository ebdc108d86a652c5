// The overlay that says what is happening when the graph is not simply there: loading, empty, or
// an error with what to do about it. Never a blank page without a reason.
import { add, clear, el } from './dom.js'
import type { LoadStatus, Store } from './state.js'

export function mountStatus(container: HTMLElement, store: Store): void {
  const render = (status: LoadStatus) => {
    clear(container)
    container.dataset.state = status.type
    switch (status.type) {
      case 'ready':
        container.hidden = true
        return
      case 'loading':
        container.hidden = false
        container.append(el('div', { class: 'spinner', 'aria-hidden': 'true' }), el('p', {}, status.what))
        return
      case 'empty':
        container.hidden = false
        container.append(
          el('h2', {}, 'The graph is empty'),
          el('p', {}, 'No articles have been ingested into this store yet. Run ', el('code', {}, 'kg ingest <files>'), ' and reload this page.'),
        )
        return
      case 'error': {
        container.hidden = false
        const retry = status.retry
        add(
          container,
          el('h2', {}, 'Something went wrong'),
          el('p', { class: 'error-message' }, status.message),
          retry ? el('button', { type: 'button', class: 'primary' }, 'Try again') : null,
        )
        container.querySelector('button')?.addEventListener('click', () => retry?.())
        return
      }
    }
  }
  store.subscribe((s, prev) => {
    if (s.status !== prev.status) render(s.status)
  })
  render(store.get().status)
}

/** A short message at the bottom of the screen that fades (errors of secondary actions). */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const node = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message)
  document.body.append(node)
  setTimeout(() => node.remove(), kind === 'error' ? 8000 : 4000)
}
