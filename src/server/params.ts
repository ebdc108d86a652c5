// What each API endpoint accepts, as zod schemas over query strings and bodies, plus the limits
// past which a request is refused (422) rather than answered slowly. Malformed input is a 400.
import { z } from 'zod'
import { EdgeType, NodeLabel } from '../model/index.js'
import { HttpError } from './http.js'

export interface ApiLimits {
  /** Most search hits per request. */
  searchLimit: number
  /** Most nodes a neighbourhood may return. */
  maxCap: number
  /** Most nodes an overview may return (the viewer draws 20,000 nodes comfortably). */
  maxOverview: number
  /** Most seed ids in one neighbourhood request. */
  maxSeeds: number
  /** Most ids in one POST /api/subgraph. */
  maxSubgraphIds: number
  /** Largest accepted request body, bytes. */
  maxBody: number
}

export const DEFAULT_LIMITS: ApiLimits = {
  searchLimit: 50,
  maxCap: 5000,
  maxOverview: 50_000,
  maxSeeds: 100,
  maxSubgraphIds: 20_000,
  maxBody: 2_000_000,
}

/** Comma-separated or repeated values (`labels=Person,Unit` or `labels=Person&labels=Unit`). */
export const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .array(z.string())
    .transform((xs) => xs.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item))

const positiveInt = z.coerce.number().int().min(1)

export const SearchParams = z.object({
  q: z.string().trim().min(1, 'is empty: give the text to look for').max(100),
  limit: positiveInt.default(10),
  labels: listOf(NodeLabel).optional(),
})

export const NeighbourhoodParams = z.object({
  // Ids are repeated parameters, never split on commas: names may contain them.
  ids: z.array(z.string().min(1)).min(1, 'is missing: give at least one node id (ids=…)'),
  depth: positiveInt.max(3, 'must be 1, 2 or 3').default(1),
  labels: listOf(NodeLabel).optional(),
  types: listOf(EdgeType).optional(),
  cap: positiveInt.default(300),
})

export const PathParams = z.object({
  from: z.string({ error: 'is missing: give the id of the entity the path starts at (from=…)' }).min(1, 'is empty: give the id of the entity the path starts at'),
  to: z.string({ error: 'is missing: give the id of the entity the path ends at (to=…)' }).min(1, 'is empty: give the id of the entity the path ends at'),
})

export const WithinParams = z.object({
  place: z.string({ error: 'is missing: give the name or id of a place (place=包头市)' }).trim().min(1, 'is empty: give the name or id of a place'),
})

export const OverviewParams = z.object({
  cap: positiveInt.default(500),
})

export const SubgraphBody = z.object({
  ids: z.array(z.string().min(1)).min(1, 'is empty: give at least one node id'),
})

/** Parameters that may repeat; every other one keeps its last value. */
const REPEATABLE = new Set(['ids', 'labels', 'types'])

export function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key)
    out[key] = REPEATABLE.has(key) ? values : (values[values.length - 1] ?? '')
  }
  return out
}

/** Parses with a schema; a failure is a 400 that names the parameter and the problem. */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'request'
  throw new HttpError(400, 'BAD_REQUEST', `${where} ${issue?.message ?? 'is invalid'}`)
}

/** Refuses a request whose size parameter is past a limit, saying what the limit is. */
export function within(name: string, value: number, max: number, hint: string): void {
  if (value > max) throw new HttpError(422, 'LIMIT_EXCEEDED', `${name}=${value} is over the limit of ${max}; ${hint}`)
}
