// Figures a sentence reports: metric, value, unit, change (同比/环比, up/down, %), period, and the
// unit and campaign the clause is about. `破获毒品案件4641起,同比上升68.34%` names what is counted
// before the number; `整合30项行政执法权` after it. Metrics are cut at the
// segmenter's word boundaries and must hold a noun; values are normalised (3万名 → 30000 名).
import type { Figure } from '../model/index.js'
import { CodeUnits } from './lexicon.js'
import { words, type Word } from './segment.js'
import { allMatches, type Sentence, type Span } from './text.js'

export interface RawFigure extends Omit<Figure, 'evidence' | 'unitEntity' | 'campaign'> {
  span: Span
  sentence: Sentence
}

/** Measure words, longest first; 万/亿 and 余/多 are read apart (3万余名, 20余万元, 5.2亿元). */
const MEASURE_WORDS = '个百分点|人次|辆次|平方米|公斤|千克|公里|小时|起|人|名|件|次|个|家|辆|所|条|户|处|支|项|吨|克|场|期|批|套|台|部|份|宗|只|头|天|元|%'
/** At most so many characters stand before a figure's digits (FIGURE's first group). */
const BEFORE_FIGURE = 16
/** A figure, the words before its number and the change after it (sticky: tried only where `figureMatches` says). */
const FIGURE = new RegExp(
  `([\\u4e00-\\u9fff]{0,${BEFORE_FIGURE}}?)(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?(万|亿)?(${MEASURE_WORDS})(?:[,，]?(同比|环比)?(?:分别)?(上升|增长|增加|提高|下降|减少|降低|持平)(\\d+(?:\\.\\d+)?)?(%|个百分点|倍)?)?`,
  'y',
)
/** What a figure's value opens with, to find where the next one may be. */
const DIGIT = /\d/g

/**
 * Every match of FIGURE in `text`, as `matchAll` would find them with the pattern global. A match holds
 * a digit at most BEFORE_FIGURE characters after its start, so it is tried only at the positions that
 * far before a digit: tried at every character of a sentence, the pattern read up to sixteen characters
 * at each for a digit that was not there.
 */
function figureMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  // `at`: the first position not tried yet.
  for (let at = 0; ; ) {
    DIGIT.lastIndex = at
    const digit = DIGIT.exec(text)
    if (!digit) return out
    let m: RegExpExecArray | null = null
    for (at = Math.max(at, digit.index - BEFORE_FIGURE); at <= digit.index && !m; at++) {
      FIGURE.lastIndex = at
      m = FIGURE.exec(text)
    }
    if (m) {
      out.push(m)
      at = m.index + m[0].length
    }
  }
}
const UP = /上升|增长|增加|提高/
const CHANGE_VERB = '上升|增长|增加|提高|下降|减少|降低'
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 }
/** Measure words that name what they count: a bare verb's count is that (止付金额, 走访户数, 收戒人数). */
const MEASURE_NOUN: Record<string, string> = { 元: '金额', 户: '户数', 人: '人数', 名: '人数', 人次: '人次' }
/** Durations say how long, not how many (24小时警局, 以100天时间为限): never a count of the noun after. */
const DURATION = /^(小时|天)$/

/** Words that lead into a number without naming what is counted: the metric starts after the last. */
const LEAD_IN = new Set(
  '共计 累计 先后 其中 共有 一共 总共 合计 总计 分别 同时 已经 达到 高达 超过 达 近 约 逾 计 历时 开展 召开 组织开展 同期 去年同期 上年同期 有 是 为 将 把 对 向 在 从 于 至 以 依托 通过 原有 现有 拥有 共 已 均 都 并 还 又 及 和 与 等 的 了 各 仅 仅用 用'.split(' '),
)
/** A verb of reaching between what is counted and its number (满意度达98.7%, 金额高达5亿元). */
const REACH = /(?:均|都|共|已|分别)?(?:达到了?|高达|达|超过|总计|共计|合计|累计|提升到|提高到|增加到|增至|上升到|下降到|降至|为)$/
/** A change with no count of its own (可防性案件同比下降31.2%): the metric is what changed. */
const BARE_CHANGE = new RegExp(`(同比|环比)?(分别)?(${CHANGE_VERB})$`)
/** Determiners inside a metric that count nothing themselves (破获各类毒品案件 → 破获毒品案件). */
const DETERMINER = /^(各类|各种|各项|各级|所有|全部)$/
/** Where the count holds, not what is counted (全区43个街乡, 全局567名党员): never the metric itself. */
const SCOPE = /^(?:(?:全|本|该)(?:省|市|区|县|旗|州|盟|国|镇|乡|局|厅|警|队)|辖区|其余|其他|其中|本级)$/
/** Prefixes jieba glues to a verb (共出动): they lead in, they are not what is counted. */
const GLUED_LEAD = /^(共计|累计|先后|共|已|均)(?=[\u4e00-\u9fff]{2})/

/** Tags of words that name something (nouns, names, nominal verbs, abbreviations, set phrases). */
const NOUN_TAG = /^(n|nr|nrt|nrfg|ns|nt|nz|ng|vn|an|j|l|i)$/
/** Suffixes jieba tags as verbs that make a noun of what they close (破案率, 配备率, 破案数). */
const NOUN_SUFFIX = /^(率|数|量|额)$/
/** Tags that end a metric walking left from its number: function words, numbers, times, places of position. */
const STOP_TAG = /^(p|c|d|ad|r|m|mq|q|x|u|uj|ul|uz|ug|uv|ud|y|e|o|f|t|tg|s)$/
/** Tags of the nouns a measure word may count after it (no set phrases: 因公殉职, 紧密结合). */
const AFTER_NOUN_TAG = /^(n|nr|nrt|nrfg|ns|nt|nz|ng|vn|an|j)$/

/** How names of bodies end (领导小组, 公安局, 派出所). */
const BODY_END = /[组队局所院厅站委]$/
/** How words for people end (党员, 民警, 爱好者, 逃犯, 选手, 个人). */
const PERSON_END = /[员警者犯手人师生兵官]$/
const isNoun = (w: Word) => NOUN_TAG.test(w.tag) || NOUN_SUFFIX.test(w.word)
const isChineseCount = (w: Word) => w.tag === 'm' && /^[一二三四五六七八九十两百千]+[\u4e00-\u9fff]?$/.test(w.word)

/** The words of `text` lying wholly in [from, to). */
function wordsIn(ws: readonly Word[], from: number, to: number): Word[] {
  return ws.filter((w) => w.start >= from && w.end <= to)
}

/** True when `at` falls between two words of the sentence. */
function isBoundary(ws: readonly Word[], at: number): boolean {
  return at === 0 || ws.some((w) => w.end === at) || ws.every((w) => w.end < at)
}

/** A metric read off words, with its span in the sentence and how it was found. */
interface Metric {
  text: string
  from: number
  to: number
  nouns: boolean
  verbsOnly: boolean
}

/**
 * A list of two or more nouns joined by 、 that ends at `end` (响应率、解决率、满意率), starting
 * no earlier than `floor` (the end of the figure before: 出动警力1200人次、警车300辆 lists no 人次).
 */
function listBefore(text: string, floor: number, end: number): { text: string; start: number } | undefined {
  let start = end
  while (start > floor && /[\u4e00-\u9fff、]/.test(text[start - 1]!)) start--
  if (text[start] === '、') return undefined
  // The first item starts where its clause's subject or verb ends (…分局组织民警、辅警 → 民警).
  const first = words(text.slice(start, text.indexOf('、', start)))
  let k = first.length
  while (k > 0 && (isNoun(first[k - 1]!) && !/^(nt|ns)$/.test(first[k - 1]!.tag) || (/^v/.test(first[k - 1]!.tag) && k < first.length && NOUN_SUFFIX.test(first[k]!.word)))) k--
  start += first.slice(0, k).reduce((n, w) => n + w.word.length, 0)
  const list = text.slice(start, end)
  const items = list.split('、')
  if (items.length < 2 || items.some((item) => item.length < 2 || !words(item).some(isNoun))) return undefined
  return { text: list, start }
}

/**
 * What is counted before a number ending at `end`: the words back to the last lead-in, function
 * word or number, with determiners left out; scope words (全市) and places may stay in it but are
 * not the noun it must hold.
 */
function metricBefore(text: string, ws: readonly Word[], from: number, end: number, listFloor = 0): Metric | undefined {
  const run: Word[] = []
  const span = wordsIn(ws, from, end)
  for (let k = span.length - 1; k >= 0; k--) {
    const w = span[k]!
    // 整合率, 投入量: a lead-in verb before a noun suffix is part of the noun.
    const suffixed = run.length === 1 && NOUN_SUFFIX.test(run[0]!.word) && /^v/.test(w.tag)
    if (LEAD_IN.has(w.word) && !suffixed) break
    // 三项指标: a count in words opens the metric; one right before the number (四类6条) counts nothing.
    if (isChineseCount(w)) {
      if (run.length) run.unshift(w)
      break
    }
    // 满分人数, 校园周边警情: a two-character adverb or place word right before a noun modifies it;
    // 查处酒后驾驶: a time word between a verb and its object belongs to the object.
    const leftVerb = k > 0 && span[k - 1]!.tag === 'v' && !LEAD_IN.has(span[k - 1]!.word)
    const modifier = run.length > 0 && ((/^(d|f)$/.test(w.tag) && w.word.length >= 2 && /^n/.test(run[0]!.tag)) || (w.tag === 't' && leftVerb))
    if (STOP_TAG.test(w.tag) && !DETERMINER.test(w.word) && !NOUN_SUFFIX.test(w.word) && !modifier) break
    run.unshift(w)
  }
  while (run.length && DETERMINER.test(run[0]!.word)) run.shift()
  if (!run.length) return undefined
  // 在辖区重点企业设立警务室28个, 法院依法追缴涉案财物: nouns before a verb with an object are where or
  // who, not what is counted; the metric starts at the verb.
  const verb = run.findIndex((w, i) => i > 0 && w.tag === 'v' && w.word.length >= 2 && run.slice(i + 1).some((o) => /^n/.test(o.tag) && !NOUN_SUFFIX.test(o.word)))
  if (verb > 0 && run.slice(0, verb).every((w) => !/^v/.test(w.tag)) && run.slice(0, verb).some((w) => /^(n|nr|ns|nt|nz)$/.test(w.tag))) run.splice(0, verb)
  // 响应率、解决率、满意率三率均达到100%: a count in words sums up the list before it, which is the metric.
  if (isChineseCount(run[0]!)) {
    const list = listBefore(text, listFloor, run[0]!.start)
    if (list) return { text: list.text, from: list.start, to: run[run.length - 1]!.end, nouns: true, verbsOnly: false }
  }
  // 民警、辅警800余人次: the items listed before the last are counted with it.
  if (text[run[0]!.start - 1] === '、' && run.some(isNoun)) {
    const list = listBefore(text, listFloor, run[run.length - 1]!.end)
    if (list) return { text: list.text, from: list.start, to: run[run.length - 1]!.end, nouns: true, verbsOnly: false }
  }
  // 行动共出动警力: a word jieba glued to a lead-in (共出动) opens the metric without it.
  const gluedAt = run.findLastIndex((w) => GLUED_LEAD.test(w.word))
  if (gluedAt > 0) run.splice(0, gluedAt)
  const kept = run.filter((w) => !DETERMINER.test(w.word))
  const content = kept.filter((w) => !SCOPE.test(w.word) && w.tag !== 'ns')
  const joined = kept.map((w) => w.word).join('')
  const glued = GLUED_LEAD.exec(joined)
  const start = run[0]!.start + (glued ? glued[0].length : 0)
  return {
    text: glued ? joined.slice(glued[0].length) : joined,
    from: start,
    to: run[run.length - 1]!.end,
    nouns: content.some(isNoun) || (content.length >= 2 && /^v/.test(content[0]!.tag) && content.slice(1).some((w) => /^(v|vn|a|t)$/.test(w.tag))),
    verbsOnly: content.length > 0 && content.every((w) => /^v/.test(w.tag) && !isNoun(w)),
  }
}

/**
 * The noun a measure word counts when it comes right after it (30项行政执法权, 16个集体和…,
 * 17支执法队伍): nouns, with a verb or adjective in front (执法队伍, 新措施) and none after
 * another word unless it ends the clause (漂白身份逃犯。); a body's name ends it (12个公安局选派…).
 */
function nounAfter(text: string, ws: readonly Word[], at: number, measure: string): Metric | undefined {
  const run: Word[] = []
  let next = at
  for (const w of ws) {
    if (w.start < at) continue
    if (w.start !== next || run.length >= 5) break
    const clauseEnds = /^[，,。；;！!？?]?$/.test(text[w.end] ?? '')
    const opening = run.length === 0
    // 17支执法队伍, 200万个疑似目标: a verb may open the noun, never a verb that leads into a clause (开展…).
    const opens = opening && /^(v|a|b)$/.test(w.tag) && !LEAD_IN.has(w.word)
    if (!(AFTER_NOUN_TAG.test(w.tag) || w.tag === 'zg' || opens || (w.tag === 'v' && clauseEnds && !opening))) break
    run.push(w)
    next = w.end
    // 12个盟市公安局选派…, 4个领导小组职能作用: a body is what is counted; what follows is another noun.
    if (w.tag === 'nt' || BODY_END.test(w.word)) break
  }
  // 567名党员基本信息数据: people are counted in 名 and 人; the count stops with the last word for people (民警辅警).
  if (/^(名|人|人次)$/.test(measure)) {
    const last = run.findLastIndex((w) => PERSON_END.test(w.word))
    if (last >= 0) run.length = last + 1
  }
  while (run.length > 1 && !isNoun(run[run.length - 1]!) && !PERSON_END.test(run[run.length - 1]!.word)) run.pop()
  if (!run.length || !run.some(isNoun)) return undefined
  const noun = run.map((w) => w.word).join('')
  if (noun.length < 2 || SCOPE.test(noun)) return undefined
  return { text: noun, from: run[0]!.start, to: run[run.length - 1]!.end, nouns: true, verbsOnly: false }
}

/** What a metric may reach after its measure word: a few words (17支执法队伍, 200万个疑似目标). */
const AFTER_REACH = 24

/**
 * The words around each figure: from where its metric may start to a few words past its measure
 * word. Tagging only these windows, not whole sentences, keeps figures cheap in long sentences.
 */
function wordsAround(text: string, matches: readonly RegExpExecArray[]): Word[] {
  const out: Word[] = []
  let from = -1
  let to = -1
  const flush = () => {
    if (from < 0) return
    // A literal, not a spread of the word: V8 copies a spread with fields after it on its slow path.
    for (const w of words(text.slice(from, to))) out.push({ start: w.start + from, end: w.end + from, word: w.word, tag: w.tag })
  }
  for (const m of matches) {
    const end = Math.min(text.length, m.index + m[0].length + AFTER_REACH)
    if (m.index <= to) to = Math.max(to, end)
    else {
      flush()
      from = m.index
      to = end
    }
  }
  flush()
  return out
}

/** The value written with its magnitude (3万 → 30000, 5.82亿 → 582000000), without float noise. */
function valueOf(digits: string, first: string | undefined, second: string | undefined): number {
  const factor = (first ? MAGNITUDE[first]! : 1) * (second ? MAGNITUDE[second]! : 1)
  // Twelve characters hold at most twelve significant digits: read alone, they carry no noise to round off.
  if (factor === 1 && digits.length <= 12) return Number(digits)
  return Number((Number(digits) * factor).toPrecision(12))
}

/** The nouns that close a metric (排查矛盾 → 矛盾): what a bare verb after it counts too. */
function nounTail(metric: string): string {
  const ws = words(metric)
  let k = ws.length
  while (k > 0 && /^(n|nz|ng|an|j|l|i)$/.test(ws[k - 1]!.tag)) k--
  return ws.slice(k).map((w) => w.word).join('')
}

export function figuresIn(sentence: Sentence): RawFigure[] {
  const out: RawFigure[] = []
  if (!/\d/.test(sentence.text)) return out
  const text = sentence.text
  const matches = figureMatches(text)
  if (!matches.length) return out
  const ws = wordsAround(text, matches)
  const periods = periodsIn(text)
  let lastEnd = -1
  for (const m of matches) {
    const before = m[1]!
    const numStart = m.index + before.length
    const unitEnd = numStart + m[2]!.length + (m[3]?.length ?? 0) + (m[4]?.length ?? 0) + (m[5]?.length ?? 0) + m[6]!.length
    const measure = m[6]!
    const previous = out.at(-1)
    const listFloor = Math.max(0, lastEnd)
    const follows = lastEnd === m.index && before === ''
    lastEnd = m.index + m[0].length
    // 3批次, 5类: the measure word is half of a longer word; no count of that measure.
    if (!isBoundary(ws, unitEnd)) continue
    // 被告人王某某等23人组织…: the size of a group just named, followed by what it did, is no statistic.
    if (/等$/.test(before) && /^(人|名)$/.test(measure)) continue
    const approximate = Boolean(m[4]) || /(近|约|逾)$/.test(before)
    const value = valueOf(m[2]!, m[3], m[5])
    const floor = m.index
    let rule = 'figure:metric-number-unit'
    let metric: Metric | undefined
    let end = m.index + m[0].length

    // 可防性案件同比下降31.2%, …下降12个百分点: a change with no count of its own.
    const bare = BARE_CHANGE.exec(before)
    if (bare && (measure === '%' || measure === '个百分点') && !m[8]) {
      metric = metricBefore(text, ws, floor, numStart - bare[0].length, listFloor)
      if (!metric?.nouns || metric.text.length < 2) continue
      out.push({
        metric: metric.text,
        value,
        unit: measure,
        change: { basis: (bare[1] as '同比' | '环比' | undefined) ?? null, direction: UP.test(bare[3]!) ? 'up' : 'down', value, unit: measure },
        period: periodFor(text, periods, metric.from),
        text: text.slice(metric.from, end),
        span: { start: sentence.start + metric.from, end: sentence.start + end },
        sentence,
        rule: 'figure:change-only',
      })
      continue
    }

    const after = nounAfter(text, ws, unitEnd, measure)
    // 违法行为1560起: a verb of reaching counts only as whole words (为 is no verb inside 行为).
    const reach = REACH.exec(before)?.[0].length ?? 0
    const beforeMetric = metricBefore(text, ws, floor, numStart - (isBoundary(ws, numStart - reach) ? reach : 0), listFloor)
    // 投入资金1.5亿元建设天网工程: a sum counts money, never the noun after it.
    if (after && measure !== '元') {
      // 24小时警局, 以100天时间为限: a duration describes the noun, it does not count it.
      if (DURATION.test(measure)) continue
      metric = after
      rule = 'figure:number-unit-noun'
      end = Math.max(end, after.to)
    } else if (beforeMetric?.nouns && beforeMetric.text.length >= 2) {
      metric = beforeMetric
      // 民警分3批次, 仅用11天: a one-character verb before the number takes it as an adverbial, not a count.
      const last = ws.find((w) => w.end === beforeMetric.to)
      if (last && last.word.length === 1 && /^v/.test(last.tag) && !NOUN_SUFFIX.test(last.word)) continue
      // 连续奋战20余天: a duration after a verb says how long it went on, it counts nothing.
      if (last && DURATION.test(measure) && /^v/.test(last.tag)) continue
    } else if (follows && previous && previous.rule !== 'figure:change-only') {
      // 移送起诉61起73人: a second count of the same thing, in another measure word.
      metric = { text: previous.metric, from: m.index, to: m.index, nouns: true, verbsOnly: false }
      rule = 'figure:second-count'
    } else if (beforeMetric?.verbsOnly) {
      // 排查矛盾118起，化解73起: a bare verb counts what the count before it, in the same measure, counted.
      const tail = previous && previous.unit === measure && previous.rule !== 'figure:change-only' ? nounTail(previous.metric) : ''
      if (tail.startsWith(beforeMetric.text)) {
        // 破获案件30起，今年破获35起: the verb repeats the metric before it.
        metric = { ...beforeMetric, text: tail }
        rule = 'figure:borrowed-noun'
      } else if (tail && [...tail].includes(beforeMetric.text.at(-1)!)) {
        // 立…刑事案件158起，破案137起: the verb holds the noun already.
        metric = beforeMetric
        rule = 'figure:verb-object'
      } else if (tail) {
        metric = { ...beforeMetric, text: beforeMetric.text + tail }
        rule = 'figure:borrowed-noun'
      } else if (MEASURE_NOUN[measure]) {
        // 及时止付141.6亿元, 走访12508户, 投入500万元: a measure word that names what it counts completes the verb.
        metric = { ...beforeMetric, text: beforeMetric.text + MEASURE_NOUN[measure] }
        rule = 'figure:measure-noun'
      } else continue
    } else continue

    if (/^(\d|年|月|日)/.test(metric.text)) continue
    const direction = m[8] ? (UP.test(m[8]) ? 'up' : /持平/.test(m[8]) ? 'flat' : 'down') : undefined
    const from = Math.min(metric.from, numStart)
    const change: RawFigure['change'] = direction ? { basis: (m[7] as '同比' | '环比' | undefined) ?? null, direction, value: m[9] ? Number(m[9]) : null, unit: m[10] ?? null } : null
    const period = periodFor(text, periods, from)
    const span = { start: sentence.start + from, end: sentence.start + end }
    // (Two literals, not a spread of the optional field before the fields after it: V8 builds such an object on its slow path.)
    out.push(
      approximate
        ? { metric: metric.text, value, unit: measure, approximate: true, change, period, text: text.slice(from, end), span, sentence, rule }
        : { metric: metric.text, value, unit: measure, change, period, text: text.slice(from, end), span, sentence, rule },
    )
  }
  assignRespectiveChanges(text, out)
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
  for (const r of allMatches(sentence, RESPECTIVE)) {
    let direction: 'up' | 'down' | undefined
    const changes = allMatches(r[2]!, RESPECTIVE_ITEM).map((item) => {
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

// ---------------------------------------------------------------------------------------------
// Clauses: a sentence splits at semicolons into parts that report on different things
// (…扫黑除恶…，打掉涉黑组织68个；…电信网络诈骗，去年以来，预警劝阻…); a part splits at commas.

const PART_MARKS = '；;'
const CLAUSE_MARKS = '，,；;：:'
/** The marks as code units: `pieceAt` reads a sentence for every figure, where a pattern's scan cost more than the read. */
const codeUnitsOf = (marks: string): CodeUnits => new CodeUnits([...marks].map((c) => c.charCodeAt(0)))
const PART_END = codeUnitsOf(PART_MARKS)
const CLAUSE_END_UNITS = codeUnitsOf(CLAUSE_MARKS)

/** [start, end) of the part of `text` (split at `marks`) holding position `at`. */
function pieceAt(text: string, at: number, marks: CodeUnits): Span {
  let start = 0
  for (let k = 0; k < text.length; k++) {
    if (!marks.has(text.charCodeAt(k))) continue
    if (k >= at) return { start, end: k }
    start = k + 1
  }
  return { start, end: text.length }
}

const YEAR = '(?:\\d{4}年|今年|去年|前年|全年)'
const MONTHS = '\\d{1,2}(?:[至到-]\\d{1,2})?月份?(?:\\d{1,2}日)?(?:上旬|中旬|下旬|底|末|初)?'
const WITHIN_YEAR = `(?:${MONTHS}|上半年|下半年|前三季度|第?[一二三四]季度)`
const SPAN_OF_TIME = `(?:${YEAR}?${WITHIN_YEAR}|${YEAR}(?:底|末|初)?)`
const RELATIVE = '近年来|近期|近日|日前|目前|近[一二三四五六七八九十两\\d]+(?:年|个月)|[一二三四五六七八九十两\\d]+年来'
/** A period a figure counts over: 2018年以来, 截至1至9月份, 去年以来, 上半年, 近三年, 截至目前, 近日. */
const PERIOD = new RegExp(`截至(?:目前|${SPAN_OF_TIME})|${SPAN_OF_TIME}(?:以来|至今)?(?!同期)|${RELATIVE}`, 'g')
/** A clause that is a period in its own words (专项活动开展以来, 新中国成立以来). */
const SINCE_CLAUSE = /^[\u4e00-\u9fff]{2,14}以来$/

interface Period {
  at: number
  text: string
}

/** Every period written in a sentence, in order. */
function periodsIn(sentence: string): Period[] {
  const found: Period[] = allMatches(sentence, PERIOD).map((m) => ({ at: m.index, text: m[0] }))
  // Clauses read by code units, as pieceAt does; only one that ends in 以来 can be a period of its own.
  let start = 0
  for (let end = 0; end <= sentence.length; end++) {
    if (end < sentence.length && !CLAUSE_END_UNITS.has(sentence.charCodeAt(end))) continue
    if (sentence.startsWith('以来', end - 2) && end - 2 >= start) {
      const clause = sentence.slice(start, end)
      if (SINCE_CLAUSE.test(clause) && !found.some((p) => p.at >= start && p.at < end)) found.push({ at: start, text: clause })
    }
    start = end + 1
  }
  return found.sort((a, b) => a.at - b.at)
}

/**
 * The period of a figure at `at`: the last one written before it in its part of the sentence,
 * else one that opens the sentence; a period stated for another part does not reach it.
 */
function periodFor(sentence: string, periods: readonly Period[], at: number): string | null {
  const part = pieceAt(sentence, at, PART_END)
  const inPart = periods.filter((p) => p.at >= part.start && p.at < at)
  if (inPart.length) return inPart[inPart.length - 1]!.text
  const opening = pieceAt(sentence, 0, CLAUSE_END_UNITS)
  return periods.find((p) => p.at < opening.end && p.at < at)?.text ?? null
}

/**
 * Which of the drives named in a sentence (`drives`, sentence offsets, in order) a figure at `at`
 * reports on: one named in its own clause, else the last named before it in its part of the
 * sentence; a drive in another part (after a semicolon) or only named later does not reach it.
 */
export function driveOf(sentence: string, at: Span, drives: readonly Span[]): number {
  const part = pieceAt(sentence, at.start, PART_END)
  const clause = pieceAt(sentence, at.start, CLAUSE_END_UNITS)
  const own = drives.map((d, i) => ({ d, i })).filter(({ d }) => d.start >= clause.start && d.end <= clause.end)
  if (own.length) return (own.filter(({ d }) => d.start < at.start).at(-1) ?? own[0]!).i
  let found = -1
  drives.forEach((d, i) => {
    if (d.start >= part.start && d.end <= clause.start) found = i
  })
  return found
}
