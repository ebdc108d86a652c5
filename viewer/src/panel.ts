// The side panel, lying over the right of the graph (opening it never moves the graph): a node's
// names, pinyin, aliases and relationships grouped by type with the sentences that state them; a
// relationship's type, properties and sentences; an article's text with its mentions marked; a path
// with the sentences along it. Every sentence links to its article, every name to its node.
import type { EdgeType, NodeLabel } from '../../src/model/graph.js'
import { ApiError, api, type ArticleView, type EdgeDetails, type Evidence, type NodeDetails, type PathReply, type Relationship } from './api.js'
import { EDGE_TYPE_COLOURS, LABEL_COLOURS } from './colours.js'
import { add, clear, el } from './dom.js'

export interface PanelActions {
  focus(id: string): void
  expand(id: string): void
  close(): void
  /** Marks `id` as the start of a path, or shows the path from the marked start to `id`. */
  pathFrom(id: string): void
  pathTo(id: string): void
  /** The node marked as a path's start, if any, with its name. */
  pathStart(): { id: string; name: string } | null
}

/** What each relationship type reads as, from the selected node's side. */
const TYPE_TEXT: Record<EdgeType, { out: string; in: string }> = {
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

/** Items of a list shown before its "more" button. */
const LIST_PAGE = 12
/** Sentences of one relationship shown before its "more" button. */
const SENTENCES_SHOWN = 2

const chip = (label: NodeLabel) => el('span', { class: 'chip', style: `--chip:${LABEL_COLOURS[label]}` }, label)
const typeChip = (type: EdgeType) => el('span', { class: 'chip type-chip', style: `--chip:${EDGE_TYPE_COLOURS[type]}` }, type)

/** Marks names and a highlighted span in `s` (the names both ends of a relationship go by). */
function markedParagraph(s: string, highlight: readonly [number, number], names: readonly string[]): HTMLParagraphElement {
  let start = Math.max(0, Math.min(highlight[0], s.length))
  let end = Math.max(start, Math.min(highlight[1], s.length))
  // A span that is the whole sentence says nothing the eye needs: the names do.
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
  return p
}

/** A list that shows its first items and a button for the rest. */
function pagedList(className: string, items: readonly HTMLElement[], page = LIST_PAGE): HTMLElement {
  const list = el('ul', { class: className })
  list.append(...items.slice(0, page))
  if (items.length <= page) return list
  const more = el('button', { type: 'button', class: 'more link' }, `Show all ${items.length} (${items.length - page} more)`)
  more.addEventListener('click', () => {
    more.remove()
    list.append(...items.slice(page))
  })
  return el('div', {}, list, more)
}

export class Panel {
  /** What the panel was last asked to show: a reply for anything else is dropped. */
  private requested: string | null = null

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  /** What the panel shows now: `node:<id>`, `edge:<id>`, `article:<id>`, `path:…`, or null. */
  get showing(): string | null {
    return this.requested
  }

  hide(): void {
    this.requested = null
    this.container.hidden = true
    clear(this.container)
  }

  /** Loads and shows something, unless the panel was asked for something else meanwhile. */
  private async load<T>(key: string, fetch: () => Promise<T>, render: (data: T) => void): Promise<void> {
    this.requested = key
    this.container.hidden = false
    this.container.dataset.showing = key.split(':')[0]
    clear(this.container)
    this.container.append(this.closeButton(), el('p', { class: 'muted' }, 'Loading details…'))
    try {
      const data = await fetch()
      if (this.requested !== key) return
      clear(this.container)
      this.container.append(this.closeButton())
      render(data)
      this.container.scrollTop = 0
    } catch (error) {
      if (this.requested !== key) return
      clear(this.container)
      const message = error instanceof ApiError ? error.message : String(error)
      this.container.append(this.closeButton(), el('h2', {}, 'No details'), el('p', { class: 'error-message' }, message))
    }
  }

  show(id: string): Promise<void> {
    return this.load(`node:${id}`, () => api.node(id), (d) => this.renderNode(d))
  }

  showEdge(id: string): Promise<void> {
    return this.load(`edge:${id}`, () => api.edge(id), (d) => this.renderEdge(d))
  }

  showArticle(id: string): Promise<void> {
    return this.load(`article:${id}`, () => api.article(id), (d) => this.renderArticle(d))
  }

  showPath(path: PathReply): void {
    this.requested = `path:${path.from}>${path.to}`
    this.container.hidden = false
    this.container.dataset.showing = 'path'
    clear(this.container)
    this.container.append(this.closeButton())
    this.renderPath(path)
  }

  private closeButton(): HTMLElement {
    const b = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details', title: 'Close (Esc)' }, '×')
    b.addEventListener('click', () => this.actions.close())
    return b
  }

  private nodeLink(id: string, name: string, label?: NodeLabel): HTMLElement {
    const link = el('button', { type: 'button', class: 'link', lang: 'zh', title: `Go to ${name}`, 'data-node': id }, name)
    link.addEventListener('click', () => this.actions.focus(id))
    return label ? el('span', { class: 'node-ref' }, chip(label), link) : link
  }

  /** The sentence, its names marked, and below it the article it comes from, as a link. */
  private sentence(e: Evidence, names: readonly string[]): HTMLElement {
    const open = el('button', { type: 'button', class: 'link article-link', lang: 'zh', title: 'Read the article', 'data-article': e.article }, e.title || e.source)
    open.addEventListener('click', () => void this.showArticle(e.article))
    return el('blockquote', { class: 'evidence', lang: 'zh' }, markedParagraph(e.sentence, e.highlight, names), el('cite', {}, open, e.date ? ` · ${e.date}` : ''))
  }

  private sentences(evidence: readonly Evidence[], names: readonly string[], shown = SENTENCES_SHOWN): HTMLElement[] {
    const items = evidence.map((e) => this.sentence(e, names))
    if (items.length <= shown) return items
    const rest = el('div', { class: 'more-sentences', hidden: true }, ...items.slice(shown))
    const more = el('button', { type: 'button', class: 'more link' }, `${items.length - shown} more sentence${items.length - shown === 1 ? '' : 's'}`)
    more.addEventListener('click', () => {
      rest.hidden = false
      more.remove()
    })
    return [...items.slice(0, shown), rest, more]
  }

  private renderNode(d: NodeDetails): void {
    const p = d.node.properties
    const name = String(p.name ?? p.title ?? d.node.id)
    const aliases = Array.isArray(p.aliases) ? p.aliases.map(String).filter((a) => a !== name) : []
    const names = [name, ...aliases]
    const expand = el('button', { type: 'button', class: 'primary', id: 'panel-expand', title: 'Add its neighbours to the view (E, or double-click the node)' }, 'Expand (E)')
    expand.addEventListener('click', () => this.actions.expand(d.node.id))
    const start = this.actions.pathStart()
    const pathButton =
      start && start.id !== d.node.id
        ? el('button', { type: 'button', id: 'panel-path-to', title: `Shortest path from ${start.name} to here` }, `Path from ${start.name}`)
        : el('button', { type: 'button', id: 'panel-path-from', title: 'Start a shortest path here, then open another node' }, 'Path from here')
    pathButton.addEventListener('click', () => (start && start.id !== d.node.id ? this.actions.pathTo(d.node.id) : this.actions.pathFrom(d.node.id)))
    add(
      this.container,
      el('header', { class: 'panel-head' }, chip(d.node.label), el('h2', { lang: 'zh', 'data-testid': 'panel-name' }, name)),
      p.pinyin ? el('p', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, String(p.pinyin)) : null,
      aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also written: '), el('span', { lang: 'zh' }, aliases.join(' · '))) : null,
      this.facts(d),
      el('div', { class: 'actions' }, expand, pathButton),
    )
    if (d.groups.length > 0) this.container.append(this.relationshipsControls())
    for (const g of d.groups) {
      const section = el('section', { class: 'rel-group', 'data-type': g.type })
      for (const dir of ['out', 'in'] as const) {
        const rels = g.relationships.filter((r) => r.direction === dir)
        if (rels.length === 0) continue
        const heading = el('h3', {}, el('span', { class: 'swatch', style: `background:${EDGE_TYPE_COLOURS[g.type]}` }), ` ${TYPE_TEXT[g.type][dir]} `, el('span', { class: 'muted' }, `${g.type} · ${rels.length}`))
        const body = el('div', { class: 'rel-body' }, pagedList('rels', rels.map((r) => this.relationship(r, names))))
        heading.addEventListener('click', () => section.classList.toggle('collapsed'))
        section.append(heading, body)
      }
      this.container.append(section)
    }
    if (d.mentions.length > 0) {
      const section = el('section', { class: 'mentions' }, el('h3', {}, 'Where it is mentioned ', el('span', { class: 'muted' }, String(d.mentions.length))))
      section.append(...this.sentences(d.mentions, names, 3))
      this.container.append(section)
    }
    if (d.articles.length > 0) {
      const items = d.articles.map((a) => {
        const open = el('button', { type: 'button', class: 'link', lang: 'zh', 'data-article': a.id }, a.title || a.source)
        open.addEventListener('click', () => void this.showArticle(a.id))
        return el('li', {}, open, el('span', { class: 'muted' }, ` ${[a.date, `${a.count}×`].filter(Boolean).join(' · ')}`))
      })
      this.container.append(el('section', {}, el('h3', {}, 'Articles ', el('span', { class: 'muted' }, String(d.articles.length))), pagedList('articles', items)))
    }
  }

  /** Filter by name and sort for a node's relationships: a hub has hundreds. */
  private relationshipsControls(): HTMLElement {
    const filter = el('input', { type: 'search', id: 'panel-filter', placeholder: 'Filter relationships…', 'aria-label': 'Filter relationships by name, title or sentence' })
    const sort = el('select', { id: 'panel-sort', 'aria-label': 'Sort relationships' }, el('option', { value: 'name' }, 'Sort: name'), el('option', { value: 'count' }, 'Sort: most articles'), el('option', { value: 'date' }, 'Sort: latest'))
    const apply = () => {
      const text = filter.value.trim().toLowerCase()
      for (const list of this.container.querySelectorAll<HTMLUListElement>('ul.rels')) {
        // "More" lists reveal everything while filtering: a hidden match would look like no match.
        if (text) list.parentElement?.querySelector('button.more')?.dispatchEvent(new MouseEvent('click'))
        const items = [...list.children] as HTMLElement[]
        for (const li of items) li.hidden = text.length > 0 && !(li.textContent ?? '').toLowerCase().includes(text)
        const key = (li: HTMLElement) => (sort.value === 'count' ? -Number(li.dataset.count) : sort.value === 'date' ? -Number((li.dataset.date ?? '').replaceAll('-', '') || 0) : 0)
        const sorted = [...items].sort((a, b) => key(a) - key(b) || (a.dataset.name ?? '').localeCompare(b.dataset.name ?? ''))
        list.append(...sorted)
      }
    }
    filter.addEventListener('input', apply)
    sort.addEventListener('change', apply)
    return el('div', { class: 'panel-controls' }, filter, sort)
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

  private relationship(r: Relationship, names: readonly string[]): HTMLElement {
    const extras = [r.properties.title, r.properties.role].filter((x): x is string => typeof x === 'string' && x.length > 0)
    // The number of articles that state it (graph v2 keeps it on the edge; older graphs count sentences).
    const count = typeof r.properties.articleCount === 'number' ? r.properties.articleCount : typeof r.properties.count === 'number' ? r.properties.count : 1
    const details = el('button', { type: 'button', class: 'link edge-link', title: 'The relationship: its properties and every sentence', 'data-edge': r.id }, 'details')
    details.addEventListener('click', () => void this.showEdge(r.id))
    const latest = r.evidence.map((e) => e.date ?? '').sort().at(-1) ?? ''
    const item = el(
      'li',
      { 'data-name': r.other.name, 'data-count': String(count), 'data-date': latest },
      el(
        'div',
        { class: 'rel-head' },
        chip(r.other.label),
        this.nodeLink(r.other.id, r.other.name),
        extras.length ? el('span', { class: 'rel-prop', lang: 'zh' }, extras.join('、')) : null,
        count > 1 ? el('span', { class: 'muted' }, `${count} articles`) : null,
        details,
      ),
    )
    item.append(...this.sentences(r.evidence, [...names, r.other.name]))
    return item
  }

  private renderEdge(d: EdgeDetails): void {
    const props = Object.entries(d.edge.properties).filter(([k]) => k !== 'evidence' && k !== 'spans')
    add(
      this.container,
      el('header', { class: 'panel-head' }, typeChip(d.edge.type), el('h2', { 'data-testid': 'panel-name' }, 'Relationship')),
      el('p', { class: 'edge-ends' }, this.nodeLink(d.source.id, d.source.name, d.source.label), el('span', { class: 'arrow' }, ` —${d.edge.type}→ `), this.nodeLink(d.target.id, d.target.name, d.target.label)),
      el('dl', { class: 'facts' }, ...props.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { lang: 'zh' }, Array.isArray(v) ? v.join(', ') : String(v))])),
      el('h3', {}, 'Stated in ', el('span', { class: 'muted' }, `${d.evidence.length} sentence${d.evidence.length === 1 ? '' : 's'}`)),
      ...this.sentences(d.evidence, [d.source.name, d.target.name], 5),
    )
  }

  private renderArticle(a: ArticleView): void {
    const body = el('div', { class: 'article-text', lang: 'zh' })
    let at = 0
    for (const m of a.mentions) {
      if (m.start > at) body.append(a.text.slice(at, m.start))
      const mark = el('mark', { class: 'mention', title: `${m.entity.label}: ${m.entity.name}`, style: `--chip:${LABEL_COLOURS[m.entity.label]}`, 'data-node': m.entity.id }, a.text.slice(m.start, m.end))
      mark.addEventListener('click', () => this.actions.focus(m.entity.id))
      body.append(mark)
      at = m.end
    }
    body.append(a.text.slice(at))
    add(
      this.container,
      el('header', { class: 'panel-head' }, chip('Article'), el('h2', { lang: 'zh', 'data-testid': 'panel-name' }, a.title || a.source)),
      el('p', { class: 'muted' }, [a.date, a.source, `${a.mentions.length} mentions marked; click one to open it`].filter(Boolean).join(' · ')),
      body,
    )
  }

  private renderPath(path: PathReply): void {
    const first = path.nodes[0]
    const last = path.nodes.at(-1)
    this.container.append(el('header', { class: 'panel-head' }, el('h2', { 'data-testid': 'panel-name' }, 'Shortest path')))
    if (!first || !last) {
      this.container.append(el('p', { class: 'muted' }, 'No path joins these two within eight relationships.'))
      return
    }
    this.container.append(el('p', { class: 'muted' }, `${path.steps.length} relationship${path.steps.length === 1 ? '' : 's'} from ${first.name} to ${last.name}`))
    const list = el('ol', { class: 'path-steps' })
    path.nodes.forEach((n, i) => {
      const item = el('li', { 'data-node': n.id }, el('div', { class: 'rel-head' }, chip(n.label), this.nodeLink(n.id, n.name)))
      const step = path.steps[i]
      if (step) {
        const other = path.nodes[i + 1]
        item.append(el('div', { class: 'path-step' }, typeChip(step.type), el('span', { class: 'muted' }, step.source === n.id ? ' → ' : ' ← ')))
        item.append(...this.sentences(step.evidence, [n.name, other?.name ?? ''], 1))
      }
      list.append(item)
    })
    this.container.append(list)
  }
}
