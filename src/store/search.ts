// What a search text matches, shared by both stores so they find the same things: Chinese names and
// aliases, and pinyin typed with or without tones or spaces (`baotou`, `bāo tóu`, `bts`).
import type { Properties } from '../model/index.js'

/** Lower case, tone marks and spaces removed: `Bāo Tóu` → `baotou`. */
export function foldPinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .replace(/[\s'’-]/g, '')
    .toLowerCase()
}

/** Chinese text compared without spaces and quotes, full-width folded to half-width. */
export function foldChinese(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”"'‘’《》]/g, '')
}

const isLatin = (text: string) => /^[a-zA-Z\u00C0-\u024F\s'’-]+$/.test(text.normalize('NFC'))

export function matchesSearch(properties: Properties, text: string): boolean {
  const q = text.trim()
  if (!q) return false
  if (isLatin(q)) {
    const p = foldPinyin(q)
    return String(properties.pinyinPlain ?? '').includes(p) || String(properties.pinyinInitials ?? '') === p
  }
  const c = foldChinese(q)
  if (String(properties.name ?? '').includes(c)) return true
  const aliases = Array.isArray(properties.aliases) ? properties.aliases : []
  return aliases.some((a) => typeof a === 'string' && foldChinese(a).includes(c))
}

/** Higher is better: exact name, then name prefix, alias, pinyin, shorter names first among equals. */
export function searchScore(properties: Properties, text: string): number {
  const q = text.trim()
  const name = String(properties.name ?? '')
  const aliases = (Array.isArray(properties.aliases) ? properties.aliases : []).map(String)
  let score = 0
  if (isLatin(q)) {
    const p = foldPinyin(q)
    const plain = String(properties.pinyinPlain ?? '')
    if (plain === p) score = 90
    else if (String(properties.pinyinInitials ?? '') === p) score = 70
    else if (plain.startsWith(p)) score = 60
    else if (plain.includes(p)) score = 40
  } else {
    const c = foldChinese(q)
    if (name === c) score = 100
    else if (aliases.some((a) => foldChinese(a) === c)) score = 85
    else if (name.startsWith(c)) score = 75
    else if (name.includes(c)) score = 50
    else if (aliases.some((a) => foldChinese(a).includes(c))) score = 30
  }
  return score > 0 ? score - Math.min(name.length, 40) / 100 : 0
}
