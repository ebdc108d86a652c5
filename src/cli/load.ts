// `kg load <file.jsonl|->`: what `kg extract --format jsonl` wrote (on this machine or on many, in
// shards) into the configured store, checked line by line first.
import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { fileInput, loadExtractions, streamInput } from '../load/jsonl.js'
import { processOutput, settingsFrom, withStore, type Output } from './context.js'
import { overridesOf } from './graph.js'

export function registerLoad(program: Command, output: Output = processOutput): void {
  program
    .command('load')
    .description('load what kg extract --format jsonl wrote into the store (every line is checked before anything is written)')
    .argument('<file>', 'a .jsonl file of kg extract, or - for stdin')
    .option('--batch-size <n>', 'articles per write transaction', '200')
    .action(async (file: string, o: { batchSize: string }, command: Command) => {
      const batchSize = Number(o.batchSize)
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size ${o.batchSize}: give a whole number of articles, 1 or more`)
      const input = file === '-' ? await streamInput(process.stdin) : fileInput(file)
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        const report = await loadExtractions(store, input, { batchSize })
        for (const d of report.duplicates) output.err(`kg: ${d.source}: article ${d.index} has the same text as one stored from ${d.storedAs}; not stored again`)
        output.out(
          `loaded ${report.lines} article(s) from ${input.name}: ${report.entities} entity mention(s), ${report.relations} relationship(s) into ${store.describe()} in ${report.seconds.toFixed(1)} s` +
            (report.duplicates.length ? `; ${report.duplicates.length} article(s) stored already under another source` : ''),
        )
      })
    })
}
