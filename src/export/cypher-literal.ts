// JSON-like values as Cypher literals, for the `:param` lines of a script, and back. Strings use
// JSON's escapes, which Cypher shares (\" \\ \n \r \t \b \f \uXXXX), so every character survives;
// whole numbers become integers, others floats, as the stores keep them, unless the model says a
// property is real (`Real`), which is then always written as a float.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A number to be written as a Cypher float even when it is whole (`4641.0`). */
export class Real {
  constructor(readonly value: number) {}
}

export function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``
}

export function cypherString(text: string): string {
  return JSON.stringify(text)
}

function cypherFloat(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} cannot be stored in Neo4j`)
  const text = String(n).replace('e+', 'e')
  return /[.e]/.test(text) ? text : `${text}.0`
}

function cypherNumber(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : cypherFloat(n)
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return cypherString(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return cypherNumber(value)
  if (value instanceof Real) return cypherFloat(value.value)
  if (Array.isArray(value)) {
    // Neo4j lists in properties are homogeneous: one float makes every number a float.
    const floats = value.some((v) => typeof v === 'number' && !Number.isSafeInteger(v))
    return `[${value.map((v) => (floats && typeof v === 'number' ? cypherFloat(v) : cypherLiteral(v))).join(', ')}]`
  }
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`)
      .join(', ')}}`
  }
  throw new Error(`a ${typeof value} has no Cypher literal`)
}

/**
 * Reads back a literal `cypherLiteral` wrote (strings, numbers, booleans, null, lists, maps), as a
 * client does with a `:param` line. Integers go through `integer`, so a driver can keep them
 * integers (JavaScript numbers travel as floats).
 */
export function parseCypherLiteral(text: string, integer: (digits: string) => unknown = Number): unknown {
  let i = 0
  const fail = (what: string): never => {
    throw new Error(`not a Cypher literal: ${what} at ${i}`)
  }
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++
  }
  const value = (): unknown => {
    space()
    const c = text[i]
    if (c === '[') {
      i++
      const out: unknown[] = []
      space()
      if (text[i] === ']') return i++, out
      for (;;) {
        out.push(value())
        space()
        if (text[i] === ',') i++
        else if (text[i] === ']') return i++, out
        else fail('expected , or ]')
      }
    }
    if (c === '{') {
      i++
      const out: Record<string, unknown> = {}
      space()
      if (text[i] === '}') return i++, out
      for (;;) {
        space()
        const key = name()
        space()
        if (text[i++] !== ':') fail('expected :')
        out[key] = value()
        space()
        if (text[i] === ',') i++
        else if (text[i] === '}') return i++, out
        else fail('expected , or }')
      }
    }
    if (c === '"') {
      const start = i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      i++
      return JSON.parse(text.slice(start, i)) as string
    }
    const word = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 40))?.[0] ?? fail('unexpected character')
    i += word.length
    if (word === 'true' || word === 'false') return word === 'true'
    if (word === 'null') return null
    return /[.eE]/.test(word) ? Number(word) : integer(word)
  }
  const name = (): string => {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1)
      let out = ''
      let at = i + 1
      let stop = end
      // A doubled backtick is one backtick inside the name.
      while (text[stop + 1] === '`') {
        out += `${text.slice(at, stop)}\``
        at = stop + 2
        stop = text.indexOf('`', at)
      }
      i = stop + 1
      return out + text.slice(at, stop)
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) ?? fail('expected a key')
    i += m[0].length
    return m[0]
  }
  const out = value()
  space()
  if (i !== text.length) fail('trailing text')
  return out
}
