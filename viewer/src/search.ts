// The search box: suggestions from the API as one types (Chinese, aliases, pinyin with or without
// tones), keyboard navigation, and a choice that focuses the node.
import { ApiError, api, type SearchHit } from './api.js'
import { LABEL_COLOURS } from './colours.js'
import { clear, el } from './dom.js'

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, choose: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = []
  let active = -1
  let timer: ReturnType<typeof setTimeout> | undefined
  let inflight: AbortController | undefined

  const close = () => {
    list.hidden = true
    input.setAttribute('aria-expanded', 'false')
    active = -1
  }

  const render = (message?: string) => {
    clear(list)
    if (message) {
      list.append(el('li', { class: 'suggestion-note' }, message))
    }
    // Namesakes are told apart by what they are tied to (a person's unit, a unit's place).
    const names = new Map<string, number>()
    for (const h of hits) names.set(h.name, (names.get(h.name) ?? 0) + 1)
    hits.forEach((h, i) => {
      const aliases = h.aliases.filter((a) => a !== h.name).slice(0, 3)
      const context = h.context.length ? el('span', { class: names.get(h.name)! > 1 ? 'context namesake' : 'context', lang: 'zh' }, h.context.join(' · ')) : null
      const item = el(
        'li',
        { role: 'option', id: `suggestion-${i}`, 'aria-selected': i === active ? 'true' : 'false', 'data-id': h.id, class: i === active ? 'active' : undefined },
        el('span', { class: 'swatch', style: `background:${LABEL_COLOURS[h.label]}`, title: h.label }),
        el('span', { class: 'suggestion-text' }, el('span', { class: 'name', lang: 'zh' }, h.name), el('span', { class: 'pinyin' }, h.pinyin), aliases.length ? el('span', { class: 'muted', lang: 'zh' }, aliases.join(' · ')) : null, context),
        el('span', { class: 'muted kind' }, h.label),
      )
      // mousedown, not click: it fires before the input loses focus and closes the list.
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault()
        pick(i)
      })
      list.append(item)
    })
    list.hidden = hits.length === 0 && !message
    input.setAttribute('aria-expanded', String(!list.hidden))
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`)
    else input.removeAttribute('aria-activedescendant')
  }

  const pick = (i: number) => {
    const hit = hits[i]
    if (!hit) return
    input.value = hit.name
    close()
    choose(hit)
  }

  const query = async (text: string) => {
    inflight?.abort()
    inflight = new AbortController()
    try {
      hits = await api.search(text, 8, inflight.signal)
      active = hits.length > 0 ? 0 : -1
      render(hits.length === 0 ? `Nothing matches “${text}”` : undefined)
    } catch (error) {
      if ((error as Error).name === 'AbortError' || (error instanceof ApiError && error.message.includes('aborted'))) return
      hits = []
      render(error instanceof ApiError ? error.message : String(error))
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    const text = input.value.trim()
    if (!text) {
      hits = []
      close()
      return
    }
    timer = setTimeout(() => void query(text), 120)
  })
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (hits.length === 0) return
      ev.preventDefault()
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length
      render()
    } else if (ev.key === 'Enter') {
      ev.preventDefault()
      if (active >= 0) pick(active)
      else if (input.value.trim()) void query(input.value.trim())
    } else if (ev.key === 'Escape') {
      // Esc closes the list, and a second Esc leaves the box for the graph.
      if (!list.hidden) close()
      else {
        input.value = ''
        hits = []
        input.blur()
      }
    }
  })
  input.addEventListener('blur', () => setTimeout(close, 100))
  input.addEventListener('focus', () => {
    if (hits.length > 0) render()
  })
}
