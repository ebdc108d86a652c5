// The test graph: the seed articles with their gold annotations turned into extractions (mentions
// and evidence spans located in the text), assembled the way ingest does. Real text, so evidence
// sentences, pinyin and aliases look like production data.
import fs from 'node:fs'
import path from 'node:path'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { RELATION_ENDS, type ArticleContribution, type ArticleExtraction, type Entity, type EntityType, type Relation, type RelationType } from '../../src/model/index.js'

const root = path.resolve(import.meta.dirname, '../..')
const GOLD_DIR = path.join(import.meta.dirname, 'fixtures', 'gold')
const SEEDS_DIR = path.join(root, 'seeds')

interface Gold {
  source: string
  articles: { title: string; date: string | null }[]
  entities: { type: EntityType; name: string; aliases: string[] }[]
  relations: { type: RelationType; from: string; to: string; title?: string; role?: string }[]
}

const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g

function sentences(text: string, offset: number): { start: number; end: number; text: string }[] {
  return [...text.matchAll(SENTENCE)].map((m) => ({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, text: m[0] }))
}

function occurrences(text: string, form: string): number[] {
  const out: number[] = []
  if (!form) return out
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) out.push(i)
  return out
}

/** Article boundaries: each gold title's first position in the file, in order; else the whole file. */
function splitArticles(text: string, gold: Gold): { title: string; date: string | null; start: number; end: number }[] {
  const starts = gold.articles.map((a) => text.indexOf(a.title))
  const ordered = starts.every((s, i) => s >= 0 && (i === 0 || s > (starts[i - 1] ?? 0)))
  if (!ordered || gold.articles.length === 0) return [{ title: gold.articles[0]?.title ?? gold.source, date: gold.articles[0]?.date ?? null, start: 0, end: text.length }]
  return gold.articles.map((a, i) => ({ ...a, start: i === 0 ? 0 : (starts[i] ?? 0), end: starts[i + 1] ?? text.length }))
}

export function extractionsFromGold(gold: Gold, fileText: string): ArticleExtraction[] {
  return splitArticles(fileText, gold).map((a, index) => {
    const text = fileText.slice(a.start, a.end)
    const entities: Entity[] = []
    const byForm = new Map<string, Entity>()
    for (const g of gold.entities) {
      const forms = [...new Set([g.name, ...g.aliases])]
      const mentions = forms.flatMap((f) => occurrences(text, f).map((i) => ({ start: a.start + i, end: a.start + i + f.length, text: f, rule: 'gold' })))
      if (mentions.length === 0) continue
      const entity: Entity = { type: g.type, name: g.name, aliases: g.aliases, mentions: mentions.sort((x, y) => x.start - y.start) }
      entities.push(entity)
      for (const f of forms) if (!byForm.has(`${g.type}|${f}`)) byForm.set(`${g.type}|${f}`, entity)
    }
    const find = (name: string, types: readonly EntityType[]) => types.map((t) => byForm.get(`${t}|${name}`)).find(Boolean)
    const sents = sentences(text, a.start)
    const relations: Relation[] = []
    for (const r of gold.relations) {
      const [fromTypes, toTypes] = RELATION_ENDS[r.type]
      const from = find(r.from, fromTypes)
      if (!from) continue
      const forms = (e: Entity) => [e.name, ...e.aliases]
      if (toTypes === null) {
        if (r.to !== a.title) continue
        const m = from.mentions[0]
        if (!m) continue
        relations.push({ type: r.type, from: { type: from.type, name: from.name }, to: { type: 'Article', name: a.title }, ...(r.role ? { role: r.role } : {}), evidence: { start: m.start, end: m.end }, rule: 'gold' })
        continue
      }
      const to = find(r.to, toTypes)
      if (!to) continue
      const both = sents.find((s) => forms(from).some((f) => s.text.includes(f)) && forms(to).some((f) => s.text.includes(f)))
      const either = both ?? sents.find((s) => forms(from).some((f) => s.text.includes(f)))
      if (!either) continue
      relations.push({
        type: r.type,
        from: { type: from.type, name: from.name },
        to: { type: to.type, name: to.name },
        ...(r.title ? { title: r.title } : {}),
        evidence: { start: either.start, end: either.end },
        rule: 'gold',
      })
    }
    return {
      source: gold.source,
      article: index,
      title: a.title,
      date: a.date,
      span: { start: a.start, end: a.end },
      text,
      bylines: [],
      entities,
      relations,
      figures: [],
      warnings: [],
    }
  })
}

/** Every seed file with a gold annotation, as contributions ready for `store.apply`. */
export function seedContributions(): ArticleContribution[] {
  const out: ArticleContribution[] = []
  for (const file of fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, file), 'utf8')) as Gold
    const seed = path.join(SEEDS_DIR, gold.source)
    if (!fs.existsSync(seed)) continue
    for (const x of extractionsFromGold(gold, fs.readFileSync(seed, 'utf8'))) out.push(assembleArticle(x))
  }
  return out
}
