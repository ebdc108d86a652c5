import { describe, expect, it } from 'vitest'
import { resolveSettings } from '../../src/config/settings.js'
import { ConfigError } from '../../src/errors.js'

describe('resolveSettings', () => {
  it('uses the embedded store under data/ when no Neo4j is configured', () => {
    expect(resolveSettings({})).toEqual({ dataDir: 'data', lexicons: [] })
  })

  it('reads Neo4j settings from the environment, flags winning', () => {
    const s = resolveSettings({ NEO4J_URI: 'bolt://h:7687', NEO4J_PASSWORD: 'pw', KG_DATA_DIR: '/d' }, { neo4jUri: 'neo4j://other:7687', lexicons: ['a.tsv'] })
    expect(s).toEqual({ neo4j: { uri: 'neo4j://other:7687', user: 'neo4j', password: 'pw', database: 'neo4j' }, dataDir: '/d', lexicons: ['a.tsv'] })
  })

  it.each([
    [{ NEO4J_URI: 'http://h:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://h:7687' }, /NEO4J_PASSWORD/],
    [{ KG_DATA_DIR: '' }, /KG_DATA_DIR/],
  ])('names the bad setting: %j', (env, message) => {
    expect(() => resolveSettings(env)).toThrow(ConfigError)
    expect(() => resolveSettings(env)).toThrow(message)
  })
})
