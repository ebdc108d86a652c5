// Reading sources: which files a set of paths names, and each file's bytes decoded to text, with
// one clear error per file that cannot be used (missing, empty, binary, too large, undecodable,
// no Chinese). Nothing here looks at what the text says.
import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { decodeBytes } from './decode.js'

export { decodeBytes, type Decoded } from './decode.js'

/** Larger files are refused: a newspaper page is a few hundred kilobytes. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024

const TEXT_FILE = /\.(txt|md)$/i

export interface Source {
  /** File name (basename): what provenance and the scorer call the source. */
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

/** Reads and decodes one file; throws an InputError naming it when it cannot be used. */
export async function readSource(file: string): Promise<Source> {
  const stat = await fs.promises.stat(file).catch((cause: unknown) => {
    throw new InputError('INPUT_MISSING', file, 'no such file or directory', cause)
  })
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new InputError('INPUT_TOO_LARGE', file, `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit: split it`)
  }
  const bytes = await fs.promises.readFile(file)
  const decoded = decodeBytes(bytes, file)
  return { name: path.basename(file), path: file, text: decoded.text, encoding: decoded.encoding }
}
