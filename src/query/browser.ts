// Neo4j Browser made for this graph: a guide (`:play URL`) listing the Cypher library as runnable
// blocks, each with what it answers and its parameters, and a GraSS style sheet (`:style URL`) with
// the viewer's colours and names as captions. Pure: both are built from the library and the palette.
import { LABEL_COLOURS } from '../export/palette.js'
import { NODE_LABELS, type NodeLabel } from '../model/index.js'
import type { LibraryQuery } from './library.js'

/** Where `kg serve` (and the compose file's static server) publishes them. */
export const BROWSER_GUIDE_PATH = '/neo4j-browser/guide.html'
export const BROWSER_STYLE_PATH = '/neo4j-browser/style.grass'

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A library description as HTML: its `code` spans as <code>. */
const describeHtml = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')

/** A Cypher string literal: the guide's `:param` lines must be valid Cypher whatever the default holds. */
const cypherString = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** `:param` lines giving each parameter its default, so a block runs as it stands. */
function paramLines(query: LibraryQuery): string[] {
  return query.params.map((p) => `:param ${p.name} => ${/^-?\d+$/.test(p.default) ? p.default : cypherString(p.default)}`)
}

function slide(title: string, body: string[]): string {
  return ['    <slide class="row-fluid">', '      <div class="col-sm-12">', `        <h3>${escapeHtml(title)}</h3>`, ...body.map((l) => `        ${l}`), '      </div>', '    </slide>'].join('\n')
}

/** Browser runs a `pre.runnable` block when it is clicked; one statement or `:param` line per block. */
const runnable = (code: string): string => `<pre class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`

/** The guide: an opening slide on the model and the style, then one slide per library query. */
export function browserGuideHtml(library: readonly LibraryQuery[], styleUrl: string): string {
  const intro = slide('Knowledge graph of police and court news', [
    '<p class="lead">People (<code>Person</code>) serve in units (<code>Unit</code>) located in places (<code>Place</code>); units take part in campaigns (<code>Campaign</code>) and implement measures (<code>Measure</code>); articles (<code>Article</code>) mention them and report figures (<code>Figure</code>). Every relationship carries the evidence that states it.</p>',
    '<p>Colour the graph as the viewer does, with names as captions:</p>',
    runnable(`:style ${styleUrl}`),
    '<p>Each of the next slides is one query of the library (<code>cypher/queries</code>, also <code>kg query NAME</code>): click a block to put it in the editor, then run it. Run the <code>:param</code> block first; change its value to ask about something else.</p>',
    '<ul>',
    ...library.map((q) => `  <li><b>${escapeHtml(q.name)}</b>: ${describeHtml(q.description)}</li>`),
    '</ul>',
  ])
  const slides = library.map((q) =>
    slide(q.name, [
      `<p class="lead">${describeHtml(q.description)}</p>`,
      ...(q.params.length > 0 ? [runnable(paramLines(q).join('\n'))] : []),
      runnable(q.cypher),
    ]),
  )
  return ['<article class="guide">', '  <carousel class="deck container-fluid">', intro, ...slides, '  </carousel>', '</article>', ''].join('\n')
}

/** What a node of each label shows as its caption. */
const CAPTIONS: Record<NodeLabel, string> = {
  Person: 'name',
  Unit: 'name',
  Place: 'name',
  Campaign: 'name',
  Measure: 'name',
  Article: 'title',
  Figure: 'metric',
}

/** White or near-black caption text, whichever reads better on the colour. */
function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)
  return luminance > 150 ? '#1A1A1A' : '#FFFFFF'
}

/**
 * The GraSS sheet. Entities carry a second label, `Entity`: it gets a rule of its own without a
 * colour, or Browser would give it a colour of its choosing that could hide the label's.
 */
export function browserStyleGrass(): string {
  const rule = (selector: string, properties: Record<string, string>): string =>
    [`${selector} {`, ...Object.entries(properties).map(([k, v]) => `  ${k}: ${v};`), '}'].join('\n')
  return [
    rule('node', { diameter: '64px', color: '#A5ABB6', 'border-color': '#9AA1AC', 'border-width': '2px', 'text-color-internal': '#FFFFFF', 'font-size': '10px' }),
    rule('relationship', { color: '#A5ABB6', 'shaft-width': '1px', 'font-size': '8px', padding: '3px', 'text-color-external': '#000000', 'text-color-internal': '#FFFFFF', caption: '"<type>"' }),
    rule('node.Entity', { caption: '"{name}"' }),
    ...NODE_LABELS.map((label) =>
      rule(`node.${label}`, { color: LABEL_COLOURS[label], 'border-color': LABEL_COLOURS[label], 'text-color-internal': textOn(LABEL_COLOURS[label]), caption: `"{${CAPTIONS[label]}}"` }),
    ),
    '',
  ].join('\n')
}

/** The published files, by name, for a server whose address is `origin` (`http://localhost:7480`). */
export function browserFilesFor(library: readonly LibraryQuery[], origin: string): Record<string, string> {
  return { 'guide.html': browserGuideHtml(library, `${origin}${BROWSER_STYLE_PATH}`), 'style.grass': browserStyleGrass() }
}
