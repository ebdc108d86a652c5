// Data export of the view: the nodes drawn (what the legend hides left out) with the positions they
// are drawn at, sent to POST /api/export, which writes any of the single-file formats. The whole
// store goes out when the view holds all of it; a view over the reader's cap is refused, saying so.
import { EDGE_TYPES, NODE_LABELS } from '../../src/model/graph.js'
import type { ViewGraph } from './graph-data.js'
import type { AppState } from './state.js'

export class ExportCapError extends Error {
  constructor(nodes: number, cap: number) {
    super(`the view has ${nodes.toLocaleString()} nodes, over the export cap of ${cap.toLocaleString()}: raise the cap beside the export menu (up to 20,000), or use \`kg export\``)
    this.name = 'ExportCapError'
  }
}

/** The request body for the view, or an ExportCapError. */
export function exportBody(graph: ViewGraph, s: AppState, format: string, cap: number): Record<string, unknown> {
  const whole = !s.truncated && s.expanded.length === 0 && s.path === null
  const labels = s.hiddenLabels.size > 0 ? NODE_LABELS.filter((l) => !s.hiddenLabels.has(l)) : undefined
  const types = s.hiddenTypes.size > 0 ? EDGE_TYPES.filter((t) => !s.hiddenTypes.has(t)) : undefined
  const ids = graph.filterNodes((_, a) => !s.hiddenLabels.has(a.kind))
  if (!whole && ids.length > cap) throw new ExportCapError(ids.length, cap)
  const positions: Record<string, [number, number]> = {}
  for (const id of ids) {
    const a = graph.getNodeAttributes(id)
    positions[id] = [a.x, a.y]
  }
  return { format, ...(whole ? {} : { ids }), ...(labels ? { labels } : {}), ...(types ? { types } : {}), positions }
}

export async function exportView(graph: ViewGraph, s: AppState, format: string, cap: number): Promise<{ blob: Blob; name: string }> {
  const res = await fetch('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(exportBody(graph, s, format, cap)) })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`)
  }
  // node-link is JSON that networkx reads (`nx.node_link_graph`).
  return { blob: await res.blob(), name: `kg-export${format === 'node-link' ? '.node-link.json' : `.${format}`}` }
}
