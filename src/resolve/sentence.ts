// The sentence around a span of an article: what an evidence record keeps and the viewer shows,
// read across newspaper page breaks as extraction reads them.

const SENTENCE_END = /[。！？!?；;]/
const CLOSES_PARAGRAPH = /[。！？!?；;：:…”"’)）》]\s*$/

/**
 * Whether the line break at `i` ends a sentence. A break after a long line that stops mid-sentence
 * is a newspaper page break (形成了浓厚\n\n的比赶超…), which extraction reads across too.
 */
function breaksSentence(text: string, i: number): boolean {
  let end = i
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end)
  return line.trim().length < 40 || CLOSES_PARAGRAPH.test(line) || !/[,，。、]/.test(line)
}

function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? ''
  if (ch === '\n') return breaksSentence(text, i)
  return SENTENCE_END.test(ch)
}

/** The sentence of `text` (an article starting at file offset `offset`) around file span start-end. */
export function sentenceAround(text: string, offset: number, start: number, end: number): { sentence: string; highlight: [number, number] } {
  const s = Math.max(0, Math.min(text.length, start - offset))
  const e = Math.max(s, Math.min(text.length, end - offset))
  let from = s
  while (from > 0 && !endsSentence(text, from - 1) && s - from < 300) from--
  let to = e
  while (to < text.length && !endsSentence(text, to - 1) && to - e < 300) to++
  // Page breaks inside the sentence are read across: the line breaks go, the highlight moves with the text.
  let sentence = ''
  let hs = -1
  let he = -1
  for (let i = from; i < to; i++) {
    if (i === s) hs = sentence.length
    if (i === e) he = sentence.length
    const ch = text[i]!
    if (/\s/.test(ch) && /\n/.test(text.slice(Math.max(from, i - 2), Math.min(to, i + 3)))) continue
    sentence += ch
  }
  if (hs < 0) hs = sentence.length
  if (he < 0) he = sentence.length
  const lead = sentence.length - sentence.trimStart().length
  return { sentence: sentence.trim(), highlight: [hs - lead, he - lead] }
}

