// Getting export text onto disk or a stream safely: writes respect backpressure, files and
// directories are written under a temporary name beside the target and renamed at the end, so an
// error never leaves a partial export behind, and every failure names the path.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { KgError } from '../errors.js'
import type { TextSink } from './types.js'

/** Written into every CSV export directory, so re-exporting may replace it and nothing else. */
export const EXPORT_MARKER = '.kg-export'

export function writeFailed(target: string, cause: unknown): KgError {
  if (cause instanceof KgError) return cause
  const reason = (cause as NodeJS.ErrnoException)?.code ?? (cause as Error)?.message ?? String(cause)
  return new KgError('WRITE_FAILED', `cannot write ${target} (${reason}); choose a path in a directory you can write to`, { subject: target, cause })
}

/** A sink over a Node stream: resolves each write once the stream can take more. */
export function streamSink(stream: Writable): TextSink {
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (stream.destroyed || stream.writableEnded) return reject(stream.errored ?? new Error('stream closed'))
        const onError = (error: Error) => reject(error)
        stream.once('error', onError)
        const ok = stream.write(chunk, (error) => {
          stream.off('error', onError)
          if (error) reject(error)
          else if (ok) resolve()
        })
        if (!ok) stream.once('drain', resolve)
      }),
  }
}

/** Gathers small writes into chunks of about 64 KiB before they reach the stream. */
export function bufferedSink(inner: TextSink, size = 64 * 1024): TextSink & { flush(): Promise<void> } {
  let parts: string[] = []
  let length = 0
  const flush = async () => {
    if (length === 0) return
    const chunk = parts.join('')
    parts = []
    length = 0
    await inner.write(chunk)
  }
  return {
    write: async (chunk) => {
      parts.push(chunk)
      length += chunk.length
      if (length >= size) await flush()
    },
    flush,
  }
}

const tempName = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)

/** The target's directory must exist: creating it (`mkdir -p`) could hide a typo, and hangs on /proc. */
function prepareParent(target: string): void {
  const parent = path.dirname(path.resolve(target))
  let isDirectory = false
  try {
    isDirectory = fs.statSync(parent).isDirectory()
  } catch (cause) {
    throw new KgError('WRITE_FAILED', `cannot write ${target}: directory ${parent} does not exist (${(cause as NodeJS.ErrnoException).code ?? 'unreadable'}); create it first`, { subject: target, cause })
  }
  if (!isDirectory) throw new KgError('WRITE_FAILED', `cannot write ${target}: ${parent} is not a directory`, { subject: target })
}

/**
 * Writes one file through `work`, then renames it over `target`; on error nothing is left.
 * `verify` runs before the rename: a last chance to refuse what was written (an empty export).
 */
export async function writeFileAtomically(target: string, work: (out: Writable) => Promise<void>, verify: () => void = () => {}): Promise<void> {
  prepareParent(target)
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new KgError('WRITE_FAILED', `cannot write ${target}: it is a directory; give a file name`, { subject: target })
  }
  const tmp = tempName(target)
  let stream: fs.WriteStream | undefined
  try {
    stream = fs.createWriteStream(tmp, { flags: 'wx' })
    await new Promise<void>((resolve, reject) => {
      stream!.once('open', () => resolve())
      stream!.once('error', reject)
    })
    await work(stream)
    await new Promise<void>((resolve, reject) => {
      stream!.once('error', reject)
      stream!.end(() => resolve())
    })
    verify()
    fs.renameSync(tmp, target)
  } catch (error) {
    stream?.destroy()
    fs.rmSync(tmp, { force: true })
    throw writeFailed(target, error)
  }
}

/** Text written through a buffered sink onto a stream that the caller ends. */
export async function writeText(out: Writable, work: (sink: TextSink) => Promise<void>): Promise<void> {
  const sink = bufferedSink(streamSink(out))
  await work(sink)
  await sink.flush()
}

/** A directory written file by file under a temporary name, then moved into place. */
export interface DirectoryWriter {
  /** Opens a file in the directory; the returned sink must be closed with `close`. */
  open(name: string): Promise<TextSink & { close(): Promise<void> }>
}

/** The files an earlier export listed in its marker: plain names, never paths, so a marker cannot point elsewhere. */
export function markedFiles(dir: string): Set<string> {
  const marker = path.join(dir, EXPORT_MARKER)
  if (!fs.existsSync(marker)) return new Set()
  const names = fs
    .readFileSync(marker, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && l === path.basename(l) && l !== '.' && l !== '..')
  return new Set(names)
}

const markerText = (files: readonly string[]): string =>
  ['# Written by `kg export`. With --force, a later export to this directory removes the files listed here, and only them.', ...files, ''].join('\n')

/**
 * What may happen at an existing target directory: nothing when it is not empty, unless `force`;
 * then only files an earlier export listed in its marker are removed, and the new export may not
 * overwrite a file it did not write.
 */
function checkDirectory(target: string, force: boolean): { exists: boolean; earlier: Set<string> } {
  if (!fs.existsSync(target)) return { exists: false, earlier: new Set() }
  if (!fs.statSync(target).isDirectory()) throw new KgError('WRITE_FAILED', `cannot write ${target}: it is a file; give a directory name`, { subject: target })
  const present = fs.readdirSync(target)
  if (present.length > 0 && !force) {
    throw new KgError('WRITE_FAILED', `cannot write ${target}: the directory is not empty; choose a new directory, or add --force to replace an earlier export's files there (other files are kept)`, { subject: target })
  }
  return { exists: true, earlier: markedFiles(target) }
}

export async function writeDirectoryAtomically(target: string, work: (dir: DirectoryWriter) => Promise<void>, verify: () => void = () => {}, force = false): Promise<string[]> {
  prepareParent(target)
  const { exists, earlier } = checkDirectory(target, force)
  const tmp = tempName(target)
  const files: string[] = []
  const open = new Set<fs.WriteStream>()
  try {
    fs.mkdirSync(tmp)
    await work({
      open: async (name) => {
        const stream = fs.createWriteStream(path.join(tmp, name), { flags: 'wx' })
        open.add(stream)
        files.push(name)
        const sink = bufferedSink(streamSink(stream))
        return {
          write: sink.write,
          close: async () => {
            await sink.flush()
            await new Promise<void>((resolve, reject) => {
              stream.once('error', reject)
              stream.end(() => resolve())
            })
            open.delete(stream)
          },
        }
      },
    })
    if (open.size > 0) throw new Error('internal: a file of the export was not closed')
    verify()
    fs.writeFileSync(path.join(tmp, EXPORT_MARKER), markerText(files))
    if (!exists) {
      fs.renameSync(tmp, target)
      return files
    }
    const foreign = files.filter((f) => fs.existsSync(path.join(target, f)) && !earlier.has(f))
    if (foreign.length > 0) {
      throw new KgError('WRITE_FAILED', `cannot write ${target}: it holds ${foreign.join(', ')}, which no earlier kg export wrote; move them or choose a new directory`, { subject: target })
    }
    for (const f of earlier) fs.rmSync(path.join(target, f), { force: true })
    for (const f of [...files, EXPORT_MARKER]) fs.renameSync(path.join(tmp, f), path.join(target, f))
    fs.rmSync(tmp, { recursive: true, force: true })
    return files
  } catch (error) {
    for (const s of open) s.destroy()
    fs.rmSync(tmp, { recursive: true, force: true })
    throw writeFailed(target, error)
  }
}
