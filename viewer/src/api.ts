// The viewer's only door to the server: typed calls to the JSON API, every reply checked at runtime,
// every failure turned into an ApiError whose message can be shown to the reader as is.
import { z } from 'zod'
import { ArticleDates, ArticleView, EdgeDetails, NodeReply, PathReply, SearchReply, WithinReply } from '../../src/model/api.js'
import { GraphStats, type NodeLabel, Subgraph } from '../../src/model/graph.js'

export type { ArticleView, EdgeDetails, EvidenceSentence as Evidence, NodeReply as NodeDetails, PathReply, RelationshipView as Relationship, SearchHit } from '../../src/model/api.js'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) })

async function call<T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.infer<T>> {
  let res: Response
  try {
    res = await fetch(path, init)
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', `Cannot reach the server (${(cause as Error).message}). Is \`kg serve\` still running?`)
  }
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new ApiError(res.status, 'BAD_REPLY', `The server answered ${res.status} ${res.statusText} without JSON for ${path}.`)
  }
  if (!res.ok) {
    const e = ErrorBody.safeParse(body)
    throw new ApiError(res.status, e.success ? e.data.error.code : 'HTTP', e.success ? e.data.error.message : `${res.status} ${res.statusText}`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(res.status, 'BAD_REPLY', `Unexpected reply from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}

const qs = (params: Record<string, string | number | readonly string[] | undefined>): string => {
  const s = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const x of v) s.append(k, String(x))
    else s.set(k, String(v))
  }
  return s.toString()
}

export const api = {
  stats: () => call(GraphStats, '/api/stats'),
  overview: (cap: number) => call(Subgraph, `/api/overview?${qs({ cap })}`),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    call(SearchReply, `/api/search?${qs({ q, limit })}`, signal ? { signal } : undefined).then((r) => r.hits),
  node: (id: string) => call(NodeReply, `/api/node/${encodeURIComponent(id)}`),
  edge: (id: string) => call(EdgeDetails, `/api/edge/${encodeURIComponent(id)}`),
  article: (id: string) => call(ArticleView, `/api/article/${encodeURIComponent(id)}`),
  articleDates: (ids: readonly string[]) =>
    call(ArticleDates, '/api/article-dates', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }) }).then((r) => r.dates),
  within: (place: string) => call(WithinReply, `/api/within?${qs({ place })}`),
  path: (from: string, to: string) => call(PathReply, `/api/path?${qs({ from, to })}`),
  neighbourhood: (ids: readonly string[], options: { depth?: number; cap?: number } = {}) =>
    call(Subgraph, `/api/neighbourhood?${qs({ ids, depth: options.depth ?? 1, cap: options.cap ?? 200 })}`),
  subgraph: (ids: readonly string[]) =>
    call(Subgraph, '/api/subgraph', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }) }),
  /** The nodes `ids` (and the relationships among them), or the whole graph, of the labels given. */
  exportUrl: (format: string, selection: { ids?: readonly string[]; labels?: readonly NodeLabel[] }) =>
    `/api/export?${qs({ format, ids: selection.ids, depth: selection.ids ? 0 : undefined, labels: selection.labels?.join(',') })}`,
}
