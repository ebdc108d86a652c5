// The export examples the READMEs show (the project's command table and src/export/README.md) run
// as written on the seed articles, through the CLI, each writing what its format promises. Output
// paths are moved into a temporary directory; `-o -` is captured.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { Command } from 'commander'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Output } from '../../src/cli/context.js'
import { registerExport } from '../../src/cli/export.js'
import { ingestPaths } from '../../src/load/ingest.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'

const root = path.resolve(import.meta.dirname, '../..')

/** `npx kg export …` in backticks in the project README, and concrete `kg export …` lines of src/export/README.md. */
function examples(): string[] {
  const main = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const fromMain = [...main.matchAll(/`npx kg export ([^`]+)`/g)].map((m) => m[1]!)
  const ours = fs.readFileSync(path.join(root, 'src/export/README.md'), 'utf8')
  const fromOurs = [...ours.matchAll(/^(?:npx )?kg export (.+)$/gm)].map((m) => m[1]!).filter((line) => !line.includes('['))
  return [...fromMain, ...fromOurs]
}

/** Shell words, enough for the examples: spaces split, quotes group, a pipe ends the command. */
function words(line: string): string[] {
  const out: string[] = []
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\|)|(\S+)/g)) {
    if (m[3]) break
    out.push(m[1] ?? m[2] ?? m[4]!)
  }
  return out
}

let dataDir: string
let outDir: string
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-readme-'))
  const store = new EmbeddedStore(dataDir)
  await ingestPaths(store, [path.join(root, 'seeds')])
  await store.close()
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-readme-out-'))
  vi.stubEnv('NEO4J_URI', '')
})
afterAll(() => void vi.unstubAllEnvs())

async function run(args: string[]): Promise<{ lines: string[]; stdout: string }> {
  const lines: string[] = []
  const output: Output = { out: (l) => void lines.push(l), err: (l) => void lines.push(l), interactive: false }
  const stdout = new PassThrough()
  const chunks: Buffer[] = []
  stdout.on('data', (c: Buffer) => void chunks.push(c))
  const program = new Command('kg').option('--data-dir <dir>').option('--neo4j-uri <uri>').exitOverride()
  registerExport(program, output, stdout)
  await program.parseAsync(['node', 'kg', '--data-dir', dataDir, 'export', ...args])
  return { lines, stdout: Buffer.concat(chunks).toString('utf8') }
}

describe('README export examples', () => {
  const found = examples()
  it('are there to run', () => {
    expect(found.length).toBeGreaterThanOrEqual(4)
    expect(found).toContain('--campaign 扫黑除恶 -o campaign.gexf')
  })

  it.each(found)('kg export %s', async (line) => {
    const args = words(line)
    const o = args.findIndex((a) => a === '-o' || a === '--output')
    expect(o, 'an example names its output').toBeGreaterThanOrEqual(0)
    const target = args[o + 1]!
    if (target !== '-') args[o + 1] = path.join(fs.mkdtempSync(path.join(outDir, 'x-')), path.basename(target))
    const { lines, stdout } = await run(args)
    expect(lines).toHaveLength(1)
    const summary = /^exported (\d+) nodes and (\d+) relationships/.exec(lines[0]!)
    expect(summary, lines[0]).not.toBeNull()
    expect(Number(summary![1])).toBeGreaterThan(0)
    if (target === '-') expect(stdout.length).toBeGreaterThan(100)
    else expect(fs.statSync(args[o + 1]!).size).toBeGreaterThan(100)
  })
})
