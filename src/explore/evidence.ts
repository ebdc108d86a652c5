// Evidence as readers see it: the sentence of an article around a stored span, with the span's place
// in it, for relationships (their evidence records, one per article) and mentions (`spans` pairs).
import type { EvidenceSentence, GraphNode } from '../model/index.js'
import { sentenceAround } from '../resolve/sentence.js'
import type { GraphStore } from '../store/types.js'

export { sentenceAround }

/** Span pairs (`[start, end, …]`, file offsets) of an article into sentences. */
export function sentencesOf(article: GraphNode, spans: readonly number[]): EvidenceSentence[] {
  const text = String(article.properties.text ?? '')
  const offset = Number(article.properties.offset ?? 0)
  const out: EvidenceSentence[] = []
  for (let i = 0; i + 1 < spans.length; i += 2) {
    out.push({
      article: article.id,
      title: String(article.properties.title ?? ''),
      source: String(article.properties.source ?? ''),
      date: typeof article.properties.date === 'string' ? article.properties.date : null,
      ...sentenceAround(text, offset, spans[i]!, spans[i + 1]!),
    })
  }
  return out
}

/** The sentences that state a relationship (at most `limit` articles' evidence), articles read through the store. */
export async function evidenceSentences(store: GraphStore, relation: string, limit: number): Promise<EvidenceSentence[]> {
  const records = await store.evidence([relation], limit)
  const articles = new Map((await store.nodesById([...new Set(records.map((r) => r.article))])).map((n) => [n.id, n]))
  return records.flatMap((r) => {
    const article = articles.get(r.article)
    return article ? sentencesOf(article, r.spans) : []
  })
}
