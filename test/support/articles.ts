// Small hand-made extractions for store and resolution tests, so they don't depend on the extractor.
import type { ArticleExtraction, Entity, EntityType, Relation } from '../../src/model/index.js'

export interface MiniArticle {
  source: string
  article?: number
  title: string
  text: string
  date?: string
  entities: { type: EntityType; name: string; aliases?: string[]; division?: Entity['division']; masked?: boolean }[]
  relations: { type: Relation['type']; from: [EntityType, string]; to: [EntityType | 'Article', string]; title?: string; role?: string }[]
}

/** Mentions and evidence spans are found in `text` by the names themselves. */
export function mini(a: MiniArticle): ArticleExtraction {
  const at = (s: string) => Math.max(0, a.text.indexOf(s))
  return {
    source: a.source,
    article: a.article ?? 0,
    title: a.title,
    subtitle: null,
    date: a.date ?? null,
    span: { start: 0, end: a.text.length },
    text: a.text,
    bylines: [],
    entities: a.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      mentions: [e.name, ...(e.aliases ?? [])].filter((n) => a.text.includes(n)).map((n) => ({ start: at(n), end: at(n) + n.length, text: n, rule: 'test' })),
      ...(e.division ? { division: e.division } : {}),
      ...(e.masked ? { masked: true } : {}),
    })),
    relations: a.relations.map((r) => ({
      type: r.type,
      from: { type: r.from[0], name: r.from[1] },
      to: r.to[0] === 'Article' ? { type: 'Article' as const, name: r.to[1] } : { type: r.to[0], name: r.to[1] },
      evidence: { start: at(r.from[1]), end: at(r.from[1]) + r.from[1].length },
      rule: 'test',
      ...(r.title ? { title: r.title } : {}),
      ...(r.role ? { role: r.role } : {}),
    })),
    figures: [],
    warnings: [],
  }
}

const CHENGDU = { code: '5101', level: 'city' as const, parents: [{ code: '51', name: '四川省', level: 'province' as const }] }
const WUHOU = { code: '510107', level: 'county' as const, parents: [{ code: '5101', name: '成都市', level: 'city' as const }, { code: '51', name: '四川省', level: 'province' as const }] }

/** Two articles of one file about the same bureau, written for the tests (not from the seeds). */
export const chengduArticles: ArticleExtraction[] = [
  mini({
    source: 'chengdu.txt',
    article: 0,
    title: '武侯区分局推行“警民议事会”机制',
    date: '2023-05-01',
    text: '成都市公安局武侯区分局所长陈明表示，该局在“清源”专项行动中推行“警民议事会”机制。本报记者●周红',
    entities: [
      { type: 'Place', name: '成都市', division: CHENGDU },
      { type: 'Place', name: '武侯区', division: WUHOU },
      { type: 'Unit', name: '成都市公安局' },
      { type: 'Unit', name: '成都市公安局武侯区分局', aliases: ['该局'] },
      { type: 'Person', name: '陈明' },
      { type: 'Person', name: '周红' },
      { type: 'Campaign', name: '清源专项行动', aliases: ['“清源”专项行动'] },
      { type: 'Measure', name: '警民议事会机制', aliases: ['“警民议事会”机制'] },
    ],
    relations: [
      { type: 'PART_OF', from: ['Unit', '成都市公安局武侯区分局'], to: ['Unit', '成都市公安局'] },
      { type: 'LOCATED_IN', from: ['Unit', '成都市公安局'], to: ['Place', '成都市'] },
      { type: 'SERVES_IN', from: ['Person', '陈明'], to: ['Unit', '成都市公安局武侯区分局'], title: '所长' },
      { type: 'PARTICIPATES_IN', from: ['Unit', '成都市公安局武侯区分局'], to: ['Campaign', '清源专项行动'] },
      { type: 'IMPLEMENTS', from: ['Unit', '成都市公安局武侯区分局'], to: ['Measure', '警民议事会机制'] },
      { type: 'SUPPORTS', from: ['Measure', '警民议事会机制'], to: ['Campaign', '清源专项行动'] },
      { type: 'AUTHORED', from: ['Person', '周红'], to: ['Article', '武侯区分局推行“警民议事会”机制'], role: '记者' },
    ],
  }),
  mini({
    source: 'chengdu.txt',
    article: 1,
    title: '清源行动成效明显',
    text: '成都市公安局在“清源”专项行动中破获案件120起。武侯区分局推广“警民议事会”机制。',
    entities: [
      { type: 'Place', name: '成都市', division: CHENGDU },
      { type: 'Unit', name: '成都市公安局' },
      { type: 'Unit', name: '成都市公安局武侯区分局', aliases: ['武侯区分局'] },
      { type: 'Campaign', name: '清源专项行动', aliases: ['“清源”专项行动'] },
      { type: 'Measure', name: '警民议事会机制', aliases: ['“警民议事会”机制'] },
    ],
    relations: [
      { type: 'PARTICIPATES_IN', from: ['Unit', '成都市公安局'], to: ['Campaign', '清源专项行动'] },
      { type: 'IMPLEMENTS', from: ['Unit', '成都市公安局武侯区分局'], to: ['Measure', '警民议事会机制'] },
      { type: 'PART_OF', from: ['Unit', '成都市公安局武侯区分局'], to: ['Unit', '成都市公安局'] },
    ],
  }),
]
