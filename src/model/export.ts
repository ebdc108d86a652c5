// What every export format adds to the graph's own properties: the evidence an edge rests on, in
// the words a reader checks it by, and the property types fixed by the model rather than guessed
// from the values a selection happens to hold.
import { z } from 'zod'
import type { NodeLabel } from './graph.js'

/** How many evidence sentences an edge shows in the flat formats; `evidenceCount` says how many there are. */
export const EVIDENCE_SHOWN = 3

/**
 * An edge's evidence as flat text for GEXF, GraphML, CSV and the workbook: the first sentences and
 * the distinct titles, dates and source files of their articles, one per line.
 */
export const EdgeEvidence = z.object({
  sentence: z.string(),
  articleTitle: z.string(),
  articleDate: z.string(),
  articleSource: z.string(),
  evidenceCount: z.number().int().nonnegative(),
})
export type EdgeEvidence = z.infer<typeof EdgeEvidence>
export const EDGE_EVIDENCE_FIELDS = Object.keys(EdgeEvidence.shape) as (keyof EdgeEvidence)[]

/**
 * Numeric properties that are real numbers whatever value one node holds: `Figure.value` is 4641
 * in one article and 68.34 in the next, and the Neo4j driver stores both as floats. Writers type
 * these `double` so a column keeps one type in every format and every selection.
 */
export const DOUBLE_PROPERTIES: Readonly<Partial<Record<NodeLabel, readonly string[]>>> = {
  Figure: ['value', 'changeValue'],
}

/** The names of those properties, whatever the label: what Neo4j is sent as a float. */
export const DOUBLE_PROPERTY_NAMES: ReadonlySet<string> = new Set(Object.values(DOUBLE_PROPERTIES).flat())

export function isDoubleProperty(label: NodeLabel, key: string): boolean {
  return DOUBLE_PROPERTIES[label]?.includes(key) ?? false
}
