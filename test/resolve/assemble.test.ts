import { describe, expect, it } from 'vitest'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { entityId, normaliseName } from '../../src/resolve/ids.js'
import { chengduArticles, mini } from '../support/articles.js'

describe('assembleArticle', () => {
  const [first, second] = chengduArticles.map(assembleArticle)

  it('gives the same thing the same id in every article', () => {
    const ids = (c: typeof first) => new Set(c!.entities.map((e) => e.id))
    const shared = [...ids(first)].filter((id) => ids(second).has(id)).sort()
    expect(shared).toEqual(['campaign:清源专项行动', 'measure:警民议事会机制', 'place:510000', 'place:510100', 'unit:成都市公安局', 'unit:成都市公安局武侯区分局'])
  })

  it('adds the official chain above a place, marked as gazetteer knowledge', () => {
    const chain = first!.relations.filter((r) => r.origin === 'gazetteer').map((r) => `${r.source}->${r.target}`)
    expect(chain).toEqual(expect.arrayContaining(['place:510107->place:510100', 'place:510100->place:510000']))
  })

  it('carries pinyin for every name and the title of a post', () => {
    const person = first!.entities.find((e) => e.label === 'Person' && e.properties.name === '陈明')
    expect(person?.properties).toMatchObject({ pinyin: 'chén míng', pinyinPlain: 'chenming', pinyinInitials: 'cm' })
    expect(first!.relations.find((r) => r.type === 'SERVES_IN')?.title).toBe('所长')
  })

  it('points AUTHORED at the article and keeps the role', () => {
    const authored = first!.relations.find((r) => r.type === 'AUTHORED')
    expect(authored).toMatchObject({ source: 'person:周红', target: first!.article.id, role: '记者' })
  })

  it('scopes units without a place in their name by their parent unit, and masked people by article', () => {
    const x = assembleArticle(
      mini({
        source: 'x.txt',
        title: 't',
        text: '成都市公安局第一党支部书记王某某',
        entities: [
          { type: 'Place', name: '成都市', division: { code: '5101', level: 'city', parents: [{ code: '51', name: '四川省', level: 'province' }] } },
          { type: 'Unit', name: '成都市公安局' },
          { type: 'Unit', name: '第一党支部' },
          { type: 'Person', name: '王某某', masked: true },
        ],
        relations: [{ type: 'PART_OF', from: ['Unit', '第一党支部'], to: ['Unit', '成都市公安局'] }],
      }),
    )
    const ids = x.entities.map((e) => e.id)
    expect(ids).toContain('unit:第一党支部@成都市公安局')
    expect(ids.find((id) => id.startsWith('person:王某某@masked-'))).toBeDefined()
  })

  it('normalises names as the scorer does', () => {
    expect(normaliseName('“六专” 工作机制')).toBe('六专工作机制')
    expect(entityId('Measure', '《政务服务事项便民利民工作措施》')).toBe('measure:政务服务事项便民利民工作措施')
  })
})
