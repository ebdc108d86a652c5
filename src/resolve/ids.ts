// Stable node and relationship ids: derived only from what one article says, so they never change
// when more articles arrive, and the same real thing seen in many articles gets the same id.
import { createHash } from 'node:crypto'
import type { Entity, EntityType } from '../model/index.js'

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

export function placeIdFromCode(code: string): string {
  return `place:${code}`
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
