// `kg export`: one selection (seeds, a place, a campaign, articles, a source file, a Cypher query or
// everything) written in one format to a file, to stdout (`-o -`), or for csv a directory, for
// Gephi, Neo4j, a spreadsheet or a notebook.
import path from 'node:path'
import type { Writable } from 'node:stream'
import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { exportSubgraph, ExportFormat, EXPORT_FORMATS, parseSelection, summaryLine, DEFAULT_MAX_NODES, type Selection } from '../export/index.js'
import { EdgeType, NodeLabel } from '../model/index.js'
import { checkReadOnlyCypher } from '../query/gate.js'
import { processOutput, settingsFrom, withStore, type Output } from './context.js'
import { overridesOf } from './graph.js'

export interface ExportCommandOptions {
  seed?: string[]
  depth?: string
  maxNodes?: string
  labels?: string
  types?: string
  within?: string
  campaign?: string
  article?: string[]
  source?: string[]
  cypher?: string
  all?: boolean
  format?: string
  layout?: boolean
  force?: boolean
  output: string
}

/** `-o -`: the export goes to stdout, and the summary to stderr. */
export const STDOUT = '-'

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.xlsx': 'xlsx',
  '.cypher': 'cypher',
  '.cql': 'cypher',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
}

function list<T extends string>(text: string | undefined, allowed: readonly T[], flag: string): T[] | undefined {
  if (text === undefined) return undefined
  const items = text.split(/[,，\s]+/).filter(Boolean)
  const bad = items.filter((i) => !(allowed as readonly string[]).includes(i))
  if (bad.length > 0 || items.length === 0) throw new UsageError(`${flag} ${bad.join(',') || '(empty)'}: not one of ${allowed.join(', ')}`)
  return items as T[]
}

function integer(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} ${text}: give a whole number`)
  return Number(text)
}

/** The flags as a validated Selection: exactly one way of choosing, filters where they apply. */
export function selectionFromFlags(o: ExportCommandOptions): Selection {
  const chosen = (['seed', 'within', 'campaign', 'article', 'source', 'cypher', 'all'] as const).filter((k) => o[k] !== undefined && o[k] !== false)
  if (chosen.length !== 1) {
    throw new UsageError(
      chosen.length === 0
        ? 'say what to export: --seed NAME, --within PLACE, --campaign NAME, --article ID, --source FILE, --cypher QUERY or --all'
        : `choose one selection, not ${chosen.map((k) => `--${k}`).join(' and ')}`,
    )
  }
  const filters = { labels: list(o.labels, NodeLabel.options, '--labels'), types: list(o.types, EdgeType.options, '--types') }
  if (o.cypher !== undefined && (filters.labels || filters.types)) throw new UsageError('--labels and --types do not apply to --cypher: filter in the query')
  if ((o.depth !== undefined || o.maxNodes !== undefined) && o.seed === undefined) throw new UsageError('--depth and --max-nodes apply to --seed only')
  const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
  switch (chosen[0]!) {
    case 'seed':
      return parseSelection({ kind: 'seeds', seeds: o.seed, depth: integer(o.depth, '--depth') ?? 1, maxNodes: integer(o.maxNodes, '--max-nodes') ?? DEFAULT_MAX_NODES, ...defined })
    case 'within':
      return parseSelection({ kind: 'within', place: o.within, ...defined })
    case 'campaign':
      return parseSelection({ kind: 'campaign', campaign: o.campaign, ...defined })
    case 'article':
      return parseSelection({ kind: 'articles', ids: o.article, ...defined })
    case 'source':
      return parseSelection({ kind: 'source', sources: o.source, ...defined })
    case 'cypher':
      checkReadOnlyCypher(o.cypher ?? '')
      return parseSelection({ kind: 'cypher', query: o.cypher })
    case 'all':
      return parseSelection({ kind: 'all', ...defined })
  }
}

export function formatFromFlags(o: Pick<ExportCommandOptions, 'format' | 'output'>): ExportFormat {
  if (o.format !== undefined) {
    const parsed = ExportFormat.safeParse(o.format)
    if (!parsed.success) throw new UsageError(`--format ${o.format}: not one of ${EXPORT_FORMATS.join(', ')}`)
    return parsed.data
  }
  if (o.output === STDOUT) throw new UsageError(`add --format (${EXPORT_FORMATS.join(', ')}): with -o - there is no file name to tell the format by`)
  const guessed = o.output.toLowerCase().endsWith('.nodelink.json') ? 'node-link' : BY_EXTENSION[path.extname(o.output).toLowerCase()]
  if (!guessed) throw new UsageError(`add --format (${EXPORT_FORMATS.join(', ')}): the name ${o.output} does not say which`)
  return guessed
}

export async function runExport(command: Command, o: ExportCommandOptions, output: Output = processOutput, stdout: Writable = process.stdout): Promise<void> {
  const selection = selectionFromFlags(o)
  const format = formatFromFlags(o)
  const toStdout = o.output === STDOUT
  if (toStdout && format === 'csv') throw new UsageError('csv is a directory of files; give a directory with -o, or use --format xlsx or jsonl for stdout')
  if (toStdout && o.force) throw new UsageError('--force applies to a csv directory, not to -o -')
  if (toStdout && format === 'xlsx' && (stdout as Writable & { isTTY?: boolean }).isTTY) throw new UsageError('a workbook is binary: redirect -o - to a file or a pipe, or give -o NAME.xlsx')
  const options = { interactive: output.interactive && !toStdout, layout: o.layout ? ('forceatlas2' as const) : ('quick' as const), force: o.force ?? false }
  await withStore(settingsFrom(overridesOf(command)), async (store) => {
    const summary = await exportSubgraph(store, selection, format, toStdout ? stdout : o.output, options)
    // With -o - stdout holds the export itself: the summary goes to stderr.
    ;(toStdout ? output.err : output.out)(summaryLine(summary))
  })
}

const repeat = (v: string, acc: string[] | undefined) => [...(acc ?? []), v]

/** `stdout` is where `-o -` writes: the process's, or a test's stream. */
export function registerExport(program: Command, output: Output = processOutput, stdout: Writable = process.stdout): void {
  program
    .command('export')
    .description('write part of the graph (or all of it) for Gephi, another Neo4j, a spreadsheet or a notebook')
    .option('--seed <name...>', 'start from these entities: id, name or alias (repeatable)')
    .option('--depth <n>', 'with --seed: relationships to follow from the seeds (default 1)')
    .option('--max-nodes <n>', `with --seed: stop widening at this many nodes (default ${DEFAULT_MAX_NODES})`)
    .option('--labels <list>', `keep only nodes with these labels, comma-separated (${NodeLabel.options.join(',')})`)
    .option('--types <list>', `keep only relationships of these types, comma-separated (${EdgeType.options.join(',')})`)
    .option('--within <place>', 'a place, everything located in it, and what its units connect to')
    .option('--campaign <name>', 'a campaign with its participants, measures and figures')
    .option('--article <id>', 'an article (article:<hash>) and everything it supports (repeatable)', repeat)
    .option('--source <file>', 'the articles of a source file and everything they support (repeatable)', repeat)
    .option('--cypher <query>', 'the nodes, relationships and paths a read-only Cypher query returns (Neo4j store only)')
    .option('--all', 'the whole graph')
    .option('--format <format>', `${EXPORT_FORMATS.join(' | ')} (default: from the file name)`)
    .option('--layout', 'json, gexf, graphml, node-link: 200 ForceAtlas2 iterations for the positions (slow on large graphs); without it, a quick seeded layout')
    .option('--force', 'csv: write into a non-empty directory, replacing only the files an earlier kg export wrote there')
    .requiredOption('-o, --output <path>', 'file to write (a directory for csv), or - for stdout; a file is written in full or not at all')
    .addHelpText(
      'after',
      '\nExamples:\n  kg export --seed 包头市公安局 --depth 2 --labels Unit,Campaign --format gexf -o out.gexf\n  kg export --within 包头市 -o baotou.graphml\n  kg export --campaign 扫黑除恶 -o campaign.xlsx\n  kg export --all --format csv -o import-dir\n  kg export --all --format jsonl -o - | head\n',
    )
    .action(async (o: ExportCommandOptions, command: Command) => runExport(command, o, output, stdout))
}
