// The words a name is found by in Neo4j's full-text index, beside the name itself: each pinyin
// syllable, each run of two to four syllables and the whole name run together, their initials,
// and each Chinese character on its own. The CJK analyzer indexes Chinese by bigrams and Latin by
// words, so without these `baotou`, `bao tou` and `包` find nothing in `包头市` (`baotoushi`).
import { pinyin } from 'pinyin-pro'

/** Longest run of syllables indexed as one word, besides the whole name. */
const RUN = 4

export function searchKeys(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v'))
    .filter((s) => /^[a-z]+$/.test(s))
  const keys = new Set<string>()
  for (let i = 0; i < syllables.length; i++) {
    for (let n = 1; n <= RUN && i + n <= syllables.length; n++) {
      const run = syllables.slice(i, i + n)
      keys.add(run.join(''))
      if (n > 1) keys.add(run.map((s) => s[0]).join(''))
    }
  }
  keys.add(syllables.join(''))
  keys.add(syllables.map((s) => s[0]).join(''))
  for (const ch of name) if (/\p{Script=Han}/u.test(ch)) keys.add(ch)
  keys.delete('')
  return [...keys].join(' ')
}
