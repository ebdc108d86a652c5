// `kg load`: extractions in JSON Lines (`kg extract --format jsonl`, made anywhere, in shards) into
// the store by one writer. Every line is checked against the model's schema before anything is
// written, so a bad line changes nothing and its error names the file and line.
import fs from 'node:fs'
import readline from 'node:readline'
import type { Readable } from 'node:stream'
import { InputError } from '../errors.js'
import { ArticleExtraction, type ArticleContribution } from '../model/index.js'
import { assembleArticle } from '../resolve/assemble.js'
import type { DuplicateArticle, GraphStore } from '../store/types.js'

/** Where the lines come from: a file, or a stream (stdin) read once and kept for the second pass. */
export interface JsonlInput {
  name: string
  lines: () => AsyncIterable<string>
}

export function fileInput(file: string): JsonlInput {
  if (!fs.existsSync(file)) throw new InputError('INPUT_MISSING', file, 'no such file')
  if (fs.statSync(file).isDirectory()) throw new InputError('INPUT_INVALID', file, 'is a directory: give the .jsonl file kg extract wrote (or - for stdin)')
  return { name: file, lines: () => readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity }) }
}

export async function streamInput(stream: Readable, name = 'stdin'): Promise<JsonlInput> {
  const kept: string[] = []
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) kept.push(line)
  return {
    name,
    lines: async function* () {
      yield* kept
    },
  }
}

/** `entities[3].mentions[0].rule` for a schema issue's path. */
const issuePath = (path: readonly PropertyKey[]): string => path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '')

/** One line as an extraction, or an InputError naming the line and what is wrong with it. */
export function parseExtractionLine(text: string, where: string): ArticleExtraction {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError('INPUT_INVALID', where, `not JSON (${(error as Error).message})`)
  }
  if (value && typeof value === 'object' && 'record' in value) {
    throw new InputError('INPUT_INVALID', where, 'a record of kg export --format jsonl: kg load reads what kg extract --format jsonl writes')
  }
  const parsed = ArticleExtraction.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new InputError('INPUT_INVALID', where, `not an article as kg extract writes it: ${issue.path.length ? `${issuePath(issue.path)}: ` : ''}${issue.message}`)
  }
  return parsed.data
}

async function* extractions(input: JsonlInput): AsyncIterable<ArticleExtraction> {
  let line = 0
  for await (const text of input.lines()) {
    line++
    if (text.trim() === '') continue
    yield parseExtractionLine(text, `${input.name} line ${line}`)
  }
}

export interface LoadReport {
  lines: number
  articles: number
  entities: number
  relations: number
  duplicates: DuplicateArticle[]
  seconds: number
}

/** Checks every line, then loads the articles in batches (re-loading replaces, as re-ingesting does). */
export async function loadExtractions(store: GraphStore, input: JsonlInput, options: { batchSize?: number } = {}): Promise<LoadReport> {
  const started = performance.now()
  let lines = 0
  for await (const _ of extractions(input)) lines++
  if (lines === 0) throw new InputError('INPUT_EMPTY', input.name, 'holds no articles (make it with kg extract --format jsonl)')
  await store.init()
  const report: LoadReport = { lines, articles: 0, entities: 0, relations: 0, duplicates: [], seconds: 0 }
  const batchSize = options.batchSize ?? 200
  let batch: ArticleContribution[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const written = await store.apply(batch)
    report.articles += written.articles
    report.entities += written.entities
    report.relations += written.relations
    report.duplicates.push(...written.duplicates)
    batch = []
  }
  for await (const article of extractions(input)) {
    batch.push(assembleArticle(article))
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  return { ...report, seconds: (performance.now() - started) / 1000 }
}
