// Figures a sentence reports: metric, value, unit, change (同比/环比, up/down, %), period, and the
// unit and campaign the sentence is about. `破获毒品案件4641起,同比上升68.34%` and `投入500万元`
// name what is counted before the number; `整合30项行政执法权` after it.
import type { Figure } from '../model/index.js'
import type { Sentence, Span } from './text.js'
import { beforeStopWord } from './words.js'

export interface RawFigure extends Omit<Figure, 'evidence' | 'unitEntity' | 'campaign'> {
  span: Span
  sentence: Sentence
}

const MEASURE_WORDS = '个百分点|万余人次|余人次|万人次|人次|万余起|万余人|万余名|余起|余人|余名|余次|余件|余家|余万元|万元|亿元|元|起|人|名|件|次|个|家|辆|所|条|户|处|支|项|吨|公斤|千克|克|场|期|批|套|台|部|份|宗|只|头|平方米|公里|小时|天|%'
const FIGURE = new RegExp(
  `([\\u4e00-\\u9fff]{0,16}?)(\\d+(?:\\.\\d+)?)(万|亿)?(${MEASURE_WORDS})(?:[,，]?(同比|环比)?(?:分别)?(上升|增长|增加|提高|下降|减少|降低|持平)(\\d+(?:\\.\\d+)?)?(%|个百分点|倍)?)?`,
  'g',
)
const UP = /上升|增长|增加|提高/
const CHANGE_VERB = '上升|增长|增加|提高|下降|减少|降低'
const PERIOD = /(\d{4}年(?:\d{1,2}月)?(?:以来|至今)?|\d{1,2}至\d{1,2}月份?|今年以来|今年|上半年|前三季度|截至目前|近年来|\d{1,2}月份?)/
/** Words that lead into a number without naming what is counted; the metric starts after the last. */
const LEAD_IN = /.*(?:共计|累计|先后|其中|共有|分别|同时|已经|已|并|还|又|共|将|把|对|向|在|了|的|和|与|及|等|有|是|为|从|于|至|达到|高达|超过|均达到|达|近|约|计|历时|今年|开展|召开|组织(?!$)|投入|派出|整合|新建|承担)/
/** Verbs of reaching a level, between what is counted and its number. */
const REACH = /(均|都|共|已)?(达到|高达|超过|达|总计|共计|合计|累计)$/
/** Where the count holds, not what is counted (全区43个街乡): the noun after the number is the metric. */
const SCOPE = /^(?:(?:全|本|该)(?:省|市|区|县|旗|州|盟|国|镇|乡)|辖区|其余|其他|其中)$/
/** A counted noun after the measure word (整合30项行政执法权). */
const NOUN_AFTER = /^[\u4e00-\u9fff]{2,10}/

export function figuresIn(sentence: Sentence): RawFigure[] {
  const out: RawFigure[] = []
  if (!/\d/.test(sentence.text)) return out
  for (const m of sentence.text.matchAll(FIGURE)) {
    const before = m[1]!
    const rest = sentence.text.slice(m.index + m[0].length)
    let metric = before.replace(LEAD_IN, '')
    let from = m.index + before.length - metric.length
    let to = m.index + m[0].length
    // 满意度达98.7%: a verb of reaching right before the number follows what is counted.
    const reach = metric.length < 2 ? REACH.exec(before) : null
    const head = reach ? before.slice(0, reach.index) : ''
    const reached = head.replace(LEAD_IN, '')
    if (reached.length >= 2) {
      from = m.index + head.length - reached.length
      metric = reached
    } else if (metric.length < 2 || SCOPE.test(metric)) {
      // 被告人王某某等23人组织…: the size of a group just named, followed by what it did, is no statistic.
      if (/等$/.test(before) && /^(人|名)$/.test(m[4]!)) continue
      const noun = beforeStopWord(NOUN_AFTER.exec(rest)?.[0] ?? '')
      if (!noun || noun.length < 2) continue
      metric = noun
      from = m.index + before.length
      to = m.index + m[0].length + noun.length
    }
    // 同比分别增长12.4%和10.8%: a change read on its own is no figure.
    if (/^(\d|年|月|日)/.test(metric) || /^(同比|环比)?(分别)?(上升|增长|增加|提高|下降|减少|降低)$/.test(metric)) continue
    // 可防性案件同比下降31.2%: a change with no count of its own; the metric is what changed.
    const bareChange = /(同比|环比)?(上升|增长|增加|提高|下降|减少|降低)$/.exec(metric)
    // …下降12个百分点: a change in points is read the same way, in its own unit.
    if (bareChange && (m[4] === '%' || m[4] === '个百分点') && !m[6] && metric.length - bareChange[0].length >= 2) {
      const what = metric.slice(0, metric.length - bareChange[0].length)
      out.push({
        metric: what,
        value: Number(m[2]),
        unit: m[4],
        change: { basis: (bareChange[1] as '同比' | '环比' | undefined) ?? null, direction: UP.test(bareChange[2]!) ? 'up' : 'down', value: Number(m[2]), unit: m[4] },
        period: periodBefore(sentence.text, from),
        text: sentence.text.slice(from, to),
        span: { start: sentence.start + from, end: sentence.start + to },
        sentence,
        rule: 'figure:change-only',
      })
      continue
    }
    const direction = m[6] ? (UP.test(m[6]) ? 'up' : /持平/.test(m[6]) ? 'flat' : 'down') : undefined
    const text = sentence.text.slice(from, to)
    out.push({
      metric,
      value: Number(m[2]),
      unit: (m[3] ?? '') + m[4]!,
      change: direction ? { basis: (m[5] as '同比' | '环比' | undefined) ?? null, direction, value: m[7] ? Number(m[7]) : null, unit: m[8] ?? null } : null,
      period: periodBefore(sentence.text, from),
      text,
      span: { start: sentence.start + from, end: sentence.start + to },
      sentence,
      rule: metric === before.slice(before.length - metric.length) ? 'figure:metric-number-unit' : 'figure:number-unit-noun',
    })
  }
  assignRespectiveChanges(sentence.text, out)
  return out
}

/** `同比分别增长15.2%和9.7%`: one change for each figure before it, in order. */
const RESPECTIVE = new RegExp(`(同比|环比)?分别((?:(?:${CHANGE_VERB})?\\d+(?:\\.\\d+)?(?:%|个百分点|倍)?[和、及]?)+)`, 'g')
const RESPECTIVE_ITEM = new RegExp(`(${CHANGE_VERB})?(\\d+(?:\\.\\d+)?)(%|个百分点|倍)?`, 'g')

/**
 * 执结案件4.8万件，执行到位金额126.3亿元，同比分别增长15.2%和9.7%: the changes go to the figures
 * before them in order (the last figure alone would otherwise take the first change).
 */
function assignRespectiveChanges(sentence: string, figures: RawFigure[]): void {
  for (const r of sentence.matchAll(RESPECTIVE)) {
    let direction: 'up' | 'down' | undefined
    const changes = [...r[2]!.matchAll(RESPECTIVE_ITEM)].map((item) => {
      if (item[1]) direction = UP.test(item[1]) ? 'up' : 'down'
      return { basis: (r[1] as '同比' | '环比' | undefined) ?? null, direction, value: Number(item[2]), unit: item[3] ?? null }
    })
    const before = figures.filter((f) => f.rule !== 'figure:change-only' && f.span.start - f.sentence.start < r.index)
    if (changes.length < 2 || before.length < changes.length || changes.some((c) => !c.direction)) continue
    before.slice(-changes.length).forEach((f, k) => {
      const c = changes[k]!
      f.change = { basis: c.basis, direction: c.direction!, value: c.value, unit: c.unit }
    })
  }
}

/** The period the figure counts over: the one written nearest before it in the sentence (2018年以来…截至1至9月份). */
function periodBefore(sentence: string, at: number): string | null {
  let found: string | null = null
  for (const m of sentence.matchAll(new RegExp(PERIOD.source, 'g'))) {
    if (m.index > at) return found ?? m[1]!
    found = m[1]!
  }
  return found
}
