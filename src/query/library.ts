// The analysts' Cypher library (cypher/queries/*.cypher): each file is one named, commented query
// whose header declares its parameters and their defaults, run read-only and printed as a table.
import fs from 'node:fs'
import path from 'node:path'
import neo4j, { type Driver } from 'neo4j-driver'
import { z } from 'zod'
import { NotFoundError, UsageError } from '../errors.js'
import { checkReadOnlyCypher } from './gate.js'

export const QUERY_DIR = new URL('../../cypher/queries/', import.meta.url)

export const LibraryQuery = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().min(1),
  params: z.array(z.object({ name: z.string(), default: z.string() })),
  cypher: z.string().min(1),
})
export type LibraryQuery = z.infer<typeof LibraryQuery>

/** Reads one query file: `// comment` lines first (`// param name: default` declares a parameter). */
export function parseQuery(name: string, text: string): LibraryQuery {
  const header: string[] = []
  const params: { name: string; default: string }[] = []
  const body: string[] = []
  for (const line of text.split('\n')) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line)
    if (comment && body.length === 0) {
      const param = /^param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$/.exec(comment[1] ?? '')
      if (param) params.push({ name: param[1]!, default: param[2]!.trim() })
      else if (comment[1]) header.push(comment[1])
    } else body.push(line)
  }
  return LibraryQuery.parse({ name, description: header.join(' '), params, cypher: body.join('\n').trim().replace(/;\s*$/, '') })
}

export function loadLibrary(dir: URL | string = QUERY_DIR): LibraryQuery[] {
  const folder = dir instanceof URL ? dir.pathname : dir
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQuery(path.basename(f, '.cypher'), fs.readFileSync(path.join(folder, f), 'utf8')))
}

export function findQuery(name: string, library: readonly LibraryQuery[] = loadLibrary()): LibraryQuery {
  const q = library.find((x) => x.name === name)
  if (!q) throw new NotFoundError(`query ${name} (kg query --list shows the library)`)
  return q
}

/** Parameter values: declared defaults, overridden by `k=v` strings; numbers stay numbers. */
export function bindParams(query: LibraryQuery, given: readonly string[]): Record<string, unknown> {
  const values = new Map(query.params.map((p) => [p.name, p.default]))
  for (const kv of given) {
    const eq = kv.indexOf('=')
    if (eq <= 0) throw new UsageError(`--param expects name=value, got "${kv}"`)
    const key = kv.slice(0, eq)
    if (!values.has(key)) throw new UsageError(`query ${query.name} has no parameter ${key} (it takes: ${query.params.map((p) => p.name).join(', ') || 'none'})`)
    values.set(key, kv.slice(eq + 1))
  }
  return Object.fromEntries([...values].map(([k, v]) => [k, /^-?\d+$/.test(v) ? neo4j.int(Number(v)) : v]))
}

export type Row = Record<string, unknown>

/**
 * Plain JS values from driver values: integers as numbers, dates as ISO strings, nodes as their
 * name (or id), relationships as their type, paths as the names along them.
 */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber()
  if (neo4j.isDate(value)) return String(value)
  if (neo4j.isDateTime(value)) return (value as { toStandardDate(): Date }).toStandardDate().toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const v = value as { labels?: string[]; properties?: Record<string, unknown>; type?: string }
    if (v.properties && (v.labels || v.type)) return plain(v.properties.name ?? v.properties.title ?? v.properties.id ?? v.type)
    if (neo4j.isPath(value as never)) {
      const path = value as { start: unknown; segments: { end: unknown }[] }
      return [path.start, ...path.segments.map((s) => s.end)].map(plain).join(' → ')
    }
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, plain(x)]))
  }
  return value
}

export async function runLibraryQuery(driver: Driver, database: string, query: LibraryQuery, params: Record<string, unknown>): Promise<Row[]> {
  // Library files are edited by users: they pass the same gate as any other Cypher.
  checkReadOnlyCypher(query.cypher)
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ })
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, params))
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), plain(r.get(k))])))
  } finally {
    await session.close()
  }
}

/** A text table: one column per key, values cut to stay readable in a terminal. */
export function formatTable(rows: readonly Row[]): string[] {
  if (rows.length === 0) return ['(no rows)']
  const keys = Object.keys(rows[0]!)
  const cell = (v: unknown) => {
    const s = Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
    return s.length > 60 ? `${s.slice(0, 59)}…` : s
  }
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
  const table = [keys, ...rows.map((r) => keys.map((k) => cell(r[k])))]
  const widths = keys.map((_, i) => Math.max(...table.map((row) => width(row[i] ?? ''))))
  const line = (row: string[]) => row.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd()
  return [line(keys), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`]
}
