// Trains the acceptance model (src/model/acceptance.ts) on sets of answered excerpts and writes it
// where extraction reads it. Each set is a folder of `*.txt` with their answers `*.txt.gold.json`
// (../shared/eval/GOLD-FORMAT.md), or `TEXTS=ANSWERS` when the two sit apart (the seeds:
// `seeds=../shared/eval/gold`). The entities of the rules' output (extraction with `accept: false`)
// are labelled as the scorer would count them, a logistic regression is fitted to them, and each
// type's threshold is set where that type's F1 peaks over the probabilities each set gets from a
// model trained on the other sets (leave one set out), so no set chooses its own threshold.
//
//   npm run build && node scripts/train-acceptance.mjs [--out FILE] [--report DIR] SET...
//
// --report DIR writes, for the held-out runs, the filtered and the unfiltered output with every
// answer into DIR, and prints the scorer's totals for both: what the model is worth on unseen sets.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { accept, entityFeatures, probability } from '../dist/extract/acceptance.js'
import { extractSource } from '../dist/extract/index.js'
import { readSource } from '../dist/ingest/index.js'
import { ENTITY_TYPES } from '../dist/model/index.js'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i < 0 ? fallback : args.splice(i, 2)[1]
}
const out = option('--out', 'src/extract/lexicon/acceptance.json')
const reportDir = option('--report', undefined)
if (args.length < 2) throw new Error('usage: node scripts/train-acceptance.mjs [--out FILE] [--report DIR] SET SET... (two sets at least: thresholds are chosen on held-out sets)')

/** As the scorer compares names (../shared/eval/score.mjs). */
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[\s“”"'‘’「」『』《》〈〉●•·・]/g, '').trim()

/** One set: its name, and each article the rules find in its excerpts, with the excerpt's answer. */
async function readSet(spec) {
  const [texts, answers = texts] = spec.split('=')
  const articles = []
  for (const f of fs.readdirSync(texts).filter((f) => f.endsWith('.txt')).sort()) {
    const answerFile = path.join(answers, `${f}.gold.json`)
    if (!fs.existsSync(answerFile)) continue
    const gold = JSON.parse(fs.readFileSync(answerFile, 'utf8'))
    const source = await readSource(path.join(texts, f), texts)
    for (const a of extractSource(source, { accept: false })) articles.push({ a, gold })
  }
  if (articles.length === 0) throw new Error(`${spec}: no excerpt with an answer`)
  return { name: path.basename(path.resolve(texts)), articles }
}

/** Whether each entity of an article counts as right: the scorer's rule, a name shared with an answer's entity of its type. */
function labelled(a, gold) {
  const answers = gold.entities.filter((e) => !e.masked).map((e) => ({ type: e.type, names: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }))
  const right = (e) => answers.some((g) => g.type === e.type && [e.name, ...e.aliases].some((n) => g.names.has(norm(n))))
  // (Masked names are in no answer and always kept.)
  return [...entityFeatures(a)].filter(([e]) => !e.masked).map(([e, x]) => ({ x, y: right(e) ? 1 : 0, type: e.type }))
}
const rows = (articles) => articles.flatMap(({ a, gold }) => labelled(a, gold))

/** Logistic regression with L2, by Adagrad over shuffled rows: deterministic for a given input. */
function fit(data, { epochs = 20, rate = 0.2, l2 = 3e-3 } = {}) {
  const w = {}
  const g2 = {}
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const order = data.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const i of order) {
      const { x, y } = data[i]
      const g = probability(w, x) - y
      for (const f of x) {
        const wf = w[f] ?? 0
        const gf = g + l2 * wf
        g2[f] = (g2[f] ?? 0) + gf * gf
        w[f] = wf - (rate * gf) / Math.sqrt(g2[f] + 1e-8)
      }
    }
  }
  // Weights that move no probability are left out of the file.
  return Object.fromEntries(Object.entries(w).filter(([, v]) => Math.abs(v) >= 0.005).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))
}

/**
 * The lowest threshold in 0.05 … 0.6 at which F1 comes within half a point of its peak over scored rows
 * and a count of answers, when the peak raises F1 by a point or more over keeping all; else 0, which keeps
 * all. (Smaller differences are within what one excerpt more or less moves, and did not carry to sets made
 * later; of thresholds alike, the lowest drops the fewest entities.)
 */
function bestThreshold(scored, answers) {
  const f1At = (t) => {
    const kept = scored.filter((s) => s.p >= t)
    return (2 * kept.filter((s) => s.y === 1).length) / (kept.length + answers)
  }
  const steps = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * 5) / 100)
  const peak = Math.max(...steps.map(f1At))
  if (peak - f1At(0) < 0.01) return 0
  return steps.find((t) => f1At(t) >= peak - 0.005)
}

const sets = []
for (const spec of args) sets.push(await readSet(spec))

// Held-out probabilities: each set's entities scored by the model trained on the others.
const heldOut = sets.map((set) => ({ set, weights: fit(rows(sets.filter((s) => s !== set).flatMap((s) => s.articles))) }))
const scored = heldOut.flatMap(({ set, weights }) => rows(set.articles).map((r) => ({ ...r, p: probability(weights, r.x) })))
const golds = [...new Set(sets.flatMap((s) => s.articles.map(({ gold }) => gold)))]
const answers = (type) => golds.reduce((n, g) => n + g.entities.filter((e) => e.type === type && !e.masked).length, 0)
const thresholds = Object.fromEntries(ENTITY_TYPES.map((t) => [t, bestThreshold(scored.filter((s) => s.type === t), answers(t))]))

// Fitted on every set; only the weights of features that entities of a filtered type carry are kept.
const everything = rows(sets.flatMap((s) => s.articles))
const used = new Set(everything.filter((r) => thresholds[r.type] > 0).flatMap((r) => r.x))
const model = {
  trainedOn: `${sets.map((s) => `${s.name} (${new Set(s.articles.map(({ gold }) => gold.source)).size})`).join(', ')}; thresholds from leave-one-set-out probabilities`,
  thresholds,
  weights: Object.fromEntries(Object.entries(fit(everything)).filter(([f]) => used.has(f))),
}
fs.writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`)
console.log(`wrote ${out}: ${Object.keys(model.weights).length} weights; thresholds ${JSON.stringify(thresholds)}`)

if (reportDir) {
  fs.rmSync(reportDir, { recursive: true, force: true })
  fs.mkdirSync(path.join(reportDir, 'answers'), { recursive: true })
  const lines = { rules: [], accepted: [] }
  for (const { set, weights } of heldOut) {
    for (const { a, gold } of set.articles) {
      fs.writeFileSync(path.join(reportDir, 'answers', `${gold.source}.gold.json`), JSON.stringify(gold))
      lines.rules.push(JSON.stringify(a))
      lines.accepted.push(JSON.stringify(accept(a, { ...model, weights })))
    }
  }
  for (const [name, list] of Object.entries(lines)) {
    const file = path.join(reportDir, `${name}.jsonl`)
    fs.writeFileSync(file, `${list.join('\n')}\n`)
    const score = execFileSync('node', [new URL('../../shared/eval/score.mjs', import.meta.url).pathname, '--gold', path.join(reportDir, 'answers'), '--pred', file], { encoding: 'utf8' })
    console.log(`\n${name} (held out, each set by a model trained on the others):\n${score.trim().split('\n').slice(-20).join('\n')}`)
  }
}
