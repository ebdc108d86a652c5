// The evidence behind each edge, resolved to what a reader checks it by: the sentence, the
// article's title, date and source file. Relationships keep `article|start-end` spans (MENTIONS
// keep `spans`, the article being their source); the article texts are read through the source,
// a batch at a time, with a bounded cache because texts are the largest thing in the graph.
import { sentenceAround } from '../explore/index.js'
import { EVIDENCE_SHOWN, type EdgeEvidence, type GraphEdge, type GraphNode } from '../model/index.js'
import type { SubgraphSource } from './types.js'

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

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** The edge's evidence entries with their rules, before the articles are read. */
export function evidenceOf(edge: GraphEdge): EvidenceRecord[] {
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

/** The articles an edge rests on: its evidence's, else its `articles` property. */
export function articlesOf(edge: GraphEdge): string[] {
  const fromEvidence = evidenceOf(edge).map((e) => e.article)
  return [...new Set(fromEvidence.length > 0 ? fromEvidence : strings(edge.properties.articles))]
}

export function withSentence(e: EvidenceRecord, article: GraphNode | undefined): EvidenceRecord {
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

/** Reads the articles a batch of edges needs, once, and resolves their evidence. */
export class EvidenceReader {
  private readonly cache = new Map<string, GraphNode | undefined>()

  constructor(private readonly source: Pick<SubgraphSource, 'articles'>) {}

  /** Loads the articles behind `edges` (all of them, or the first few per edge when `shownOnly`). */
  async prepare(edges: readonly GraphEdge[], shownOnly: boolean): Promise<void> {
    if (!this.source.articles) return
    const wanted = new Set<string>()
    for (const e of edges) for (const r of shownOnly ? evidenceOf(e).slice(0, EVIDENCE_SHOWN) : evidenceOf(e)) wanted.add(r.article)
    let missing = [...wanted].filter((id) => !this.cache.has(id))
    if (missing.length === 0) return
    // Emptied between batches, never within one: every article this batch needs is read again.
    if (this.cache.size + missing.length > CACHE_LIMIT) {
      this.cache.clear()
      missing = [...wanted]
    }
    const found = new Map((await this.source.articles(missing)).map((a) => [a.id, a]))
    for (const id of missing) this.cache.set(id, found.get(id))
  }

  /** Every evidence record with its sentence; call `prepare(…, false)` first. */
  records(edge: GraphEdge): EvidenceRecord[] {
    return evidenceOf(edge).map((r) => withSentence(r, this.cache.get(r.article)))
  }

  /** The flat summary; call `prepare(…, true)` first. */
  summary(edge: GraphEdge): EdgeEvidence {
    const all = evidenceOf(edge)
    const shown = all.slice(0, EVIDENCE_SHOWN).map((r) => withSentence(r, this.cache.get(r.article)))
    return { ...summarise(shown), evidenceCount: all.length }
  }
}
