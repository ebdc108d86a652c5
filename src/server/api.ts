// The read-only JSON API: each route parses its input, asks `src/explore` (which works the same on
// either store) and replies. Node properties that only the pipeline needs (article text, id lists)
// are left out of graph replies so large views stay light.
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as explore from '../explore/index.js'
import { ArticleDatesRequest, type GraphNode, type NodeReply, type RelationshipView, type Subgraph, type WithinReply } from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { parseSelection, resolveEntity, selectSubgraph } from '../export/index.js'
import { exportRoute, exportViewRoute } from './export-route.js'
import { HttpError, readBody, sendJson } from './http.js'
import {
  type ApiLimits,
  NeighbourhoodParams,
  OverviewParams,
  PathParams,
  SearchParams,
  WithinParams,
  SubgraphBody,
  parse,
  queryObject,
  within,
} from './params.js'

export interface ApiContext {
  store: GraphStore
  limits: ApiLimits
}

/** Properties kept in the pipeline's bookkeeping, not for readers. */
const INTERNAL_PROPERTIES = new Set(['text', 'relationIds', 'figureIds', 'hash'])

export function publicNode(node: GraphNode): GraphNode {
  const properties: GraphNode['properties'] = {}
  for (const [k, v] of Object.entries(node.properties)) if (!INTERNAL_PROPERTIES.has(k)) properties[k] = v
  return { ...node, properties }
}

const publicSubgraph = (g: Subgraph): Subgraph => ({ ...g, nodes: g.nodes.map(publicNode) })

/** A request body parsed as JSON; `shape` shows what to send instead. */
function jsonBody(text: string, shape: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', `body is not JSON: send ${shape}`)
  }
}

/** The id in a path segment (`/api/node/<id>`), decoded; `what` names it in the error. */
function decodedId(raw: string | undefined, what: string): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', `${what} id is not valid percent-encoding`)
  }
}

type Handler = (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL, params: string[]) => Promise<void>

interface Route {
  method: 'GET' | 'POST'
  pattern: RegExp
  handler: Handler
}

const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/search$/,
    handler: async (ctx, _req, res, url) => {
      const p = parse(SearchParams, queryObject(url.searchParams))
      within('limit', p.limit, ctx.limits.searchLimit, 'ask for fewer hits')
      const hits = await explore.search(ctx.store, p.q, { limit: p.limit, ...(p.labels?.length ? { labels: p.labels } : {}) })
      sendJson(res, 200, { query: p.q, hits })
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/node\/(.+)$/,
    handler: async (ctx, _req, res, _url, [rawId]) => {
      const details = await explore.nodeDetails(ctx.store, decodedId(rawId, 'node'))
      const groups = new Map<RelationshipView['type'], RelationshipView[]>()
      for (const r of details.relationships) groups.set(r.type, [...(groups.get(r.type) ?? []), r])
      const reply: NodeReply = {
        node: publicNode(details.node),
        degree: details.degree,
        articles: details.articles,
        mentions: details.mentions,
        groups: [...groups.entries()].map(([type, relationships]) => ({ type, count: relationships.length, relationships })),
      }
      sendJson(res, 200, reply)
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/edge\/(.+)$/,
    handler: async (ctx, _req, res, _url, [rawId]) => sendJson(res, 200, await explore.edgeDetails(ctx.store, decodedId(rawId, 'relationship'))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/article\/(.+)$/,
    handler: async (ctx, _req, res, _url, [rawId]) => sendJson(res, 200, await explore.articleView(ctx.store, decodedId(rawId, 'article'))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/path$/,
    handler: async (ctx, _req, res, url) => {
      const p = parse(PathParams, queryObject(url.searchParams))
      const path = await explore.shortestPath(ctx.store, p.from, p.to)
      sendJson(res, 200, { ...path, subgraph: publicSubgraph(path.subgraph) })
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/neighbourhood$/,
    handler: async (ctx, _req, res, url) => {
      const p = parse(NeighbourhoodParams, queryObject(url.searchParams))
      within('cap', p.cap, ctx.limits.maxCap, 'narrow the request with labels= or types=, or lower depth')
      within('ids', p.ids.length, ctx.limits.maxSeeds, 'expand fewer nodes at once')
      const g = await explore.neighbourhood(ctx.store, {
        ids: p.ids,
        depth: p.depth,
        cap: p.cap,
        ...(p.labels?.length ? { labels: p.labels } : {}),
        ...(p.types?.length ? { types: p.types } : {}),
      })
      sendJson(res, 200, publicSubgraph(g))
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/subgraph$/,
    handler: async (ctx, req, res) => {
      const body = parse(SubgraphBody, jsonBody(await readBody(req, ctx.limits.maxBody), '{"ids": ["…"]}'))
      if (body.ids.length > ctx.limits.maxSubgraphIds) {
        throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `${body.ids.length} ids is over the limit of ${ctx.limits.maxSubgraphIds}; ask for fewer nodes`)
      }
      sendJson(res, 200, publicSubgraph(await explore.subgraph(ctx.store, [...new Set(body.ids)])))
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/within$/,
    handler: async (ctx, _req, res, url) => {
      const p = parse(WithinParams, queryObject(url.searchParams))
      // The same selection as `kg export --within`: what is located in the place, and what its units tie to.
      const id = await resolveEntity(ctx.store, p.place, 'Place')
      const [place] = await ctx.store.nodesById([id])
      const ids: string[] = []
      for await (const batch of (await selectSubgraph(ctx.store, parseSelection({ kind: 'within', place: id }))).batches()) ids.push(...batch.nodes.map((n) => n.id))
      const reply: WithinReply = { place: { id, label: 'Place', name: String(place?.properties.name ?? id) }, ids }
      sendJson(res, 200, reply)
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/article-dates$/,
    handler: async (ctx, req, res) => {
      const body = parse(ArticleDatesRequest, jsonBody(await readBody(req, ctx.limits.maxBody), '{"ids": ["article:…"]}'))
      if (body.ids.length > ctx.limits.maxSubgraphIds) {
        throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `${body.ids.length} ids is over the limit of ${ctx.limits.maxSubgraphIds}; ask for fewer articles`)
      }
      sendJson(res, 200, { dates: await explore.articleDates(ctx.store, body.ids) })
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/stats$/,
    handler: async (ctx, _req, res) => sendJson(res, 200, await ctx.store.stats()),
  },
  {
    method: 'GET',
    pattern: /^\/api\/overview$/,
    handler: async (ctx, _req, res, url) => {
      const p = parse(OverviewParams, queryObject(url.searchParams))
      within('cap', p.cap, ctx.limits.maxOverview, 'lower cap')
      sendJson(res, 200, publicSubgraph(await explore.overview(ctx.store, p.cap)))
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/export$/,
    handler: (ctx, req, res, url) => exportRoute(ctx, req, res, url),
  },
  {
    method: 'POST',
    pattern: /^\/api\/export$/,
    handler: (ctx, req, res) => exportViewRoute(ctx, req, res),
  },
]

/** Answers an /api/ request; throws HttpError (or a store error) for the caller to report. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const matching = routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).filter((x) => x.m)
  if (matching.length === 0) throw new HttpError(404, 'NOT_FOUND', `no API endpoint ${url.pathname}; see /api/stats, /api/search, /api/node/:id, /api/edge/:id, /api/article/:id, /api/path, /api/neighbourhood, /api/subgraph, /api/overview, /api/export`)
  const hit = matching.find((x) => x.r.method === req.method || (req.method === 'HEAD' && x.r.method === 'GET'))
  if (!hit?.m) {
    res.setHeader('allow', matching.map((x) => x.r.method).join(', '))
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}`)
  }
  await hit.r.handler(ctx, req, res, url, hit.m.slice(1))
}
