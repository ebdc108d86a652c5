// The lookup structures extraction is built on, made compact for speed and memory (issue #11): the
// typed-array tries, the gazetteer, Simplified→Traditional as OpenCC converts it, and the disk cache.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { cachedBytes } from '../../src/extract/cache.js'
import { gazetteer } from '../../src/extract/gazetteer.js'
import { SuffixTrie, Trie } from '../../src/extract/lexicon.js'
import { simplifiedToTraditional } from '../../src/extract/traditional.js'

describe('Trie', () => {
  const trie = new Trie<string>()
  for (const [w, v] of [['公安', 'a'], ['公安局', 'b'], ['公安局', 'c'], ['派出所', 'd'], ['大队', 'e'], ['大队长', 'f']]) trie.add(w!, v!)

  it.each([
    ['包头市公安局青山分局', 3, 3, ['b', 'c']],
    ['公安干警', 0, 2, ['a']],
    ['大队长说', 0, 3, ['f']],
    ['大', 0, undefined, undefined],
    ['局长', 0, undefined, undefined],
  ])('longest word at a position of %s', (text, at, length, values) => {
    const m = trie.longestAt(text, at)
    expect(m?.length).toBe(length)
    expect(m?.values).toEqual(values)
  })

  it('stops at `end`, also past the end of the text', () => {
    expect(trie.longestAt('公安局', 0, 2)?.length).toBe(2)
    expect(trie.longestAt('公安', 0, 10)?.length).toBe(2)
  })

  it('returns the same values array for a word each time, with values in the order added', () => {
    expect(trie.longestAt('公安局', 0)!.values).toBe(trie.longestAt('x公安局', 1)!.values)
  })

  it('scans non-overlapping longest matches', () => {
    expect(trie.scan('公安局派出所大队长').map((m) => [m.start, m.end])).toEqual([[0, 3], [3, 6], [6, 9]])
  })

  it('holds many words with shared first characters (the hash table grows)', () => {
    const big = new Trie<number>()
    for (let i = 0; i < 20000; i++) big.add(`大${String.fromCharCode(0x4e00 + (i % 5000))}${i}`, i)
    for (const i of [0, 4999, 12345, 19999]) expect(big.longestAt(`大${String.fromCharCode(0x4e00 + (i % 5000))}${i}`, 0)?.values).toEqual([i])
  })
})

describe('SuffixTrie', () => {
  const trie = new SuffixTrie<string>()
  trie.add('分局', 'a')
  trie.add('公安分局', 'b')

  it.each([
    ['青山公安分局', 6, 0, 4],
    ['青山公安分局', 6, 3, 2],
    ['分局长', 3, 0, undefined],
  ])('longest word ending at a position of %s', (text, end, floor, length) => {
    expect(trie.longestEndingAt(text, end, floor)?.length).toBe(length)
  })
})

describe('gazetteer', () => {
  it('finds full names and short forms with their parents', () => {
    const g = gazetteer()
    const m = g.at('包头市青山区', 0)!
    expect(m.length).toBe(3)
    expect(m.values.map((v) => [v.place.code, v.place.level, v.short])).toEqual([['1502', 'city', false]])
    const county = g.at('包头市青山区', 3)!.values.map((v) => v.place)
    expect(county.length).toBeGreaterThan(1)
    const baotou = county.find((p) => p.parents[0]?.code === '1502')!
    expect(baotou.parents.map((p) => p.name)).toEqual(['包头市', '内蒙古自治区'])
    expect(g.endingAt('在内蒙古', 4)?.values.map((v) => [v.place.name, v.short])).toEqual([['内蒙古自治区', true]])
  })

  it('gives the same Place object for a division each time', () => {
    expect(gazetteer().at('包头市', 0)!.values[0]!.place).toBe(gazetteer().at('包头', 0)!.values[0]!.place)
  })
})

describe('simplifiedToTraditional', () => {
  it('converts as OpenCC s2tw does', () => {
    const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' })
    for (const s of ['商水县委', '台州市公安局椒江分局刑侦大队', '一伙人发现了头发', '里程碑和后台', '⿰氵每水', '𠀀简体'])
      expect(simplifiedToTraditional(s)).toBe(opencc(s))
  })
})

describe('cachedBytes', () => {
  it('builds once, reads back, and builds again when the file is damaged', () => {
    const key = `test-${process.pid}-${Date.now()}`
    let builds = 0
    const build = () => (builds++, new Uint8Array([1, 2, 3, 4, 5]))
    expect([...cachedBytes('lookup-test', key, build)]).toEqual([1, 2, 3, 4, 5])
    expect([...cachedBytes('lookup-test', key, build)]).toEqual([1, 2, 3, 4, 5])
    expect(builds).toBe(1)
    const dirs = [path.resolve('node_modules/.cache/kg-police-news'), path.join(os.tmpdir(), 'kg-police-news-cache')]
    const file = dirs.map((d) => path.join(d, `lookup-test-${key}.bin`)).find((f) => fs.existsSync(f))!
    const bytes = fs.readFileSync(file)
    bytes[0] = 9
    fs.writeFileSync(file, bytes)
    expect([...cachedBytes('lookup-test', key, build)]).toEqual([1, 2, 3, 4, 5])
    expect(builds).toBe(2)
    fs.rmSync(file)
  })
})
