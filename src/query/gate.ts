// The read-only gate every user-supplied Cypher query passes before it reaches Neo4j: an allow-list,
// not a deny-list of what went wrong before. A query may read the graph with one statement, call
// only the read procedures listed here, and nothing else: no writes, no LOAD CSV (it reads files
// and URLs), no administration (SHOW, TERMINATE, ALTER, START, STOP, USE, users, roles, databases).
import { QueryRefusedError } from '../errors.js'

/** The procedures a read query may call: schema look-ups and the full-text search. */
export const READ_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]

/**
 * Namespaces of the functions a query may call besides the unqualified built-ins: plugins' functions
 * (`apoc.cypher.run…`) can run other queries, so only Neo4j's own temporal, spatial and vector ones.
 */
export const READ_FUNCTION_NAMESPACES: readonly string[] = ['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'point', 'vector.similarity']

/** Clauses that change data or schema, wherever they stand. */
const WRITES = new Set(['CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'DROP', 'FOREACH', 'INSERT', 'LOAD'])
/** Administration and other databases, wherever they stand. */
const ADMIN = new Set(['SHOW', 'TERMINATE', 'ALTER', 'GRANT', 'DENY', 'REVOKE', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'USE', 'TRANSACTIONS', 'PERIODIC'])
/** Administration words that are also common variable names (`… AS start`): refused where a clause begins. */
const ADMIN_AT_CLAUSE = new Set(['START', 'STOP', 'DISABLE', 'DRYRUN'])

type Token = { kind: 'word' | 'quoted' | 'param' | 'string' | 'punct'; text: string }

/** Cypher as tokens, with strings and comments set aside so nothing in them counts as a keyword. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const unterminated = (what: string) => new QueryRefusedError(`the Cypher query has an unterminated ${what}`)
  while (i < query.length) {
    const c = query[i]!
    if (/\s/.test(c)) i++
    else if (query.startsWith('//', i)) {
      const end = query.indexOf('\n', i)
      i = end < 0 ? query.length : end + 1
    } else if (query.startsWith('/*', i)) {
      const end = query.indexOf('*/', i + 2)
      if (end < 0) throw unterminated('comment')
      i = end + 2
    } else if (c === "'" || c === '"') {
      let j = i + 1
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1
      if (j >= query.length) throw unterminated('string')
      tokens.push({ kind: 'string', text: query.slice(i + 1, j) })
      i = j + 1
    } else if (c === '`') {
      let j = i + 1
      let text = ''
      for (;;) {
        if (j >= query.length) throw unterminated('`name`')
        if (query[j] === '`' && query[j + 1] === '`') (text += '`'), (j += 2)
        else if (query[j] === '`') break
        else text += query[j++]
      }
      tokens.push({ kind: 'quoted', text })
      i = j + 1
    } else if (c === '$') {
      const m = /^\$(?:[\p{L}_][\p{L}\p{N}_]*|\d+|`[^`]*`)?/u.exec(query.slice(i))!
      tokens.push({ kind: 'param', text: m[0] })
      i += m[0].length
    } else {
      const word = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(query.slice(i))
      if (word) {
        tokens.push({ kind: 'word', text: word[0] })
        i += word[0].length
      } else {
        tokens.push({ kind: 'punct', text: c })
        i++
      }
    }
  }
  return tokens
}

const upper = (t: Token | undefined): string => (t?.kind === 'word' ? t.text.toUpperCase() : '')

/** A word that names a property (`n.set`), label or type (`:Create`) or map key (`{start: 1}`), not a keyword. */
function isName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  return (before?.kind === 'punct' && (before.text === '.' || before.text === ':' || before.text === '|' || before.text === '&')) || (after?.kind === 'punct' && after.text === ':' && before?.kind === 'punct' && (before.text === '{' || before.text === ','))
}

/** Where a clause may begin: the start, after `{`, `UNION` or `ALL` (of UNION ALL). */
function atClauseStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before === undefined || (before.kind === 'punct' && before.text === '{') || ['UNION', 'ALL'].includes(upper(before))
}

/** The dotted procedure or function name at `i`, and where it ends; undefined for a subquery. */
function qualifiedNameAt(tokens: readonly Token[], i: number): { name: string; end: number } | undefined {
  const parts: string[] = []
  let j = i
  while (tokens[j]?.kind === 'word' || tokens[j]?.kind === 'quoted') {
    parts.push(tokens[j]!.text)
    if (tokens[j + 1]?.kind === 'punct' && tokens[j + 1]!.text === '.') j += 2
    else break
  }
  return parts.length === 0 ? undefined : { name: parts.join('.'), end: j }
}

/**
 * Throws a QueryRefusedError saying what is not allowed unless the query is one read-only statement
 * that calls only READ_PROCEDURES. Runs on the text alone, before anything reaches the database.
 */
export function checkReadOnlyCypher(query: string): void {
  const tokens = tokenize(query)
  const semicolon = tokens.findIndex((t) => t.kind === 'punct' && t.text === ';')
  if (semicolon >= 0 && semicolon < tokens.length - 1) throw new QueryRefusedError('give one Cypher statement: a query with several (separated by ;) is refused')
  if (tokens.length === 0 || (tokens.length === 1 && semicolon === 0)) throw new QueryRefusedError('the Cypher query is empty')
  for (let i = 0; i < tokens.length; i++) {
    const word = upper(tokens[i])
    if (!word || isName(tokens, i)) continue
    if (word === 'LOAD') throw new QueryRefusedError('LOAD CSV is refused: it reads files and URLs; export reads only the graph')
    if (WRITES.has(word)) throw new QueryRefusedError(`${word} is refused: export and kg query run read-only queries only`)
    if (ADMIN.has(word) || (ADMIN_AT_CLAUSE.has(word) && atClauseStart(tokens, i))) {
      throw new QueryRefusedError(`${word} is refused: administration commands and other databases are not reachable from here; if ${tokens[i]!.text} is a variable, rename it`)
    }
    if (word === 'CALL') {
      const next = tokens[i + 1]
      if (next?.kind === 'punct' && (next.text === '{' || next.text === '(')) continue
      const procedure = qualifiedNameAt(tokens, i + 1)
      if (!procedure) throw new QueryRefusedError('CALL must name a procedure or open a subquery')
      if (!READ_PROCEDURES.includes(procedure.name)) {
        throw new QueryRefusedError(`CALL ${procedure.name} is refused: only these read procedures may be called: ${READ_PROCEDURES.join(', ')}`)
      }
      i = procedure.end
      continue
    }
    checkFunction(tokens, i)
  }
}

/** Refuses a namespaced function call (`apoc.x.y(`) outside READ_FUNCTION_NAMESPACES. */
function checkFunction(tokens: readonly Token[], i: number): void {
  const before = tokens[i - 1]
  if (before?.kind === 'punct' && before.text === '.') return
  const name = qualifiedNameAt(tokens, i)
  const next = name ? tokens[name.end + 1] : undefined
  if (!name || !name.name.includes('.') || !(next?.kind === 'punct' && next.text === '(')) return
  const namespace = name.name.slice(0, name.name.lastIndexOf('.'))
  if (!READ_FUNCTION_NAMESPACES.includes(namespace)) {
    throw new QueryRefusedError(`the function ${name.name} is refused: besides the built-in functions only those of ${READ_FUNCTION_NAMESPACES.join(', ')} may be called`)
  }
}
