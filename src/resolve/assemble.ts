// Turns one article's extraction into its contribution to the graph: stable ids that merge the
// same thing across articles and keep apart things that only share a name, pinyin for every name,
// and the gazetteer facts the article does not state (marked with their origin).
import { pinyin } from 'pinyin-pro'
import type {
  ArticleContribution,
  ArticleExtraction,
  Entity,
  EntityContribution,
  EntityRef,
  FigureContribution,
  Properties,
  RelationContribution,
} from '../model/index.js'
import { articleId, contentHash, entityId, figureId, isMasked, normaliseName, placeIdFromCode, relationId, standardCode } from './ids.js'
import { canonicalName, specificForms } from './names.js'
import { withinLimits } from './limits.js'
import { periodSpan } from './period.js'
import { searchKeys } from './search-keys.js'
import { sentenceAround } from './sentence.js'
import { serviceTime } from './status.js'
import { sortedPairs } from '../store/merge.js'

/** Rules that find named sites, which lie in some division. */
const SITE_RULES: ReadonlySet<string> = new Set(['place:site-suffix', 'place:highway', 'place:road-in-unit-name'])
/** The rule of a site placed in the article's city (ONTOLOGY.md: named sites are LOCATED_IN their division). */
export const SITE_IN_ARTICLE_PLACE = 'resolve:site-in-article-place'

/** Names of national bodies start with these; they are one thing wherever they are mentioned. */
const NATIONAL_PREFIXES = ['中共中央', '中央', '国务院', '最高人民', '公安部', '国家', '全国', '中国', '中华人民共和国']

export function pinyinProperties(name: string): Properties {
  return {
    pinyin: pinyin(name, { toneType: 'symbol', nonZh: 'consecutive' }),
    pinyinPlain: pinyin(name, { toneType: 'none', nonZh: 'consecutive', separator: '' }).toLowerCase(),
    pinyinInitials: pinyin(name, { pattern: 'first', toneType: 'none', nonZh: 'consecutive', separator: '' }).toLowerCase(),
  }
}

const keyOf = (ref: EntityRef): string => `${ref.type}\u0000${normaliseName(ref.name)}`
const pairOf = (s: { start: number; end: number }): number[] => [s.start, s.end]

interface Scope {
  city?: string
  province?: string
}

function cityAndProvince(entity: Entity): Scope {
  const d = entity.division
  if (!d) return {}
  const all = [{ code: d.code, level: d.level }, ...d.parents]
  const city = all.find((p) => p.level === 'city')?.code
  const province = all.find((p) => p.level === 'province')?.code
  return { ...(city ? { city: standardCode(city) } : {}), ...(province ? { province: standardCode(province) } : {}) }
}

/** The city and province the article is mostly about, by mentions of resolved places. */
function articleScope(places: readonly Entity[]): Scope {
  const cities = new Map<string, number>()
  const provinces = new Map<string, number>()
  for (const p of places) {
    const { city, province } = cityAndProvince(p)
    if (city) cities.set(city, (cities.get(city) ?? 0) + p.mentions.length)
    if (province) provinces.set(province, (provinces.get(province) ?? 0) + p.mentions.length)
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
  const city = top(cities)
  const province = top(provinces)
  return { ...(city ? { city } : {}), ...(province ? { province } : {}) }
}

export function assembleArticle(extraction: ArticleExtraction): ArticleContribution {
  const x = withinLimits(extraction)
  const aid = articleId(`${x.source}\u0000${x.text}`)
  const places = x.entities.filter((e) => e.type === 'Place')
  const scope = articleScope(places)
  const scopeCode = scope.city ?? scope.province
  const byKey = new Map<string, Entity>(x.entities.map((e) => [keyOf(e), e]))

  // Place names (full and short) that resolved to a division, longest first, to recognise unit
  // names that carry their place ("包头市公安局"): those are unique without further scope.
  const divisionPrefixes = places
    .filter((p) => p.division)
    .flatMap((p) => [p.name, ...p.aliases].map((n) => ({ n: normaliseName(n), place: p })))
    .filter(({ n }) => n.length >= 2)
    .sort((a, b) => b.n.length - a.n.length)
  const placeOfUnit = (name: string): Entity | undefined =>
    divisionPrefixes.find(({ n }) => normaliseName(name).startsWith(n))?.place

  const parentOf = new Map<string, EntityRef>()
  for (const r of x.relations) if (r.type === 'PART_OF' && r.to.type === 'Unit') parentOf.set(keyOf(r.from), r.to)

  const ids = new Map<string, string>()
  const idOf = (e: Entity, seen: Set<string> = new Set()): string => {
    const key = keyOf(e)
    const known = ids.get(key)
    if (known) return known
    let id: string
    switch (e.type) {
      case 'Place':
        id = e.division ? placeIdFromCode(e.division.code) : entityId('Place', e.name, scopeCode)
        break
      case 'Unit': {
        const name = normaliseName(e.name)
        const parent = parentOf.get(key)
        const parentEntity = parent ? byKey.get(keyOf(parent)) : undefined
        if (placeOfUnit(name) || NATIONAL_PREFIXES.some((p) => name.startsWith(p))) id = entityId('Unit', name)
        else if (parentEntity && !seen.has(key)) id = entityId('Unit', name, idOf(parentEntity, new Set([...seen, key])).replace(/^unit:/, ''))
        else id = entityId('Unit', name, scopeCode)
        break
      }
      case 'Person': {
        if (isMasked(e)) {
          id = entityId('Person', e.name, `masked-${aid.replace(/^article:/, '')}`)
          break
        }
        // A person is a name and where they serve: the city (else the province) of their units, so
        // two bureau heads of one name in two cities stay apart. A national body's official, or
        // someone serving in no named unit, is the name alone: one person wherever quoted.
        const scopes = new Set<string>()
        for (const r of x.relations) {
          if (r.type !== 'SERVES_IN' || keyOf(r.from) !== key || r.to.type !== 'Unit') continue
          if (NATIONAL_PREFIXES.some((p) => normaliseName(r.to.name).startsWith(p))) continue
          const place = placeOfUnit(r.to.name)
          const where = place ? cityAndProvince(place) : scope
          const code = where.city ?? where.province
          if (code) scopes.add(code)
        }
        id = entityId('Person', e.name, [...scopes].sort()[0])
        break
      }
      default:
        id = entityId(e.type, canonicalName(e.type, e.name))
    }
    ids.set(key, id)
    return id
  }

  const entities = new Map<string, EntityContribution>()
  const addEntity = (c: EntityContribution) => {
    const prev = entities.get(c.id)
    if (!prev) return void entities.set(c.id, c)
    prev.aliases = [...new Set([...prev.aliases, ...c.aliases])]
    prev.count += c.count
    prev.spans = [...new Set([...prev.spans, ...c.spans])]
  }

  // Sentences are added once every span of a relationship is known (see `withSentences`).
  type Draft = Omit<RelationContribution, 'sentences'>
  const relations = new Map<string, Draft>()
  const STATUS_WEIGHT = { current: 0, acting: 1, former: 2 } as const
  const addRelation = (c: Draft) => {
    const prev = relations.get(c.id)
    if (!prev) return void relations.set(c.id, c)
    prev.spans = sortedPairs([...prev.spans, ...c.spans])
    prev.rules = [...new Set([...prev.rules, ...c.rules])]
    if (!prev.title && c.title) prev.title = c.title
    if (!prev.role && c.role) prev.role = c.role
    // One article stating a post as left and as held: the departure is the news.
    if (c.status && (!prev.status || STATUS_WEIGHT[c.status] > STATUS_WEIGHT[prev.status])) prev.status = c.status
    prev.since ??= c.since
    prev.until ??= c.until
  }
  const withSentences = (r: Draft): RelationContribution => {
    const sentences: string[] = []
    for (let i = 0; i + 1 < r.spans.length; i += 2) sentences.push(sentenceAround(x.text, x.span.start, r.spans[i]!, r.spans[i + 1]!).sentence)
    return { ...r, spans: sortedPairs(r.spans), sentences }
  }
  const servingTime = (rule: string, title: string | undefined, person: string, span: { start: number; end: number }) =>
    serviceTime(rule, title, x.text.slice(span.start - x.span.start, span.end - x.span.start), person, x.date ?? undefined)

  for (const e of x.entities) {
    const id = idOf(e)
    const name = canonicalName(e.type, e.name)
    const properties: Properties = { name, ...pinyinProperties(name), searchKeys: searchKeys(name) }
    if (e.division) {
      properties.code = standardCode(e.division.code)
      properties.level = e.division.level
    }
    if (e.type === 'Person' && isMasked(e)) properties.masked = true
    addEntity({
      id,
      label: e.type,
      properties,
      aliases: specificForms(e.type, e.name, [...e.aliases, ...e.mentions.map((m) => m.text)]),
      count: e.mentions.length,
      spans: sortedPairs(e.mentions.flatMap(pairOf)),
    })
    // The official chain above a resolved place, which the article need not state.
    if (e.division) {
      const evidence = e.mentions[0] ? pairOf(e.mentions[0]) : []
      let child = id
      for (const parent of e.division.parents) {
        const parentId = placeIdFromCode(parent.code)
        addEntity({
          id: parentId,
          label: 'Place',
          properties: { name: parent.name, ...pinyinProperties(parent.name), searchKeys: searchKeys(parent.name), code: standardCode(parent.code), level: parent.level },
          aliases: [],
          count: 0,
          spans: [],
        })
        addRelation({
          id: relationId('LOCATED_IN', child, parentId),
          type: 'LOCATED_IN',
          source: child,
          target: parentId,
          spans: evidence,
          rules: ['gazetteer:parent'],
          origin: 'gazetteer',
        })
        child = parentId
      }
    }
  }

  const resolveRef = (ref: EntityRef): string | undefined => {
    const e = byKey.get(keyOf(ref))
    return e ? idOf(e) : undefined
  }

  // An official division has one parent, the gazetteer's: a text that places a county in its
  // province as well as its city adds no second parent.
  const soleParent = (type: string, from: EntityRef, target: string): boolean => {
    const parents = type === 'LOCATED_IN' && from.type === 'Place' ? byKey.get(keyOf(from))?.division?.parents : undefined
    return !parents?.[0] || !/^place:\d+$/.test(target) || target === placeIdFromCode(parents[0].code)
  }
  for (const r of x.relations) {
    const source = resolveRef(r.from)
    const target = r.type === 'AUTHORED' ? aid : r.to.type === 'Article' ? undefined : resolveRef(r.to)
    if (!source || !target || source === target || !soleParent(r.type, r.from, target)) continue
    addRelation({
      id: relationId(r.type, source, target),
      type: r.type,
      source,
      target,
      spans: pairOf(r.evidence),
      rules: [r.rule],
      origin: r.enrichedFrom ?? 'text',
      ...(r.title ? { title: r.title } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...(r.type === 'SERVES_IN' ? servingTime(r.rule, r.title, r.from.name, r.evidence) : {}),
    })
  }

  // A named site (street, estate, exit, park) the article places in no division is in the city
  // (else the province) the article is about: its id carries that scope already.
  const scopePlace = scopeCode ? placeIdFromCode(scopeCode) : undefined
  if (scopePlace && entities.has(scopePlace)) {
    const placed = new Set([...relations.values()].filter((r) => r.type === 'LOCATED_IN').map((r) => r.source))
    for (const e of x.entities) {
      if (e.type !== 'Place' || e.division || !e.mentions.some((m) => SITE_RULES.has(m.rule))) continue
      const id = idOf(e)
      if (placed.has(id) || id === scopePlace) continue
      addRelation({ id: relationId('LOCATED_IN', id, scopePlace), type: 'LOCATED_IN', source: id, target: scopePlace, spans: pairOf(e.mentions[0]!), rules: [SITE_IN_ARTICLE_PLACE], origin: 'article' })
    }
  }

  const figures: FigureContribution[] = x.figures.map((f, i) => {
    const id = figureId(aid, i)
    const properties: Properties = {
      name: f.text,
      metric: f.metric,
      value: f.value,
      text: f.text,
      span: pairOf(f.evidence),
    }
    if (f.unit) properties.unit = f.unit
    if (f.period) properties.period = f.period
    Object.assign(properties, periodSpan(f.period, x.date ?? undefined))
    if (f.approximate) properties.approximate = true
    if (f.change) {
      properties.changeDirection = f.change.direction
      if (f.change.basis) properties.changeBasis = f.change.basis
      if (f.change.value !== null) properties.changeValue = f.change.value
      if (f.change.unit) properties.changeUnit = f.change.unit
    }
    const unit = f.unitEntity ? resolveRef(f.unitEntity) : undefined
    const campaign = f.campaign ? resolveRef(f.campaign) : undefined
    const evidence = pairOf(f.evidence)
    if (unit) addRelation({ id: relationId('REPORTED', unit, id), type: 'REPORTED', source: unit, target: id, spans: evidence, rules: [f.rule], origin: 'text' })
    if (campaign) addRelation({ id: relationId('ABOUT', id, campaign), type: 'ABOUT', source: id, target: campaign, spans: evidence, rules: [f.rule], origin: 'text' })
    return { id, properties }
  })

  const articleProperties: Properties = {
    name: x.title,
    title: x.title,
    source: x.source,
    index: x.article,
    text: x.text,
    offset: x.span.start,
    hash: contentHash(x.text),
    ...pinyinProperties(x.title),
  }
  if (x.date) articleProperties.date = x.date
  if (x.date && x.dateSource) articleProperties.dateSource = x.dateSource
  if (x.subtitle) articleProperties.subtitle = x.subtitle

  return {
    article: { id: aid, properties: articleProperties },
    entities: [...entities.values()],
    relations: [...relations.values()].map(withSentences),
    figures,
  }
}
