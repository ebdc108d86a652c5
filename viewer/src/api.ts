// The viewer's only door to the server: typed calls to the JSON API, every reply checked at runtime,
// every failure turned into an ApiError whose message can be shown to the reader as is.
import { z } from 'zod'
import { EdgeType, GraphNode, GraphStats, NodeLabel, Subgraph } from '../../src/model/graph.js'

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

export const SearchHit = z.object({
  id: z.string(),
  label: NodeLabel,
  name: z.string(),
  pinyin: z.string(),
  aliases: z.array(z.string()),
  score: z.number(),
})
export type SearchHit = z.infer<typeof SearchHit>

const SearchReply = z.object({ query: z.string(), hits: z.array(SearchHit) })

export const Evidence = z.object({
  article: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string().nullable(),
  sentence: z.string(),
  highlight: z.tuple([z.number(), z.number()]),
})
export type Evidence = z.infer<typeof Evidence>

export const Relationship = z.object({
  id: z.string(),
  type: EdgeType,
  direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), label: NodeLabel, name: z.string() }),
  properties: z.record(z.string(), z.unknown()),
  evidence: z.array(Evidence),
})
export type Relationship = z.infer<typeof Relationship>

export const NodeDetails = z.object({
  node: GraphNode,
  degree: z.number(),
  groups: z.array(z.object({ type: EdgeType, count: z.number(), relationships: z.array(Relationship) })),
  articles: z.array(z.object({ id: z.string(), title: z.string(), source: z.string(), date: z.string().nullable(), count: z.number() })),
  mentions: z.array(Evidence),
})
export type NodeDetails = z.infer<typeof NodeDetails>

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
  node: (id: string) => call(NodeDetails, `/api/node/${encodeURIComponent(id)}`),
  neighbourhood: (ids: readonly string[], options: { depth?: number; cap?: number } = {}) =>
    call(Subgraph, `/api/neighbourhood?${qs({ ids, depth: options.depth ?? 1, cap: options.cap ?? 200 })}`),
  subgraph: (ids: readonly string[]) =>
    call(Subgraph, '/api/subgraph', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }) }),
  /** The nodes `ids` (and the relationships among them), or the whole graph, of the labels given. */
  exportUrl: (format: string, selection: { ids?: readonly string[]; labels?: readonly NodeLabel[] }) =>
    `/api/export?${qs({ format, ids: selection.ids, depth: selection.ids ? 0 : undefined, labels: selection.labels?.join(',') })}`,
}
