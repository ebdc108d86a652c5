import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors.js'
import { bindParams, formatTable, loadLibrary, parseQuery } from '../../src/query/library.js'

describe('the Cypher library', () => {
  it('reads the header: description and parameters with defaults', () => {
    const q = parseQuery('x', '// Units in a campaign.\n// param campaign: 扫黑除恶\n// param limit: 5\nMATCH (n) RETURN n LIMIT $limit;\n')
    expect(q).toMatchObject({ name: 'x', description: 'Units in a campaign.', params: [{ name: 'campaign', default: '扫黑除恶' }, { name: 'limit', default: '5' }] })
    expect(q.cypher).toBe('MATCH (n) RETURN n LIMIT $limit')
  })

  it('has at least 15 described queries', () => {
    const library = loadLibrary()
    expect(library.length).toBeGreaterThanOrEqual(15)
    for (const q of library) expect(q.description.length).toBeGreaterThan(10)
  })

  it('binds parameters and rejects unknown ones', () => {
    const q = parseQuery('x', '// d\n// param campaign: a\nRETURN $campaign')
    expect(bindParams(q, ['campaign=扫黑除恶'])).toEqual({ campaign: '扫黑除恶' })
    expect(() => bindParams(q, ['nope=1'])).toThrow(UsageError)
    expect(() => bindParams(q, ['campaign'])).toThrow(/name=value/)
  })

  it('prints a table with wide characters aligned', () => {
    expect(formatTable([{ unit: '包头市公安局', n: 3 }])).toEqual(['unit          n', '------------  -', '包头市公安局  3', '(1 row)'])
  })
})
