// Search as a reader types it: one or more terms, Chinese (Simplified or Traditional) or pinyin, each
// matched against a node's name, aliases and pinyin by whole syllables, or against the units and
// places it is tied to; hits ranked exact name, alias, prefix, pinyin, then by degree.
import { type EdgeType, type GraphNode, type NodeLabel, type Properties, type SearchHit } from '../model/index.js'
import { simplify } from '../extract/text.js'
import { foldChinese, foldPinyin } from '../store/search.js'
import type { GraphStore } from '../store/types.js'

export interface SearchTerm {
  latin: boolean
  /** Folded pinyin (`wang`) for a Latin term, folded Simplified Chinese for the others. */
  key: string
  /** Pinyin as typed with its tone marks (`wáng`), when it has any: matching tones rank first. */
  toned?: string
}

const LATIN = /^[a-zA-Z\u00C0-\u024F'’-]+$/

/** The terms of a query; a query in pinyin typed with spaces (`bāo tóu`) is also tried as one term. */
export function searchTerms(text: string): SearchTerm[] {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t): SearchTerm => {
      if (!LATIN.test(t.normalize('NFC'))) return { latin: false, key: foldChinese(simplify(t)) }
      const toned = t.normalize('NFC').toLowerCase()
      return toned === foldPinyin(t) ? { latin: true, key: toned } : { latin: true, key: foldPinyin(t), toned }
    })
    .filter((t) => t.key.length > 0)
}

/** Scores of a term matched by the node itself, best first. */
export const SCORE = {
  exactName: 100,
  exactAlias: 90,
  namePrefix: 80,
  aliasPrefix: 75,
  pinyinWhole: 70,
  pinyinSyllablesAtStart: 65,
  pinyinPartialAtStart: 60,
  initials: 58,
  nameContains: 50,
  aliasContains: 40,
  pinyinSyllablesInside: 45,
  pinyinPartialInside: 35,
  initialsPrefix: 30,
  pinyinAnywhere: 10,
  /** A term found only in a unit or place the node is tied to. */
  context: 20,
  /** Added when the tones typed are the name's (`wáng` is 王, not 网). */
  tones: 3,
} as const

/** A name's pinyin syllables without tones: `bāo tóu shì` → `['bao', 'tou', 'shi']`. */
export function syllablesOf(pinyin: string): string[] {
  return pinyin.split(/\s+/).map(foldPinyin).filter(Boolean)
}

/**
 * How `p` lines up with the syllables from `i` on: `whole` when it ends at a syllable's end,
 * `partial` when it ends inside one (`wang` over `wan gang`), else null.
 */
function alignAt(syllables: readonly string[], i: number, p: string): 'whole' | 'partial' | null {
  let rest = p
  for (let j = i; j < syllables.length && rest.length > 0; j++) {
    const s = syllables[j]!
    if (rest.startsWith(s)) rest = rest.slice(s.length)
    else return s.startsWith(rest) ? 'partial' : null
  }
  return rest.length === 0 ? 'whole' : null
}

/** Whether the typed toned pinyin starts one of the name's toned syllables and runs on along them. */
function tonesMatch(pinyin: string, toned: string): boolean {
  const syllables = pinyin.split(/\s+/).map((s) => s.normalize('NFC').toLowerCase())
  return syllables.some((_, i) => alignAt(syllables, i, toned) !== null)
}

function pinyinScore(properties: Properties, term: SearchTerm): number {
  const score = plainPinyinScore(properties, term.key)
  return score > 0 && term.toned && tonesMatch(String(properties.pinyin ?? ''), term.toned) ? score + SCORE.tones : score
}

function plainPinyinScore(properties: Properties, p: string): number {
  const syllables = syllablesOf(String(properties.pinyin ?? ''))
  const plain = String(properties.pinyinPlain ?? syllables.join(''))
  if (plain === p) return SCORE.pinyinWhole
  let best = 0
  for (let i = 0; i < syllables.length; i++) {
    const aligned = alignAt(syllables, i, p)
    if (aligned === null) continue
    const score = i === 0 ? (aligned === 'whole' ? SCORE.pinyinSyllablesAtStart : SCORE.pinyinPartialAtStart) : aligned === 'whole' ? SCORE.pinyinSyllablesInside : SCORE.pinyinPartialInside
    best = Math.max(best, score)
  }
  const initials = String(properties.pinyinInitials ?? '')
  if (initials === p) best = Math.max(best, SCORE.initials)
  else if (p.length >= 2 && initials.startsWith(p)) best = Math.max(best, SCORE.initialsPrefix)
  if (best === 0 && plain.includes(p)) best = SCORE.pinyinAnywhere
  return best
}

function chineseScore(properties: Properties, c: string): number {
  const name = foldChinese(String(properties.name ?? ''))
  const aliases = (Array.isArray(properties.aliases) ? properties.aliases : []).map((a) => foldChinese(String(a)))
  if (name === c) return SCORE.exactName
  if (aliases.includes(c)) return SCORE.exactAlias
  if (name.startsWith(c)) return SCORE.namePrefix
  if (aliases.some((a) => a.startsWith(c))) return SCORE.aliasPrefix
  if (name.includes(c)) return SCORE.nameContains
  if (aliases.some((a) => a.includes(c))) return SCORE.aliasContains
  return 0
}

/** How well the node itself matches one term; 0 when it does not. */
export function termScore(properties: Properties, term: SearchTerm): number {
  return term.latin ? pinyinScore(properties, term) : chineseScore(properties, term.key)
}

/**
 * A node's score for all terms, each matched by the node or else by one of its context nodes
 * (the units and places it is tied to); 0 unless every term matches and one matches the node itself.
 */
export function queryScore(properties: Properties, terms: readonly SearchTerm[], context: readonly Properties[] = []): number {
  let total = 0
  let own = 0
  for (const term of terms) {
    const score = termScore(properties, term)
    if (score > 0) {
      own++
      total += score
    } else if (context.some((c) => termScore(c, term) > 0)) total += SCORE.context
    else return 0
  }
  return own > 0 ? total / terms.length : 0
}

/** The relationships that tie a node to what tells it apart: a person's units, a unit's parent and place, a place's parent. */
const CONTEXT_TYPES: readonly EdgeType[] = ['SERVES_IN', 'PART_OF', 'LOCATED_IN']
/** Most nodes whose context is read for a query of several terms. */
const MAX_CONTEXT_LOOKUPS = 3000
/** Most candidates one term brings from the store. */
const MAX_CANDIDATES = 5000

/** Context nodes of each of `ids`, by the relationships leaving it. */
async function contextOf(store: GraphStore, ids: readonly string[]): Promise<Map<string, GraphNode[]>> {
  const wanted = new Set(ids)
  const outgoing = (await store.edgesOf(ids, { types: CONTEXT_TYPES })).filter((e) => wanted.has(e.source))
  const others = new Map((await store.nodesById([...new Set(outgoing.map((e) => e.target))])).map((n) => [n.id, n]))
  const out = new Map<string, GraphNode[]>()
  for (const e of outgoing) {
    const other = others.get(e.target)
    if (other) out.set(e.source, [...(out.get(e.source) ?? []), other])
  }
  return out
}

const nameOf = (n: GraphNode) => String(n.properties.name ?? n.id)

export interface SearchOptions {
  limit?: number
  labels?: readonly NodeLabel[]
}

export async function search(store: GraphStore, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 10
  const terms = searchTerms(text)
  if (terms.length === 0) return []
  // A pinyin query typed with spaces between syllables (`qīng shān lù`) is one name as much as several terms.
  const joined: SearchTerm[] | null = terms.length > 1 && terms.every((t) => t.latin) ? [{ latin: true, key: terms.map((t) => t.key).join('') }] : null
  const candidates = new Map<string, GraphNode>()
  for (const term of joined ? [...joined, ...terms] : terms) {
    for (const n of await store.searchCandidates(term.key, MAX_CANDIDATES)) candidates.set(n.id, n)
  }
  const nodes = [...candidates.values()].filter((n) => !options.labels || options.labels.includes(n.label))
  const needContext = terms.length > 1 ? nodes.filter((n) => terms.some((t) => termScore(n.properties, t) === 0)).slice(0, MAX_CONTEXT_LOOKUPS) : []
  const context = needContext.length > 0 ? await contextOf(store, needContext.map((n) => n.id)) : new Map<string, GraphNode[]>()
  const scored = nodes
    .map((n) => {
      const ctx = (context.get(n.id) ?? []).map((c) => c.properties)
      const score = Math.max(queryScore(n.properties, terms, ctx), joined ? queryScore(n.properties, joined) : 0)
      return { node: n, score }
    })
    .filter((x) => x.score > 0)
  const degrees = await store.degrees(scored.map((x) => x.node.id))
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (degrees.get(b.node.id) ?? 0) - (degrees.get(a.node.id) ?? 0) ||
      nameOf(a.node).length - nameOf(b.node).length ||
      nameOf(a.node).localeCompare(nameOf(b.node)) ||
      a.node.id.localeCompare(b.node.id),
  )
  const top = scored.slice(0, limit)
  const shown = await contextOf(store, top.map((x) => x.node.id))
  return top.map(({ node: n, score }) => ({
    id: n.id,
    label: n.label,
    name: nameOf(n),
    pinyin: String(n.properties.pinyin ?? ''),
    aliases: Array.isArray(n.properties.aliases) ? n.properties.aliases.map(String) : [],
    score,
    degree: degrees.get(n.id) ?? 0,
    context: [...new Set((shown.get(n.id) ?? []).map(nameOf))].slice(0, 3),
  }))
}
