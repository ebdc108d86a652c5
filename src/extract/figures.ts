// Figures a sentence reports: metric, value, unit, change (同比/环比, up/down, %), period, and the
// unit and campaign the sentence is about.
import type { Figure } from '../model/index.js'
import type { Sentence, Span } from './text.js'

export interface RawFigure extends Omit<Figure, 'evidence' | 'unitEntity' | 'campaign'> {
  span: Span
  sentence: Sentence
}

const MEASURE_WORDS = '起|人|名|件|次|万元|亿元|元|个|家|辆|所|条|户|处|支|项|吨|公斤|千克|克|余起|余人|余名|余次|余件|余万元|场|期|批|套|台|部|份|宗|只|头|平方米|公里|小时|天|%'
const FIGURE = new RegExp(
  `([\\u4e00-\\u9fff]{2,14}?)(\\d+(?:\\.\\d+)?)(万|亿)?(${MEASURE_WORDS})(?:[,，]?(同比|环比)?(上升|增长|增加|提高|下降|减少|降低|持平)(\\d+(?:\\.\\d+)?)?(%|个百分点|倍)?)?`,
  'g',
)
const PERIOD = /(\d{4}年(?:\d{1,2}月)?(?:以来|至今)?|\d{1,2}至\d{1,2}月份?|今年以来|上半年|前三季度|截至目前|近年来|\d{1,2}月份?)/
/** Words that lead into a figure without naming what is counted. */
const LEAD = /^(共|累计|先后|全年|今年|其中|共计|总计|已|共有|分别|同时|并|还|又|达|为|约|近|超)+/

export function figuresIn(sentence: Sentence): RawFigure[] {
  const out: RawFigure[] = []
  for (const m of sentence.text.matchAll(FIGURE)) {
    let metric = m[1]!.replace(LEAD, '')
    metric = metric.replace(/(共|累计|达|为|约|近|超过?)$/, '')
    if (metric.length < 2 || /^(\d|年|月|日)/.test(metric)) continue
    const scale = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1
    const value = Number(m[2]) * scale
    const direction = m[6] ? (/上升|增长|增加|提高/.test(m[6]) ? 'up' : /持平/.test(m[6]) ? 'flat' : 'down') : undefined
    const from = m.index + m[1]!.indexOf(metric)
    const start = sentence.start + from
    const text = sentence.text.slice(from, m.index + m[0].length)
    out.push({
      metric,
      value,
      unit: (m[3] ?? '') + m[4]! || null,
      change: direction ? { basis: (m[5] as '同比' | '环比' | undefined) ?? null, direction, value: m[7] ? Number(m[7]) : null, unit: m[8] ?? null } : null,
      period: PERIOD.exec(sentence.text)?.[1] ?? null,
      text,
      span: { start, end: start + text.length },
      sentence,
      rule: 'figure:metric-number-unit',
    })
  }
  return out
}
