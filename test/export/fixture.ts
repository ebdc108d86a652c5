// Fixture graphs for the export tests, written for them: one article run through graph assembly
// (src/resolve/assemble.ts) and one hand-made contribution whose properties hold every awkward
// value a format could lose: Chinese with quotes, newlines, `;`, commas, pipes, backslashes, arrays.
import { FIXED_CLOCK } from '../support/clock.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ArticleContribution, ArticleExtraction, GraphEdge, GraphNode, Subgraph } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import type { GraphStore } from '../../src/store/types.js'

export const NASTY_STRINGS = ['包头市"公安"局', 'line1\nline2', 'a;b', 'back\\slash', "it's", 'x, y', 'p|q', '[方括号]', 'tab\there', 'cr\r\nlf', '“全角引号”']

const TEXT = [
  '包头市公安局开展“禁毒严打大收戒”专项行动',
  '本报记者●刘浩',
  '包头市"公安"局(包头市局)深入推进禁毒严打大收戒专项行动,建立战时奖励机制。',
  '青山路派出所所长刘浩说,共破获各类毒品案件4641起,同比上升68.34%。',
].join('\n')

function at(text: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(text, from)
  if (start < 0) throw new Error(`fixture text lacks ${text}`)
  return { start, end: start + text.length }
}

const mention = (text: string, rule: string, from = 0) => ({ ...at(text, from), text, rule })
const sentence = (from: string) => {
  const s = at(from)
  const end = TEXT.indexOf('。', s.start) + 1
  return { start: TEXT.lastIndexOf('\n', s.start) + 1, end }
}

export const EXTRACTION: ArticleExtraction = {
  source: 'baotou "2021";a.txt',
  article: 0,
  title: '包头市公安局开展“禁毒严打大收戒”专项行动',
  subtitle: '副题:line1\nline2;a;b',
  date: '2021-06-01',
  span: { start: 0, end: TEXT.length },
  text: TEXT,
  bylines: [{ name: '刘浩', role: '记者', span: at('本报记者●刘浩') }],
  entities: [
    { type: 'Unit', name: '包头市公安局', aliases: ['包头市"公安"局', '包头市局'], mentions: [mention('包头市公安局', 'unit:suffix'), mention('包头市"公安"局', 'unit:suffix'), mention('包头市局', 'unit:short', TEXT.indexOf('(包头市局)'))] },
    { type: 'Place', name: '包头市', aliases: ['包头'], mentions: [mention('包头市', 'place:gazetteer')], division: { code: '150200', level: 'city', parents: [{ code: '150000', name: '内蒙古自治区', level: 'province' }] } },
    { type: 'Person', name: '刘浩', aliases: [], mentions: [mention('刘浩', 'person:byline'), mention('刘浩', 'person:title', TEXT.indexOf('所长刘浩'))] },
    { type: 'Unit', name: '青山路派出所', aliases: [], mentions: [mention('青山路派出所', 'unit:suffix')] },
    { type: 'Campaign', name: '禁毒严打大收戒专项行动', aliases: ['“禁毒严打大收戒”专项行动'], mentions: [mention('禁毒严打大收戒专项行动', 'campaign:kind')] },
    { type: 'Measure', name: '战时奖励机制', aliases: [], mentions: [mention('战时奖励机制', 'measure:kind')] },
  ],
  relations: [
    { type: 'SERVES_IN', from: { type: 'Person', name: '刘浩' }, to: { type: 'Unit', name: '青山路派出所' }, title: '所长;副所长"代"\n兼 back\\slash', evidence: sentence('青山路派出所所长'), rule: 'serves:title' },
    { type: 'PART_OF', from: { type: 'Unit', name: '青山路派出所' }, to: { type: 'Unit', name: '包头市公安局' }, evidence: sentence('青山路派出所所长'), rule: 'part:context' },
    { type: 'LOCATED_IN', from: { type: 'Unit', name: '包头市公安局' }, to: { type: 'Place', name: '包头市' }, evidence: sentence('包头市"公安"局'), rule: 'located:prefix' },
    { type: 'PARTICIPATES_IN', from: { type: 'Unit', name: '包头市公安局' }, to: { type: 'Campaign', name: '禁毒严打大收戒专项行动' }, evidence: sentence('包头市"公安"局'), rule: 'participates:verb' },
    { type: 'IMPLEMENTS', from: { type: 'Unit', name: '包头市公安局' }, to: { type: 'Measure', name: '战时奖励机制' }, evidence: sentence('包头市"公安"局'), rule: 'implements:verb' },
    { type: 'SUPPORTS', from: { type: 'Measure', name: '战时奖励机制' }, to: { type: 'Campaign', name: '禁毒严打大收戒专项行动' }, evidence: sentence('包头市"公安"局'), rule: 'supports:for' },
    { type: 'AUTHORED', from: { type: 'Person', name: '刘浩' }, to: { type: 'Article', name: '' }, role: '记者', evidence: at('本报记者●刘浩'), rule: 'byline' },
  ],
  figures: [
    {
      metric: '破获毒品案件',
      value: 4641,
      unit: '起',
      change: { basis: '同比', direction: 'up', value: 68.34, unit: '%' },
      period: null,
      unitEntity: { type: 'Unit', name: '包头市公安局' },
      campaign: { type: 'Campaign', name: '禁毒严打大收戒专项行动' },
      evidence: at('共破获各类毒品案件4641起,同比上升68.34%'),
      text: '共破获各类毒品案件4641起,同比上升68.34%',
      rule: 'figure:count',
    },
  ],
  warnings: [],
}

/** A second article whose entity properties are deliberately awkward. */
export const NASTY: ArticleContribution = {
  article: {
    id: 'article:nasty0000000000',
    properties: { name: '包头市"公安"局\n第二篇', title: '包头市"公安"局\n第二篇', source: 'nasty.txt', index: 0, text: NASTY_STRINGS.join('。'), offset: 0, hash: 'nasty' },
  },
  entities: [
    {
      id: 'unit:包头市"公安"局;a,b',
      label: 'Unit',
      properties: {
        name: '包头市"公安"局',
        note: 'line1\nline2',
        semi: 'a;b',
        slash: 'back\\slash',
        tags: NASTY_STRINGS,
        ratio: 1.5,
        big: 2 ** 40,
        nums: [1, 2, 3],
        floats: [0.5, 2],
        flag: true,
        label: '一个叫 label 的属性',
        x: 'not a position',
      },
      aliases: ['包头市"公安"局', 'a;b'],
      count: 2,
      spans: ['0-8'],
    },
  ],
  relations: [],
  figures: [],
}

export async function fixtureStore(): Promise<{ store: EmbeddedStore; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-test-'))
  const store = new EmbeddedStore(path.join(dir, 'data'), { clock: FIXED_CLOCK })
  await store.apply([assembleArticle(EXTRACTION), NASTY])
  return { store, dir }
}

export async function dumpAll(store: GraphStore): Promise<Subgraph> {
  const out: Subgraph = { nodes: [], edges: [], truncated: false }
  for await (const b of store.dump()) {
    out.nodes.push(...b.nodes)
    out.edges.push(...b.edges)
  }
  return sorted(out)
}

/** Nodes and edges by id, property keys in order: a form two graphs can be compared in. */
export function sorted(g: { nodes: GraphNode[]; edges: GraphEdge[] }): Subgraph {
  const props = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return {
    nodes: [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((n) => ({ ...n, properties: props(n.properties) as GraphNode['properties'] })),
    edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({ ...e, properties: props(e.properties) as GraphEdge['properties'] })),
    truncated: false,
  }
}

/** The same graph without empty strings (and empty arrays), which some formats cannot carry. */
export function withoutEmpties(g: Subgraph, drop: { arrays: boolean } = { arrays: true }): Subgraph {
  const clean = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== '' && !(drop.arrays && Array.isArray(v) && v.length === 0)))
  return sorted({
    nodes: g.nodes.map((n) => ({ ...n, properties: clean(n.properties) as GraphNode['properties'] })),
    edges: g.edges.map((e) => ({ ...e, properties: clean(e.properties) as GraphEdge['properties'] })),
  })
}

export function tmpTarget(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-out-')), name)
}
