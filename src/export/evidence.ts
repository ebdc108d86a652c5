// The evidence behind each edge, resolved to what a reader checks it by: the sentence, the
// article's title, date and source file. A relationship's evidence records (one per article) and
// MENTIONS' spans (the article being their source) are read through the source a batch at a time,
// with the articles they need, in bounded caches because texts are the largest thing in the graph.
import { sentenceAround } from '../explore/index.js'
import { EVIDENCE_SHOWN, type EdgeEvidence, type Evidence, type GraphEdge, type GraphNode } from '../model/index.js'
import type { SubgraphSource } from './types.js'

export interface EvidenceRecord {
  article: string
  /** `[start, end]` in the source file (UTF-16 code units). */
  span: [number, number]
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

const pairs = (spans: readonly number[]): [number, number][] => {
  const out: [number, number][] = []
  for (let i = 0; i + 1 < spans.length; i += 2) out.push([spans[i]!, spans[i + 1]!])
  return out
}
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [])

/** A MENTIONS edge's spans, or a relationship's evidence records, as one record per span. */
export function evidenceRecords(edge: GraphEdge, stored: readonly Evidence[]): EvidenceRecord[] {
  if (edge.type === 'MENTIONS') return pairs(numbers(edge.properties.spans)).map((span) => ({ article: edge.source, span, rules: [], origins: [] }))
  return stored.flatMap((e) => pairs(e.spans).map((span) => ({ article: e.article, span, rules: [...e.rules], origins: [e.origin] })))
}

/** How many pieces of evidence an edge rests on: a relationship's `count`, a mention's spans. */
const evidenceCount = (edge: GraphEdge): number => (edge.type === 'MENTIONS' ? pairs(numbers(edge.properties.spans)).length : Number(edge.properties.count ?? 0))

export function withSentence(e: EvidenceRecord, article: GraphNode | undefined): EvidenceRecord {
  if (!article) return e
  const p = article.properties
  const out: EvidenceRecord = { ...e }
  if (typeof p.title === 'string') out.title = p.title
  if (typeof p.source === 'string') out.source = p.source
  if (typeof p.date === 'string') out.date = p.date
  if (typeof p.text === 'string') {
    const { sentence, highlight } = sentenceAround(p.text, Number(p.offset ?? 0), e.span[0], e.span[1])
    out.sentence = sentence
    out.highlight = highlight
  }
  return out
}

const distinctLines = (values: (string | undefined)[]): string => [...new Set(values.filter((v): v is string => Boolean(v)))].join('\n')

/** The first few evidence records as the flat fields every tabular or XML format carries. */
export function summarise(records: readonly EvidenceRecord[]): EdgeEvidence {
  const shown = records.slice(0, EVIDENCE_SHOWN)
  return {
    sentence: distinctLines(shown.map((r) => r.sentence)),
    articleTitle: distinctLines(shown.map((r) => r.title)),
    articleDate: distinctLines(shown.map((r) => r.date)),
    articleSource: distinctLines(shown.map((r) => r.source)),
    evidenceCount: records.length,
  }
}

const CACHE_LIMIT = 2000

/** Reads the evidence and articles a batch of edges needs, once, and resolves their sentences. */
export class EvidenceReader {
  private readonly articles = new Map<string, GraphNode | undefined>()
  private readonly stored = new Map<string, Evidence[]>()

  constructor(private readonly source: Pick<SubgraphSource, 'articles' | 'evidence'>) {}

  /** Loads the evidence and articles behind `edges` (all of it, or the first few per edge when `shownOnly`). */
  async prepare(edges: readonly GraphEdge[], shownOnly: boolean): Promise<void> {
    // Emptied between batches, never within one: every record this batch needs is read again.
    this.stored.clear()
    const typed = edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id)
    if (this.source.evidence && typed.length > 0) {
      for (const e of await this.source.evidence(typed, shownOnly ? EVIDENCE_SHOWN : undefined)) {
        const list = this.stored.get(e.relation) ?? []
        list.push(e)
        this.stored.set(e.relation, list)
      }
    }
    if (!this.source.articles) return
    const wanted = new Set<string>()
    for (const e of edges) for (const r of this.recordsOf(e, shownOnly)) wanted.add(r.article)
    let missing = [...wanted].filter((id) => !this.articles.has(id))
    if (missing.length === 0) return
    if (this.articles.size + missing.length > CACHE_LIMIT) {
      this.articles.clear()
      missing = [...wanted]
    }
    const found = new Map((await this.source.articles(missing)).map((a) => [a.id, a]))
    for (const id of missing) this.articles.set(id, found.get(id))
  }

  private recordsOf(edge: GraphEdge, shownOnly: boolean): EvidenceRecord[] {
    const all = evidenceRecords(edge, this.stored.get(edge.id) ?? [])
    return shownOnly ? all.slice(0, EVIDENCE_SHOWN) : all
  }

  /** Every evidence record with its sentence; call `prepare(…, false)` first. */
  records(edge: GraphEdge): EvidenceRecord[] {
    return this.recordsOf(edge, false).map((r) => withSentence(r, this.articles.get(r.article)))
  }

  /** The flat summary; call `prepare(…, true)` first. */
  summary(edge: GraphEdge): EdgeEvidence {
    const shown = this.recordsOf(edge, true).map((r) => withSentence(r, this.articles.get(r.article)))
    return { ...summarise(shown), evidenceCount: evidenceCount(edge) }
  }
}
