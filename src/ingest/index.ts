// Reading sources: which files a set of paths names, and each file's bytes decoded to text, with
// one clear error per file that cannot be used (missing, empty, binary, too large, undecodable,
// no Chinese). Nothing here looks at what the text says.
import fs from 'node:fs'
import path from 'node:path'
import { InputError, UsageError } from '../errors.js'
import { MAX_RUN_LENGTH } from '../model/index.js'
import { decodeBytes } from './decode.js'

export { decodeBytes, type Decoded } from './decode.js'

/** Larger files are refused: a newspaper page is a few hundred kilobytes. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024

const TEXT_FILE = /\.(txt|md)$/i

export interface Source {
  /**
   * The file's path relative to the ingest root, with `/` (a basename when the file sits in the
   * root): what provenance, `kg remove` and the scorer call the source, so two `page1.txt` in
   * different folders are two sources.
   */
  name: string
  path: string
  text: string
  encoding: string
}

export interface InputFiles {
  files: string[]
  errors: InputError[]
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const p = path.join(dir, d.name)
      if (d.isDirectory()) return walk(p)
      return d.isFile() && TEXT_FILE.test(d.name) ? [p] : []
    })
}

/** The text files the paths name, in a stable order: files as given, directories walked for *.txt and *.md. */
export function listInputFiles(paths: readonly string[]): InputFiles {
  const files: string[] = []
  const errors: InputError[] = []
  for (const p of paths) {
    let stat: fs.Stats
    try {
      stat = fs.statSync(p)
    } catch (cause) {
      errors.push(new InputError('INPUT_MISSING', p, 'no such file or directory', cause))
      continue
    }
    if (stat.isDirectory()) {
      const found = walk(p)
      if (found.length === 0) errors.push(new InputError('INPUT_NO_TEXT', p, 'no .txt or .md files in this directory'))
      files.push(...found)
    } else files.push(p)
  }
  return { files: [...new Set(files)], errors }
}

/**
 * The folder source names are relative to: the deepest folder holding every path given (a folder
 * given alone is its own root; a file given alone is named by its base name).
 */
export function ingestRoot(paths: readonly string[]): string {
  const folders = paths.map((p) => {
    const full = path.resolve(p)
    return fs.existsSync(full) && fs.statSync(full).isDirectory() ? full : path.dirname(full)
  })
  const split = folders.map((f) => f.split(path.sep))
  const common: string[] = []
  for (let i = 0; split.length > 0 && split.every((parts) => parts[i] !== undefined && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!)
  return common.join(path.sep) || path.sep
}

/** A file's source name under `root`; refuses a file outside it. */
export function sourceName(file: string, root: string): string {
  const relative = path.relative(path.resolve(root), path.resolve(file))
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${file} is not inside the ingest root ${root}: choose a --root that holds every file`)
  return relative.split(path.sep).join('/')
}

/** Where the first run of text longer than `max` with no sentence end or line break starts, if any. */
export function overlongRun(text: string, max: number = MAX_RUN_LENGTH): { line: number; length: number } | undefined {
  let run = 0
  let line = 1
  let runLine = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // \n, 。！？；, and their ASCII forms end a run.
    if (c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59) {
      if (c === 10) line++
      run = 0
      continue
    }
    if (run === 0) runLine = line
    if (++run > max) {
      const start = i - run + 1
      let end = i
      while (end < text.length && !/[\n。！？；!?;]/.test(text[end]!)) end++
      return { line: runLine, length: end - start }
    }
  }
  return undefined
}

/** Reads and decodes one file; throws an InputError naming it when it cannot be used. */
export async function readSource(file: string, root: string = path.dirname(file)): Promise<Source> {
  const stat = await fs.promises.stat(file).catch((cause: unknown) => {
    throw new InputError('INPUT_MISSING', file, 'no such file or directory', cause)
  })
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new InputError('INPUT_TOO_LARGE', file, `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit: split it`)
  }
  const bytes = await fs.promises.readFile(file)
  const decoded = decodeBytes(bytes, file)
  const run = overlongRun(decoded.text)
  if (run) {
    throw new InputError('INPUT_RUN_TOO_LONG', file, `line ${run.line} runs ${run.length} characters with no sentence end or line break (the limit is ${MAX_RUN_LENGTH}): this is not article text; break it into paragraphs or leave the file out`)
  }
  return { name: sourceName(file, root), path: file, text: decoded.text, encoding: decoded.encoding }
}
