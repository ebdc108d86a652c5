// Decoding and reading sources: every encoding we accept, and one clear error per unusable file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { decodeBytes, listInputFiles, readSource } from '../../src/ingest/index.js'

const TEXT = '包头市公安局青山路派出所所长刘浩带领民警开展“禁毒严打大收戒”专项行动。'

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'UTF-8'],
    ['GBK', iconv.encode(TEXT, 'gbk'), 'GB18030'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]), 'UTF-16LE'],
  ])('reads %s', (_what, bytes, encoding) => {
    const d = decodeBytes(bytes, 'a.txt')
    expect(d.text).toBe(TEXT)
    expect(d.encoding).toBe(encoding)
  })

  it('reads Big5 (Traditional) text', () => {
    const traditional = '包頭市公安局青山路派出所所長劉浩帶領民警開展專項行動,破獲毒品案件4641起。'
    const d = decodeBytes(iconv.encode(traditional, 'big5'), 'b.txt')
    expect(d.text).toBe(traditional)
  })

  it.each([
    ['an empty file', Buffer.alloc(0), 'INPUT_EMPTY'],
    ['white space only', Buffer.from(' \n\n '), 'INPUT_EMPTY'],
    ['a binary file', Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00]), 'INPUT_BINARY'],
    ['text with no Chinese', Buffer.from('just some English words'), 'INPUT_NO_CHINESE'],
    ['invalid bytes', Buffer.from([0xe5, 0x8c, 0x85, 0xff, 0xff, 0xff, 0x80, 0x80]), 'INPUT_ENCODING'],
  ])('rejects %s, naming the file', (_what, bytes, code) => {
    try {
      decodeBytes(bytes, 'bad.txt')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).code).toBe(code)
      expect((e as InputError).message).toMatch(/^bad\.txt: /)
    }
  })
})

describe('listInputFiles and readSource', () => {
  it('walks directories for .txt and .md, reports missing paths and empty directories', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-list-'))
    fs.writeFileSync(path.join(dir, 'b.md'), TEXT)
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT)
    fs.writeFileSync(path.join(dir, 'c.png'), 'x')
    fs.mkdirSync(path.join(dir, 'empty'))
    const r = listInputFiles([dir, path.join(dir, 'missing.txt'), path.join(dir, 'empty')])
    expect(r.files.map((f) => path.basename(f))).toEqual(['a.txt', 'b.md'])
    expect(r.errors.map((e) => e.code)).toEqual(['INPUT_MISSING', 'INPUT_NO_TEXT'])
  })

  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-big-')), 'big.txt')
    fs.writeFileSync(file, '')
    fs.truncateSync(file, 51 * 1024 * 1024)
    await expect(readSource(file)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' })
  })
})
