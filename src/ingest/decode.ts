// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5, detected with
// chardet and checked by decoding strictly, so a wrong guess is an error, not mojibake in the graph.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { InputError } from '../errors.js'

export interface Decoded {
  text: string
  encoding: string
}

/** Encodings we accept when there is no BOM, in the order tried when detection is unsure. */
const LEGACY = ['GB18030', 'Big5'] as const

const CJK = /[\u3400-\u9fff]/

/** Control characters (but tab, line breaks and form feed), counted without building a list of them. */
function controlCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f)) n++
  }
  return n
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function strict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Checks the decoded text is text, and Chinese text at that. */
function accept(text: string, encoding: string, file: string): Decoded {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new InputError('INPUT_EMPTY', file, 'file has no text (only white space)')
  // Counted, not matched into arrays: a 50 MB file would make one string per character.
  const controls = controlCount(body)
  if (controls > 0 && controls / body.length > 0.01) throw new InputError('INPUT_BINARY', file, 'looks binary (control characters), not a text file')
  if (!CJK.test(body)) throw new InputError('INPUT_NO_CHINESE', file, 'has no Chinese text')
  return { text: body, encoding }
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', file, 'file is empty')
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3))
    if (text === undefined) throw new InputError('INPUT_ENCODING', file, 'has a UTF-8 byte-order mark but invalid UTF-8 bytes')
    return accept(text, 'UTF-8', file)
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff
    return accept(iconv.decode(Buffer.from(bytes.subarray(2)), le ? 'utf16le' : 'utf16be'), le ? 'UTF-16LE' : 'UTF-16BE', file)
  }
  if (bytes.includes(0)) throw new InputError('INPUT_BINARY', file, 'looks binary (it contains NUL bytes), not a text file')
  const utf8 = strictUtf8(bytes)
  if (utf8 !== undefined) return accept(utf8, 'UTF-8', file)

  // Not UTF-8: let detection order the legacy encodings, and take the first that decodes strictly.
  const guesses = chardet.analyse(bytes).map((m) => m.name.toUpperCase())
  const order = [...LEGACY].sort((a, b) => rank(guesses, a) - rank(guesses, b))
  for (const encoding of order) {
    const text = strict(bytes, encoding.toLowerCase())
    if (text !== undefined) return accept(text, encoding, file)
  }
  throw new InputError('INPUT_ENCODING', file, 'is neither UTF-8 nor GB18030/GBK nor Big5 (invalid byte sequences): convert it to UTF-8')
}

function rank(guesses: readonly string[], encoding: string): number {
  const aliases = encoding === 'GB18030' ? ['GB18030', 'GBK', 'GB2312'] : ['BIG5']
  const i = guesses.findIndex((g) => aliases.includes(g))
  return i < 0 ? guesses.length : i
}
