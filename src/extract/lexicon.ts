// The built-in lexicons (data files in ./lexicon, each with a header saying what it holds) and the
// dictionary matcher every gazetteer-like lookup uses.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** Next to this module in src/, or in src/ beside dist/ once compiled. */
const LEXICON_DIR = [path.join(here, 'lexicon'), path.resolve(here, '../../src/extract/lexicon')].find((d) => fs.existsSync(d))

/** Lines of a lexicon file, without its `#` header and blank lines. */
export function readLexicon(name: string): string[] {
  if (!LEXICON_DIR) throw new Error(`the lexicon folder src/extract/lexicon is missing (looked beside ${here})`)
  return fs
    .readFileSync(path.join(LEXICON_DIR, name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/**
 * Longest-match lookup of many words at a position of a text: a trie of UTF-16 code units, with a
 * bitmap of first units so the common case, no word starting here, costs one array read.
 */
export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map() }
  private readonly first = new Uint8Array(0x10000)

  add(word: string, value: T): void {
    let node = this.root
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i)
      let next = node.next.get(unit)
      if (!next) node.next.set(unit, (next = { next: new Map() }))
      node = next
    }
    if (word.length > 0) this.first[word.charCodeAt(0)] = 1
    ;(node.values ??= []).push(value)
  }

  /** The longest word starting at `at`, with its values. */
  longestAt(text: string, at: number, end = text.length): { length: number; values: T[] } | undefined {
    if (at >= end || this.first[text.charCodeAt(at)] === 0) return undefined
    let node: TrieNode<T> | undefined = this.root
    let best: { length: number; values: T[] } | undefined
    for (let i = at; i < end && node; i++) {
      node = node.next.get(text.charCodeAt(i))
      if (node?.values) best = { length: i - at + 1, values: node.values }
    }
    return best
  }

  /** Every non-overlapping longest match, left to right. */
  scan(text: string, from = 0, to = text.length): { start: number; end: number; values: T[] }[] {
    const out: { start: number; end: number; values: T[] }[] = []
    for (let i = from; i < to; ) {
      const m = this.longestAt(text, i, to)
      if (m) {
        out.push({ start: i, end: i + m.length, values: m.values })
        i += m.length
      } else i++
    }
    return out
  }
}

/** Longest-match lookup of many words ending at a position, walking left: a trie of reversed words. */
export class SuffixTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() }

  add(word: string, value: T): void {
    let node = this.root
    for (let i = word.length - 1; i >= 0; i--) {
      const unit = word.charCodeAt(i)
      let next = node.next.get(unit)
      if (!next) node.next.set(unit, (next = { next: new Map() }))
      node = next
    }
    ;(node.values ??= []).push(value)
  }

  /** The longest word ending at `end` (exclusive) and starting no earlier than `floor`. */
  longestEndingAt(text: string, end: number, floor = 0): { length: number; values: T[] } | undefined {
    let node: TrieNode<T> | undefined = this.root
    let best: { length: number; values: T[] } | undefined
    for (let i = end - 1; i >= floor && node; i--) {
      node = node.next.get(text.charCodeAt(i))
      if (node?.values) best = { length: end - i, values: node.values }
    }
    return best
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>
  values?: T[]
}

/** Words of a list sorted longest first, for suffix tests. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

export const LEXICONS = {
  unitSuffixes: longestFirst(readLexicon('unit-suffixes.txt')),
  titles: longestFirst(readLexicon('titles.txt')),
  campaignKinds: longestFirst(readLexicon('campaign-kinds.txt')),
  measureKinds: longestFirst(readLexicon('measure-kinds.txt')),
  placeSuffixes: longestFirst(readLexicon('place-suffixes.txt')),
  surnames: new Set(readLexicon('surnames.txt')),
}

/** Titles as a trie, for the finders that test "does a title start here" at every character. */
export const TITLES = new Trie<string>()
for (const t of LEXICONS.titles) TITLES.add(t, t)

/** Unit suffixes read right to left, for "does a unit's kind word end here". */
export const UNIT_SUFFIX_ENDINGS = new SuffixTrie<true>()
for (const w of LEXICONS.unitSuffixes) UNIT_SUFFIX_ENDINGS.add(w, true)
