// The acceptance model: what it keeps and drops with weights given here, the model that ships, the
// script that trains it, and how `kg extract` shows its verdicts. All names are invented.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { accept, entityFeatures, judge, shippedModel } from '../../src/extract/acceptance.js'
import { extract } from '../../src/extract/index.js'
import { LEXICONS } from '../../src/extract/lexicon.js'
import { AcceptanceModel, RULES, type ArticleExtraction } from '../../src/model/index.js'
import { kg, repoRoot } from '../support/cli.js'

const TEXT = '宁江县开展巡逻\n\n记者 柯立新\n\n宁江县公安局开展“清风2026”专项行动，嫌疑人王某被抓获。宁江县公安局局长柯文博说，专项行动破获案件12起。'
const rulesOnly = () => extract(TEXT, { accept: false })[0]!
const names = (x: ArticleExtraction) => x.entities.map((e) => `${e.type}:${e.name}`).sort()
const noThresholds = { Person: 0, Unit: 0, Place: 0, Campaign: 0, Measure: 0 }
const model = (weights: Record<string, number>, thresholds: Partial<typeof noThresholds> = {}): AcceptanceModel => ({ trainedOn: 'this test', thresholds: { ...noThresholds, ...thresholds }, weights })

describe('accept', () => {
  it('keeps everything, as the same object, when nothing falls below its threshold', () => {
    const x = rulesOnly()
    expect(accept(x, model({}, { Campaign: 0.5 }))).toBe(x)
  })

  it('drops an entity below its type’s threshold, with its relationships and the figures’ references to it, and nothing else', () => {
    const x = rulesOnly()
    expect(names(x)).toEqual(['Campaign:清风2026专项行动', 'Person:柯文博', 'Person:柯立新', 'Person:王某', 'Unit:宁江县公安局'])
    expect(x.relations.some((r) => r.to.name === '清风2026专项行动')).toBe(true)
    expect(x.figures.some((f) => f.campaign?.name === '清风2026专项行动')).toBe(true)
    const kept = accept(x, model({ 't=Campaign': -3 }, { Campaign: 0.5 }))
    expect(names(kept)).toEqual(['Person:柯文博', 'Person:柯立新', 'Person:王某', 'Unit:宁江县公安局'])
    expect(kept.relations).toEqual(x.relations.filter((r) => r.to.name !== '清风2026专项行动'))
    expect(kept.figures.map((f) => f.campaign)).toEqual(x.figures.map(() => null))
    expect(kept.figures.map((f) => f.unitEntity)).toEqual(x.figures.map((f) => f.unitEntity))
  })

  it('never drops a masked name, which no answer holds', () => {
    const kept = accept(rulesOnly(), model({ 't=Person': -3 }, { Person: 0.5 }))
    expect(names(kept).filter((n) => n.startsWith('Person:'))).toEqual(['Person:王某'])
  })

  it('weighs the features the rules and the text give, of the types it filters only', () => {
    const x = rulesOnly()
    const campaign = x.entities.find((e) => e.type === 'Campaign')!
    const features = entityFeatures(x).get(campaign)!
    expect(features).toEqual(expect.arrayContaining(['bias', 't=Campaign', 'r=campaign:quoted-kind', 'Campaign:quoted', 'Campaign:kind=专项行动']))
    const judged = judge(x, model({ 'r=campaign:quoted-kind': 2 }, { Campaign: 0.5 }))
    expect(judged.get(campaign)).toBeCloseTo(1 / (1 + Math.exp(-2)), 10)
    // (Only the types the model filters are weighed: the others are kept as they are.)
    expect([...judged.keys()].map((e) => e.type)).toEqual(['Campaign'])
  })
})

describe('the shipped model', () => {
  const shipped = shippedModel()

  it('parses, and names only rules of the registry and kind words of the lexicons', () => {
    expect(AcceptanceModel.parse(shipped)).toEqual(shipped)
    const kinds = new Set([...LEXICONS.unitSuffixes, ...LEXICONS.placeSuffixes, ...LEXICONS.campaignKinds, ...LEXICONS.measureKinds, 'none'])
    for (const feature of Object.keys(shipped.weights)) {
      // (r=rule, and the rule of a relationship an entity takes part in: Type:rel=o|i:TYPE:rule.)
      const rule = /^r=(.+)$/.exec(feature)?.[1] ?? /^\w+:rel=[oi]:[A-Z_]+:(.+)$/.exec(feature)?.[1]
      if (rule) expect(Object.keys(RULES)).toContain(rule)
      const kind = /^\w+:kind=(.+)$/.exec(feature)?.[1]
      if (kind) expect(kinds).toContain(kind)
    }
  })

  it('is what extraction applies by default, and `accept: false` turns it off', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/hubei-police.txt'), 'utf8')
    const [all] = extract(text, { accept: false })
    const [kept] = extract(text)
    expect(kept).toEqual(accept(all!, shipped))
  })
})

describe('kg extract and the model', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-accept-'))
  const file = path.join(dir, 'article.txt')
  fs.writeFileSync(file, TEXT)

  it('--rules-only gives what the rules find; --explain shows the probability of each entity of a type the model weighs', () => {
    const rules = kg(['extract', '--rules-only', file])
    expect(rules.status).toBe(0)
    expect(JSON.parse(rules.stdout)).toEqual({ ...rulesOnly(), source: 'article.txt' })
    const explained = kg(['extract', '--explain', file])
    expect(explained.status).toBe(0)
    expect(explained.stdout).toMatch(/^Campaign 清风2026专项行动 {2}\[p \d\.\d\d(?: < [\d.]+: rejected by the acceptance model)?\]$/m)
    // (A type the model does not weigh shows no probability.)
    expect(explained.stdout).toMatch(/^Unit 宁江县公安局$/m)
    expect(kg(['extract', '--explain', '--rules-only', file]).stdout).toMatch(/^Campaign 清风2026专项行动$/m)
  })
})

describe('scripts/train-acceptance.mjs', () => {
  it('trains on two sets of answered excerpts and scores the held-out runs', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-train-')), 'model.json')
    const fixtures = path.join(import.meta.dirname, 'heldout')
    const r = spawnSync(process.execPath, ['scripts/train-acceptance.mjs', '--out', out, '--report', path.join(path.dirname(out), 'report'), fixtures, `seeds=${path.resolve(repoRoot, '../shared/eval/gold')}`], { cwd: repoRoot, encoding: 'utf8' })
    expect(r.stderr.replace(/^kg: .*masthead.*\n/gm, '')).toBe('')
    expect(r.status).toBe(0)
    const trained = AcceptanceModel.parse(JSON.parse(fs.readFileSync(out, 'utf8')))
    expect(trained.trainedOn).toMatch(/^heldout \(\d+\), seeds \(5\);/)
    expect(r.stdout).toMatch(/rules \(held out[^]*entity F1 +\d+\.\d[^]*accepted \(held out[^]*entity F1 +\d+\.\d/)
  })
})
