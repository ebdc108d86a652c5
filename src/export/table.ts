// The two flat tables a spreadsheet user reads, shared by the workbook and the CSV directory's
// `nodes.csv` and `edges.csv`: nodes by name, and relationships naming both ends with the sentence,
// article, date and source file behind them. Ids come last, for joining.
import type { EdgeEvidence, GraphEdge, GraphNode, PropertyValue } from '../model/index.js'
import { displayName } from './properties.js'

/** Excel refuses longer cell text. */
export const CELL_LIMIT = 32_767
/** Article bookkeeping that means nothing in a cell (the API hides the same); `text` is the whole article. */
const NODE_HIDDEN = new Set(['name', 'aliases', 'text', 'relationIds', 'figureIds', 'hash'])
/** Edge properties the evidence columns show better. */
const EDGE_HIDDEN = new Set(['evidence', 'provenance', 'spans', 'articles', 'titleEvidence'])

export interface Column {
  header: string
  key: string
  /** In the workbook: characters, and whether lines wrap (sentences, property lists). */
  width: number
  wrap?: boolean
}

export const NODE_COLUMNS: readonly Column[] = [
  { header: 'name', key: 'name', width: 28 },
  { header: 'label', key: 'label', width: 10 },
  { header: 'aliases', key: 'aliases', width: 24 },
  { header: 'properties', key: 'properties', width: 48, wrap: true },
  { header: 'id', key: 'id', width: 30 },
]

export const RELATIONSHIP_COLUMNS: readonly Column[] = [
  { header: 'from', key: 'from', width: 24 },
  { header: 'from label', key: 'fromLabel', width: 10 },
  { header: 'type', key: 'type', width: 16 },
  { header: 'to', key: 'to', width: 24 },
  { header: 'to label', key: 'toLabel', width: 10 },
  { header: 'properties', key: 'properties', width: 30, wrap: true },
  { header: 'sentence', key: 'sentence', width: 80, wrap: true },
  { header: 'article', key: 'articleTitle', width: 36, wrap: true },
  { header: 'date', key: 'articleDate', width: 12 },
  { header: 'source file', key: 'articleSource', width: 24 },
  { header: 'evidence count', key: 'evidenceCount', width: 10 },
  { header: 'from id', key: 'fromId', width: 30 },
  { header: 'to id', key: 'toId', width: 30 },
]

export type Row = Record<string, string | number>

export const clip = (text: string): string => (text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text)
const show = (v: PropertyValue): string => (Array.isArray(v) ? v.join(' | ') : String(v))

/** `key: value` lines, arrays joined with ` | `. */
export function propertyLines(properties: Record<string, PropertyValue>, hidden: ReadonlySet<string>): string {
  return clip(
    Object.entries(properties)
      .filter(([k]) => !hidden.has(k))
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join('\n'),
  )
}

export interface End {
  name: string
  label: GraphNode['label']
}

export function nodeRow(n: GraphNode): Row {
  const aliases = n.properties.aliases
  return { name: clip(displayName(n)), label: n.label, aliases: Array.isArray(aliases) ? clip(aliases.join(' | ')) : '', properties: propertyLines(n.properties, NODE_HIDDEN), id: n.id }
}

export const endOf = (n: GraphNode): End => ({ name: clip(displayName(n)), label: n.label })

export function relationshipRow(e: GraphEdge, ends: ReadonlyMap<string, End>, ev: EdgeEvidence): Row {
  const from = ends.get(e.source)
  const to = ends.get(e.target)
  return {
    from: from?.name ?? e.source,
    fromLabel: from?.label ?? '',
    type: e.type,
    to: to?.name ?? e.target,
    toLabel: to?.label ?? '',
    properties: propertyLines(e.properties, EDGE_HIDDEN),
    sentence: clip(ev.sentence),
    articleTitle: clip(ev.articleTitle),
    articleDate: ev.articleDate,
    articleSource: ev.articleSource,
    evidenceCount: ev.evidenceCount,
    fromId: e.source,
    toId: e.target,
  }
}
