// The behaviour both stores promise (src/store/types.ts), as one suite each store's test file runs.
import { beforeEach, describe, expect, it } from 'vitest'
import { EDGE_TYPES, type Evidence, type Properties, type Subgraph } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import type { EdgeFilter, GraphStore } from '../../src/store/types.js'
import { chengduArticles, mini } from '../support/articles.js'

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/**
 * Everything in the store, sorted, for exact comparison: nodes, relationships and every
 * relationship's evidence records. `ingestedAt` is the time of the write, so two stores written
 * one after the other differ there: it is checked to be an instant and then left out.
 */
export async function snapshot(store: GraphStore): Promise<Subgraph & { evidence: Evidence[] }> {
  const out: Subgraph & { evidence: Evidence[] } = { nodes: [], edges: [], truncated: false, evidence: [] }
  for await (const b of store.dump(1000)) {
    out.nodes.push(...b.nodes)
    out.edges.push(...b.edges)
  }
  out.nodes.sort((a, b) => (a.id < b.id ? -1 : 1))
  out.edges.sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const n of out.nodes) if (n.label === 'Article') expect(n.properties.ingestedAt).toMatch(ISO_INSTANT)
  // New objects: a store may hand out the records it holds.
  out.nodes = out.nodes.map((n) => ({ ...n, properties: sortedProperties(n.properties, n.label === 'Article' ? ['ingestedAt'] : []) }))
  out.edges = out.edges.map((e) => ({ ...e, properties: sortedProperties(e.properties, []) }))
  out.evidence = await store.evidence(out.edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id))
  return out
}

const sortedProperties = (p: Properties, without: readonly string[]): Properties =>
  Object.fromEntries(Object.entries(p).filter(([k]) => !without.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1)))

/** The largest relationship, as JSON: what must not grow with the number of articles. */
async function largestEdgeBytes(store: GraphStore): Promise<number> {
  let largest = 0
  for await (const b of store.dump(1000)) for (const e of b.edges) largest = Math.max(largest, Buffer.byteLength(JSON.stringify(e.properties)))
  return largest
}

/** `n` articles from other files, each restating that the Wuhou sub-bureau runs the measure, a day apart. */
const restatements = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) =>
    assembleArticle({
      ...chengduArticles[1]!,
      source: `restated-${from + i}.txt`,
      date: `2024-01-${String(from + i + 1).padStart(2, '0')}`,
      text: `${chengduArticles[1]!.text}（${from + i}）`,
    }),
  )

const contributions = () => chengduArticles.map(assembleArticle)

export function storeContract(name: string, open: () => GraphStore | Promise<GraphStore>): void {
  describe(`${name} store`, () => {
    let store: GraphStore
    beforeEach(async () => {
      store = await open()
      await store.reset()
      await store.init()
    })

    it('stores articles, entities, the gazetteer chain and relationships', async () => {
      await store.apply(contributions())
      const stats = await store.stats()
      expect(stats.articles).toBe(2)
      expect(stats.labels).toEqual({ Article: 2, Place: 3, Unit: 2, Person: 2, Campaign: 1, Measure: 1 })
      const [bureau] = await store.nodesById(['unit:成都市公安局武侯区分局'])
      // `该局` points back at a unit: no alias (it would be every bureau's).
      expect(bureau?.properties.aliases).toEqual(['武侯区分局'])
      expect(bureau?.properties.pinyinPlain).toBe('chengdushigonganjuwuhouqufenju')
      const implementsEdges = await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] })
      expect(implementsEdges).toHaveLength(1)
      expect(implementsEdges[0]?.properties).toMatchObject({ count: 2, articleCount: 2, firstSeen: '2023-05-01', lastSeen: '2023-05-01', origin: 'text', rules: ['test'] })
      const chain = await store.edgesOf(['place:510107'], { types: ['LOCATED_IN'] })
      expect(chain.map((e) => e.target)).toEqual(['place:510100'])
      expect(chain[0]?.properties).toMatchObject({ origin: 'gazetteer', rules: ['gazetteer:parent'], articleCount: 1 })
      const serves = await store.edgesOf(['person:陈明@510100'], { types: ['SERVES_IN'] })
      expect(serves[0]?.properties).toMatchObject({ title: '所长', status: 'current', firstSeen: '2023-05-01' })
    })

    it('keeps evidence per article and relationship: integer spans, the sentence, the rule', async () => {
      await store.apply(contributions())
      const [edge] = await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] })
      const evidence = await store.evidence([edge!.id])
      expect(evidence.map((e) => e.article).sort()).toEqual(contributions().map((c) => c.article.id).sort())
      const first = evidence.find((e) => e.article === contributions()[0]!.article.id)!
      expect(first).toMatchObject({ relation: edge!.id, type: 'IMPLEMENTS', rules: ['test'], origin: 'text', date: '2023-05-01' })
      expect(first.spans).toEqual([0, 11])
      expect(first.sentences).toEqual(['成都市公安局武侯区分局所长陈明表示，该局在“清源”专项行动中推行“警民议事会”机制。'])
      expect(await store.evidence([edge!.id], 1)).toHaveLength(1)
    })

    it('keeps no empty list: an entity without aliases and an article without figures hold none, as neo4j-admin would store them', async () => {
      await store.apply(contributions())
      const [province] = await store.nodesById(['place:510000'])
      expect(province?.properties).not.toHaveProperty('aliases')
      const articles = (await store.nodesById(contributions().map((c) => c.article.id))).map((a) => a.properties)
      expect(articles.map((a) => a.figureIds)).toEqual([undefined, undefined])
      const lists: string[] = []
      for await (const b of store.dump(1000)) {
        for (const x of [...b.nodes, ...b.edges]) for (const [k, v] of Object.entries(x.properties)) if (Array.isArray(v) && v.length === 0) lists.push(`${x.id}.${k}`)
      }
      expect(lists).toEqual([])
    })

    it('gives places only the gazetteer adds no MENTIONS, and marks them', async () => {
      await store.apply(contributions())
      const [province] = await store.nodesById(['place:510000'])
      expect(province?.properties.origin).toBe('gazetteer')
      expect(await store.edgesOf(['place:510000'], { types: ['MENTIONS'] })).toEqual([])
      const [city] = await store.nodesById(['place:510100'])
      expect(city?.properties.origin).toBeUndefined()
      for await (const b of store.dump()) for (const e of b.edges) if (e.type === 'MENTIONS') expect(e.properties.count).toBeGreaterThan(0)
    })

    it('keeps no property that grows with the number of articles', async () => {
      await store.apply([...contributions(), ...restatements(5)])
      const few = await largestEdgeBytes(store)
      await store.apply(restatements(25, 5))
      expect(await largestEdgeBytes(store)).toBeLessThanOrEqual(few + 2)
      const [edge] = await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] })
      expect(edge?.properties).toMatchObject({ articleCount: 32, firstSeen: '2023-05-01', lastSeen: '2024-01-30' })
      expect(await store.evidence([edge!.id])).toHaveLength(32)
    })

    it('counts and dates again when an article goes or changes', async () => {
      await store.apply([...contributions(), ...restatements(3)])
      const implementsOf = async () => (await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] }))[0]?.properties
      expect(await implementsOf()).toMatchObject({ articleCount: 5, lastSeen: '2024-01-03' })
      await store.remove({ sources: ['restated-2.txt'] })
      expect(await implementsOf()).toMatchObject({ articleCount: 4, firstSeen: '2023-05-01', lastSeen: '2024-01-02' })
      await store.apply([assembleArticle({ ...chengduArticles[0]!, date: '2022-12-31' })])
      expect(await implementsOf()).toMatchObject({ articleCount: 4, firstSeen: '2022-12-31', lastSeen: '2024-01-02' })
    })

    it('keeps the time an unchanged article was first ingested', async () => {
      await store.apply(contributions())
      const [before] = await store.nodesById([contributions()[0]!.article.id])
      await new Promise((r) => setTimeout(r, 5))
      await store.apply(contributions())
      const [after] = await store.nodesById([contributions()[0]!.article.id])
      expect(after?.properties.ingestedAt).toBe(before?.properties.ingestedAt)
    })

    it('is idempotent: ingesting the same articles again changes nothing', async () => {
      await store.apply(contributions())
      const first = await snapshot(store)
      await store.apply(contributions())
      expect(await snapshot(store)).toEqual(first)
    })

    it('replaces a changed article without duplicating anything', async () => {
      await store.apply(contributions())
      const changed = { ...chengduArticles[1]!, text: `${chengduArticles[1]!.text}（更正）`, relations: chengduArticles[1]!.relations.filter((r) => r.type !== 'IMPLEMENTS') }
      await store.apply([assembleArticle(changed)])
      const stats = await store.stats()
      expect(stats.articles).toBe(2)
      const edge = (await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] }))[0]
      expect(edge?.properties.count).toBe(1)
    })

    it('removes an article and the entities only it supported', async () => {
      await store.apply(contributions())
      const first = assembleArticle(chengduArticles[0]!)
      expect(await store.remove({ ids: [first.article.id] })).toEqual({ articles: 1 })
      const left = await store.nodesById(['person:陈明@510100', 'person:周红', 'place:510107', 'place:510000', 'unit:成都市公安局'])
      expect(left.map((n) => n.id)).toEqual(['place:510000', 'unit:成都市公安局'])
      expect(await store.edgesOf(['measure:警民议事会机制'], { types: ['SUPPORTS'] })).toEqual([])
      const [bureau] = await store.nodesById(['unit:成都市公安局武侯区分局'])
      expect(bureau?.properties.aliases).toEqual(['武侯区分局'])
      expect(await store.remove({ sources: ['chengdu.txt'] })).toEqual({ articles: 1 })
      expect((await store.stats()).nodes).toBe(0)
    })

    it('keeps two people of one name apart when their units are in different provinces', async () => {
      const guangzhou = { code: '4401', level: 'city' as const, parents: [{ code: '44', name: '广东省', level: 'province' as const }] }
      const other = mini({
        source: 'guangzhou.txt',
        title: '广州',
        text: '广州市公安局民警陈明。',
        entities: [
          { type: 'Place', name: '广州市', division: guangzhou },
          { type: 'Unit', name: '广州市公安局' },
          { type: 'Person', name: '陈明' },
        ],
        relations: [{ type: 'SERVES_IN', from: ['Person', '陈明'], to: ['Unit', '广州市公安局'], title: '民警' }],
      })
      await store.apply([...contributions(), assembleArticle(other)])
      const people = await store.nodesById(['person:陈明@510100', 'person:陈明@440100'])
      expect(people).toHaveLength(2)
    })

    it('finds entities by Chinese, alias and pinyin with or without tones', async () => {
      await store.apply(contributions())
      const ids = async (q: string) => (await store.searchCandidates(q, 50)).map((n) => n.id).sort()
      expect(await ids('议事会')).toEqual(['measure:警民议事会机制'])
      expect(await ids('武侯区分局')).toEqual(['unit:成都市公安局武侯区分局'])
      expect(await ids('chenming')).toContain('person:陈明@510100')
      expect(await ids('Chén Míng')).toContain('person:陈明@510100')
      expect(await ids('cds')).toEqual(['place:510100'])
    })

    it('walks to neighbours in id order, capped and filtered in the store, as edgesOf finds them', async () => {
      await store.apply(contributions())
      const bureau = 'unit:成都市公安局武侯区分局'
      const typed = EDGE_TYPES.filter((t) => t !== 'MENTIONS')
      const ends = async (filter: EdgeFilter) => [...new Set((await store.edgesOf([bureau], filter)).map((e) => (e.source === bureau ? e.target : e.source)))].sort()
      const near = await store.neighbours([bureau], { types: typed }, [bureau], 1000)
      expect(near).toEqual(await ends({ types: typed }))
      expect(near.length).toBeGreaterThan(3)
      expect(near.some((id) => id.startsWith('article:'))).toBe(false)
      expect(await store.neighbours([bureau], { types: typed }, [bureau], 2)).toEqual(near.slice(0, 2))
      expect(await store.neighbours([bureau], { types: typed }, [bureau, near[0]!], 1000)).toEqual(near.slice(1))
      expect((await store.neighbours([bureau], {}, [bureau], 1000)).some((id) => id.startsWith('article:'))).toBe(true)
      expect(await store.neighbours([bureau], { types: typed, labels: ['Person'] }, [bureau], 1000)).toEqual(await ends({ types: typed, labels: ['Person'] }))

      const inside = [bureau, ...near]
      const among = await store.edgesAmong(inside, typed)
      const expected = (await store.edgesOf(inside, { types: typed })).filter((e) => inside.includes(e.source) && inside.includes(e.target))
      expect(among).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)))
      expect(await store.edgesAmong(inside, ['MENTIONS'])).toEqual([])
    })

    it('ranks the most connected entities first, of every label or of one', async () => {
      await store.apply(contributions())
      const top = await store.topNodes(1)
      expect(top[0]?.id).toBe('unit:成都市公安局武侯区分局')
      const people = await store.topNodes(10, 'Person')
      expect(people.map((n) => n.label)).toEqual(['Person', 'Person'])
      const degrees = await store.degrees(people.map((n) => n.id))
      expect(people.map((n) => degrees.get(n.id))).toEqual([...people.map((n) => degrees.get(n.id))].sort((a, b) => b! - a!))
      expect(await store.topNodes(5, 'Campaign')).toHaveLength(1)
    })

    it('counts relationships other than MENTIONS per node, as edgesOf finds them', async () => {
      await store.apply(contributions())
      const ids = ['unit:成都市公安局武侯区分局', 'person:陈明@51', 'place:51', 'no:such-node']
      const degrees = await store.degrees(ids)
      for (const id of ids) {
        const typed = (await store.edgesOf([id])).filter((e) => e.type !== 'MENTIONS')
        expect(degrees.get(id), id).toBe(typed.length)
      }
      expect(degrees.get('unit:成都市公安局武侯区分局')).toBeGreaterThan(3)
      expect(degrees.get('no:such-node')).toBe(0)
    })
  })
}
