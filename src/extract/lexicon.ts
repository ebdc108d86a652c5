// The built-in lexicons (data files in ./lexicon, each with a header saying what it holds) and the
// dictionary matcher every gazetteer-like lookup uses.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** Next to this module in src/, or in src/ beside dist/ once compiled. */
const LEXICON_DIR = [path.join(here, 'lexicon'), path.resolve(here, '../../src/extract/lexicon')].find((d) => fs.existsSync(d))

/** Where a data file of the lexicon folder is. */
export function lexiconPath(name: string): string {
  if (!LEXICON_DIR) throw new Error(`the lexicon folder src/extract/lexicon is missing (looked beside ${here})`)
  return path.join(LEXICON_DIR, name)
}

/** Lines of a lexicon file, without its `#` header and blank lines. */
export function readLexicon(name: string): string[] {
  return fs
    .readFileSync(lexiconPath(name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/** A word found in a text: its length, and the values it was added with. */
export interface Match<T> {
  readonly length: number
  readonly values: T[]
}

/**
 * The nodes of a trie of UTF-16 code units, in typed arrays: a table for the first unit (so the
 * common case, no word starting here, costs one array read) and, below it, one open-addressing hash
 * table from (node, unit) to child. A node costs about 20 bytes instead of a Map's hundred or more
 * (the gazetteer has 200,000 nodes), and the lookup stays one probe or two however many children a
 * node has (大 starts hundreds of place names).
 */
class Nodes<T> {
  /** Child of the root for each first unit; 0 = none (node 0 is the root). */
  private readonly root = new Int32Array(0x10000)
  /**
   * A bit for each unit some word starts with: 8 kB that stay in the processor's nearest cache, where
   * the finders' many 256 kB root tables, each read at every character of a text, do not.
   */
  private readonly firsts = new Int32Array(0x10000 >> 5)
  /** The hash table: parent node and unit of each edge, and the child it leads to (0 = empty slot). */
  private parent = new Int32Array(64)
  private unit = new Uint16Array(64)
  private target = new Int32Array(64)
  /** Index + 1 of the values of the words ending at a node; 0 = none. */
  private slot: Int32Array<ArrayBuffer> = new Int32Array(32)
  private count = 1
  /**
   * Most nodes hold one value: it is kept as is, and an array is made only when a lookup asks for
   * it (the tries hold 300,000 words, and an array each would double the heap they take).
   */
  private readonly first: T[] = []
  private readonly more = new Map<number, T[]>()
  private readonly lists: (T[] | undefined)[] = []
  /**
   * A bit for each pair of first two units some word starts with (hashed: a stray bit only costs a
   * probe). Most characters of a text start some division's name, few start one two units long: the
   * bit says so without a probe into the gazetteer's large hash table, which is mostly a cache miss.
   */
  private readonly pairs = new Int32Array(1 << 15)
  /**
   * The match of each word's node, by the index of its values (as `slot` keeps it), made on its first
   * lookup: the finders look up every character. An array grown with the words, so it stays dense and
   * is read in one step, where a map was asked at every match.
   */
  private readonly matches: (Match<T> | undefined)[] = []

  /** A signed 32-bit hash: callers mask it, and an unsigned one (`>>> 0`) past 2^31 is a heap number to allocate. */
  private static hash(node: number, unit: number): number {
    return Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)
  }

  /** The child of `node` for `unit`, or 0. */
  child(node: number, unit: number): number {
    // `| 0`: a unit past the text's end (NaN) finds no child (its bit, unit 0's, is never set).
    if (node === 0) return (this.firsts[unit >> 5]! & (1 << (unit & 31))) === 0 ? 0 : this.root[unit]! | 0
    const mask = this.target.length - 1
    for (let h = Nodes.hash(node, unit) & mask; ; h = (h + 1) & mask) {
      const c = this.target[h]!
      if (c === 0 || (this.parent[h] === node && this.unit[h] === unit)) return c
    }
  }

  /** The child of `node` for `unit`, made when missing. */
  childOrNew(node: number, unit: number): number {
    const found = this.child(node, unit)
    if (found !== 0) return found
    if (this.count === this.slot.length) this.slot = grown(this.slot, this.slot.length * 2)
    const c = this.count++
    if (node === 0) {
      this.root[unit] = c
      this.firsts[unit >> 5]! |= 1 << (unit & 31)
    } else {
      // At most half full, so probes stay short.
      if (2 * (c + 1) > this.target.length) this.rehash(this.target.length * 2)
      this.insert(node, unit, c)
    }
    return c
  }

  private static pairBit(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ second) & 0xfffff
  }

  markPair(first: number, second: number): void {
    const bit = Nodes.pairBit(first, second)
    this.pairs[bit >> 5]! |= 1 << (bit & 31)
  }

  /** False when no word starts with these two units. */
  mayStartWith(first: number, second: number): boolean {
    const bit = Nodes.pairBit(first, second)
    return (this.pairs[bit >> 5]! & (1 << (bit & 31))) !== 0
  }

  /** True when a word ends at `node`. */
  ends(node: number): boolean {
    return this.slot[node] !== 0
  }

  /** The values of the words ending at `node` (one that `ends`), in the order they were added. */
  valuesAt(node: number): T[] {
    const k = this.slot[node]! - 1
    return this.more.get(k) ?? (this.lists[k] ??= [this.first[k]!])
  }

  /** The match of the word ending at `node`, `length` long (a node's depth: the same at every lookup). */
  matchAt(node: number, length: number): Match<T> {
    return (this.matches[this.slot[node]! - 1] ??= { length, values: this.valuesAt(node) })
  }

  addValue(node: number, value: T): void {
    const k = this.slot[node]! - 1
    if (k < 0) {
      this.first.push(value)
      this.matches.push(undefined)
      this.slot[node] = this.first.length
      return
    }
    let all = this.more.get(k)
    if (!all) this.more.set(k, (all = this.lists[k] ?? [this.first[k]!]))
    all.push(value)
  }

  private insert(node: number, unit: number, child: number): void {
    const mask = this.target.length - 1
    let h = Nodes.hash(node, unit) & mask
    while (this.target[h] !== 0) h = (h + 1) & mask
    this.parent[h] = node
    this.unit[h] = unit
    this.target[h] = child
  }

  private rehash(size: number): void {
    const { parent, unit, target } = this
    this.parent = new Int32Array(size)
    this.unit = new Uint16Array(size)
    this.target = new Int32Array(size)
    for (let h = 0; h < target.length; h++) if (target[h] !== 0) this.insert(parent[h]!, unit[h]!, target[h]!)
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size)
  b.set(a)
  return b
}

/**
 * A set of UTF-16 code units, asked at every character of a text: a bit each, where a `Set` of numbers
 * hashes the unit and walks a table at every ask. (A position past the text's end, NaN, reads as unit 0,
 * which no set holds.)
 */
export class CodeUnits {
  private readonly bits = new Int32Array(0x10000 >> 5)

  constructor(units: Iterable<number>) {
    for (const unit of units) {
      if (unit === 0) throw new Error('CodeUnits: unit 0 stands for a position past the end and cannot be held')
      this.bits[unit >> 5]! |= 1 << (unit & 31)
    }
  }

  has(unit: number): boolean {
    return (this.bits[unit >> 5]! & (1 << (unit & 31))) !== 0
  }
}

/** Longest-match lookup of many words at a position of a text. */
export class Trie<T> {
  private readonly nodes = new Nodes<T>()

  add(word: string, value: T): void {
    if (word.length === 0) return
    let node = 0
    for (let i = 0; i < word.length; i++) node = this.nodes.childOrNew(node, word.charCodeAt(i))
    this.nodes.addValue(node, value)
    if (word.length >= 2) this.nodes.markPair(word.charCodeAt(0), word.charCodeAt(1))
  }

  /** The longest word starting at `at`, with its values (shared between lookups: not to be changed). */
  longestAt(text: string, at: number, end = text.length): Match<T> | undefined {
    if (at >= end) return undefined
    let node = this.nodes.child(0, text.charCodeAt(at))
    if (node === 0) return undefined
    let best = this.nodes.ends(node) ? node : 0
    let length = best === 0 ? 0 : 1
    // Most characters start no word of two units or more: the pair's bit says so without a probe.
    if (at + 1 < end && this.nodes.mayStartWith(text.charCodeAt(at), text.charCodeAt(at + 1))) {
      for (let i = at + 1; i < end; i++) {
        node = this.nodes.child(node, text.charCodeAt(i))
        if (node === 0) break
        if (this.nodes.ends(node)) {
          best = node
          length = i - at + 1
        }
      }
    }
    return best === 0 ? undefined : this.nodes.matchAt(best, length)
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
  private readonly nodes = new Nodes<T>()

  add(word: string, value: T): void {
    if (word.length === 0) return
    let node = 0
    for (let i = word.length - 1; i >= 0; i--) node = this.nodes.childOrNew(node, word.charCodeAt(i))
    this.nodes.addValue(node, value)
    if (word.length >= 2) this.nodes.markPair(word.charCodeAt(word.length - 1), word.charCodeAt(word.length - 2))
  }

  /** The longest word ending at `end` (exclusive) and starting no earlier than `floor` (shared between lookups: not to be changed). */
  longestEndingAt(text: string, end: number, floor = 0): Match<T> | undefined {
    if (end - 1 < floor) return undefined
    let node = this.nodes.child(0, text.charCodeAt(end - 1))
    if (node === 0) return undefined
    let best = this.nodes.ends(node) ? node : 0
    let length = best === 0 ? 0 : 1
    // As in `Trie.longestAt`: the pair's bit rules out longer words without a probe.
    if (end - 2 >= floor && this.nodes.mayStartWith(text.charCodeAt(end - 1), text.charCodeAt(end - 2))) {
      for (let i = end - 2; i >= floor; i--) {
        node = this.nodes.child(node, text.charCodeAt(i))
        if (node === 0) break
        if (this.nodes.ends(node)) {
          best = node
          length = end - i
        }
      }
    }
    return best === 0 ? undefined : this.nodes.matchAt(best, length)
  }
}

/** Words of a list sorted longest first, for suffix tests. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

/** 巡视七组, 巡察二组: an inspection team numbered inside its kind, as party committees number them (one to fifteen). */
const NUMBERED_INSPECTION_TEAMS = ['巡视', '巡察'].flatMap((kind) => [...'一二三四五六七八九十', '十一', '十二', '十三', '十四', '十五'].map((n) => `${kind}${n}组`))
/** 检察三部: a procuratorate's numbered department, the number written inside the kind (one to ten). */
const NUMBERED_PROCURATORATE_DEPARTMENTS = [...'一二三四五六七八九十'].map((n) => `检察${n}部`)

export const LEXICONS = {
  unitSuffixes: longestFirst([...readLexicon('unit-suffixes.txt'), ...NUMBERED_INSPECTION_TEAMS, ...NUMBERED_PROCURATORATE_DEPARTMENTS]),
  titles: longestFirst(readLexicon('titles.txt')),
  campaignKinds: longestFirst(readLexicon('campaign-kinds.txt')),
  crimeKinds: longestFirst(readLexicon('crime-kinds.txt')),
  measureKinds: longestFirst(readLexicon('measure-kinds.txt')),
  placeSuffixes: longestFirst(readLexicon('place-suffixes.txt')),
  peopleNouns: readLexicon('people-nouns.txt'),
  surnames: new Set(readLexicon('surnames.txt')),
  /** Central bodies by their names, each line a name and, for a short form, the full name it stands for. */
  nationalBodies: readLexicon('national-bodies.txt').map((l) => l.split(/\s+/) as [string, string?]),
}

/** Central bodies whose name alone names them (national-bodies.txt), as written. */
export const NATIONAL_BODIES: ReadonlySet<string> = new Set(LEXICONS.nationalBodies.map(([name]) => name))
/** Short forms of central bodies and the full names they stand for (最高检 → 最高人民检察院). */
export const NATIONAL_FULL_NAMES: ReadonlyMap<string, string> = new Map(LEXICONS.nationalBodies.flatMap(([name, full]) => (full ? [[name, full] as const] : [])))

/** Titles as a trie, for the finders that test "does a title start here" at every character. */
export const TITLES = new Trie<string>()
for (const t of LEXICONS.titles) TITLES.add(t, t)

/** Unit suffixes, for "does a unit's kind word start here". */
export const UNIT_SUFFIXES = new Trie<string>()
for (const w of [...LEXICONS.unitSuffixes, ...NATIONAL_BODIES]) UNIT_SUFFIXES.add(w, w)

/** Unit suffixes read right to left, for "does a unit's kind word end here". */
export const UNIT_SUFFIX_ENDINGS = new SuffixTrie<true>()
for (const w of LEXICONS.unitSuffixes) UNIT_SUFFIX_ENDINGS.add(w, true)

/** The characters that make 报 a report's, no paper's (通报, 汇报, 简报, 情报, 预报, 举报, 捷报, 喜报, 战报). */
const REPORT_BEFORE_BAO = '通汇简情预举捷喜战'
/**
 * A paper, site, broadcaster or news app by the kind word its name ends with (…日报, …网, …卫视, 全媒体,
 * a region's brand of all its media, 某某全媒, a wire's paper, …每日电讯, a portal's business news, 某某财经).
 * (情况通报, 工作汇报: a report, a briefing or a bulletin of news is no paper.)
 */
export const MEDIA_NAME = new RegExp(`((?<![${REPORT_BEFORE_BAO}])报|报社|网|网站|电视台|卫视|在线|客户端|媒体|媒体中心|通讯社|新闻社|记者站|周刊|周末|电讯|(?<=[\u4e00-\u9fff]{2})(?:全媒|融媒|财经))$`)
/** A paper's app, named as the paper and 客户端 (某某晚报客户端): the paper's, read as the paper. */
export const paperOfApp = (name: string): string => (/^[\u4e00-\u9fff]{2,10}报客户端$/.test(name) ? name.slice(0, -'客户端'.length) : name)
/** A report, a briefing or a bulletin of news (情况通报, 工作汇报), by the character before its 报. */
export const NEWS_REPORT = new RegExp(`[${REPORT_BEFORE_BAO}]报$`)
/** The kinds of a media group named for its paper (某某日报报业集团, 某某日报报刊社). */
/** Police branches that name a detachment, brigade or squadron by what it does (刑侦大队, 治安支队). */
export const POLICE_BRANCH = '(?:刑侦|刑警|治安管理|治安|交警|交管|巡特警|特警|巡警|经侦|禁毒|网安|技侦|法制|警务保障|出入境|食药环|食药|环安)'

/**
 * 湖南日报·新湖南客户端, 四川新闻网-首屏新闻, 福建法治报—海峡法治在线: a medium's app, cloud, site or
 * column written right after it with a dot or a dash is the medium's own brand (a paper after a
 * site, 东北网-宁江晚报, is another medium).
 */
export const isBrandOf = (medium: string, brand: string): boolean => MEDIA_NAME.test(medium) && /(客户端|云|在线|新闻|APP|App|频道)$/.test(brand) && !/报$/.test(brand)

/** Zones a bureau manages and is named with (…自然保护区管理局): their kinds. */
export const PROTECTED_ZONE_KIND = '(?:自然保护区|保护区|风景名胜区|风景区|森林公园|湿地公园|地质公园)'

/** After a level (乡, 村, 地) that closes a list: not the start of a word for people (乡贤, 村民, 乡亲, 村干部). */
export const NO_PEOPLE_WORD = '(?![贤亲邻民里干长医])'

/** The kind words of devices (机制, 平台, 调解室), by where they start. */
export const MEASURE_KIND_WORDS = new Trie<true>()
for (const w of LEXICONS.measureKinds) MEASURE_KIND_WORDS.add(w, true)

export const MEDIA_GROUP_KIND = '(?:报业集团|报业传媒集团|传媒集团|融媒体集团|新闻传媒集团|报刊社)'
