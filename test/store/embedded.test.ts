import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { StoreError } from '../../src/errors.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { chengduArticles } from '../support/articles.js'
import { snapshot, storeContract } from './contract.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'))
storeContract('embedded', () => new EmbeddedStore(dir))

it('persists to its file and reads it back', async () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'))
  const a = new EmbeddedStore(data)
  await a.apply(chengduArticles.map(assembleArticle))
  const reopened = new EmbeddedStore(data)
  expect(await snapshot(reopened)).toEqual(await snapshot(a))
})

it('refuses a file it did not write, saying what to do', async () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'))
  fs.writeFileSync(path.join(data, 'graph.json'), '{"nodes": []}')
  await expect(new EmbeddedStore(data).stats()).rejects.toThrow(StoreError)
  await expect(new EmbeddedStore(data).stats()).rejects.toThrow(/move it away/)
})
