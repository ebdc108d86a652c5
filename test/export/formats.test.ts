// Every format, written from the fixture graph and read back the way the tool on the other side
// reads it, must give the same nodes, relationships and properties — Chinese, quotes, newlines,
// `;`, backslashes and arrays included.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { exportSubgraph, exportToStream, FORMAT_MEDIA, LABEL_COLOURS, parseSelection } from '../../src/export/index.js'
import { UsageError } from '../../src/errors.js'
import { scriptSteps } from '../../src/export/formats/cypher.js'
import { cypherLiteral, parseCypherLiteral, Real } from '../../src/export/cypher-literal.js'
import type { Subgraph } from '../../src/model/index.js'
import type { EmbeddedStore } from '../../src/store/embedded/index.js'
import { dumpAll, fixtureStore, NASTY_STRINGS, tmpTarget, withoutEmpties } from './fixture.js'
import { parseCsv, readCsv, readGexf, readGraphml, readJson, readJsonl } from './read-back.js'

let store: EmbeddedStore
let source: Subgraph
const all = parseSelection({ kind: 'all' })

beforeAll(async () => {
  ;({ store } = await fixtureStore())
  source = await dumpAll(store)
})
afterAll(async () => store.close())

const NASTY_ID = 'unit:包头市"公安"局;a,b'

describe('fixture', () => {
  it('holds the awkward values the formats must keep', () => {
    const nasty = source.nodes.find((n) => n.id === NASTY_ID)!
    expect(nasty.properties.tags).toEqual(NASTY_STRINGS)
    const serves = source.edges.find((e) => e.type === 'SERVES_IN')!
    expect(serves.properties.title).toBe('所长;副所长"代"\n兼 back\\slash')
    expect(source.nodes.length).toBeGreaterThan(8)
    expect(source.edges.some((e) => e.type === 'MENTIONS')).toBe(true)
  })
})

describe('graphology JSON', () => {
  it('imports into graphology as the same graph, arrays as arrays', async () => {
    const file = tmpTarget('out.json')
    const summary = await exportSubgraph(store, all, 'json', file)
    expect(summary).toMatchObject({ nodes: source.nodes.length, relationships: source.edges.length })
    const { graph, raw } = readJson(file)
    expect(graph).toEqual(source)
    expect(raw.getNodeAttribute(NASTY_ID, 'color')).toBe(LABEL_COLOURS.Unit)
    // A property named like a display field keeps its value under `property.<name>`.
    expect(raw.getNodeAttribute(NASTY_ID, 'property.label')).toBe('一个叫 label 的属性')
    expect(raw.getNodeAttribute(NASTY_ID, 'label')).toBe('包头市"公安"局')
  })
})

describe('GEXF', () => {
  it('parses back with graphology-gexf into the same graph (arrays as JSON text)', async () => {
    const file = tmpTarget('out.gexf')
    await exportSubgraph(store, all, 'gexf', file)
    const { graph, raw } = readGexf(file)
    // graphology-gexf skips empty strings; nothing else may differ.
    expect(graph).toEqual(withoutEmpties(source, { arrays: false }))
    expect(raw.getNodeAttribute('place:150200', 'color')).toBe(LABEL_COLOURS.Place)
    expect(raw.getNodeAttribute(NASTY_ID, 'tags')).toBe(JSON.stringify(NASTY_STRINGS))
  })

  it('draws a progress bar when asked, without changing the output', async () => {
    const a = tmpTarget('a.gexf')
    const b = tmpTarget('b.gexf')
    await exportSubgraph(store, all, 'gexf', a, { interactive: true })
    await exportSubgraph(store, all, 'gexf', b)
    expect(fs.readFileSync(a, 'utf8')).toBe(fs.readFileSync(b, 'utf8'))
  })

  it.each(['quick', 'forceatlas2'] as const)('places every node (%s layout), the same way every time, keeping known positions', async (layout) => {
    const a = tmpTarget('a.gexf')
    const b = tmpTarget('b.gexf')
    const known = new Map([['place:150200', { x: 1, y: 2 }]])
    await exportSubgraph(store, all, 'gexf', a, { layout, positions: known })
    await exportSubgraph(store, all, 'gexf', b, { layout, positions: known })
    expect(fs.readFileSync(a, 'utf8')).toBe(fs.readFileSync(b, 'utf8'))
    const { raw } = readGexf(a)
    raw.forEachNode((_, attributes) => expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true))
    expect(raw.getNodeAttributes('place:150200')).toMatchObject({ x: 1, y: 2 })
    expect(new Set(raw.mapNodes((_, a) => `${a.x},${a.y}`)).size).toBe(raw.order)
  })

  it('writes positions when the caller knows them', async () => {
    const file = tmpTarget('pos.gexf')
    await exportSubgraph(store, all, 'gexf', file, { positions: new Map([['place:150200', { x: 12.5, y: -3 }]]) })
    const { raw } = readGexf(file)
    expect(raw.getNodeAttributes('place:150200')).toMatchObject({ x: 12.5, y: -3 })
    expect(fs.readFileSync(file, 'utf8')).toContain('<viz:position x="12.5" y="-3"')
  })
})

describe('GraphML', () => {
  it('parses back with graphology-graphml into the same graph, colours as r/g/b', async () => {
    const file = tmpTarget('out.graphml')
    await exportSubgraph(store, all, 'graphml', file)
    const { graph, raw } = readGraphml(file)
    expect(graph).toEqual(source)
    expect(raw.getNodeAttribute('person:刘浩@150200', 'color')).toBe(LABEL_COLOURS.Person.toLowerCase())
  })
})

describe('neo4j-admin CSV', () => {
  it('writes one file per label and per type with typed headers and an import command', async () => {
    const dir = tmpTarget('csv')
    const summary = await exportSubgraph(store, all, 'csv', dir)
    const files = fs.readdirSync(dir).sort()
    expect(files).toEqual(expect.arrayContaining(['nodes_Unit.csv', 'nodes_Place.csv', 'nodes_Article.csv', 'relationships_SERVES_IN.csv', 'relationships_MENTIONS.csv', 'import.sh', 'README.md']))
    expect(summary.files).toContain('nodes_Unit.csv')
    const header = parseCsv(fs.readFileSync(path.join(dir, 'nodes_Unit.csv'), 'utf8'))[0]!.cells
    expect(header.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'name'])
    expect(header).toEqual(expect.arrayContaining(['aliases:string[]', 'nums:long[]', 'floats:double[]', 'ratio:double', 'big:long', 'flag:boolean']))
    const rels = parseCsv(fs.readFileSync(path.join(dir, 'relationships_SERVES_IN.csv'), 'utf8'))[0]!.cells
    expect(rels.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE'])
    expect(rels).toContain('count:long')
    // `;` occurs inside array elements here, so another delimiter is chosen and named in the command.
    expect(fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')).toContain('--array-delimiter=U+001F')
    // Article texts hold line breaks, which neo4j-admin reads only with multiline parsing.
    expect(fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')).toContain('--multiline-fields=true')
  })

  it('asks neo4j-admin for multiline parsing (one thread per file) only when a value holds a line break', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['禁毒严打大收戒专项行动'], depth: 0 }), 'csv', dir)
    expect(fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')).toContain('--multiline-fields=false')
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('--multiline-fields=false')
  })

  it('types the model\'s dates and instants as neo4j-admin date and datetime columns', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, all, 'csv', dir)
    const header = parseCsv(fs.readFileSync(path.join(dir, 'nodes_Article.csv'), 'utf8'))[0]!.cells
    expect(header).toContain('date:date')
    expect(header).toContain('ingestedAt:datetime')
    expect(parseCsv(fs.readFileSync(path.join(dir, 'relationships_SERVES_IN.csv'), 'utf8'))[0]!.cells).toEqual(expect.arrayContaining(['firstSeen:date', 'lastSeen:date']))
  })

  it('adds relationship ids and evidence nodes as Neo4j stores them when asked (kg ingest --bulk)', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, all, 'csv', dir, { asStored: true })
    const [head, ...rows] = parseCsv(fs.readFileSync(path.join(dir, 'relationships_SERVES_IN.csv'), 'utf8'))
    const serves = source.edges.find((e) => e.type === 'SERVES_IN')!
    expect(rows.map((r) => r.cells[head!.cells.indexOf('id')])).toEqual([serves.id])
    // MENTIONS keep no id in Neo4j.
    expect(parseCsv(fs.readFileSync(path.join(dir, 'relationships_MENTIONS.csv'), 'utf8'))[0]!.cells).not.toContain('id')
    // Nodes are numbered, their ids kept as `id`; relationships name their ends by number.
    const numberOf = new Map<string, string>()
    for (const file of fs.readdirSync(dir).filter((f) => /^nodes_.+\.csv$/.test(f))) {
      const [nodeHead, ...nodeRows] = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'))
      expect(nodeHead!.cells.slice(0, 3)).toEqual([':ID', 'id', ':LABEL'])
      for (const r of nodeRows) numberOf.set(r.cells[1]!, r.cells[0]!)
    }
    expect(new Set(numberOf.values()).size).toBe(numberOf.size)
    expect(rows.map((r) => r.cells.slice(0, 2))).toEqual([[numberOf.get(serves.source), numberOf.get(serves.target)]])
    const [evidenceHead, ...evidenceRows] = parseCsv(fs.readFileSync(path.join(dir, 'nodes_Evidence.csv'), 'utf8'))
    expect(evidenceHead!.cells).toEqual(expect.arrayContaining(['relation', 'article', 'date:date', 'spans:long[]', 'sentences:string[]', 'rules:string[]']))
    const typed = source.edges.filter((e) => e.type !== 'MENTIONS').map((e) => e.id)
    const stored = await store.evidence(typed)
    expect(evidenceRows.map((r) => r.cells[1]).sort()).toEqual(stored.map((e) => e.id).sort())
    const script = fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')
    expect(script).toContain('nodes_Evidence.csv')
    expect(script).toContain('--id-type=integer')
  })

  it('reads back to the same graph (empty arrays and strings are not stored by neo4j-admin)', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, all, 'csv', dir)
    expect(readCsv(dir)).toEqual(withoutEmpties(source))
  })

  it('uses `;` between array elements when no element contains one', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, parseSelection({ kind: 'seeds', seeds: ['禁毒严打大收戒专项行动'], depth: 1 }), 'csv', dir)
    expect(fs.readFileSync(path.join(dir, 'import.sh'), 'utf8')).toContain("--array-delimiter=';'")
    expect(fs.readFileSync(path.join(dir, 'nodes_Unit.csv'), 'utf8')).toContain('"Unit;Entity"')
  })

  it('refuses a non-empty directory; with force replaces only its own earlier files', async () => {
    const dir = tmpTarget('csv')
    const first = await exportSubgraph(store, all, 'csv', dir)
    await expect(exportSubgraph(store, all, 'csv', dir)).rejects.toMatchObject({ code: 'WRITE_FAILED', subject: dir })
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me')
    // A smaller export leaves fewer files: the earlier ones it does not write again go, the user's stays.
    const second = await exportSubgraph(store, parseSelection({ kind: 'all', labels: ['Unit'] }), 'csv', dir, { force: true })
    expect(second.files.length).toBeLessThan(first.files.length)
    expect(fs.readdirSync(dir).sort()).toEqual([...second.files, '.kg-export', 'notes.txt'].sort())
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me')

    const other = tmpTarget('mine')
    fs.mkdirSync(other)
    fs.writeFileSync(path.join(other, 'edges.csv'), 'my own table')
    await expect(exportSubgraph(store, all, 'csv', other)).rejects.toMatchObject({ code: 'WRITE_FAILED', subject: other })
    // Even with force, a file the export did not write is never overwritten.
    await expect(exportSubgraph(store, all, 'csv', other, { force: true })).rejects.toThrow(/edges\.csv, which no earlier kg export wrote/)
    expect(fs.readdirSync(other)).toEqual(['edges.csv'])
    expect(fs.readFileSync(path.join(other, 'edges.csv'), 'utf8')).toBe('my own table')
  })

  it('adds flat nodes.csv and edges.csv with a BOM, names and evidence sentences', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, all, 'csv', dir)
    const edges = fs.readFileSync(path.join(dir, 'edges.csv'), 'utf8')
    expect(edges.startsWith('\uFEFF"from","from label","type","to"')).toBe(true)
    const rows = parseCsv(edges.slice(1).replace(/\r\n/g, '\n'))
    const header = rows[0]!.cells
    const serves = rows.find((r) => r.cells[header.indexOf('type')] === 'SERVES_IN')!.cells
    expect(serves[header.indexOf('from')]).toBe('刘浩')
    expect(serves[header.indexOf('to')]).toBe('青山路派出所')
    expect(serves[header.indexOf('sentence')]).toContain('青山路派出所所长刘浩')
    expect(serves[header.indexOf('article')]).toBe('包头市公安局开展“禁毒严打大收戒”专项行动')
    expect(serves[header.indexOf('date')]).toBe('2021-06-01')
    expect(rows).toHaveLength(source.edges.length + 1)
    const nodes = parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8').slice(1).replace(/\r\n/g, '\n'))
    expect(nodes).toHaveLength(source.nodes.length + 1)
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/Selection: whole graph\nTruncated: no/)
  })

  it('types Figure.value double, whatever values the selection holds', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, parseSelection({ kind: 'all', labels: ['Figure'] }), 'csv', dir)
    expect(parseCsv(fs.readFileSync(path.join(dir, 'nodes_Figure.csv'), 'utf8'))[0]!.cells).toContain('value:double')
  })
})

describe('Cypher script', () => {
  it('passes every batch as a parameter to one unchanging statement per label and type', async () => {
    const file = tmpTarget('out.cypher')
    await exportSubgraph(store, all, 'cypher', file)
    const text = fs.readFileSync(file, 'utf8')
    expect(text).toMatch(/^\/\/ kg export: whole graph\n\/\/ Truncated: no\n/)
    const steps = scriptSteps(text)
    expect(steps[0]).toMatchObject({ kind: 'statement', text: expect.stringMatching(/^CREATE CONSTRAINT entity_id IF NOT EXISTS/) })
    const statements = steps.flatMap((s) => (s.kind === 'statement' && s.text.startsWith('UNWIND') ? [s.text] : []))
    expect(statements.length).toBeGreaterThan(5)
    for (const s of statements) expect(s).toMatch(/^UNWIND \$rows AS row (MERGE|MATCH)/)
    // Every UNWIND follows the :param line that sets its rows.
    steps.forEach((s, i) => s.kind === 'statement' && s.text.startsWith('UNWIND') && expect(steps[i - 1]).toMatchObject({ kind: 'param', name: 'rows' }))
    const rows = steps.flatMap((s) => (s.kind === 'param' ? (s.value as { properties: Record<string, unknown> }[]) : []))
    expect(rows.map((r) => r.properties.title)).toContain('所长;副所长"代"\n兼 back\\slash')
    expect(rows.length).toBe(source.nodes.length + source.edges.length)
    expect(text).toMatch(/value: 4641\.0/)
  })

  it('turns values into Cypher literals and back', () => {
    const value = { name: '包头市"公安"局', 'odd key': ['a;b', 'back\\slash', 'l1\nl2'], 'back`tick': 'x', n: 3, f: 1.5, big: 1e21, list: [1, 2.5], ok: true, none: null }
    const literal = cypherLiteral(value)
    expect(literal).toBe(
      '{name: "包头市\\"公安\\"局", `odd key`: ["a;b", "back\\\\slash", "l1\\nl2"], `back``tick`: "x", n: 3, f: 1.5, big: 1e21, list: [1.0, 2.5], ok: true, none: null}',
    )
    expect(parseCypherLiteral(literal)).toEqual(value)
    expect(cypherLiteral([new Real(4641), new Real(68.34)])).toBe('[4641.0, 68.34]')
    expect(parseCypherLiteral('[1, 2.0]', (d) => `int ${d}`)).toEqual(['int 1', 2])
    expect(() => parseCypherLiteral('[1, 2')).toThrow(/not a Cypher literal/)
  })
})

describe('JSON Lines', () => {
  it('has one record per node and relationship, with evidence sentences', async () => {
    const file = tmpTarget('out.jsonl')
    await exportSubgraph(store, all, 'jsonl', file)
    const { graph, records } = readJsonl(file)
    expect(graph).toEqual(source)
    const serves = records.find((r) => r.type === 'SERVES_IN') as { evidence: { article: string; sentence: string; rules: string[]; title: string }[] }
    expect(serves.evidence[0]).toMatchObject({ rules: ['serves:title'], title: '包头市公安局开展“禁毒严打大收戒”专项行动' })
    expect(serves.evidence[0]!.sentence).toContain('青山路派出所所长刘浩')
  })
})

describe('streaming (the API)', () => {
  it('writes a single-file format to a Writable, the same bytes as the file', async () => {
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => void chunks.push(c))
    const selection = parseSelection({ kind: 'campaign', campaign: '禁毒严打大收戒专项行动' })
    const summary = await exportToStream(store, selection, 'graphml', out)
    out.end()
    const file = tmpTarget('same.graphml')
    const written = await exportSubgraph(store, selection, 'graphml', file)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(fs.readFileSync(file, 'utf8'))
    expect(summary).toMatchObject({ target: 'stream', nodes: written.nodes, relationships: written.relationships })
    expect(summary.nodes).toBeGreaterThan(3)
    expect(FORMAT_MEDIA.graphml.contentType).toMatch(/graphml/)
  })

  it('takes the server route’s call: exportSubgraph(store, {ids, depth} or {}, format, response)', async () => {
    const text = async (selection: object, format: string) => {
      const out = new PassThrough()
      const chunks: Buffer[] = []
      out.on('data', (c: Buffer) => void chunks.push(c))
      const summary = await exportSubgraph(store, selection, format, out)
      return { summary, body: Buffer.concat(chunks).toString('utf8') }
    }
    const seeds = await text({ ids: ['unit:包头市公安局'], depth: 1, labels: ['Campaign'] }, 'jsonl')
    expect(seeds.summary).toMatchObject({ nodes: 2, selection: 'seeds unit:包头市公安局 depth 1, labels Campaign' })
    const whole = await text({}, 'json')
    expect(JSON.parse(whole.body).nodes).toHaveLength(source.nodes.length)
    await expect(text({}, 'pdf')).rejects.toThrow(/format pdf is unknown/)
    await expect(text({ ids: [] }, 'json')).rejects.toBeInstanceOf(UsageError)
  })

  it('refuses csv, which is a directory, with a usage error (HTTP 400)', async () => {
    await expect(exportToStream(store, all, 'csv', new PassThrough())).rejects.toBeInstanceOf(UsageError)
  })
})

describe('every format records the selection and whether it was cut short', () => {
  const capped = parseSelection({ kind: 'seeds', seeds: ['包头市公安局'], depth: 2, maxNodes: 3 })
  const text = async (format: string, name: string) => {
    const file = tmpTarget(name)
    const summary = await exportSubgraph(store, capped, format, file)
    expect(summary.truncated).toBe(true)
    return fs.readFileSync(file, 'utf8')
  }
  const selection = 'seeds 包头市公安局 depth 2'

  it.each([
    ['json', 'a.json', (t: string) => expect(JSON.parse(t).attributes).toEqual({ name: 'kg export', selection, truncated: true })],
    ['node-link', 'a.nodelink.json', (t: string) => expect(JSON.parse(t).graph).toEqual({ name: 'kg export', selection, truncated: true })],
    ['gexf', 'a.gexf', (t: string) => expect(t).toContain(`Selection: ${selection}. Truncated: yes`)],
    ['graphml', 'a.graphml', (t: string) => expect(t).toContain(`<data key="g1">${selection}</data>\n    <data key="g2">true</data>`)],
    ['cypher', 'a.cypher', (t: string) => expect(t).toMatch(new RegExp(`^// kg export: ${selection}\n// Truncated: yes`))],
    ['jsonl', 'a.jsonl', (t: string) => expect(JSON.parse(t.split('\n')[0]!)).toEqual({ record: 'export', selection, truncated: true })],
  ])('%s', async (format, name, check) => check(await text(format, name)))

  it('csv and xlsx', async () => {
    const dir = tmpTarget('csv')
    await exportSubgraph(store, capped, 'csv', dir)
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain(`Selection: ${selection}\nTruncated: yes`)
    const file = tmpTarget('a.xlsx')
    await exportSubgraph(store, capped, 'xlsx', file)
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const about = book.getWorksheet('About')!
    expect([about.getRow(2).values, about.getRow(3).values]).toEqual([
      [undefined, 'selection', selection],
      [undefined, 'truncated', expect.stringMatching(/^yes/)],
    ])
  })
})

describe('evidence', () => {
  it('keeps every sentence of a batch when the article cache is emptied between batches', async () => {
    const { EvidenceReader } = await import('../../src/export/evidence.js')
    const article = source.nodes.find((n) => n.label === 'Article' && n.properties.source !== 'nasty.txt')!
    const serves = source.edges.find((e) => e.type === 'SERVES_IN')!
    const [stored] = await store.evidence([serves.id])
    let reads = 0
    const others = Array.from({ length: 2100 }, (_, i) => ({ ...serves, id: `x${i}` }))
    const reader = new EvidenceReader({
      articles: async (ids) => (reads++, ids.includes(article.id) ? [article] : []),
      // Each other edge rests on an article of its own.
      evidence: async (relations) => relations.map((relation) => (relation === serves.id ? stored! : { ...stored!, relation, article: `article:other${relation}` })),
    })
    await reader.prepare([serves], true)
    // 2,100 other articles overflow the cache; the batch that needs them and the first one again must have both.
    await reader.prepare([serves, ...others], true)
    expect(reader.summary(serves).sentence).toContain('青山路派出所所长刘浩')
    expect(reads).toBe(2)
  })
})
