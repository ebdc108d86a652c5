// Degrees within the selection, for node sizes: one pass over the edges, a number per node.
import type { SubgraphSource } from '../types.js'

export async function degreesOf(source: SubgraphSource): Promise<Map<string, number>> {
  const degree = new Map<string, number>()
  for await (const batch of source.batches()) {
    for (const e of batch.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1)
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1)
    }
  }
  return degree
}
