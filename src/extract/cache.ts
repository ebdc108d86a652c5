// Tables that are slow to build and never change between runs (the Traditional→Simplified map),
// kept on disk so each process and each worker thread reads them instead of building them again.
// A file is named by a hash of everything the table is built from, so a new version of its sources
// builds a new file; a file that does not check out is built again, never trusted.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'

const here = path.dirname(fileURLToPath(import.meta.url))

/** node_modules/.cache of this package when it has one (the usual place for build caches), else the system's temporary folder. */
function cacheDir(): string {
  const modules = path.resolve(here, '../../node_modules')
  return fs.existsSync(modules) ? path.join(modules, '.cache', 'kg-police-news') : path.join(os.tmpdir(), 'kg-police-news-cache')
}

/** A hash of the inputs a table is built from: strings, or files by their content. */
export function cacheKey(parts: readonly (string | { file: string })[]): string {
  const h = createHash('sha256')
  for (const p of parts) h.update(typeof p === 'string' ? `s:${p}\0` : Buffer.concat([Buffer.from(`f:${path.basename(p.file)}\0`), fs.readFileSync(p.file)]))
  return h.digest('hex').slice(0, 24)
}

/**
 * The bytes `build` makes for `key`, read from the cache when a checked copy is there, else built
 * and written for the next process. A cache that cannot be written only costs the build.
 */
export function cachedBytes(name: string, key: string, build: () => Uint8Array): Uint8Array {
  const file = path.join(cacheDir(), `${name}-${key}.bin`)
  try {
    const stored = fs.readFileSync(file)
    // The last four bytes are the CRC-32 of the rest: a torn or damaged file is built again.
    if (stored.length >= 4) {
      const body = stored.subarray(0, stored.length - 4)
      if (crc32(body) === stored.readUInt32LE(stored.length - 4)) return new Uint8Array(body.buffer, body.byteOffset, body.length)
    }
  } catch {
    // Not cached yet.
  }
  const bytes = build()
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const sum = Buffer.alloc(4)
    sum.writeUInt32LE(crc32(bytes))
    // Written aside and renamed, so a process reading at the same time never sees half a file.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`
    fs.writeFileSync(tmp, Buffer.concat([bytes, sum]))
    fs.renameSync(tmp, file)
  } catch {
    // Read-only or full disk: the table is built each time, which is only slower.
  }
  return bytes
}
