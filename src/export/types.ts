// The shapes every export step shares: formats, what a selection hands to a format writer, and what
// an export reports back. Writers see only these, never the store.
import { z } from 'zod'
import type { Evidence, GraphNode, Subgraph } from '../model/index.js'

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'node-link', 'csv', 'xlsx', 'cypher', 'jsonl'] as const
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>

export interface Position {
  x: number
  y: number
}

/**
 * A selected subgraph, readable more than once (XML and CSV writers make one pass to learn the
 * columns and one to write). Batches carry all nodes before any relationship.
 */
export interface SubgraphSource {
  /** What was selected, for summaries (`seeds 包头市公安局 depth 2`). */
  readonly description: string
  /** Counts when known in advance, for the progress bar. */
  readonly total: { nodes: number; relationships: number } | undefined
  /** True when a node cap cut the selection short. */
  readonly truncated: boolean
  batches(): AsyncIterable<Subgraph>
  /** Articles by id, for the evidence sentences every format carries; absent when the source cannot look them up. */
  articles?(ids: readonly string[]): Promise<GraphNode[]>
  /** Relationships' evidence records, at most `limit` each; absent when the source cannot look them up. */
  evidence?(relations: readonly string[], limit?: number): Promise<Evidence[]>
}

/** Where a single-file writer puts its text; `write` resolves when the chunk is accepted (backpressure). */
export interface TextSink {
  write(chunk: string): Promise<void>
}

export interface WriteContext {
  /** Node or relationship positions known to the caller (a viewer layout). */
  positions: ReadonlyMap<string, Position> | undefined
  /** Called after each written batch with the number of items (nodes + relationships) in it. */
  progress(items: number): void
}

export interface ExportSummary {
  format: ExportFormat
  /** The file or directory written, or `stream`. */
  target: string
  selection: string
  nodes: number
  relationships: number
  truncated: boolean
  /** Files written, relative to `target` for directory formats. */
  files: string[]
}
