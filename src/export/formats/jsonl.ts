// JSON Lines of extraction records with their provenance: a first line saying what was selected,
// then one line per node, then one per relationship, each relationship with its evidence resolved
// to the article and the sentence that states it (when the articles can be read), so a notebook can
// check every fact against its text.
import type { GraphEdge, GraphNode } from '../../model/index.js'
import { EvidenceReader, type EvidenceRecord } from '../evidence.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'

export type { EvidenceRecord } from '../evidence.js'

export type JsonlRecord =
  | { record: 'export'; selection: string; truncated: boolean }
  | { record: 'node'; id: string; label: GraphNode['label']; properties: GraphNode['properties'] }
  | {
      record: 'relationship'
      id: string
      type: GraphEdge['type']
      source: string
      target: string
      properties: GraphEdge['properties']
      evidence: EvidenceRecord[]
    }

const line = (record: JsonlRecord): string => `${JSON.stringify(record)}\n`

export async function writeJsonl(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  await sink.write(line({ record: 'export', selection: source.description, truncated: source.truncated }))
  const evidence = new EvidenceReader(source)
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) await sink.write(line({ record: 'node', id: n.id, label: n.label, properties: n.properties }))
    await evidence.prepare(batch.edges, false)
    for (const e of batch.edges) {
      await sink.write(line({ record: 'relationship', id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties, evidence: evidence.records(e) }))
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
}
