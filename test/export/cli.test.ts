// `kg export` from its flags to the file, on the embedded store, without a process.
import fs from 'node:fs'
import path from 'node:path'
import { Command } from 'commander'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { registerExport, selectionFromFlags } from '../../src/cli/export.js'
import type { Output } from '../../src/cli/context.js'
import { UsageError } from '../../src/errors.js'
import { fixtureStore, tmpTarget } from './fixture.js'
import { readGexf } from './read-back.js'

let dataDir: string
beforeAll(async () => {
  const { store, dir } = await fixtureStore()
  await store.close()
  dataDir = path.join(dir, 'data')
  vi.stubEnv('NEO4J_URI', '')
})
afterAll(() => void vi.unstubAllEnvs())

async function kg(args: string[]): Promise<string[]> {
  const lines: string[] = []
  const output: Output = { out: (l) => void lines.push(l), err: (l) => void lines.push(l), interactive: false }
  const program = new Command('kg').option('--data-dir <dir>').option('--neo4j-uri <uri>').exitOverride()
  registerExport(program, output)
  await program.parseAsync(['node', 'kg', '--data-dir', dataDir, 'export', ...args])
  return lines
}

describe('kg export', () => {
  it('writes the brief’s example: seeds, depth, labels, gexf', async () => {
    const out = tmpTarget('out.gexf')
    const lines = await kg(['--seed', '包头市公安局', '--depth', '2', '--labels', 'Unit,Campaign', '--format', 'gexf', '-o', out])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^exported 3 nodes and \d+ relationships \(seeds 包头市公安局 depth 2, labels Unit,Campaign\) as gexf to /)
    const { graph } = readGexf(out)
    expect(graph.nodes.map((n) => n.label).sort()).toEqual(['Campaign', 'Unit', 'Unit'])
  })

  it('guesses the format from the file name, and writes csv to a directory', async () => {
    const out = tmpTarget('g.graphml')
    await kg(['--within', '包头市', '-o', out])
    expect(fs.readFileSync(out, 'utf8')).toContain('<graphml')
    const dir = tmpTarget('csv')
    const [line] = await kg(['--all', '--format', 'csv', '-o', dir])
    expect(line).toMatch(/files\)$/)
    expect(fs.existsSync(path.join(dir, 'import.sh'))).toBe(true)
  })

  it('refuses unclear flags with a usage error', async () => {
    const o = { output: 'x.gexf' }
    expect(() => selectionFromFlags(o)).toThrow(UsageError)
    expect(() => selectionFromFlags({ ...o, all: true, within: '包头市' })).toThrow(/not --within and --all/)
    expect(() => selectionFromFlags({ ...o, seed: ['a'], labels: 'Unit,Nope' })).toThrow(/Nope/)
    expect(() => selectionFromFlags({ ...o, seed: ['a'], depth: 'two' })).toThrow(/whole number/)
    expect(() => selectionFromFlags({ ...o, cypher: 'MATCH (n) RETURN n', types: 'PART_OF' })).toThrow(UsageError)
    await expect(kg(['--all', '-o', tmpTarget('out.txt')])).rejects.toThrow(/--format/)
    await expect(kg(['--seed', '不存在', '-o', tmpTarget('out.gexf')])).rejects.toThrow(/不存在/)
  })
})

describe('kg export -o - and --force', () => {
  it('writes to stdout with -o -, the summary apart, and needs --format', async () => {
    const { PassThrough } = await import('node:stream')
    const lines: string[] = []
    const stdout = new PassThrough()
    const chunks: Buffer[] = []
    stdout.on('data', (c: Buffer) => void chunks.push(c))
    const program = new Command('kg').option('--data-dir <dir>').option('--neo4j-uri <uri>').exitOverride()
    registerExport(program, { out: (l) => void lines.push(`out ${l}`), err: (l) => void lines.push(`err ${l}`), interactive: false }, stdout)
    await program.parseAsync(['node', 'kg', '--data-dir', dataDir, 'export', '--campaign', '禁毒严打大收戒专项行动', '--format', 'jsonl', '-o', '-'])
    const records = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { record: string })
    expect(records[0]).toEqual({ record: 'export', selection: 'campaign 禁毒严打大收戒专项行动', truncated: false })
    expect(records.filter((r) => r.record === 'node').length).toBeGreaterThan(2)
    expect(lines).toEqual([expect.stringMatching(/^err exported \d+ nodes .* to stream$/)])
    expect(fs.existsSync('-')).toBe(false)
    await expect(kg(['--all', '-o', '-'])).rejects.toThrow(/--format/)
    await expect(kg(['--all', '--format', 'csv', '-o', '-'])).rejects.toThrow(/directory/)
  })

  it('refuses a non-empty directory for csv unless --force', async () => {
    const dir = tmpTarget('csv')
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, 'mine.txt'), 'keep')
    await expect(kg(['--all', '--format', 'csv', '-o', dir])).rejects.toThrow(/not empty.*--force/)
    await kg(['--all', '--format', 'csv', '--force', '-o', dir])
    await kg(['--all', '--format', 'csv', '--force', '-o', dir])
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(['mine.txt', 'edges.csv', 'import.sh']))
  })
})
