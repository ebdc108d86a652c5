// The graph as stored and served: node and relationship records shared by both stores, the API,
// the viewer and every export format. Property values are limited to what Neo4j can hold.
import { z } from 'zod'
import { ENTITY_TYPES, RELATION_TYPES } from './extraction.js'

export const NODE_LABELS = [...ENTITY_TYPES, 'Article', 'Figure'] as const
export const NodeLabel = z.enum(NODE_LABELS)
export type NodeLabel = z.infer<typeof NodeLabel>

export const EDGE_TYPES = [...RELATION_TYPES, 'MENTIONS', 'REPORTED', 'ABOUT'] as const
export const EdgeType = z.enum(EDGE_TYPES)
export type EdgeType = z.infer<typeof EdgeType>

/** Neo4j property values: scalars and homogeneous lists, never maps or null inside lists. */
export const PropertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
])
export type PropertyValue = z.infer<typeof PropertyValue>
export const Properties = z.record(z.string(), PropertyValue)
export type Properties = z.infer<typeof Properties>

/**
 * No store keeps an empty list: an absent list property means an empty one. neo4j-admin cannot
 * store an empty array (an empty CSV field stores nothing), so with this rule `kg ingest --bulk`
 * writes the very graph `kg ingest` does, with nothing to set after the import.
 */
export function withoutEmptyLists(properties: Properties): Properties
export function withoutEmptyLists(evidence: Evidence): Partial<Evidence>
export function withoutEmptyLists(record: object): object {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => !Array.isArray(v) || v.length > 0))
}

export const GraphNode = z.object({
  id: z.string().min(1),
  label: NodeLabel,
  properties: Properties,
})
export type GraphNode = z.infer<typeof GraphNode>

export const GraphEdge = z.object({
  id: z.string().min(1),
  type: EdgeType,
  source: z.string().min(1),
  target: z.string().min(1),
  properties: Properties,
})
export type GraphEdge = z.infer<typeof GraphEdge>

export const Subgraph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** True when a node cap cut the result short. */
  truncated: z.boolean().default(false),
})
export type Subgraph = z.infer<typeof Subgraph>

/**
 * Spans as integer pairs, flattened (`[start, end, start, end, …]`, UTF-16 offsets in the source
 * file): Neo4j lists cannot hold lists, and one shape serves both stores.
 */
export const SpanPairs = z.array(z.number().int().nonnegative()).refine((xs) => xs.length % 2 === 0, { message: 'spans come in start, end pairs' })
export type SpanPairs = z.infer<typeof SpanPairs>

/** A calendar date, `YYYY-MM-DD`: a Neo4j `DATE` in Neo4j, this string in the embedded store. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')

/** Whether a post is held, was held, or is held in an acting capacity (ONTOLOGY.md, Time and status). */
export const SERVICE_STATUSES = ['current', 'former', 'acting'] as const
export const ServiceStatus = z.enum(SERVICE_STATUSES)
export type ServiceStatus = z.infer<typeof ServiceStatus>

/** Relationship types other than MENTIONS: the ones that carry evidence and aggregates. */
export const TYPED_EDGE_TYPES = [...RELATION_TYPES, 'REPORTED', 'ABOUT'] as const
export const TypedEdgeType = z.enum(TYPED_EDGE_TYPES)
export type TypedEdgeType = z.infer<typeof TypedEdgeType>

/**
 * Properties whose values are dates or instants: Neo4j stores them as `DATE` / `DATETIME`, the
 * embedded store as ISO strings; both read back as ISO strings.
 */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set(['date', 'firstSeen', 'lastSeen', 'periodStart', 'periodEnd'])
export const DATETIME_PROPERTIES: ReadonlySet<string> = new Set(['ingestedAt'])

/**
 * One article's contribution to the graph, computed purely from its extraction. Stores apply
 * contributions so that re-ingesting an article replaces exactly what it added before.
 */
export const EntityContribution = z.object({
  id: z.string(),
  label: z.enum(ENTITY_TYPES),
  /** Properties owned by the entity itself (name, pinyin, code, level…), identical in every article. */
  properties: Properties,
  /** What this article adds: surface forms and where they occur. */
  aliases: z.array(z.string()),
  /** Mentions in the article; 0 for a place the gazetteer adds, which gets no MENTIONS. */
  count: z.number().int().nonnegative(),
  spans: SpanPairs,
})
export type EntityContribution = z.infer<typeof EntityContribution>

/** What one article says about one relationship: the per-article part of its provenance. */
export const RelationContribution = z.object({
  id: z.string(),
  type: TypedEdgeType,
  source: z.string(),
  target: z.string(),
  spans: SpanPairs,
  /** The sentence around each span, in span order. */
  sentences: z.array(z.string()),
  rules: z.array(z.string()),
  /** `text` when the article states it, else what it was inferred from (`gazetteer`, …). */
  origin: z.string(),
  title: z.string().optional(),
  role: z.string().optional(),
  status: ServiceStatus.optional(),
  /** When the post was taken or left, as precisely as the article says (`2021-05-09`, `2021-05`, `2021`). */
  since: z.string().optional(),
  until: z.string().optional(),
})
export type RelationContribution = z.infer<typeof RelationContribution>

/**
 * One article's evidence for one relationship, as stored (`:Evidence` nodes in Neo4j, the
 * `evidence` table in the embedded store): the relationship's own properties are aggregates of
 * these, so no property grows with the number of articles.
 */
export const Evidence = RelationContribution.omit({ id: true, source: true, target: true }).extend({
  // Stored without empty lists (see withoutEmptyLists): absent, they read back empty.
  spans: SpanPairs.default([]),
  sentences: z.array(z.string()).default([]),
  rules: z.array(z.string()).default([]),
  id: z.string(),
  /** The relationship's id (`TYPE:source->target`), also its `id` property in Neo4j. */
  relation: z.string(),
  article: z.string(),
  /** The article's date, when it has one. */
  date: IsoDate.optional(),
})
export type Evidence = z.infer<typeof Evidence>

export const FigureContribution = z.object({
  id: z.string(),
  properties: Properties,
})
export type FigureContribution = z.infer<typeof FigureContribution>

export const ArticleContribution = z.object({
  article: z.object({
    /** Content hash of the article text: the same text always gets the same id. */
    id: z.string(),
    properties: Properties,
  }),
  entities: z.array(EntityContribution),
  relations: z.array(RelationContribution),
  figures: z.array(FigureContribution),
})
export type ArticleContribution = z.infer<typeof ArticleContribution>

export const GraphStats = z.object({
  store: z.string(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  articles: z.number().int(),
  labels: z.record(z.string(), z.number().int()),
  types: z.record(z.string(), z.number().int()),
})
export type GraphStats = z.infer<typeof GraphStats>
