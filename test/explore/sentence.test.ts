// The evidence sentence shown for an edge: whole sentences, read across newspaper page breaks as
// extraction reads them, with the highlight on the evidence itself.
import { describe, expect, it } from 'vitest'
import { sentenceAround } from '../../src/explore/index.js'

const TEXT = '标题\n\n赤峰市公安局红山区分局站前派出所所长李志强,已然成为民警们眼中的榜样,大家纷纷学习他的先进事迹,形成了浓厚\n\n的比学赶超氛围。这得益于宣传。\n\n小标题\n\n下一段。'
const around = (word: string) => {
  const at = TEXT.indexOf(word)
  const r = sentenceAround(TEXT, 0, at, at + word.length)
  return { ...r, marked: r.sentence.slice(r.highlight[0], r.highlight[1]) }
}

describe('sentenceAround', () => {
  it('reads across a page break in the middle of a sentence', () => {
    const r = around('李志强')
    expect(r.sentence).toBe('赤峰市公安局红山区分局站前派出所所长李志强,已然成为民警们眼中的榜样,大家纷纷学习他的先进事迹,形成了浓厚的比学赶超氛围。')
    expect(r.marked).toBe('李志强')
    expect(around('比学赶超').marked).toBe('比学赶超')
  })

  it('stops at sentence ends, headings and paragraph ends', () => {
    expect(around('宣传').sentence).toBe('这得益于宣传。')
    expect(around('小标题').sentence).toBe('小标题')
    expect(around('下一段').sentence).toBe('下一段。')
  })
})
