// The one interface both graph stores implement: writes by article contribution (so re-ingesting
// replaces, never duplicates) and a few read primitives that `src/explore` builds everything on.
import type { ArticleContribution, Evidence, GraphEdge, GraphNode, GraphStats, NodeLabel, EdgeType, Subgraph } from '../model/index.js'

export type StoreKind = 'neo4j' | 'embedded'

/** Which articles to remove: by article id (content hash) or by source file name. */
export interface ArticleSelector {
  ids?: string[]
  sources?: string[]
}

/** An article not stored because the same text is stored already under another source. */
export interface DuplicateArticle {
  source: string
  index: number
  /** The source the stored copy came from. */
  storedAs: string
}

export interface ApplyResult {
  /** Articles stored (duplicates not counted). */
  articles: number
  entities: number
  relations: number
  duplicates: DuplicateArticle[]
}

export interface RepairResult {
  /** Relationships that were stored more than once and are now one. */
  merged: number
}

export interface EdgeFilter {
  types?: readonly EdgeType[]
  /** Keep only edges whose other end has one of these labels. */
  labels?: readonly NodeLabel[]
}

export interface GraphStore {
  readonly kind: StoreKind
  /** Where the data lives, for `kg status` (`neo4j bolt://127.0.0.1:7687 (neo4j)`, `embedded data/graph.json`). */
  describe(): string
  /** Creates constraints and indexes when missing; safe to call repeatedly. */
  init(): Promise<void>
  /**
   * Stores articles, each replacing whatever an article of the same source and position added
   * before; an article whose text is stored already under another source is reported, not stored.
   * All of one call is applied or none of it, and concurrent calls (from several processes too)
   * give the graph that applying them one after the other gives.
   */
  apply(contributions: readonly ArticleContribution[]): Promise<ApplyResult>
  /** Removes articles' contributions and the entities no article supports any more. */
  remove(selector: ArticleSelector): Promise<{ articles: number }>
  reset(): Promise<void>
  /** Merges what an earlier, unserialised writer stored twice; safe to run at any time. */
  repair(): Promise<RepairResult>
  stats(): Promise<GraphStats>

  nodesById(ids: readonly string[]): Promise<GraphNode[]>
  /** Edges touching any of `ids` (both directions). */
  edgesOf(ids: readonly string[], filter?: EdgeFilter): Promise<GraphEdge[]>
  /**
   * Up to `limit` nodes one hop from `ids` over edges the filter keeps, leaving out `exclude`, in id
   * order: the store caps the walk itself, so a hub's thousands of edges never leave it.
   */
  neighbours(ids: readonly string[], filter: EdgeFilter, exclude: readonly string[], limit: number): Promise<string[]>
  /** The edges of the given types whose both ends are among `ids`, in id order. */
  edgesAmong(ids: readonly string[], types: readonly EdgeType[]): Promise<GraphEdge[]>
  /** Entities whose name, alias or pinyin contains the text; ranking is done by the caller. */
  searchCandidates(text: string, limit: number): Promise<GraphNode[]>
  /**
   * The evidence records of these relationships (by edge id), at most `limit` per relationship,
   * in relationship then article order: where an edge's sentences are.
   */
  evidence(relations: readonly string[], limit?: number): Promise<Evidence[]>
  /** The `limit` entity nodes (of `label` when given) with the most relationships, most connected first. */
  topNodes(limit: number, label?: NodeLabel): Promise<GraphNode[]>
  /** How many relationships other than MENTIONS each of `ids` has (absent ids: 0). */
  degrees(ids: readonly string[]): Promise<Map<string, number>>
  /** The whole graph, in batches, for export and comparison. */
  dump(batchSize?: number): AsyncIterable<Subgraph>
  close(): Promise<void>
}

/** Evidence in the order every store returns it: by relationship, then article. */
export function sortEvidence(evidence: Evidence[]): Evidence[] {
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return evidence.sort((x, y) => order(x.relation, y.relation) || order(x.article, y.article))
}
