// Every query of the Cypher library runs on a real Neo4j holding the graph extraction builds from
// the seed articles (as `kg ingest seeds/` does, never the gold annotations), plus one invented
// article of appointments, and returns the rows it is for.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestPaths } from '../../src/load/ingest.js'
import { bindParams, loadLibrary, runLibraryQuery, type Row } from '../../src/query/library.js'
import { repoRoot } from '../support/cli.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'

const APPOINTMENTS = path.join(repoRoot, 'test', 'extract', 'fixtures', 'guangxi-appointments.txt')

let neo: Neo4jForTest
beforeAll(async () => {
  neo = await useNeo4j()
  await ingestPaths(neo.store, [path.join(repoRoot, 'seeds')])
  await ingestPaths(neo.store, [APPOINTMENTS])
}, 120_000)
afterAll(async () => neo.release())

const run = (name: string, params: string[] = []): Promise<Row[]> => {
  const query = loadLibrary().find((q) => q.name === name)
  if (!query) throw new Error(`no query ${name}`)
  return runLibraryQuery(neo.store.driver, neo.settings.database, query, bindParams(query, params))
}

/** What each query must find on that graph with its default parameters (and some with others). */
const ANSWERS: Record<string, (rows: Row[]) => void> = {
  'article-contents': (rows) => expect(rows).toContainEqual(expect.objectContaining({ label: 'Unit', entity: '包头市公安局' })),
  authors: (rows) => expect(rows).toContainEqual(expect.objectContaining({ person: '王祯', role: '记者', articles: 2 })),
  'campaign-measure-cooccurrence': (rows) => {
    expect(rows).toContainEqual({ campaign: '禁毒严打大收戒专项行动', measure: '警师制', articles: 1, stated_support: true })
    expect(rows.some((r) => r.stated_support === false)).toBe(true)
  },
  'campaign-network': (rows) => expect(rows.some((r) => JSON.stringify(r).includes('扫黑除恶专项斗争') && JSON.stringify(r.member).includes('包头市公安局'))).toBe(true),
  'campaigns-by-year': (rows) => expect(rows).toContainEqual(expect.objectContaining({ year: '2020', campaign: '扫黑除恶专项斗争' })),
  'career-timeline': (rows) => expect(rows).toEqual([expect.objectContaining({ person: '卜连海', post: '局长', unit: '包头市公安局', status: 'current' })]),
  'chain-of-command': (rows) => expect(rows).toContainEqual(expect.objectContaining({ unit: '包头市公安局青山路派出所', chain: ['包头市公安局青山路派出所', '包头市公安局'], path: '包头市公安局青山路派出所 → 包头市公安局' })),
  'changes-since': (rows) => expect(rows.map((r) => r.source).sort()).toEqual(expect.arrayContaining(['004_08714f3a80ded7fd.txt', 'guangxi-appointments.txt'])),
  'current-holders': (rows) => expect(rows).toEqual([expect.objectContaining({ person: '卜连海', post: '局长', unit: '包头市公安局', status: 'current', path: '卜连海 → 包头市公安局 → 包头市' })]),
  'drive-spread': (rows) => expect(rows).toEqual([
    expect.objectContaining({ campaign: '扫黑除恶专项斗争', province: '内蒙古自治区', city: '包头市', first_seen: '2020-08-26' }),
    expect.objectContaining({ campaign: '扫黑除恶专项斗争', province: '内蒙古自治区', city: '巴彦淖尔市', first_seen: null }),
  ]),
  'entities-by-pinyin': (rows) => expect(rows[0]).toMatchObject({ label: 'Place', name: '包头市' }),
  'evidence-for-relationship': (rows) => expect(rows).toEqual([expect.objectContaining({ from: '刘浩', relationship: 'SERVES_IN', to: '包头市公安局青山路派出所', rules: ['serves-in:unit-title-name'], evidence: [expect.stringContaining('青山路派出所所长刘浩')] })]),
  'figures-by-unit': (rows) => expect(rows).toContainEqual(expect.objectContaining({ unit: '包头市公安局', metric: '抓获涉毒人员', value: 4980, unit_of_measure: '人' })),
  'figures-for-campaign': (rows) => expect(rows).toContainEqual(expect.objectContaining({ campaign: '禁毒严打大收戒专项行动', unit: '包头市公安局', metric: '破获毒品案件', value: 4641, change: 68.34 })),
  'measures-across-cities': (rows) => expect(rows).toContainEqual(expect.objectContaining({ measure: '第一议题学习制度', cities: 2, city_names: expect.arrayContaining(['包头市', '鄂尔多斯市']) })),
  'measures-by-city': (rows) => expect(rows).toContainEqual(expect.objectContaining({ city: '乌海市', measures: ['星火工作站'] })),
  'most-connected-units': (rows) => expect(rows[0]).toMatchObject({ unit: '包头市公安局' }),
  'people-in-place': (rows) => expect(rows).toContainEqual(expect.objectContaining({ person: '刘浩', unit: '包头市公安局青山路派出所' })),
  'person-network': (rows) => expect(rows.map((r) => r.path)).toEqual(expect.arrayContaining(['卜连海 → 包头市公安局', '卜连海 → 包头市公安局 → 包头市'])),
  'places-without-units': (rows) => expect(rows).toContainEqual(expect.objectContaining({ place: '乌海市', level: 'city', code: '150300' })),
  'search-articles': (rows) => expect(rows[0]).toMatchObject({ article: '实战中树起“风向标” 一线上淬炼“生力军”' }),
  'search-names': (rows) => expect(rows[0]).toMatchObject({ label: 'Place', name: '包头市' }),
  'shortest-path-between-people': (rows) => expect(rows).toEqual([expect.objectContaining({ chain: ['卜连海', '包头市公安局', '包头市公安局昆都仑分局', '刘建伟'], hops: 3 })]),
  'units-in-campaign': (rows) => expect(rows).toContainEqual(expect.objectContaining({ unit: '包头市公安局', places: ['包头市'], first_seen: '2020-08-26', path: '包头市公安局 → 扫黑除恶专项斗争' })),
  'units-reporting-metric': (rows) => {
    expect(rows).toContainEqual(expect.objectContaining({ unit: '包头市公安局', value: 397, period: '7月以来', period_start: '2020-07-01', period_end: '2020-08-26' }))
    expect(rows.filter((r) => r.unit_of_measure === '起').map((r) => [r.unit, r.value])).toEqual([
    ['内蒙古自治区公安厅', 11444],
    ['包头市公安局', 4641],
    ['包头市公安局', 397],
    [expect.any(String), 158],
    ])
  },
  'units-within-place': (rows) => expect(rows).toContainEqual(expect.objectContaining({ unit: '包头市公安局青山路派出所', part_of: '包头市公安局' })),
  'who-holds-which-post': (rows) => {
    expect(rows).toContainEqual(expect.objectContaining({ person: '黄志刚', unit: '南宁市公安局', status: 'current' }))
    expect(rows.some((r) => r.person === '李国栋')).toBe(false)
  },
}

describe.each(loadLibrary().map((q) => [q.name] as const))('cypher/queries/%s.cypher', (name) => {
  it('finds what it is for on the extracted seeds', async () => {
    const answer = ANSWERS[name]
    expect(answer, `add an expected answer for ${name} to ANSWERS`).toBeDefined()
    answer!(await run(name))
  })
})

describe('answers with other parameters', () => {
  it('gives a career with the posts left first', async () => {
    const rows = await run('career-timeline', ['person=黄志刚'])
    expect(rows.map((r) => [r.unit, r.status])).toEqual([
      ['广西壮族自治区公安厅刑侦总队', 'former'],
      ['柳州市公安局', 'former'],
      ['柳州市公安局党委', 'former'],
      ['南宁市公安局', 'current'],
      ['南宁市公安局党委', 'current'],
    ])
  })

  it('finds 包头市 by pinyin syllables, run together, initials and one character', async () => {
    for (const q of ['baotou', 'bao tou', 'baotoushi', 'bts', '包']) expect((await run('search-names', [`q=${q}`])).map((r) => r.name), q).toContain('包头市')
  })

  it('shows only what changed since a moment after the load', async () => {
    expect(await run('changes-since', [`since=${new Date(Date.now() + 60_000).toISOString()}`])).toEqual([])
  })
})
