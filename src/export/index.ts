// Export: a selection of the graph written in a format other tools read (Gephi, another Neo4j, a
// spreadsheet, a notebook). `exportSubgraph` writes a file or directory atomically; `exportToStream`
// writes the single-file formats to any Writable (the API's `GET /api/export`, `kg export -o -`).
import type { Writable } from 'node:stream'
import { SingleBar } from 'cli-progress'
import { KgError, UsageError } from '../errors.js'
import type { EdgeType, NodeLabel } from '../model/index.js'
import type { GraphStore } from '../store/types.js'
import { writeCsv } from './formats/csv.js'
import { writeCypher } from './formats/cypher.js'
import { writeGexf } from './formats/gexf.js'
import { writeGraphml } from './formats/graphml.js'
import { writeJson } from './formats/json.js'
import { writeJsonl } from './formats/jsonl.js'
import { writeNodeLink } from './formats/node-link.js'
import { writeXlsx } from './formats/xlsx.js'
import { layoutPositions, type LayoutKind } from './layout.js'
import { parseSelection, selectSubgraph, type Selection, type SelectionInput } from './select.js'
import { EXPORT_FORMATS, ExportFormat, type ExportSummary, type Position, type SubgraphSource, type TextSink, type WriteContext } from './types.js'
import { writeDirectoryAtomically, writeFileAtomically, writeFailed, writeText } from './write.js'

export { LABEL_COLOURS, colourOf } from './palette.js'
export { DEFAULT_MAX_NODES, Selection, describeSelection, parseSelection, resolveEntity, selectSubgraph, sourceOf, type SelectionInput } from './select.js'
export { EXPORT_FORMATS, ExportFormat, type ExportSummary, type Position, type SubgraphSource } from './types.js'
export type { LayoutKind } from './layout.js'

type SingleFileFormat = Exclude<ExportFormat, 'csv'>

/** The selection `GET /api/export` passes: seeds with `ids`, or the whole graph without. */
export interface ApiSelection {
  ids?: string[]
  depth?: number
  labels?: NodeLabel[]
  types?: EdgeType[]
  cap?: number
}
type TextWriter = (source: SubgraphSource, sink: TextSink, ctx: WriteContext) => Promise<void>
/** Writes the whole format onto `out` and leaves it open: the caller ends a file, not stdout or a response. */
type StreamWriter = (source: SubgraphSource, out: Writable, ctx: WriteContext) => Promise<void>

const text =
  (writer: TextWriter): StreamWriter =>
  (source, out, ctx) =>
    writeText(out, (sink) => writer(source, sink, ctx))

const STREAM_WRITERS: Record<SingleFileFormat, StreamWriter> = {
  json: text(writeJson),
  gexf: text(writeGexf),
  graphml: text(writeGraphml),
  'node-link': text(writeNodeLink),
  xlsx: writeXlsx,
  cypher: text(writeCypher),
  jsonl: text(writeJsonl),
}

/** What to send as Content-Type and the usual file extension, per single-file format. */
export const FORMAT_MEDIA: Record<SingleFileFormat, { contentType: string; extension: string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  'node-link': { contentType: 'application/json; charset=utf-8', extension: 'nodelink.json' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
}

export const isSingleFileFormat = (format: ExportFormat): format is SingleFileFormat => format !== 'csv'

export interface ExportOptions {
  /** Positions from a layout (the viewer's), written into GEXF, GraphML and JSON. */
  positions?: ReadonlyMap<string, Position>
  /** A progress bar on stderr; else nothing until the summary. */
  interactive?: boolean
  /** How to place nodes without a known position in json, gexf, graphml and node-link (default `quick`). */
  layout?: LayoutKind
  /** A csv target directory that is not empty: replace an earlier export's files there (others are kept). */
  force?: boolean
  /** csv: also relationship ids and evidence nodes, as Neo4j stores them (`kg ingest --bulk`). */
  asStored?: boolean
}

/** Formats whose readers draw nodes where the file puts them: every node gets a position. */
const POSITIONED: readonly ExportFormat[] = ['json', 'gexf', 'graphml', 'node-link']

async function positionsFor(source: SubgraphSource, format: ExportFormat, options: ExportOptions): Promise<ReadonlyMap<string, Position> | undefined> {
  return POSITIONED.includes(format) ? layoutPositions(source, options.positions, options.layout ?? 'quick') : options.positions
}

/** Counts items as writers report them and draws a bar when asked. */
function progressFor(source: SubgraphSource, interactive: boolean): { tick: (n: number) => void; stop: () => void } {
  const total = source.total ? source.total.nodes + source.total.relationships : 0
  if (!interactive || total === 0) return { tick: () => {}, stop: () => {} }
  const bar = new SingleBar({ format: 'export [{bar}] {percentage}% {value}/{total} items', stream: process.stderr, hideCursor: true, clearOnComplete: true })
  bar.start(total, 0)
  let done = 0
  return {
    tick: (n) => {
      done += n
      // Writers that read the selection twice report only their writing pass; never pass the total.
      bar.update(Math.min(done, total))
    },
    stop: () => bar.stop(),
  }
}

/** Counts what the writer actually saw, for the summary. */
function counting(source: SubgraphSource): { source: SubgraphSource; counts: { nodes: number; relationships: number } } {
  const counts = { nodes: 0, relationships: 0 }
  return {
    counts,
    source: {
      ...source,
      async *batches() {
        counts.nodes = 0
        counts.relationships = 0
        for await (const batch of source.batches()) {
          counts.nodes += batch.nodes.length
          counts.relationships += batch.edges.length
          yield batch
        }
      },
    },
  }
}

/**
 * Selects from the store and writes `format` to `target`: a file path (a directory for csv), where
 * nothing is left unless the whole export succeeded, or a stream (see `exportToStream`). The
 * selection is validated here, so it may come straight from outside.
 */
export async function exportSubgraph(store: GraphStore, selection: Selection | SelectionInput | ApiSelection, format: ExportFormat | string, target: string | Writable, options: ExportOptions = {}): Promise<ExportSummary> {
  const checked = parseSelection(selection)
  const parsedFormat = parseFormat(format)
  if (typeof target !== 'string') return exportToStream(store, checked, parsedFormat, target, options)
  return exportSource(await selectSubgraph(store, checked), parsedFormat, target, options)
}

export function parseFormat(format: string): ExportFormat {
  const parsed = ExportFormat.safeParse(format)
  if (!parsed.success) throw new UsageError(`format ${format} is unknown; use one of ${EXPORT_FORMATS.join(', ')}`)
  return parsed.data
}

/** Writes an already selected source; the entry point for callers holding a subgraph. */
export async function exportSource(selected: SubgraphSource, format: ExportFormat, target: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const positions = await positionsFor(selected, format, options)
  const { source, counts } = counting(selected)
  const progress = progressFor(source, options.interactive ?? false)
  const ctx: WriteContext = { positions, progress: progress.tick }
  // A streamed selection (the whole graph, filtered) shows it is empty only once written.
  const verify = () => {
    if (counts.nodes === 0) throw new KgError('INPUT_EMPTY', `the selection (${source.description}) holds no nodes; nothing to export`, { subject: source.description })
  }
  let files: string[]
  try {
    if (format === 'csv') {
      files = await writeDirectoryAtomically(target, async (dir) => void (await writeCsv(source, dir, ctx, { asStored: options.asStored ?? false })), verify, options.force ?? false)
    } else {
      await writeFileAtomically(target, (out) => STREAM_WRITERS[format](source, out, ctx), verify)
      files = [target]
    }
  } finally {
    progress.stop()
  }
  return { format, target, selection: source.description, nodes: counts.nodes, relationships: counts.relationships, truncated: source.truncated, files }
}

/**
 * Writes a single-file format to a stream (an HTTP response). The stream is not ended, so the
 * caller decides what an error means for it. csv is a directory of files: a UsageError (HTTP 400).
 */
export async function exportToStream(store: GraphStore, selection: Selection | SelectionInput | ApiSelection, format: ExportFormat | string, out: Writable, options: ExportOptions = {}): Promise<ExportSummary> {
  const checked = parseSelection(selection)
  const single = parseFormat(format)
  if (!isSingleFileFormat(single)) {
    throw new UsageError('csv export writes a directory of files for neo4j-admin; it is available from `kg export --format csv -o DIR`, not as one download')
  }
  const { source, counts } = counting(await selectSubgraph(store, checked))
  try {
    await STREAM_WRITERS[single](source, out, { positions: await positionsFor(source, single, options), progress: () => {} })
  } catch (error) {
    throw writeFailed('stream', error)
  }
  return { format: single, target: 'stream', selection: source.description, nodes: counts.nodes, relationships: counts.relationships, truncated: source.truncated, files: [] }
}

/** One line for logs and non-interactive runs. */
export function summaryLine(s: ExportSummary): string {
  const where = s.format === 'csv' ? `${s.target}/ (${s.files.length} files)` : s.target
  return `exported ${s.nodes} nodes and ${s.relationships} relationships (${s.selection}) as ${s.format} to ${where}${s.truncated ? '; truncated at the node cap, raise --max-nodes for more' : ''}`
}
