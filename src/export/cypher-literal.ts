// JSON-like values as Cypher literals, for scripts that recreate a subgraph without parameters.
// Strings use JSON's escapes, which Cypher shares (\" \\ \n \r \t \b \f \uXXXX), so every
// character survives; whole numbers become integers, others floats, as the stores keep them.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

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
