// Search ranking as a reader expects it: whole pinyin syllables before partial ones (`wang` is 王 and
// 汪 before 万), exact name before alias before prefix, several terms each matched by the node or by
// the units and places it is tied to, Traditional input read as Simplified.
import { describe, expect, it } from 'vitest'
import { queryScore, SCORE, searchTerms, termScore } from '../../src/explore/search.js'
import type { Properties } from '../../src/model/index.js'
import { pinyinProperties } from '../../src/resolve/assemble.js'

const node = (name: string, aliases: string[] = []): Properties => ({ name, aliases, ...pinyinProperties(name) })

describe('search terms', () => {
  it.each([
    ['wang', [{ latin: true, key: 'wang' }]],
    ['Wáng', [{ latin: true, key: 'wang', toned: 'wáng' }]],
    ['包头 派出所', [{ latin: false, key: '包头' }, { latin: false, key: '派出所' }]],
    ['baotou  paichusuo', [{ latin: true, key: 'baotou' }, { latin: true, key: 'paichusuo' }]],
    ['包頭市公安局', [{ latin: false, key: '包头市公安局' }]],
    ['寬甸邊境管理大隊', [{ latin: false, key: '宽甸边境管理大队' }]],
  ])('%s', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms)
  })
})

describe('scores', () => {
  const wang = searchTerms('wang')[0]!
  it('ranks whole syllables before a syllable cut short', () => {
    const wangWei = termScore(node('王伟'), wang)
    const wangFang = termScore(node('汪芳'), wang)
    const wanGang = termScore(node('万刚'), wang)
    expect(wangWei).toBe(SCORE.pinyinSyllablesAtStart)
    expect(wangFang).toBe(wangWei)
    expect(wanGang).toBe(SCORE.pinyinPartialAtStart)
    expect(wanGang).toBeLessThan(wangWei)
    // Inside a name, whole syllables still beat a cut one, and both lose to the start.
    expect(termScore(node('李王伟'), wang)).toBe(SCORE.pinyinSyllablesInside)
    expect(termScore(node('李万刚'), wang)).toBe(SCORE.pinyinPartialInside)
    expect(termScore(node('张强'), wang)).toBe(0)
  })

  it('ranks the tones typed first, and without tones the syllables alone', () => {
    const toned = searchTerms('wáng')[0]!
    expect(termScore(node('王伟'), toned)).toBe(SCORE.pinyinSyllablesAtStart + SCORE.tones)
    expect(termScore(node('网猎专项行动'), toned)).toBe(SCORE.pinyinSyllablesAtStart)
    expect(termScore(node('网猎专项行动'), wang)).toBe(termScore(node('王伟'), wang))
  })

  it('ranks exact name, alias, prefix, then containment', () => {
    const c = searchTerms('青山路派出所')[0]!
    const exact = termScore(node('青山路派出所'), c)
    const alias = termScore(node('包头市公安局青山路派出所', ['青山路派出所']), c)
    const prefix = termScore(node('青山路派出所第一警务室'), c)
    const inside = termScore(node('包头市青山路派出所'), c)
    expect([exact, alias, prefix, inside]).toEqual([SCORE.exactName, SCORE.exactAlias, SCORE.namePrefix, SCORE.nameContains])
  })

  it('needs every term, from the node itself or from what it is tied to', () => {
    const station = node('包头市公安局青山路派出所')
    expect(queryScore(station, searchTerms('包头 派出所'))).toBeGreaterThan(0)
    expect(queryScore(station, searchTerms('baotou paichusuo'))).toBeGreaterThan(0)
    expect(queryScore(station, searchTerms('包头 法院'))).toBe(0)
    const person = node('刘浩')
    expect(queryScore(person, searchTerms('刘浩 包头'))).toBe(0)
    expect(queryScore(person, searchTerms('刘浩 包头'), [station])).toBeGreaterThan(0)
    expect(queryScore(person, searchTerms('liuhao baotou'), [station])).toBeGreaterThan(0)
    // A node matched only through its context is no hit: one term must name it.
    expect(queryScore(person, searchTerms('包头'), [station])).toBe(0)
  })
})
