// The shape of what extraction returns for one article: the contract between `src/extract`,
// `kg extract` (JSON Lines), graph assembly (`src/resolve`) and the scorer in ../shared/eval.
import { z } from 'zod'
import { Rule } from './rules.js'

export const ENTITY_TYPES = ['Person', 'Unit', 'Place', 'Campaign', 'Measure'] as const
export const EntityType = z.enum(ENTITY_TYPES)
export type EntityType = z.infer<typeof EntityType>

export const RELATION_TYPES = [
  'SERVES_IN',
  'PART_OF',
  'LOCATED_IN',
  'PARTICIPATES_IN',
  'IMPLEMENTS',
  'PROPOSED',
  'SUPPORTS',
  'AUTHORED',
] as const
export const RelationType = z.enum(RELATION_TYPES)
export type RelationType = z.infer<typeof RelationType>

/** Which end labels each relationship type accepts (ONTOLOGY.md); `null` = the article itself. */
export const RELATION_ENDS: Record<RelationType, readonly [readonly EntityType[], readonly EntityType[] | null]> = {
  SERVES_IN: [['Person'], ['Unit']],
  PART_OF: [['Unit'], ['Unit']],
  LOCATED_IN: [['Unit', 'Place'], ['Place']],
  PARTICIPATES_IN: [['Unit', 'Person'], ['Campaign']],
  IMPLEMENTS: [['Unit'], ['Measure']],
  PROPOSED: [['Person'], ['Measure', 'Campaign']],
  SUPPORTS: [['Measure'], ['Campaign']],
  AUTHORED: [['Person'], null],
}

/**
 * A half-open range of UTF-16 code units in the decoded source file (`text.slice(start, end)`),
 * so provenance survives layout repair, Traditional→Simplified matching and article splitting.
 */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end precedes start' })
export type Span = z.infer<typeof Span>

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The surface form as written in the source. */
  text: z.string(),
  /** Id of the rule (or `lexicon:<file>`) that found it. */
  rule: Rule,
})
export type Mention = z.infer<typeof Mention>

/** Facts from a gazetteer about a place, when it resolved to an official division. */
export const Division = z.object({
  code: z.string(),
  level: z.enum(['province', 'city', 'county', 'town']),
  /** Codes of the parents, nearest first, up to the province. */
  parents: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(['province', 'city', 'county']) })),
})
export type Division = z.infer<typeof Division>

export const Entity = z.object({
  type: EntityType,
  /** Canonical name (ONTOLOGY.md: fullest form, quotes removed). */
  name: z.string().min(1),
  /** Every other surface form this article uses for the same thing. */
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** Masked names such as 刘某某: kept, never merged across articles, never scored. */
  masked: z.boolean().optional(),
  division: Division.optional(),
  /** User lexicon files that named this entity. */
  lexicons: z.array(z.string()).optional(),
})
export type Entity = z.infer<typeof Entity>

/** Where an article's date came from (ONTOLOGY.md, Time and status). */
export const DATE_SOURCES = ['masthead', 'dateline', 'headline', 'file', 'text'] as const
export const DateSource = z.enum(DATE_SOURCES)
export type DateSource = z.infer<typeof DateSource>

export const EntityRef = z.object({ type: EntityType, name: z.string().min(1) })
export type EntityRef = z.infer<typeof EntityRef>

export const ArticleRef = z.object({ type: z.literal('Article'), name: z.string() })
export type ArticleRef = z.infer<typeof ArticleRef>

export const Relation = z.object({
  type: RelationType,
  from: EntityRef,
  to: z.union([EntityRef, ArticleRef]),
  /** SERVES_IN: the post as written (`所长`, `副市长、市公安局局长`). */
  title: z.string().optional(),
  /** AUTHORED: 记者, 通讯员, 摄影, 作者, 撰稿人. */
  role: z.string().optional(),
  /** The sentence (or byline) that states it. */
  evidence: Span,
  rule: Rule,
  /** Set when the fact is knowledge the article does not state (gazetteer parents, …): only with `--enrich`. */
  enrichedFrom: z.string().optional(),
})
export type Relation = z.infer<typeof Relation>

export const Change = z.object({
  /** 同比 (year on year), 环比 (period on period), or null when the text says only 上升/下降. */
  basis: z.enum(['同比', '环比']).nullable(),
  direction: z.enum(['up', 'down', 'flat']),
  value: z.number().nullable(),
  unit: z.string().nullable(),
})

export const Figure = z.object({
  metric: z.string().min(1),
  value: z.number(),
  unit: z.string().nullable(),
  /** The source writes the value as approximate (3万余名, 20多起, 近200万个). */
  approximate: z.boolean().optional(),
  change: Change.nullable(),
  period: z.string().nullable(),
  unitEntity: EntityRef.nullable(),
  campaign: EntityRef.nullable(),
  evidence: Span,
  /** The exact figure text (`破获各类毒品案件4641起,同比上升68.34%`). */
  text: z.string(),
  rule: Rule,
})
export type Figure = z.infer<typeof Figure>

export const Byline = z.object({
  name: z.string(),
  role: z.string(),
  span: Span,
})

export const ArticleExtraction = z.object({
  /** File name of the source (basename). */
  source: z.string(),
  /** Position of the article in its file, from 0. */
  article: z.number().int().nonnegative(),
  title: z.string(),
  subtitle: z.string().nullable().optional(),
  /** ISO date (YYYY-MM-DD) when the file or article states one. */
  date: z.string().nullable(),
  /** Where the date came from: `masthead`, `dateline`, `headline`, `file` (its name) or `text` (the latest full date it reports). */
  dateSource: DateSource.optional(),
  /** The article's span in the decoded source file. */
  span: Span,
  /** The article's text as decoded (original characters; spans index the file, subtract span.start). */
  text: z.string(),
  bylines: z.array(Byline),
  entities: z.array(Entity),
  relations: z.array(Relation),
  figures: z.array(Figure),
  warnings: z.array(z.string()),
})
export type ArticleExtraction = z.infer<typeof ArticleExtraction>
