// Commands that look after the store itself: `kg init`, `kg status`, `kg reset`, `kg remove`.
import type { Command } from 'commander'
import { NotFoundError, UsageError } from '../errors.js'
import type { GraphStats } from '../model/index.js'
import { processOutput, settingsFrom, withStore, type Output } from './context.js'

interface GlobalOptions {
  neo4jUri?: string
  dataDir?: string
}

export function overridesOf(command: Command): GlobalOptions {
  const o = command.optsWithGlobals<GlobalOptions>()
  return { ...(o.neo4jUri ? { neo4jUri: o.neo4jUri } : {}), ...(o.dataDir ? { dataDir: o.dataDir } : {}) }
}

export function formatStats(stats: GraphStats): string[] {
  const lines = [`store: ${stats.store}`, `articles: ${stats.articles}`, `nodes: ${stats.nodes}`, `relationships: ${stats.relationships}`]
  const labels = Object.entries(stats.labels).sort()
  const types = Object.entries(stats.types).sort()
  if (labels.length > 0) lines.push(`  by label: ${labels.map(([k, v]) => `${k} ${v}`).join(', ')}`)
  if (types.length > 0) lines.push(`  by type: ${types.map(([k, v]) => `${k} ${v}`).join(', ')}`)
  return lines
}

export function registerGraphCommands(program: Command, output: Output = processOutput): void {
  program
    .command('init')
    .description('create the schema (constraints, indexes, full-text index) in the store; safe to repeat')
    .action(async (_o, command: Command) => {
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        await store.init()
        output.out(`schema ready in ${store.describe()}`)
      })
    })

  program
    .command('status')
    .description('show which store is in use and what it holds')
    .option('--json', 'print the figures as JSON')
    .action(async (o: { json?: boolean }, command: Command) => {
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        const stats = await store.stats()
        if (o.json) output.out(JSON.stringify(stats))
        else for (const line of formatStats(stats)) output.out(line)
      })
    })

  program
    .command('reset')
    .description('delete everything in the store')
    .option('--yes', 'confirm: without it nothing is deleted')
    .action(async (o: { yes?: boolean }, command: Command) => {
      if (!o.yes) throw new UsageError('reset deletes the whole graph: add --yes to confirm')
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        await store.reset()
        output.out(`emptied ${store.describe()}`)
      })
    })

  program
    .command('repair')
    .description('merge relationships that concurrent writers of an older version stored twice; safe to repeat')
    .action(async (_o, command: Command) => {
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        const { merged } = await store.repair()
        output.out(merged === 0 ? `nothing to repair in ${store.describe()}` : `merged ${merged} duplicated relationship(s) in ${store.describe()}`)
      })
    })

  program
    .command('remove')
    .description("remove articles (by id or source) and the entities no other article supports")
    .argument('<article-or-source...>', 'article ids (article:…) or sources (file paths relative to the folder ingested, e.g. 2019/page1.txt)')
    .action(async (targets: string[], _o, command: Command) => {
      const ids = targets.filter((t) => t.startsWith('article:'))
      // Sources are paths relative to the folder ingested, written with `/`.
      const sources = targets.filter((t) => !t.startsWith('article:')).map((t) => t.replace(/\\/g, '/').replace(/^\.\//, ''))
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        const { articles } = await store.remove({ ids, sources })
        if (articles === 0) throw new NotFoundError(`stored article matching ${targets.join(', ')} (a source is the file's path under the folder ingested, e.g. 2019/page1.txt)`)
        output.out(`removed ${articles} article(s) from ${store.describe()}`)
      })
    })
}
