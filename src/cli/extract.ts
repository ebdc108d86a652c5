// `kg extract`: what extraction finds in files, one JSON object per article on stdout (or a readable
// listing), without touching any store. A bad file is reported on stderr and the batch goes on.
import type { Command } from 'commander'
import { InputError, UsageError } from '../errors.js'
import { accept, judge, shippedModel } from '../extract/acceptance.js'
import { extractSource, loadUserLexicon } from '../extract/index.js'
import { ingestRoot, listInputFiles, readSource } from '../ingest/index.js'
import { describeRule, type AcceptanceModel, type ArticleExtraction, type Relation } from '../model/index.js'
import { processOutput, settingsFrom, type Output } from './context.js'
import { overridesOf } from './graph.js'

interface ExtractFlags {
  format: string
  explain?: boolean
  enrich?: boolean
  rulesOnly?: boolean
  lexicon: string[]
  root?: string
}

function pretty(x: ArticleExtraction): string[] {
  const lines = [`# ${x.source} [${x.article}] ${x.title}${x.date ? ` (${x.date})` : ''}`]
  for (const b of x.bylines) lines.push(`  byline  ${b.role} ${b.name}`)
  for (const e of x.entities) lines.push(`  ${e.type.padEnd(9)}${e.name}${e.aliases.length ? `  = ${e.aliases.join(' | ')}` : ''}${e.masked ? '  (masked)' : ''}`)
  for (const r of x.relations) lines.push(`  ${r.type.padEnd(16)}${r.from.name} → ${r.to.name}${r.title ? `  (${r.title})` : ''}${r.role ? `  (${r.role})` : ''}`)
  for (const f of x.figures) lines.push(`  figure  ${f.metric} = ${f.value}${f.unit ?? ''}${f.change ? ` ${f.change.basis ?? ''}${f.change.direction}${f.change.value ?? ''}${f.change.unit ?? ''}` : ''}${f.unitEntity ? `  [${f.unitEntity.name}]` : ''}`)
  return lines
}

/**
 * Each entity with the rules and source spans behind it and the acceptance model's probability where
 * its type is weighed (those it rejects marked, with the relationships that go with them), and each
 * relationship with its evidence. `x` is the rules' output, before the model.
 */
function explain(x: ArticleExtraction, source: string, model: AcceptanceModel | undefined): string[] {
  const quote = (s: { start: number; end: number }) => source.slice(s.start, s.end).replace(/\s+/g, ' ')
  const lines = [`# ${x.source} [${x.article}] ${x.title}`, ...x.warnings.map((w) => `! ${w}`)]
  const judgement = model && judge(x, model)
  const kept = model ? accept(x, model, judgement) : x
  const rejected = (r: Relation) => !kept.relations.includes(r)
  for (const e of x.entities) {
    const p = judgement?.get(e)
    // (Only types the model filters: a probability that decides nothing would only mislead.)
    const verdict = model && p !== undefined && model.thresholds[e.type] > 0 ? `  [p ${p.toFixed(2)}${p < model.thresholds[e.type] ? ` < ${model.thresholds[e.type]}: rejected by the acceptance model` : ''}]` : ''
    lines.push(`${e.type} ${e.name}${e.division ? ` (division ${e.division.code}, ${e.division.level})` : ''}${verdict}`)
    for (const m of e.mentions) lines.push(`    ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.rule.padEnd(28)} ${m.text}    — ${describeRule(m.rule)}`)
  }
  for (const r of x.relations) lines.push(`${r.type} ${r.from.name} → ${r.to.name}  [${r.rule}: ${describeRule(r.rule)}]${rejected(r) ? '  (rejected with an end)' : ''}\n    ${r.evidence.start}-${r.evidence.end} ${quote(r.evidence)}`)
  return lines
}

export function registerExtract(program: Command, output: Output = processOutput): void {
  program
    .command('extract')
    .description('extract articles, entities, relationships and figures from text files and print them (no store needed)')
    .argument('<paths...>', 'files or directories (*.txt, *.md)')
    .option('--format <format>', 'jsonl (one JSON object per article) or pretty', 'jsonl')
    .option('--explain', 'show, for one file, every entity with the rules and spans behind it')
    .option('--rules-only', 'keep all the rules find: no acceptance model (README, "Extraction")')
    .option('--enrich', 'add what the article does not state: gazetteer parents of places (marked enrichedFrom)')
    .option('--lexicon <file>', 'a lexicon of names you already know (repeatable; also $KG_LEXICONS)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--root <dir>', 'name sources by their path relative to this folder, as kg ingest does (default: the deepest folder holding every path given); give shards of one archive the same root')
    .action(async (paths: string[], o: ExtractFlags, command: Command) => {
      if (o.format !== 'jsonl' && o.format !== 'pretty') throw new UsageError(`--format ${o.format}: use jsonl or pretty`)
      const settings = settingsFrom({ ...overridesOf(command), lexicons: o.lexicon })
      const lexicons = await Promise.all(settings.lexicons.map((f) => loadUserLexicon(f)))
      const { files, errors } = listInputFiles(paths)
      const root = o.root ?? ingestRoot(paths)
      if (o.explain && files.length !== 1) throw new UsageError(`--explain takes exactly one file (${files.length} given)`)
      for (const e of errors) output.err(`kg: ${e.message}`)
      let failed = errors.length
      for (const file of files) {
        let source
        try {
          source = await readSource(file, root)
        } catch (error) {
          if (!(error instanceof InputError)) throw error
          output.err(`kg: ${error.message}`)
          failed++
          continue
        }
        // --explain shows the rules' output with the model's verdicts on it.
        const articles = extractSource(source, { lexicons, enrich: Boolean(o.enrich), accept: !o.rulesOnly && !o.explain })
        if (articles.length === 0) output.err(`kg: ${file}: no article found (the file holds no text)`)
        for (const x of articles) {
          for (const w of x.warnings) output.err(`kg: ${file}: ${w}`)
          if (o.explain) explain(x, source.text, o.rulesOnly ? undefined : shippedModel()).forEach((l) => output.out(l))
          else if (o.format === 'pretty') pretty(x).forEach((l) => output.out(l))
          else output.out(JSON.stringify(x))
        }
      }
      if (failed > 0) process.exitCode = 1
    })
}
