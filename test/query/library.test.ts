// Every query of the Cypher library runs on a real Neo4j and finds what it is for. The graph is the
// seed articles' gold annotations plus two small articles written for this test: the gold has no
// figures and no gazetteer levels, which the figure and city queries need.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleExtraction } from '../../src/model/index.js'
import { bindParams, loadLibrary, runLibraryQuery } from '../../src/query/library.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { seedContributions } from '../server/seed-graph.js'
import { chengduArticles, mini } from '../support/articles.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'

const XIAN = { code: '6101', level: 'city' as const, parents: [{ code: '61', name: '陕西省', level: 'province' as const }] }

/** A bureau in a second city adopting Chengdu's measure, so the measure has spread. */
const xian = mini({
  source: 'xian.txt',
  title: '西安推广“警民议事会”机制',
  date: '2023-09-01',
  text: '西安市公安局学习成都经验，推行“警民议事会”机制。',
  entities: [
    { type: 'Place', name: '西安市', division: XIAN },
    { type: 'Unit', name: '西安市公安局' },
    { type: 'Measure', name: '警民议事会机制', aliases: ['“警民议事会”机制'] },
  ],
  relations: [
    { type: 'LOCATED_IN', from: ['Unit', '西安市公安局'], to: ['Place', '西安市'] },
    { type: 'IMPLEMENTS', from: ['Unit', '西安市公安局'], to: ['Measure', '警民议事会机制'] },
  ],
})

/** Chengdu's second article with the figure its text states. */
const FIGURE_TEXT = '破获案件120起'
const second = chengduArticles[1]!
const withFigure: ArticleExtraction = {
  ...second,
  figures: [
    {
      metric: '破获案件',
      value: 120,
      unit: '起',
      change: null,
      period: null,
      unitEntity: { type: 'Unit', name: '成都市公安局' },
      campaign: { type: 'Campaign', name: '清源专项行动' },
      evidence: { start: second.text.indexOf(FIGURE_TEXT), end: second.text.indexOf(FIGURE_TEXT) + FIGURE_TEXT.length },
      text: FIGURE_TEXT,
      rule: 'test',
    },
  ],
}

let neo: Neo4jForTest
beforeAll(async () => {
  neo = await useNeo4j()
  await neo.store.apply([...seedContributions(), ...[chengduArticles[0]!, withFigure, xian].map(assembleArticle)])
})
afterAll(async () => neo.release())

describe.each(loadLibrary().map((q) => [q.name, q] as const))('cypher/queries/%s.cypher', (_, query) => {
  it('runs with its default parameters and finds rows', async () => {
    const rows = await runLibraryQuery(neo.store.driver, neo.settings.database, query, bindParams(query, []))
    expect(rows.length).toBeGreaterThan(0)
  })
})

describe('answers', () => {
  const run = (name: string, params: string[] = []) => {
    const query = loadLibrary().find((q) => q.name === name)!
    return runLibraryQuery(neo.store.driver, neo.settings.database, query, bindParams(query, params))
  }

  it('follows a measure from one city to another', async () => {
    const rows = await run('measures-across-cities')
    expect(rows).toContainEqual(expect.objectContaining({ measure: '警民议事会机制', cities: 2 }))
    expect((rows.find((r) => r.measure === '警民议事会机制')!.city_names as string[]).sort()).toEqual(['成都市', '西安市'])
  })

  it('gives the figures a unit reported for a campaign', async () => {
    const rows = await run('figures-for-campaign', ['campaign=清源'])
    expect(rows).toEqual([expect.objectContaining({ campaign: '清源专项行动', unit: '成都市公安局', metric: '破获案件', value: 120, unit_of_measure: '起', text: FIGURE_TEXT })])
  })
})
