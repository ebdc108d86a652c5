// The working text extraction reads: full-width forms folded, Traditional characters mapped to
// Simplified, markdown markers dropped and newspaper page breaks inside a sentence joined. Every
// step only substitutes one character for one or deletes characters, so `origin` maps each working
// character back to its offset in the decoded source, and provenance always points at the original.
import { endianness } from 'node:os'
import { fileURLToPath } from 'node:url'
import * as OpenCC from 'opencc-js'
import { cachedBytes, cacheKey } from './cache.js'
import { simplifiedToTraditional } from './traditional.js'

export interface WorkingText {
  text: string
  /** origin[i] = offset in the source of working character i; origin[text.length] = source length. */
  origin: Int32Array
}

export interface Span {
  start: number
  end: number
}

/** Names recur from article to article: each is converted once (kept up to a bound, as the segmenter's words are). */
const traditionalNames = new Map<string, string>()
const TRADITIONAL_NAMES = 20_000

/** A name in Traditional characters, for articles written in them (商水县委 → 商水縣委). */
export function toTraditional(s: string): string {
  const known = traditionalNames.get(s)
  if (known !== undefined) return known
  if (traditionalNames.size >= TRADITIONAL_NAMES) traditionalNames.clear()
  const converted = simplifiedToTraditional(s)
  traditionalNames.set(s, converted)
  return converted
}

/** Characters that end a sentence or a clause a paragraph may end on. */
const PARAGRAPH_END = /[。!?！？;；:：…”"’)）》\]】]$/
/** `2017-09-19 作者:甲、乙 来源:某某网 点击量:`: a page's credit line, however long, is a line of its own. */
const CREDIT_LINE = /(?:来源|作者|编辑|发布时间|发布日期)\s*[:：]/
/** A line of reporters' credits alone (本报记者甲 通讯员乙, ■ 本报记者 甲). */
const BYLINE_LINE = /^[■□●◆▲]?\s*(?:本报|本台|本网)?(?:特约|见习|实习|首席)?(?:记者|通讯员)/
/** A lead that opens with its sender and day (某某日报1月29日讯, 新华社北京5月2日电). */
const DATED_LEAD = /^[\u4e00-\u9fff]{2,14}?\d{1,2}月\d{1,2}日(?:[\u4e00-\u9fff]{2,8}?)?[电讯]/
/** A lead opening with its sender and the credit in brackets (本报讯(记者 甲), 某某云/某某报讯（通讯员 乙）). */
const LEAD_WITH_CREDIT = /^[\u4e00-\u9fff\/／]{2,20}?讯\s*[(（](?:记者|通讯员|特约记者|全媒体记者|融媒体记者)/
/** A closing quote with no stop before it ends a name, not a sentence (开展“秋冬攻势” | 专项行动). */
const QUOTE_MID_SENTENCE = /[^。!?！？…][”"’]$/
/** `…提取鞋印。 新京报记者 张三 摄`, `…产业群。记者 郑良`: a caption or a piece closed by its photographer’s or reporter’s credit ends its paragraph. */
const PHOTO_CREDIT_END = /(?:摄|摄影|供图|(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4})$/

/**
 * Full-width ASCII forms and the ideographic space to their half-width forms, one for one, and 丨, the
 * stroke web pages set between a column's name and a title (某某护航丨某某大队…), to a bar. Code units
 * in a typed array, not a replace: Chinese text writes its commas full width, and a replace calls back
 * for every one of them.
 */
export function foldWidthAll(text: string): string {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    units[i] = c === 0x3000 ? 0x20 : c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x4e28 ? 0x7c : c
  }
  return fromCodeUnits(units)
}

/** 「」『』 and a pair of straight quotes around Chinese words ("城市文明加油站"活动) are the curly quotes of Simplified text; a bullet between ideographs is the interpunct. */
const foldQuotes = (text: string): string =>
  text
    .replace(/[「『]/g, '“')
    .replace(/[」』]/g, '”')
    .replace(/"([^"\n]{0,40}[\u4e00-\u9fff][^"\n]{0,40})"/g, '“$1”')
    // 湖南日报•新湖南客户端: a bullet between two ideographs is the interpunct that joins two names (湖南日报·新湖南客户端).
    .replace(/(?<=[\u4e00-\u9fff])•(?=[\u4e00-\u9fff])/g, '·')

/**
 * A character that is a Simplified character of its own too, which OpenCC folds out of context to 干:
 * kept, as names and places write it (乾县, 乾安县, a given name's 乾). (著 is folded still: Traditional
 * text writes the particle 着 so, 随著, 拉著, far more often than names write 著.)
 */
const SIMPLIFIED_TOO = '乾'

/**
 * Variants OpenCC's tables leave as they are, each with the Simplified character pages mean by it: 陜
 * (the 陝 of 陝西 as Big5 conversions write it) and 衞 (衛, 卫).
 */
const VARIANTS: Record<string, string> = { 陜: '陕', 衞: '卫' }

/**
 * Each ideograph's Simplified form (0 = unchanged), from OpenCC's Traditional→Simplified tables;
 * one code unit for one, so offsets stay put. Asking OpenCC about each of 27,000 characters takes
 * most of a second, so the table is built once and then read from the cache (keyed by OpenCC's data).
 */
let simplifiedTable: Uint16Array | undefined
function table(): Uint16Array {
  if (simplifiedTable) return simplifiedTable
  const key = cacheKey(['simplified-table v1', { file: fileURLToPath(import.meta.resolve('opencc-js')) }])
  const bytes = cachedBytes('simplified', key, () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
    const t = new Uint16Array(0x10000)
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const s = toSimplified(String.fromCharCode(code))
      if (s.length === 1 && s.charCodeAt(0) !== code) t[code] = s.charCodeAt(0)
    }
    return new Uint8Array(t.buffer)
  })
  // A copy: the bytes read back need not be aligned for 16-bit access.
  const t = new Uint16Array(0x10000)
  if (bytes.length === t.byteLength) new Uint8Array(t.buffer).set(bytes)
  else throw new Error(`the cached Traditional→Simplified table has ${bytes.length} bytes, not ${t.byteLength}: delete it from node_modules/.cache/kg-police-news`)
  for (const c of SIMPLIFIED_TOO) t[c.charCodeAt(0)] = 0
  for (const [variant, simplified] of Object.entries(VARIANTS)) t[variant.charCodeAt(0)] = simplified.charCodeAt(0)
  return (simplifiedTable = t)
}

/** Traditional characters to Simplified, one for one, so offsets stay put (search uses it too). */
export function simplify(text: string): string {
  const t = table()
  let i = 0
  while (i < text.length && t[text.charCodeAt(i)] === 0) i++
  if (i === text.length) return text
  const units = new Uint16Array(text.length)
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j)
    units[j] = t[c] || c
  }
  // (瞭解: Traditional text's 了解, whose 瞭 the table keeps for 瞭望; one character for one.)
  return fromCodeUnits(units).replace(/瞭解/g, '了解')
}

/**
 * A string of UTF-16 code units, decoded as UTF-16LE by Buffer, which copies the units as they are
 * (lone surrogates too) and is many times faster than `String.fromCharCode` over chunks. A typed
 * array holds the platform's byte order: swapped first on a big-endian one.
 */
function fromCodeUnits(units: Uint16Array): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength)
  return (LITTLE_ENDIAN ? bytes : Buffer.from(bytes).swap16()).toString('utf16le')
}
const LITTLE_ENDIAN = endianness() === 'LE'

/**
 * `…会议上 省人民检察院检察长` over `查庆九`: a report's heading ends with the speaker's post and
 * puts the name alone on the next line; the line break becomes a space (one character for one),
 * so the post and the name are read together.
 */
function nameUnderPost(text: string): string {
  return text.replace(/(长|书记|主任|主席)[ \u3000]*\n(?=[ \u3000]*[\u4e00-\u9fff]{2,4}[ \u3000]*(?:\n|$))/g, (m) => m.slice(0, -1) + ' ')
}

/** True when the line is a heading written in markdown (`# …`), and how deep. */
export function markdownLevel(line: string): number {
  const m = /^(#{1,6})\s/.exec(line)
  return m?.[1]?.length ?? 0
}

/**
 * Pinyin in brackets right after a character: one to four syllables each with a tone mark (司法局(sīfǎjú)
 * glosses the word before it), or one toneless syllable set off by a space from the next character.
 * Brackets of Latin letters that are no syllables, or with no tone and no space (附件(a)), stay.
 */
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?'
const TONED_SYLLABLE = `${INITIAL}[a-zü]{0,2}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,3}`
const RUBY_PINYIN = new RegExp(`(?<=[\\u4e00-\\u9fff])(?:\\((?:${TONED_SYLLABLE}){1,4}\\)|\\(${INITIAL}[aeiouü]{1,3}(?:ng|n|r)?\\) (?=[\\u4e00-\\u9fff]))`, 'g')

/** The same pinyin, read from a given place only (the sticky form). */
const RUBY_PINYIN_AT = new RegExp(RUBY_PINYIN.source, 'y')

/**
 * A span of the source stretched over a mirror site's pinyin right after its last character
 * (北岭網(wǎng)): the working text drops it, but it is part of the form as the page writes it.
 */
export function overTrailingPinyin(source: string, span: Span): Span {
  if (source.charCodeAt(span.end) !== 0x28 && source.charCodeAt(span.end) !== 0xff08) return span
  RUBY_PINYIN_AT.lastIndex = 1
  const m = RUBY_PINYIN_AT.exec(foldWidthAll(source.slice(span.end - 1, span.end + 26)))
  return m ? { start: span.start, end: span.end + m[0].trimEnd().length } : span
}

export function normalise(source: string): { working: WorkingText; headingLevels: Map<number, number> } {
  const folded = nameUnderPost(simplify(foldQuotes(foldWidthAll(source))))
  /** 1 for each character dropped (one byte each: an array of booleans takes eight). */
  const dropped = new Uint8Array(folded.length)
  const headingLevels = new Map<number, number>()

  // Lines, with markdown heading marks and emphasis removed.
  const lines: { start: number; end: number }[] = []
  for (let start = 0; start <= folded.length; ) {
    let end = folded.indexOf('\n', start)
    if (end < 0) end = folded.length
    lines.push({ start, end })
    start = end + 1
  }
  for (const line of lines) {
    const text = folded.slice(line.start, line.end)
    const level = markdownLevel(text)
    if (level > 0) {
      const marks = /^#+\s+/.exec(text)?.[0].length ?? 0
      dropped.fill(1, line.start, line.start + marks)
      headingLevels.set(line.start + marks, level)
    }
    if (text.includes('**') || text.includes('__')) for (const m of allMatches(text, /\*\*|__/g)) dropped.fill(1, line.start + m.index, line.start + m.index + m[0].length)
  }

  // 黨(dǎng)組, 黨(dang) 組: a mirror site's pinyin after a character is no part of the text.
  for (const m of allMatches(folded, RUBY_PINYIN)) dropped.fill(1, m.index, m.index + m[0].length)

  // 甲,、乙,、丙, 工作,,推进: a mirror site's comma doubled before another mark stands for no text.
  if (folded.includes(',')) for (const m of allMatches(folded, /,(?=[、,。])/g)) dropped[m.index] = 1

  // ?人民日报记者 ?甲 ?乙: a mirror site's ? for a character it could not encode (a bullet, a wide space),
  // at a line's start or after a space and before an ideograph, stands for no text.
  if (folded.includes('?')) for (const m of allMatches(folded, /(?<=^|[ \t])\?(?=[\u4e00-\u9fff])/gm)) dropped[m.index] = 1

  // 推行“ 乡村治安治理” 积分制: an e-paper that sets spaces inside and after its quotation marks sets them
  // around no words; they are no part of the text (only in a line that spaces an opening mark so).
  if (folded.includes('“ ') || folded.includes('“\u3000')) {
    for (const line of lines) {
      const t = folded.slice(line.start, line.end)
      if (!/“[ \u3000]/.test(t)) continue
      for (const m of allMatches(t, /(?<=“)[ \u3000]+|[ \u3000]+(?=”)|(?<=”)[ \u3000]+(?=[\u4e00-\u9fff])/g)) dropped.fill(1, line.start + m.index, line.start + m.index + m[0].length)
    }
  }
  // (推行 “某某” 机制: a page that sets a space after a quotation in running text sets it before no new words either;
  // only between the quotation and an ideograph, in a line that holds a clause's mark. The space before an opening
  // mark may end a credit, 本报通讯员 甲 “…”, and stays.)
  if (folded.includes('” ')) {
    for (const line of lines) {
      const t = folded.slice(line.start, line.end)
      if (!/[，,。；;]/.test(t)) continue
      for (const m of allMatches(t, /(?<=”)[ \u3000](?=[\u4e00-\u9fff])/g)) dropped[line.start + m.index] = 1
    }
  }

  // Page breaks: a long body paragraph that stops mid-sentence continues in the next paragraph.
  const paragraphs = lines.filter((l) => folded.slice(l.start, l.end).trim() !== '')
  const widths = paragraphs.map((l) => displayWidth(folded.slice(l.start, l.end).trim()))
  const width = wrapWidth(widths)
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const a = paragraphs[i]!
    const b = paragraphs[i + 1]!
    const aText = folded.slice(a.start, a.end).trim()
    const bText = folded.slice(b.start, b.end).trim()
    // A text wrapped at a fixed width (a report typed into lines of 30 characters) continues on the next line too.
    const wrapped = width !== undefined && Math.abs(widths[i]! - width) <= 3
    // (A line that ends on a list's mark, 、, always goes on.)
    // (The tests that read only the paragraph's end come first, and the end patterns read only the
    // last characters they can match: most paragraphs end a sentence and need no scan of the whole.)
    if ((aText.length < 40 && !wrapped && !aText.endsWith('、')) || !/[,，。、]/.test(aText) || (PARAGRAPH_END.test(aText.slice(-1)) && !QUOTE_MID_SENTENCE.test(aText.slice(-2))) || markdownLevel(aText) > 0 || markdownLevel(bText) > 0 || CREDIT_LINE.test(aText) || PHOTO_CREDIT_END.test(aText)) continue
    if (/^[(（]/.test(bText) && /[)）]$/.test(bText) && bText.length <= 12) continue
    // (The file's first line, set off by a blank line over a dated lead, 某某日报1月29日讯 (…), is its headline.)
    if (i === 0 && DATED_LEAD.test(bText.slice(0, 30)) && /\n[ \t\u3000]*\n/.test(folded.slice(a.end, b.start))) continue
    // (A long headline with a comma does not run on into the credit line under it, nor a caption into a
    // lead that opens with its sender's credit, 某某报讯(记者 甲).)
    // (Nor a subtitle that runs on with a dash into its byline line, 本报记者甲本报通讯员乙.)
    if (CREDIT_LINE.test(bText.slice(0, 40)) || LEAD_WITH_CREDIT.test(bText.slice(0, 30)) || (BYLINE_LINE.test(bText) && bText.length <= 40 && !/[，,。；;]/.test(bText))) continue
    dropped.fill(1, a.end, b.start)
    for (let j = b.start; j < b.end && /\s/.test(folded[j]!); j++) dropped[j] = 1
  }

  // Kept code units gathered in a typed array and made a string once: a string grown a character
  // at a time allocates a string per character.
  const units = new Uint16Array(folded.length)
  const origin = new Int32Array(folded.length + 1)
  let n = 0
  const shifted = new Map<number, number>()
  for (let i = 0; i < folded.length; i++) {
    if (dropped[i]) continue
    if (headingLevels.has(i)) shifted.set(n, headingLevels.get(i)!)
    units[n] = folded.charCodeAt(i)
    origin[n++] = i
  }
  origin[n] = source.length
  return { working: { text: fromCodeUnits(units.subarray(0, n)), origin: origin.slice(0, n + 1) }, headingLevels: shifted }
}

/** A line's width as a fixed-width page lays it out: two columns for an ideograph, one for ASCII. */
function displayWidth(line: string): number {
  let w = 0
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x80 ? 1 : 2
  return w
}

/**
 * The width a text is wrapped at, if it is: a width (40 columns or more) that three lines or more
 * share to within a column, and the most common such width; undefined for running text.
 */
function wrapWidth(widths: readonly number[]): number | undefined {
  const count = new Map<number, number>()
  for (const n of widths) if (n >= 40) count.set(n, (count.get(n) ?? 0) + 1)
  let best: number | undefined
  let bestCount = 2
  for (const n of count.keys()) {
    const near = (count.get(n - 1) ?? 0) + count.get(n)! + (count.get(n + 1) ?? 0)
    if (near > bestCount) [best, bestCount] = [n, near]
  }
  return best
}

/** A working-text span as a span of the source. */
export function toSource(working: WorkingText, span: Span): Span {
  const start = working.origin[span.start] ?? 0
  const end = span.end > span.start ? (working.origin[span.end - 1] ?? start) + 1 : start
  return { start, end }
}

/**
 * True when the sticky `pattern` matches `text` at `at`: read in place, where a test of `text.slice(at, …)`
 * copies the text at every position a loop asks.
 */
export function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at
  return pattern.test(text)
}

/**
 * The matches `text.matchAll(pattern)` gives, in an array, read with `pattern` itself. `matchAll` copies its
 * pattern at every call, and the copy goes through the engine's runtime (a compiled-pattern cache looked up
 * by the pattern's source): the finders call it some 120,000 times a megabyte, and the copies took about a
 * twentieth of extraction. As with `matchAll`, the search starts at the pattern's `lastIndex`, which is left
 * as it was, and the pattern must be global.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches: ${pattern} has no g flag (matchAll would throw too)`)
  const from = pattern.lastIndex
  const out: RegExpExecArray[] = []
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m)
    // (An empty match moves on by one character, as matchAll does: by one code point under the u flag.)
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1
  }
  pattern.lastIndex = from
  return out
}

/**
 * True when every top-level alternative of `pattern` opens with ^ (no m flag): it can match only at the
 * start of a text, and the engine tries it there alone. (False for some that are, ^ inside a group: a
 * caller only loses speed by that.)
 */
export function anchoredAtStart(pattern: RegExp): boolean {
  if (pattern.multiline) return false
  const source = pattern.source
  let depth = 0
  let inClass = false
  let alternativeStart = true
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (alternativeStart && c !== '^') return false
    alternativeStart = false
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) alternativeStart = true
  }
  return !alternativeStart
}

export interface Sentence extends Span {
  text: string
}

const SENTENCE = /[^。!?！？\n]+[。!?！？]*[”’"]?/g

/** Longer runs without a full stop (tables, lists, pasted data) are cut at clause marks, so no rule reads across hundreds of names. */
const MAX_SENTENCE = 400

/** Sentences of a working-text range, with working offsets. */
export function sentences(text: string, offset: number): Sentence[] {
  const out: Sentence[] = []
  for (const m of allMatches(text, SENTENCE)) {
    if (m[0].trim() === '') continue
    // (  某某是…: a paragraph's indent is no part of its first sentence, which rules read from its first word.)
    const indent = /^[ \t\u3000\u00a0]*/.exec(m[0])![0].length
    let rest = m[0].slice(indent)
    let start = offset + (m.index ?? 0) + indent
    while (rest.length > MAX_SENTENCE) {
      const cut = Math.max(rest.lastIndexOf(';', MAX_SENTENCE), rest.lastIndexOf('；', MAX_SENTENCE), rest.lastIndexOf(',', MAX_SENTENCE), rest.lastIndexOf('，', MAX_SENTENCE))
      const at = cut > 0 ? cut + 1 : MAX_SENTENCE
      out.push({ start, end: start + at, text: rest.slice(0, at) })
      start += at
      rest = rest.slice(at)
    }
    out.push({ start, end: start + rest.length, text: rest })
  }
  return out
}
