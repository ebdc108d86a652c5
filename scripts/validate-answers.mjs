// Checks a folder of real or invented excerpts and their annotators' answers (../shared/eval/GOLD-FORMAT.md)
// before they are scored: every `*.txt` has a `*.txt.gold.json` that parses, names its own file as its
// source, uses only the types of ONTOLOGY.md, gives no name to two entities, and whose relationships end
// at entities of the right types. Prints each problem with its file, then `ok` or the count; exits 1 on
// any problem. Forms of an entity that the text never writes whole are listed as notes (a kind word the
// text shares between names is a reason; a typo is another). Usage: node scripts/validate-answers.mjs DIR
import fs from 'node:fs'
import path from 'node:path'
// The types, and the ends each relationship accepts, as the model defines them (run `npm run build` first).
import { ENTITY_TYPES as TYPES, RELATION_ENDS } from '../dist/model/index.js'

/** Each relationship type's accepted end types; AUTHORED ends at an article, named by its title. */
const ENDS = Object.fromEntries(Object.entries(RELATION_ENDS).map(([type, [from, to]]) => [type, [from, to ?? ['Article']]]))

/** As the scorer compares names: without quotes, title marks and spaces. */
const bare = (s) => s.replace(/[“”"‘’《》〈〉\s]/g, '')

/** The problems and notes of one excerpt's answer. */
export function checkAnswer(file, text, answerJson) {
  const problems = []
  const notes = []
  let g
  try {
    g = JSON.parse(answerJson)
  } catch (e) {
    return { problems: [`the answer is no JSON: ${e.message}`], notes }
  }
  if (g.source !== file) problems.push(`source is ${g.source}, not ${file}`)
  if (!Array.isArray(g.articles) || g.articles.length === 0) problems.push('no articles')
  const written = bare(text)
  const byName = new Map()
  for (const e of g.entities ?? []) {
    if (!TYPES.includes(e.type)) problems.push(`entity ${e.name}: type ${e.type} is none of ${TYPES.join(', ')}`)
    if (!Array.isArray(e.aliases)) problems.push(`entity ${e.name}: no aliases list`)
    const forms = [e.name, ...(e.aliases ?? [])]
    for (const n of forms) {
      const k = bare(n)
      if (byName.has(k) && byName.get(k) !== e) problems.push(`${n} names two entities`)
      byName.set(k, e)
    }
    if (!forms.some((n) => written.includes(bare(n)))) notes.push(`no form of ${e.type} ${e.name} is written whole in the text`)
  }
  const titles = new Set((g.articles ?? []).map((a) => bare(a.title ?? '')))
  for (const r of g.relations ?? []) {
    const ends = ENDS[r.type]
    if (!ends) {
      problems.push(`relationship type ${r.type} is unknown`)
      continue
    }
    const from = byName.get(bare(r.from))
    if (!from || !ends[0].includes(from.type)) problems.push(`${r.type} from ${r.from}: no ${ends[0].join(' or ')} of that name`)
    if (r.type === 'AUTHORED') {
      if (!titles.has(bare(r.to))) problems.push(`AUTHORED to ${r.to}: no article of that title`)
      continue
    }
    const to = byName.get(bare(r.to))
    if (!to || !ends[1].includes(to.type)) problems.push(`${r.type} to ${r.to}: no ${ends[1].join(' or ')} of that name`)
  }
  return { problems, notes }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2]
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error('usage: node scripts/validate-answers.mjs DIR (a folder of *.txt and *.txt.gold.json)')
    process.exit(2)
  }
  let count = 0
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const answer = path.join(dir, `${file}.gold.json`)
    if (!fs.existsSync(answer)) {
      console.log(`${file}: no answer (${file}.gold.json)`)
      count++
      continue
    }
    const { problems, notes } = checkAnswer(file, fs.readFileSync(path.join(dir, file), 'utf8'), fs.readFileSync(answer, 'utf8'))
    for (const p of problems) console.log(`${file}: ${p}`)
    for (const n of notes) console.log(`${file}: note: ${n}`)
    count += problems.length
  }
  console.log(count === 0 ? 'ok' : `${count} problems`)
  process.exit(count === 0 ? 0 : 1)
}
