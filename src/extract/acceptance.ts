// The last step of extraction: each entity the rules found is kept only when the acceptance model
// (src/model/acceptance.ts) gives it a high enough probability of being right.
// Rules are written from the text their author read; on text they were not written from, many fire
// where an annotator marks nothing (a drive word in passing, a body named in a list of examples).
// Weighing what each rule found by what it was worth on answered real excerpts transfers to unseen
// text where another rule would not: the features say which rules fired, how often the name recurs,
// the kind word it ends in and the characters beside it, never a particular name.
import fs from 'node:fs'
import { AcceptanceModel, EntityType, type ArticleExtraction, type ArticleRef, type Entity, type EntityRef } from '../model/index.js'
import { LEXICONS, lexiconPath } from './lexicon.js'

/** The index of the first cut `n` does not reach: a count or length as a small ordinal. */
function bucket(n: number, cuts: readonly number[]): number {
  let i = 0
  while (i < cuts.length && n >= cuts[i]!) i++
  return i
}

const KIND_WORDS: Record<EntityType, readonly string[]> = {
  Person: [],
  Unit: LEXICONS.unitSuffixes,
  Place: LEXICONS.placeSuffixes,
  Campaign: LEXICONS.campaignKinds,
  Measure: LEXICONS.measureKinds,
}
const ALL_TYPES: ReadonlySet<EntityType> = new Set(EntityType.options)
const QUOTED = /^[“"《「『〈‘]/
const keyOf = (e: { type: string; name: string }) => `${e.type}\u0000${e.name}`

/** The features of each entity of an article (of the types asked for): strings, each present or absent. */
export function entityFeatures(a: ArticleExtraction, types: ReadonlySet<EntityType> = ALL_TYPES): Map<Entity, string[]> {
  const related = relationshipsByEnd(a, types)
  const out = new Map<Entity, string[]>()
  for (const e of a.entities) if (types.has(e.type)) out.set(e, featuresOf(a, e, related))
  return out
}

/**
 * The relationships of each entity of the types asked for, by its key, as features (`o:` from it,
 * `i:` to it). (This and `featuresOf` are steps of `entityFeatures`, each a function of its own: V8
 * optimises a function whole, in every worker, and again after each deoptimisation; one function,
 * it was optimised four times.)
 */
function relationshipsByEnd(a: ArticleExtraction, types: ReadonlySet<EntityType>): Map<string, string[]> {
  const related = new Map<string, string[]>()
  // Only the ends of the types asked for are ever looked up: no key is made for the others (nor for
  // the article, an end of no entity type).
  const asked: ReadonlySet<string> = types
  for (const r of a.relations) {
    for (const [end, dir] of [[r.from, 'o'], [r.to, 'i']] as const) {
      if (!asked.has(end.type)) continue
      const k = keyOf(end)
      const list = related.get(k) ?? []
      list.push(`${dir}:${r.type}:${r.rule}`)
      related.set(k, list)
    }
  }
  return related
}

/** The features of one entity of an article. */
function featuresOf(a: ArticleExtraction, e: Entity, related: ReadonlyMap<string, string[]>): string[] {
  const t = e.type
  const offset = a.span.start
  // (The headline's two characters of slack: a quoted drive may close just past it.)
  const titleEnd = a.title.length + 2
  const f = new Set(['bias', `t=${t}`])
  const rules = new Set(e.mentions.map((m) => m.rule))
  for (const r of rules) f.add(`r=${r}`)
  f.add(`${t}:mentions=${bucket(e.mentions.length, [2, 3, 5, 8])}`)
  f.add(`${t}:rules=${bucket(rules.size, [2, 3])}`)
  f.add(`${t}:length=${bucket([...e.name].length, [2, 3, 4, 5, 6, 8, 10, 13, 17])}`)
  // The kind word a name ends in, from the lexicons: never the name's own characters, which
  // would weigh a particular person or drive.
  f.add(`${t}:kind=${KIND_WORDS[t].find((k) => e.name.endsWith(k)) ?? 'none'}`)
  if (e.mentions.some((m) => QUOTED.test(m.text))) f.add(`${t}:quoted`)
  if (e.mentions.some((m) => m.start - offset < titleEnd)) f.add(`${t}:headline`)
  f.add(`${t}:forms=${bucket(new Set(e.mentions.map((m) => m.text)).size, [2, 3])}`)
  if (e.division) f.add(`${t}:division=${e.division.level}`)
  for (const m of e.mentions) {
    const s = m.start - offset
    const end = m.end - offset
    f.add(`${t}:before=${a.text[s - 1] ?? '^'}`)
    f.add(`${t}:after=${a.text[end] ?? '$'}`)
    f.add(`${t}:before2=${a.text.slice(Math.max(0, s - 2), s)}`)
    f.add(`${t}:after2=${a.text.slice(end, end + 2)}`)
  }
  const rels = related.get(keyOf(e)) ?? []
  f.add(`${t}:relationships=${bucket(rels.length, [1, 2, 3, 5, 8])}`)
  for (const r of new Set(rels)) {
    f.add(`${t}:rel=${r}`)
    f.add(`${t}:reltype=${r.split(':').slice(0, 2).join(':')}`)
  }
  return [...f]
}

/** The model's probability for a list of features. */
export function probability(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0
  for (const f of features) z += weights[f] ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** The probability of being right of each entity of a type the model filters (the others are all kept). */
export function judge(a: ArticleExtraction, model: AcceptanceModel): Map<Entity, number> {
  return new Map([...entityFeatures(a, filteredTypes(model))].map(([e, f]) => [e, probability(model.weights, f)]))
}

const filteredTypes = (model: AcceptanceModel): Set<EntityType> => new Set(EntityType.options.filter((t) => model.thresholds[t] > 0))

/**
 * The article without the entities the model rejects (below their type's threshold), and without
 * every relationship and figure reference to them.
 */
export function accept(a: ArticleExtraction, model: AcceptanceModel, judgement: Map<Entity, number> = judge(a, model)): ArticleExtraction {
  // A masked name (张某) is kept as found: answers leave them out, so the model never learned them.
  const kept = new Set(a.entities.filter((e) => e.masked || (judgement.get(e) ?? 1) >= model.thresholds[e.type]).map(keyOf))
  if (kept.size === a.entities.length) return a
  const keeps = (end: EntityRef | ArticleRef) => end.type === 'Article' || kept.has(keyOf(end))
  const refKept = (end: EntityRef | null) => (end && keeps(end) ? end : null)
  return {
    ...a,
    entities: a.entities.filter((e) => kept.has(keyOf(e))),
    relations: a.relations.filter((r) => keeps(r.from) && keeps(r.to)),
    figures: a.figures.map((f) => (refKept(f.unitEntity) === f.unitEntity && refKept(f.campaign) === f.campaign ? f : { ...f, unitEntity: refKept(f.unitEntity), campaign: refKept(f.campaign) })),
  }
}

let shipped: AcceptanceModel | undefined
/** The model that ships with the package (src/extract/lexicon/acceptance.json), read once. */
export function shippedModel(): AcceptanceModel {
  shipped ??= AcceptanceModel.parse(JSON.parse(fs.readFileSync(lexiconPath('acceptance.json'), 'utf8')))
  return shipped
}
