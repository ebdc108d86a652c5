// The date filter: which relationships in view were stated in an article dated within the range,
// from the articles each relationship carries; article dates are fetched once and kept.
import { api } from './api.js'
import type { ViewGraph } from './graph-data.js'
import type { AppState, DateRange } from './state.js'

/** Most article ids asked for per request (the server takes 20,000). */
const BATCH = 10_000

export class DateFilter {
  private readonly known = new Map<string, string | null>()

  constructor(private readonly graph: ViewGraph) {}

  /** Fetches the dates of the articles behind the view's relationships that are not known yet. */
  private async learn(): Promise<void> {
    const missing = new Set<string>()
    this.graph.forEachEdge((_, a) => {
      for (const id of a.articles) if (!this.known.has(id)) missing.add(id)
    })
    const ids = [...missing]
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const [id, date] of Object.entries(await api.articleDates(ids.slice(i, i + BATCH)))) this.known.set(id, date)
    }
  }

  /** What the range hides in the view now: see `AppState.dateHidden`. */
  async hidden(range: DateRange): Promise<NonNullable<AppState['dateHidden']>> {
    await this.learn()
    const inRange = (date: string | null | undefined) => !!date && (!range.from || date >= range.from) && (!range.to || date <= range.to)
    const edges = new Set<string>()
    this.graph.forEachEdge((id, a) => {
      if (!a.articles.some((aid) => inRange(this.known.get(aid)))) edges.add(id)
    })
    const nodes = new Set<string>()
    this.graph.forEachNode((id) => {
      if (this.graph.degree(id) > 0 && this.graph.everyEdge(id, (e) => edges.has(e))) nodes.add(id)
    })
    return { edges, nodes }
  }
}
