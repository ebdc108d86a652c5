// GET /api/export: a selection (seeds with their neighbourhood, or the whole graph) in one of the
// single-file formats of src/export, streamed as a download. POST /api/export: the viewer's view,
// any number of nodes up to the server's limit, with the positions it drew them at.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { type ApiSelection, EXPORT_FORMATS, FORMAT_MEDIA, type Position, exportToStream, isSingleFileFormat } from '../export/index.js'
import { EdgeType, NodeLabel } from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { HttpError, SECURITY_HEADERS, readBody } from './http.js'
import { type ApiLimits, listOf, parse, queryObject, within } from './params.js'

const DOWNLOADABLE = EXPORT_FORMATS.filter(isSingleFileFormat)

const ExportParams = z.object({
  format: z.enum(DOWNLOADABLE, { error: `must be one of ${DOWNLOADABLE.join(', ')} (csv is a directory: use \`kg export --format csv\`)` }),
  ids: z.array(z.string().min(1)).optional(),
  depth: z.coerce.number().int().min(0).max(3, 'must be 0 to 3').optional(),
  labels: listOf(NodeLabel).optional(),
  types: listOf(EdgeType).optional(),
  cap: z.coerce.number().int().min(1).optional(),
})

/** The body of POST /api/export: the view's nodes (or none for the whole graph) and where they are drawn. */
const ViewExport = z.object({
  format: ExportParams.shape.format,
  ids: z.array(z.string().min(1)).min(1, 'is empty: leave ids out to export the whole graph').optional(),
  labels: z.array(NodeLabel).optional(),
  types: z.array(EdgeType).optional(),
  /** `id → [x, y]` as the viewer drew them. */
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
})

/** A view's export body holds an id and a position per node: room for the largest view the API serves. */
const EXPORT_BODY_FACTOR = 10

export async function exportViewRoute(ctx: { store: GraphStore; limits: ApiLimits }, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = await readBody(req, ctx.limits.maxBody * EXPORT_BODY_FACTOR)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'body is not JSON: send {"format": "gexf", "ids": ["…"], "positions": {"id": [x, y]}}')
  }
  const body = parse(ViewExport, json)
  if (body.ids) within('ids', body.ids.length, ctx.limits.maxSubgraphIds, 'export fewer nodes, or use `kg export`')
  const selection: ApiSelection = {
    ...(body.ids ? { ids: [...new Set(body.ids)], depth: 0 } : {}),
    ...(body.labels?.length ? { labels: body.labels } : {}),
    ...(body.types?.length ? { types: body.types } : {}),
  }
  const positions = body.positions ? new Map<string, Position>(Object.entries(body.positions).map(([id, [x, y]]) => [id, { x, y }])) : undefined
  await stream(ctx.store, selection, body.format, res, positions)
}

async function stream(store: GraphStore, selection: ApiSelection, format: (typeof DOWNLOADABLE)[number], res: ServerResponse, positions?: ReadonlyMap<string, Position>): Promise<void> {
  const media = FORMAT_MEDIA[format]
  // Headers are only set, not sent: if the export fails before writing, the error reply replaces them.
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
  res.setHeader('content-type', media.contentType)
  res.setHeader('content-disposition', `attachment; filename="kg-export.${media.extension}"`)
  res.setHeader('cache-control', 'no-store')
  await exportToStream(store, selection, format, res, positions ? { positions } : {})
  res.end()
}

export async function exportRoute(ctx: { store: GraphStore; limits: ApiLimits }, _req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const p = parse(ExportParams, queryObject(url.searchParams))
  if (p.cap !== undefined) within('cap', p.cap, ctx.limits.maxCap * 10, 'lower cap')
  const selection: ApiSelection = {
    ...(p.ids?.length ? { ids: p.ids } : {}),
    ...(p.depth !== undefined ? { depth: p.depth } : {}),
    ...(p.labels?.length ? { labels: p.labels } : {}),
    ...(p.types?.length ? { types: p.types } : {}),
    ...(p.cap !== undefined ? { cap: p.cap } : {}),
  }
  await stream(ctx.store, selection, p.format, res)
}

