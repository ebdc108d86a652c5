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
import { articleId, contentHash, entityId, figureId, isMasked, normaliseName, placeIdFromCode, relationId } from './ids.js'
import { withinLimits } from './limits.js'

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
const spanString = (s: { start: number; end: number }): string => `${s.start}-${s.end}`

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
  return { ...(city ? { city } : {}), ...(province ? { province } : {}) }
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
        // Same name in different provinces' units: different people. No unit: one person by name.
        const provinces = new Set<string>()
        for (const r of x.relations) {
          if (r.type !== 'SERVES_IN' || keyOf(r.from) !== key || r.to.type !== 'Unit') continue
          const place = placeOfUnit(r.to.name)
          const p = (place ? cityAndProvince(place).province : undefined) ?? scope.province
          if (p) provinces.add(p)
        }
        id = entityId('Person', e.name, [...provinces].sort()[0])
        break
      }
      default:
        id = entityId(e.type, e.name)
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

  const relations = new Map<string, RelationContribution>()
  const addRelation = (c: RelationContribution) => {
    const prev = relations.get(c.id)
    if (!prev) return void relations.set(c.id, c)
    prev.spans = [...new Set([...prev.spans, ...c.spans])]
    prev.rules = [...new Set([...prev.rules, ...c.rules])]
    if (!prev.title && c.title) prev.title = c.title
    if (!prev.role && c.role) prev.role = c.role
  }

  for (const e of x.entities) {
    const id = idOf(e)
    const properties: Properties = { name: normaliseName(e.name), ...pinyinProperties(normaliseName(e.name)) }
    if (e.division) {
      properties.code = e.division.code
      properties.level = e.division.level
    }
    if (e.type === 'Person' && isMasked(e)) properties.masked = true
    addEntity({
      id,
      label: e.type,
      properties,
      aliases: [...new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])],
      count: e.mentions.length,
      spans: e.mentions.map(spanString),
    })
    // The official chain above a resolved place, which the article need not state.
    if (e.division) {
      const evidence = e.mentions[0] ? [spanString(e.mentions[0])] : []
      let child = id
      for (const parent of e.division.parents) {
        const parentId = placeIdFromCode(parent.code)
        addEntity({
          id: parentId,
          label: 'Place',
          properties: { name: parent.name, ...pinyinProperties(parent.name), code: parent.code, level: parent.level },
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

  for (const r of x.relations) {
    const source = resolveRef(r.from)
    const target = r.type === 'AUTHORED' ? aid : r.to.type === 'Article' ? undefined : resolveRef(r.to)
    if (!source || !target || source === target) continue
    addRelation({
      id: relationId(r.type, source, target),
      type: r.type,
      source,
      target,
      spans: [spanString(r.evidence)],
      rules: [r.rule],
      origin: r.enrichedFrom ?? 'text',
      ...(r.title ? { title: r.title } : {}),
      ...(r.role ? { role: r.role } : {}),
    })
  }

  const figures: FigureContribution[] = x.figures.map((f, i) => {
    const id = figureId(aid, i)
    const properties: Properties = {
      name: f.text,
      metric: f.metric,
      value: f.value,
      text: f.text,
      span: spanString(f.evidence),
    }
    if (f.unit) properties.unit = f.unit
    if (f.period) properties.period = f.period
    if (f.approximate) properties.approximate = true
    if (f.change) {
      properties.changeDirection = f.change.direction
      if (f.change.basis) properties.changeBasis = f.change.basis
      if (f.change.value !== null) properties.changeValue = f.change.value
      if (f.change.unit) properties.changeUnit = f.change.unit
    }
    const unit = f.unitEntity ? resolveRef(f.unitEntity) : undefined
    const campaign = f.campaign ? resolveRef(f.campaign) : undefined
    const evidence = [spanString(f.evidence)]
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
  if (x.subtitle) articleProperties.subtitle = x.subtitle

  return {
    article: { id: aid, properties: articleProperties },
    entities: [...entities.values()],
    relations: [...relations.values()],
    figures,
  }
}
