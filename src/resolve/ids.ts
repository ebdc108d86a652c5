// Stable node and relationship ids: derived only from what one article says, so they never change
// when more articles arrive, and the same real thing seen in many articles gets the same id.
import { createHash } from 'node:crypto'
import { TYPED_EDGE_TYPES, type Entity, type EntityType, type TypedEdgeType } from '../model/index.js'

/** The form names are compared in: NFKC, no quotes, book-title marks or spaces (as the scorer does). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s“”"'‘’「」『』《》〈〉<>●•·・]/g, '')
    .trim()
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

export function articleId(text: string): string {
  return `article:${contentHash(text)}`
}

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Unit: 'unit',
  Place: 'place',
  Campaign: 'campaign',
  Measure: 'measure',
}

/** `scope` separates things that share a name (two 青山区, two 张力): see README, "How entities are merged". */
export function entityId(type: EntityType, name: string, scope?: string): string {
  const base = `${PREFIX[type]}:${normaliseName(name)}`
  return scope ? `${base}@${scope}` : base
}

/**
 * The standard code of a division: 6 digits for provinces, cities and counties (`15` → `150000`,
 * `1502` → `150200`), 9 for towns, whatever length the gazetteer keeps.
 */
export function standardCode(code: string): string {
  return code.length < 6 ? code.padEnd(6, '0') : code
}

export function placeIdFromCode(code: string): string {
  return `place:${standardCode(code)}`
}

export function relationId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`
}

export function figureId(article: string, index: number): string {
  return `figure:${article.replace(/^article:/, '')}:${index}`
}

export function isMasked(entity: Entity): boolean {
  return entity.masked === true || /某某?$/.test(entity.name)
}

const TYPED_EDGE_TYPE_SET: ReadonlySet<string> = new Set<string>(TYPED_EDGE_TYPES)

/** `TYPE:source->target` back into its parts (ids never contain `->`); undefined for MENTIONS and anything else. */
export function parseRelationId(id: string): { type: TypedEdgeType; source: string; target: string } | undefined {
  const m = /^([A-Z_]+):(.+?)->(.+)$/.exec(id)
  if (!m || !TYPED_EDGE_TYPE_SET.has(m[1]!)) return undefined
  return { type: m[1] as TypedEdgeType, source: m[2]!, target: m[3]! }
}
