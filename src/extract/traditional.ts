// Simplified → Traditional (Taiwan) as OpenCC's `s2tw` converts it, step for step (normalisation,
// segmentation by phrases, then the conversion chain), with OpenCC's own dictionaries, but on the
// typed-array tries of lexicon.ts: OpenCC's tries of Maps take about 70 MB in every worker thread,
// these a tenth of that.
import { configs } from 'opencc-js/preset'
import { Trie } from './lexicon.js'

type Dict = string | readonly (readonly [string, string])[]

/** Words and their replacements; a word added again is replaced, as in OpenCC's `Trie.addWord`. */
class Replacements {
  private readonly trie = new Trie<string>()

  /** A group of dictionaries, the first one winning where they disagree (OpenCC's `loadDictGroup`). */
  constructor(dicts: readonly Dict[]) {
    for (const d of [...dicts].reverse()) {
      if (typeof d === 'string') {
        for (const line of d.split('|')) {
          const [l, r] = line.split(' ')
          if (l === undefined || typeof r !== 'string') throw new TypeError(`OpenCC dictionary entry "${line}" is not "source replacement"`)
          this.trie.add(l, r)
        }
      } else for (const [l, r] of d) this.trie.add(l, r)
    }
  }

  private match(s: string, i: number): { end: number; value: string } | undefined {
    const m = this.trie.longestAt(s, i)
    return m && { end: i + m.length, value: m.values.at(-1)! }
  }

  /** Matched words and the runs between them, as OpenCC's `Trie.segment`. */
  segment(s: string): string[] {
    return this.walk(s, (word) => word)
  }

  /** Each longest match replaced, as OpenCC's `Trie.convert`. */
  convert(s: string): string {
    return this.walk(s, (_, value) => value).join('')
  }

  /** The runs of `s` left to right: each longest match as `matched` gives it, unmatched runs as they are. */
  private walk(s: string, matched: (word: string, value: string) => string): string[] {
    const out: string[] = []
    let unmatched = -1
    for (let i = 0; i < s.length; ) {
      const m = this.match(s, i)
      if (m) {
        if (unmatched >= 0) out.push(s.slice(unmatched, i))
        unmatched = -1
        out.push(matched(s.slice(i, m.end), m.value))
        i = m.end
      } else {
        if (unmatched < 0) unmatched = i
        i += unmatchedLength(s, i)
      }
    }
    if (unmatched >= 0) out.push(s.slice(unmatched))
    return out
  }
}

const codePointLength = (s: string, i: number): number => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1)

function idsArity(cp: number | undefined): number {
  if (cp === undefined) return 0
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2
  return 0
}

/** The end of an ideographic description sequence (⿰氵each) starting at `i`, or 0: it is never split. */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i))
  if (arity === 0) return 0
  let end = i + codePointLength(s, i)
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0
    const child = idsEnd(s, end)
    end = child || end + codePointLength(s, end)
  }
  return end
}

function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i)
  return end > i ? end - i : codePointLength(s, i)
}

interface Config {
  normalizationChain?: readonly (readonly Dict[])[]
  segmentation?: Dict | readonly Dict[]
  conversionChain: readonly (readonly Dict[])[]
}

/** A converter for one of OpenCC's configurations that segment (s2tw). */
function converter(config: Config): (s: string) => string {
  const normalise = (config.normalizationChain ?? []).map((group) => new Replacements(group))
  const seg = config.segmentation
  const segmentation = seg === undefined ? undefined : new Replacements(Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as Dict[]) : [seg as Dict])
  const chain = config.conversionChain.map((group) => new Replacements(group))
  return (s) => {
    const normal = normalise.reduce((t, r) => r.convert(t), s)
    const segments = segmentation ? segmentation.segment(normal) : [normal]
    return chain.reduce((parts, r) => parts.map((p) => r.convert(p)), segments).join('')
  }
}

let s2tw: ((s: string) => string) | undefined
/** `s` in Traditional characters as used in Taiwan: what `OpenCC.Converter({ from: 'cn', to: 'tw' })` returns. */
export function simplifiedToTraditional(s: string): string {
  s2tw ??= converter(configs['s2tw'] as unknown as Config)
  return s2tw(s)
}
