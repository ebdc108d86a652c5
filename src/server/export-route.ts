// GET /api/export: the viewer's selection (seeds with their neighbourhood, or the whole graph) in
// one of the single-file formats of src/export, streamed as a download.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { type ApiSelection, EXPORT_FORMATS, FORMAT_MEDIA, exportToStream, isSingleFileFormat } from '../export/index.js'
import { EdgeType, NodeLabel } from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { SECURITY_HEADERS } from './http.js'
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
  const media = FORMAT_MEDIA[p.format]
  // Headers are only set, not sent: if the export fails before writing, the error reply replaces them.
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
  res.setHeader('content-type', media.contentType)
  res.setHeader('content-disposition', `attachment; filename="kg-export.${media.extension}"`)
  res.setHeader('cache-control', 'no-store')
  await exportToStream(ctx.store, selection, p.format, res)
  res.end()
}

