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
  count: z.number().int().nonnegative(),
  /** `start-end` spans in the source file. */
  spans: z.array(z.string()),
})
export type EntityContribution = z.infer<typeof EntityContribution>

export const RelationContribution = z.object({
  id: z.string(),
  type: z.enum([...RELATION_TYPES, 'REPORTED', 'ABOUT']),
  source: z.string(),
  target: z.string(),
  /** `start-end` spans of the evidence in the source file. */
  spans: z.array(z.string()),
  rules: z.array(z.string()),
  /** `text` when the article states it, else what it was inferred from (`gazetteer`, …). */
  origin: z.string(),
  title: z.string().optional(),
  role: z.string().optional(),
})
export type RelationContribution = z.infer<typeof RelationContribution>

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
