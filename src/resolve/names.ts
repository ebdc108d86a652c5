// Names across articles: the one form a drive or device is known by, however an article writes it
// (quotes, `、`, a trailing 活动 or 工作), and which surface forms may be an alias. A form that
// names no particular thing (a kind word alone, `政府`, `人民法院`, `专项行动`; a relative form,
// `该局`, `市局`, `县委`) would make every unit or drive of its kind share one alias, so it is left
// out (ONTOLOGY.md: aliases are short forms of one name).
import { LEXICONS } from '../extract/lexicon.js'
import type { EntityType } from '../model/index.js'
import { normaliseName } from './ids.js'

const KIND_WORDS: ReadonlySet<string> = new Set([...LEXICONS.unitSuffixes, ...LEXICONS.campaignKinds, ...LEXICONS.measureKinds])
/** What a relative form opens with: a pointer (该, 本, 我, 此) or a bare level (市, 县, 区…). */
const RELATIVE = /^(?:该|本|我|此|其|全|各|市|县|区|旗|省|州|盟|镇|乡|自治区|自治州|街道)/

/**
 * A kind word alone, or for bodies and drives one behind a pointer or a bare level word (a place's
 * short form such as 镇江 opens like one, so places and people are not read that way).
 */
export function isGenericAlias(label: EntityType, form: string): boolean {
  const name = normaliseName(form)
  if (KIND_WORDS.has(name)) return true
  if (label === 'Place' || label === 'Person') return false
  const relative = RELATIVE.exec(name)
  if (!relative) return false
  const rest = name.slice(relative[0].length)
  return rest.length > 0 && (KIND_WORDS.has(rest) || rest.length === 1)
}

/** The forms an article gives an entity that may be aliases: its name and every specific form. */
export function specificForms(label: EntityType, name: string, forms: readonly string[]): string[] {
  return [...new Set([name, ...forms.filter((f) => !isGenericAlias(label, f))])]
}

const DRIVE_KINDS: readonly string[] = [...LEXICONS.campaignKinds, ...LEXICONS.measureKinds]
/** Words a drive's or device's name may end with after its kind word, adding nothing (…教育整顿活动). */
const TRAILING = /(?:活动|工作)$/

/**
 * The canonical name of a Campaign or Measure: as `normaliseName`, without `、`, and without a
 * trailing 活动/工作 when what is left still ends with a kind word (`教育整顿活动` → `教育整顿`;
 * `千警进万家活动` keeps its 活动, its only kind word). Other labels: `normaliseName`.
 */
export function canonicalName(label: EntityType, name: string): string {
  const plain = normaliseName(name)
  if (label !== 'Campaign' && label !== 'Measure') return plain
  const joined = plain.replace(/[、，,]/g, '')
  const shorter = joined.replace(TRAILING, '')
  return shorter !== joined && DRIVE_KINDS.some((k) => k !== '活动' && k !== '工作' && shorter.endsWith(k)) ? shorter : joined
}
