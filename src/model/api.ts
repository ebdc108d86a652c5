// The JSON API's replies: defined once here, inferred by the server (`src/explore`, `src/server`)
// and checked at run time by the viewer (`viewer/src/api.ts`).
import { z } from 'zod'
import { EdgeType, GraphEdge, GraphNode, NodeLabel } from './graph.js'

/** A node named in a reply without its properties. */
export const NodeRef = z.object({ id: z.string(), label: NodeLabel, name: z.string() })
export type NodeRef = z.infer<typeof NodeRef>

export const SearchHit = z.object({
  id: z.string(),
  label: NodeLabel,
  name: z.string(),
  pinyin: z.string(),
  aliases: z.array(z.string()),
  score: z.number(),
  /** Relationships, MENTIONS aside: ties in score go to the better connected. */
  degree: z.number().int(),
  /** The units a person serves in, the unit or place a unit or place belongs to: what tells namesakes apart. */
  context: z.array(z.string()),
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchReply = z.object({ query: z.string(), hits: z.array(SearchHit) })
export type SearchReply = z.infer<typeof SearchReply>

export const EvidenceSentence = z.object({
  article: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string().nullable(),
  /** The sentence around the evidence, and where in it the evidence lies. */
  sentence: z.string(),
  highlight: z.tuple([z.number(), z.number()]),
})
export type EvidenceSentence = z.infer<typeof EvidenceSentence>

export const RelationshipView = z.object({
  id: z.string(),
  type: EdgeType,
  direction: z.enum(['out', 'in']),
  other: NodeRef,
  properties: GraphNode.shape.properties,
  evidence: z.array(EvidenceSentence),
})
export type RelationshipView = z.infer<typeof RelationshipView>

export const ArticleSummary = z.object({ id: z.string(), title: z.string(), source: z.string(), date: z.string().nullable(), count: z.number() })
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const NodeDetails = z.object({
  node: GraphNode,
  degree: z.number(),
  relationships: z.array(RelationshipView),
  articles: z.array(ArticleSummary),
  /** Where the entity itself is mentioned, the sentence with the mention highlighted. */
  mentions: z.array(EvidenceSentence),
})
export type NodeDetails = z.infer<typeof NodeDetails>

/** `GET /api/node/:id`: the details with relationships grouped by type. */
export const NodeReply = NodeDetails.omit({ relationships: true }).extend({
  groups: z.array(z.object({ type: EdgeType, count: z.number(), relationships: z.array(RelationshipView) })),
})
export type NodeReply = z.infer<typeof NodeReply>

/** `GET /api/edge/:id`: one relationship, its two ends and the sentences that state it. */
export const EdgeDetails = z.object({
  edge: GraphEdge,
  source: NodeRef,
  target: NodeRef,
  evidence: z.array(EvidenceSentence),
})
export type EdgeDetails = z.infer<typeof EdgeDetails>

/** `GET /api/article/:id`: an article's text and where each entity is mentioned in it. */
export const ArticleView = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string().nullable(),
  text: z.string(),
  /** Offsets into `text`, in order, none overlapping. */
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), entity: NodeRef })),
})
export type ArticleView = z.infer<typeof ArticleView>

/** One relationship walked along a path, in the direction it is stored. */
export const PathStep = z.object({
  edge: z.string(),
  type: EdgeType,
  source: z.string(),
  target: z.string(),
  evidence: z.array(EvidenceSentence),
})
export type PathStep = z.infer<typeof PathStep>

/** `GET /api/path`: the shortest path between two entities over entities only, or none found. */
export const PathReply = z.object({
  from: z.string(),
  to: z.string(),
  /** Node ids from `from` to `to`; empty when no path was found within the search's reach. */
  nodes: z.array(NodeRef),
  steps: z.array(PathStep),
  /** The path's nodes and relationships, to add to a view. */
  subgraph: z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge), truncated: z.boolean() }),
})
export type PathReply = z.infer<typeof PathReply>

/** `POST /api/article-dates`: the date of each article asked for (null when undated or unknown). */
export const ArticleDatesRequest = z.object({ ids: z.array(z.string().min(1)).min(1, 'is empty: give at least one article id') })
export const ArticleDates = z.object({ dates: z.record(z.string(), z.string().nullable()) })
export type ArticleDates = z.infer<typeof ArticleDates>

/** `GET /api/within?place=…`: the place, and every node within it (places, units, their people, campaigns and measures). */
export const WithinReply = z.object({ place: NodeRef, ids: z.array(z.string()) })
export type WithinReply = z.infer<typeof WithinReply>
