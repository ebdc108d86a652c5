// The side panel: everything known about the selected node — names, pinyin, aliases, relationships
// grouped by type with the sentences that state them (evidence highlighted), and its articles.
import type { NodeLabel } from '../../src/model/graph.js'
import { ApiError, api, type Evidence, type NodeDetails, type Relationship } from './api.js'
import { LABEL_COLOURS } from './colours.js'
import { add, clear, el } from './dom.js'

export interface PanelActions {
  focus(id: string): void
  expand(id: string): void
  close(): void
}

/** What each relationship type reads as, from the selected node's side. */
const TYPE_TEXT: Record<string, { out: string; in: string }> = {
  SERVES_IN: { out: 'Serves in', in: 'Staff' },
  PART_OF: { out: 'Part of', in: 'Sub-units' },
  LOCATED_IN: { out: 'Located in', in: 'Contains' },
  PARTICIPATES_IN: { out: 'Participates in', in: 'Participants' },
  IMPLEMENTS: { out: 'Implements', in: 'Implemented by' },
  PROPOSED: { out: 'Proposed', in: 'Proposed by' },
  SUPPORTS: { out: 'Supports', in: 'Supported by' },
  AUTHORED: { out: 'Authored', in: 'Authors' },
  REPORTED: { out: 'Reported', in: 'Reported by' },
  ABOUT: { out: 'About', in: 'Figures' },
  MENTIONS: { out: 'Mentions', in: 'Mentioned in' },
}

const chip = (label: NodeLabel) => el('span', { class: 'chip', style: `--chip:${LABEL_COLOURS[label]}` }, label)

/**
 * The evidence sentence with the stated span shaded and the names of both ends marked: the span of
 * a relationship is often its whole sentence, so the names are what the eye needs to find.
 */
function sentence(e: Evidence, names: readonly string[]): HTMLElement {
  const s = e.sentence
  let start = Math.max(0, Math.min(e.highlight[0], s.length))
  let end = Math.max(start, Math.min(e.highlight[1], s.length))
  if (end - start >= s.length * 0.9) start = end = 0
  const isName = new Uint8Array(s.length)
  for (const n of names) {
    if (n.length < 2) continue
    for (let i = s.indexOf(n); i >= 0; i = s.indexOf(n, i + 1)) isName.fill(1, i, i + n.length)
  }
  const p = el('p')
  for (let i = 0; i < s.length; ) {
    const inSpan = i >= start && i < end
    const name = isName[i] === 1
    let j = i + 1
    while (j < s.length && (j >= start && j < end) === inSpan && (isName[j] === 1) === name) j++
    const text = s.slice(i, j)
    p.append(name ? el('mark', { class: inSpan ? 'name in-span' : 'name' }, text) : inSpan ? el('mark', { class: 'span' }, text) : text)
    i = j
  }
  return el('blockquote', { class: 'evidence', lang: 'zh' }, p, el('cite', {}, [e.title || e.source, e.date].filter(Boolean).join(' · ')))
}

export class Panel {
  private requested: string | null = null
  /** The selected node's names, marked in every sentence shown. */
  private names: string[] = []

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  hide(): void {
    this.requested = null
    this.container.hidden = true
    clear(this.container)
  }

  async show(id: string): Promise<void> {
    this.requested = id
    this.container.hidden = false
    clear(this.container)
    this.container.append(this.closeButton(), el('p', { class: 'muted' }, 'Loading details…'))
    try {
      const details = await api.node(id)
      if (this.requested !== id) return
      this.render(details)
    } catch (error) {
      if (this.requested !== id) return
      clear(this.container)
      const message = error instanceof ApiError ? error.message : String(error)
      this.container.append(this.closeButton(), el('h2', {}, 'No details'), el('p', { class: 'error-message' }, message))
    }
  }

  private closeButton(): HTMLElement {
    const b = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details', title: 'Close (Esc)' }, '×')
    b.addEventListener('click', () => this.actions.close())
    return b
  }

  private render(d: NodeDetails): void {
    const p = d.node.properties
    const name = String(p.name ?? p.title ?? d.node.id)
    const aliases = Array.isArray(p.aliases) ? p.aliases.map(String).filter((a) => a !== name) : []
    this.names = [name, ...aliases]
    const expand = el('button', { type: 'button', class: 'primary' }, 'Show neighbours')
    expand.addEventListener('click', () => this.actions.expand(d.node.id))
    clear(this.container)
    add(
      this.container,
      this.closeButton(),
      el('header', { class: 'panel-head' }, chip(d.node.label), el('h2', { lang: 'zh', 'data-testid': 'panel-name' }, name)),
      p.pinyin ? el('p', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, String(p.pinyin)) : null,
      aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also written: '), el('span', { lang: 'zh' }, aliases.join(' · '))) : null,
      this.facts(d),
      el('div', { class: 'actions' }, expand),
    )
    for (const g of d.groups) {
      const section = el('section', { class: 'rel-group', 'data-type': g.type })
      const byDirection = { out: g.relationships.filter((r) => r.direction === 'out'), in: g.relationships.filter((r) => r.direction === 'in') }
      for (const dir of ['out', 'in'] as const) {
        const rels = byDirection[dir]
        if (rels.length === 0) continue
        const text = TYPE_TEXT[g.type]?.[dir] ?? g.type
        section.append(el('h3', {}, `${text} `, el('span', { class: 'muted' }, `${g.type} · ${rels.length}`)))
        const list = el('ul', { class: 'rels' })
        for (const r of rels) list.append(this.relationship(r))
        section.append(list)
      }
      this.container.append(section)
    }
    if (d.mentions.length > 0) {
      const section = el('section', { class: 'mentions' }, el('h3', {}, 'Where it is mentioned ', el('span', { class: 'muted' }, String(d.mentions.length))))
      for (const m of d.mentions.slice(0, 8)) section.append(sentence(m, this.names))
      this.container.append(section)
    }
    if (d.articles.length > 0) {
      const list = el('ul', { class: 'articles' })
      for (const a of d.articles) {
        list.append(el('li', {}, el('span', { lang: 'zh' }, a.title), el('span', { class: 'muted' }, ` ${[a.date, a.source, `${a.count}×`].filter(Boolean).join(' · ')}`)))
      }
      this.container.append(el('section', {}, el('h3', {}, 'Articles ', el('span', { class: 'muted' }, String(d.articles.length))), list))
    }
  }

  private facts(d: NodeDetails): HTMLElement {
    const p = d.node.properties
    const rows: [string, string][] = [['Relationships', String(d.degree)]]
    if (p.level) rows.push(['Level', String(p.level)])
    if (p.code) rows.push(['Division code', String(p.code)])
    if (p.date) rows.push(['Date', String(p.date)])
    if (p.source) rows.push(['Source file', String(p.source)])
    if (p.masked) rows.push(['Name', 'masked in the source'])
    rows.push(['Id', d.node.id])
    return el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))
  }

  private relationship(r: Relationship): HTMLElement {
    const link = el('button', { type: 'button', class: 'link', lang: 'zh', title: `Go to ${r.other.name}` }, r.other.name)
    link.addEventListener('click', () => this.actions.focus(r.other.id))
    const extras = [r.properties.title, r.properties.role].filter((x): x is string => typeof x === 'string' && x.length > 0)
    const count = typeof r.properties.articleCount === 'number' && r.properties.articleCount > 1 ? `${r.properties.articleCount} articles` : null
    const item = el(
      'li',
      {},
      el('div', { class: 'rel-head' }, chip(r.other.label), link, extras.length ? el('span', { class: 'rel-prop', lang: 'zh' }, extras.join('、')) : null, count ? el('span', { class: 'muted' }, count) : null),
    )
    for (const e of r.evidence.slice(0, 3)) item.append(sentence(e, [...this.names, r.other.name]))
    return item
  }
}
