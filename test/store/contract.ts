// The behaviour both stores promise (src/store/types.ts), as one suite each store's test file runs.
import { beforeEach, describe, expect, it } from 'vitest'
import { EDGE_TYPES, type Subgraph } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import type { EdgeFilter, GraphStore } from '../../src/store/types.js'
import { chengduArticles, mini } from '../support/articles.js'

/** Everything in the store, sorted, for exact comparison. */
export async function snapshot(store: GraphStore): Promise<Subgraph> {
  const out: Subgraph = { nodes: [], edges: [], truncated: false }
  for await (const b of store.dump(1000)) {
    out.nodes.push(...b.nodes)
    out.edges.push(...b.edges)
  }
  out.nodes.sort((a, b) => (a.id < b.id ? -1 : 1))
  out.edges.sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const x of [...out.nodes, ...out.edges]) x.properties = Object.fromEntries(Object.entries(x.properties).sort(([a], [b]) => (a < b ? -1 : 1)))
  return out
}

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
      expect(bureau?.properties.aliases).toEqual(['武侯区分局', '该局'])
      expect(bureau?.properties.pinyinPlain).toBe('chengdushigonganjuwuhouqufenju')
      const implementsEdges = await store.edgesOf(['measure:警民议事会机制'], { types: ['IMPLEMENTS'] })
      expect(implementsEdges).toHaveLength(1)
      expect(implementsEdges[0]?.properties.count).toBe(2)
      expect((implementsEdges[0]?.properties.articles as string[]).length).toBe(2)
      const chain = await store.edgesOf(['place:510107'], { types: ['LOCATED_IN'] })
      expect(chain.map((e) => e.target)).toEqual(['place:5101'])
      const serves = await store.edgesOf(['person:陈明@51'], { types: ['SERVES_IN'] })
      expect(serves[0]?.properties.title).toBe('所长')
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
      const left = await store.nodesById(['person:陈明@51', 'person:周红', 'place:510107', 'place:51', 'unit:成都市公安局'])
      expect(left.map((n) => n.id)).toEqual(['place:51', 'unit:成都市公安局'])
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
      const people = await store.nodesById(['person:陈明@51', 'person:陈明@44'])
      expect(people).toHaveLength(2)
    })

    it('finds entities by Chinese, alias and pinyin with or without tones', async () => {
      await store.apply(contributions())
      const ids = async (q: string) => (await store.searchCandidates(q, 50)).map((n) => n.id).sort()
      expect(await ids('议事会')).toEqual(['measure:警民议事会机制'])
      expect(await ids('该局')).toEqual(['unit:成都市公安局武侯区分局'])
      expect(await ids('chenming')).toContain('person:陈明@51')
      expect(await ids('Chén Míng')).toContain('person:陈明@51')
      expect(await ids('cds')).toEqual(['place:5101'])
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
