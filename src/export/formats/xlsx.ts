// A workbook for spreadsheet users (`exceljs`'s streaming writer, inline strings, so memory stays
// flat): a Nodes sheet and a Relationships sheet that name both ends instead of giving ids, with
// the evidence sentence, article title, date and source file of every relationship, filters on the
// header row and the header frozen; an About sheet says what was selected and whether it was cut.
import { PassThrough, type Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { EvidenceReader } from '../evidence.js'
import { NODE_COLUMNS, RELATIONSHIP_COLUMNS, endOf, nodeRow, relationshipRow, type Column, type End } from '../table.js'
import type { SubgraphSource, WriteContext } from '../types.js'

const sheetColumns = (columns: readonly Column[]): Partial<ExcelJS.Column>[] =>
  columns.map(({ header, key, width, wrap }) => ({ header, key, width, ...(wrap ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}) }))

function headerRow(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.commit()
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } }
}

export async function writeXlsx(source: SubgraphSource, out: Writable, ctx: WriteContext): Promise<void> {
  // The zip stream is ended by exceljs; `out` (a file, stdout, an HTTP response) is not.
  const zip = new PassThrough()
  zip.pipe(out, { end: false })
  const drained = new Promise<void>((resolve, reject) => {
    zip.once('end', resolve)
    zip.once('error', reject)
    out.once('error', reject)
  })
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false })
  book.creator = 'kg export'
  const frozen: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1 }]
  const nodes = book.addWorksheet('Nodes', { views: frozen })
  nodes.columns = sheetColumns(NODE_COLUMNS)
  headerRow(nodes, NODE_COLUMNS.length)
  const relationships = book.addWorksheet('Relationships', { views: frozen })
  relationships.columns = sheetColumns(RELATIONSHIP_COLUMNS)
  headerRow(relationships, RELATIONSHIP_COLUMNS.length)

  const ends = new Map<string, End>()
  const evidence = new EvidenceReader(source)
  let counts = { nodes: 0, relationships: 0 }
  for await (const batch of source.batches()) {
    for (const n of batch.nodes) {
      ends.set(n.id, endOf(n))
      nodes.addRow(nodeRow(n)).commit()
    }
    await evidence.prepare(batch.edges, true)
    for (const e of batch.edges) relationships.addRow(relationshipRow(e, ends, evidence.summary(e))).commit()
    counts = { nodes: counts.nodes + batch.nodes.length, relationships: counts.relationships + batch.edges.length }
    ctx.progress(batch.nodes.length + batch.edges.length)
  }
  nodes.commit()
  relationships.commit()
  const about = book.addWorksheet('About')
  about.columns = [
    { header: 'field', key: 'field', width: 16 },
    { header: 'value', key: 'value', width: 80 },
  ]
  for (const [field, value] of [
    ['selection', source.description],
    ['truncated', source.truncated ? 'yes: the node cap cut the selection short; raise --max-nodes for more' : 'no'],
    ['nodes', counts.nodes],
    ['relationships', counts.relationships],
    ['exported by', 'kg export'],
  ] as const)
    about.addRow({ field, value }).commit()
  about.commit()
  await book.commit()
  await drained
}
