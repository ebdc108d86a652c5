// The ingest pipeline: files → articles → extraction → per-article contributions → the store, in
// batches. Every file is read and checked before anything is written, so bad input changes nothing.
import { InputError } from '../errors.js'
import { extractSource, type ExtractOptions } from '../extract/index.js'
import { ingestRoot, listInputFiles, readSource } from '../ingest/index.js'
import type { ArticleContribution } from '../model/index.js'
import { assembleArticle } from '../resolve/assemble.js'
import type { ApplyResult, DuplicateArticle, GraphStore } from '../store/types.js'

export interface IngestProgress {
  files: number
  totalFiles: number
  articles: number
  entities: number
  relations: number
}

export interface IngestOptions {
  extract?: ExtractOptions
  /** The folder source names are relative to; default: the deepest folder holding every path. */
  root?: string
  /** Articles per write transaction. */
  batchSize?: number
  /** Go on past unreadable files (they are reported); by default one bad file stops the ingest before any write. */
  keepGoing?: boolean
  onProgress?: (p: IngestProgress) => void
}

export interface IngestReport extends IngestProgress {
  failed: InputError[]
  /** Articles not stored because their text is stored already under another source. */
  duplicates: DuplicateArticle[]
  seconds: number
}

/** Several files that could not be read, reported together. */
export class InputErrors extends InputError {
  readonly errors: InputError[]
  constructor(errors: InputError[]) {
    super(errors[0]?.code ?? 'INPUT_MISSING', errors[0]?.subject ?? '?', errors.map((e) => e.message).join('\n'))
    this.message = errors.map((e) => e.message).join('\n')
    this.errors = errors
  }
}

export async function ingestPaths(store: GraphStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now()
  const { files, errors } = listInputFiles(paths)
  const root = options.root ?? ingestRoot(paths)
  const sources: { name: string; text: string }[] = []
  const failed: InputError[] = [...errors]
  for (const file of files) {
    try {
      sources.push(await readSource(file, root))
    } catch (error) {
      if (error instanceof InputError) failed.push(error)
      else throw error
    }
  }
  if (failed.length > 0 && !options.keepGoing) throw new InputErrors(failed)

  await store.init()
  const progress: IngestProgress = { files: 0, totalFiles: sources.length, articles: 0, entities: 0, relations: 0 }
  const duplicates: DuplicateArticle[] = []
  const batchSize = options.batchSize ?? 200
  let batch: ArticleContribution[] = []
  // One batch is written while the next is extracted: extraction is CPU work here, writing mostly
  // waits on the store, so the two overlap. A failed write is raised at the next flush, before
  // anything more is written.
  let writing: Promise<ApplyResult> | undefined
  const settle = async () => {
    if (!writing) return
    const written = await writing
    writing = undefined
    progress.articles += written.articles
    progress.entities += written.entities
    progress.relations += written.relations
    duplicates.push(...written.duplicates)
    options.onProgress?.({ ...progress })
  }
  const flush = async () => {
    await settle()
    if (batch.length === 0) return
    writing = store.apply(batch)
    // Awaited in `settle`; this handler only stops Node reporting the rejection before then.
    writing.catch(() => {})
    batch = []
  }
  for (const source of sources) {
    for (const article of extractSource(source, options.extract)) {
      batch.push(assembleArticle(article))
      if (batch.length >= batchSize) await flush()
    }
    progress.files++
    options.onProgress?.({ ...progress })
  }
  await flush()
  await settle()
  return { ...progress, failed, duplicates, seconds: (performance.now() - started) / 1000 }
}
