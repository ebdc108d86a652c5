// `kg ingest`: extract articles from files and load them into the configured store, with a
// progress bar on a terminal and a one-line summary otherwise.
import { SingleBar, Presets } from 'cli-progress'
import type { Command } from 'commander'
import { loadUserLexicon } from '../extract/index.js'
import { UsageError } from '../errors.js'
import { bulkIngest } from '../load/bulk.js'
import { ingestPaths, InputErrors, type IngestProgress } from '../load/ingest.js'
import { processOutput, settingsFrom, withStore, type Output } from './context.js'
import { overridesOf } from './graph.js'

interface IngestFlags {
  lexicon: string[]
  batchSize: string
  keepGoing?: boolean
  root?: string
  bulk?: boolean
}

/** Files that could not be read stop an ingest before any write: each is named, and the exit code is 1. */
function reportUnreadable(error: unknown, output: Output): void {
  if (!(error instanceof InputErrors)) throw error
  for (const e of error.errors) output.err(`kg: ${e.message}`)
  output.err('kg: nothing was stored (fix the files above, or pass --keep-going to load the rest)')
  process.exitCode = 1
}

export function registerIngest(program: Command, output: Output = processOutput): void {
  program
    .command('ingest')
    .description('extract entities, relationships and figures from text files and load them into the store')
    .argument('<paths...>', 'files or directories (*.txt, *.md)')
    .option('--lexicon <file>', 'a lexicon of names you already know (repeatable; also $KG_LEXICONS)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--batch-size <n>', 'articles per write transaction', '200')
    .option('--keep-going', 'load the readable files even when some cannot be read (still exits 1)')
    .option('--root <dir>', 'name sources by their path relative to this folder (default: the deepest folder holding every path given)')
    .option('--bulk', 'first load into an EMPTY Neo4j database with neo4j-admin database import (the project\'s own server is stopped and started again)')
    .action(async (paths: string[], o: IngestFlags, command: Command) => {
      const settings = settingsFrom({ ...overridesOf(command), lexicons: o.lexicon })
      const lexicons = await Promise.all(settings.lexicons.map((f) => loadUserLexicon(f)))
      const batchSize = Number(o.batchSize)
      if (o.bulk) {
        if (!settings.neo4j) throw new UsageError('--bulk loads a Neo4j database with neo4j-admin: set NEO4J_URI (the embedded store needs no bulk load; use kg ingest)')
        try {
          const report = await bulkIngest(settings.neo4j, paths, { extract: { lexicons }, ...(o.keepGoing ? { keepGoing: true } : {}), ...(o.root ? { root: o.root } : {}) })
          for (const e of report.failed) output.err(`kg: ${e.message}`)
          if (report.instructions) {
            report.instructions.forEach((line) => output.out(line))
            process.exitCode = 1
            return
          }
          output.out(
            `bulk-loaded ${report.files} file(s), ${report.articles} article(s): ${report.nodes} nodes and ${report.relationships} relationships into ${settings.neo4j.uri} (database ${settings.neo4j.database}); ` +
              `neo4j-admin import ${report.importSeconds.toFixed(1)} s (${Math.round(report.relationships / Math.max(report.importSeconds, 0.001))} relationships/s), schema applied`,
          )
          if (report.failed.length > 0) process.exitCode = 1
        } catch (error) {
          reportUnreadable(error, output)
        }
        return
      }
      await withStore(settings, async (store) => {
        const bar = output.interactive
          ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {articles} articles, {entities} entities, {relations} relationships | {rate} art/s', hideCursor: true }, Presets.shades_classic)
          : undefined
        const started = performance.now()
        const onProgress = (p: IngestProgress) => {
          if (!bar) return
          const rate = (p.articles / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1)
          if (!bar.isActive) bar.start(p.totalFiles, p.files, { ...p, rate })
          bar.update(p.files, { ...p, rate })
        }
        try {
          const report = await ingestPaths(store, paths, {
            extract: { lexicons },
            batchSize: Number.isInteger(batchSize) && batchSize > 0 ? batchSize : 200,
            ...(o.keepGoing ? { keepGoing: true } : {}),
            ...(o.root ? { root: o.root } : {}),
            onProgress,
          })
          bar?.stop()
          for (const e of report.failed) output.err(`kg: ${e.message}`)
          for (const d of report.duplicates) output.err(`kg: ${d.source}: article ${d.index} has the same text as one stored from ${d.storedAs}; not stored again`)
          output.out(
            `ingested ${report.files} file(s), ${report.articles} article(s), ${report.entities} entity mention(s), ${report.relations} relationship(s) into ${store.describe()} in ${report.seconds.toFixed(1)} s` +
              (report.failed.length ? `; ${report.failed.length} file(s) skipped` : '') +
              (report.duplicates.length ? `; ${report.duplicates.length} article(s) stored already under another source` : ''),
          )
          if (report.failed.length > 0) process.exitCode = 1
        } catch (error) {
          bar?.stop()
          reportUnreadable(error, output)
        }
      })
    })
}
