// JSON Lines of extraction records with their provenance: one line per node, then one per
// relationship, each relationship with its evidence resolved to the article and the sentence that
// states it (when the articles can be read), so a notebook can check every fact against its text.
import { sentenceAround } from '../../explore/index.js'
import type { GraphEdge, GraphNode } from '../../model/index.js'
import type { SubgraphSource, TextSink, WriteContext } from '../types.js'

export interface EvidenceRecord {
  article: string
  /** `start-end` in the source file (UTF-16 code units). */
  span: string
  /** Rules and origins (`text`, `gazetteer`) the article's extraction gave for it. */
  rules: string[]
  origins: string[]
  title?: string
  source?: string
  date?: string
  /** The sentence around the span, and where in it the span lies. */
  sentence?: string
  highlight?: [number, number]
}

export type JsonlRecord =
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

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** `aid|start-end` entries (or, for MENTIONS, the article at the source and its `spans`). */
function evidenceOf(edge: GraphEdge): EvidenceRecord[] {
  const provenance = strings(edge.properties.provenance).map((p) => p.split('|'))
  const entries =
    edge.type === 'MENTIONS'
      ? strings(edge.properties.spans).map((span) => [edge.source, span] as const)
      : strings(edge.properties.evidence).map((e) => {
          const bar = e.indexOf('|')
          return [e.slice(0, bar), e.slice(bar + 1)] as const
        })
  return entries.map(([article, span]) => {
    const mine = provenance.filter((p) => p[0] === article)
    return {
      article,
      span,
      rules: [...new Set(mine.map((p) => p[1] ?? ''))].filter(Boolean),
      origins: [...new Set(mine.map((p) => p[2] ?? ''))].filter(Boolean),
    }
  })
}

function withSentence(e: EvidenceRecord, article: GraphNode | undefined): EvidenceRecord {
  if (!article) return e
  const p = article.properties
  const out: EvidenceRecord = { ...e }
  if (typeof p.title === 'string') out.title = p.title
  if (typeof p.source === 'string') out.source = p.source
  if (typeof p.date === 'string') out.date = p.date
  const m = /^(\d+)-(\d+)$/.exec(e.span)
  if (m && typeof p.text === 'string') {
    const { sentence, highlight } = sentenceAround(p.text, Number(p.offset ?? 0), Number(m[1]), Number(m[2]))
    out.sentence = sentence
    out.highlight = highlight
  }
  return out
}

export async function writeJsonl(source: SubgraphSource, sink: TextSink, ctx: WriteContext): Promise<void> {
  const cache = new Map<string, GraphNode | undefined>()
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) {
      if (n.label === 'Article') cache.set(n.id, n)
      const record: JsonlRecord = { record: 'node', id: n.id, label: n.label, properties: n.properties }
      await sink.write(`${JSON.stringify(record)}\n`)
    }
    const evidence = batch.edges.map(evidenceOf)
    // Article texts are large: keep at most a few thousand between batches.
    if (cache.size > 2000) cache.clear()
    const missing = [...new Set(evidence.flat().map((e) => e.article))].filter((id) => !cache.has(id))
    if (missing.length > 0 && source.articles) {
      const found = new Map((await source.articles(missing)).map((a) => [a.id, a]))
      for (const id of missing) cache.set(id, found.get(id))
    }
    for (const [i, e] of batch.edges.entries()) {
      const record: JsonlRecord = {
        record: 'relationship',
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        properties: e.properties,
        evidence: (evidence[i] ?? []).map((ev) => withSentence(ev, cache.get(ev.article))),
      }
      await sink.write(`${JSON.stringify(record)}\n`)
    }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
}
