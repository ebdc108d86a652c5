// The Browser guide and style as `kg serve` publishes them: every library query on a slide of its
// own with runnable `:param` and query blocks, a style rule per label in the viewer's colours, and
// CORS answers that let Browser's origin read both.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LABEL_COLOURS } from '../../src/export/palette.js'
import { NODE_LABELS } from '../../src/model/index.js'
import { BROWSER_GUIDE_PATH, BROWSER_STYLE_PATH, browserFilesFor, browserGuideHtml, browserStyleGrass } from '../../src/query/browser.js'
import { loadLibrary, parseQuery } from '../../src/query/library.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

it('puts every library query on a slide with its parameters set to their defaults', () => {
  const library = loadLibrary()
  const html = browserGuideHtml(library, 'http://localhost:8080/neo4j-browser/style.grass')
  expect(html.match(/<slide /g)).toHaveLength(library.length + 1)
  expect(html).toContain('<pre class="pre-scrollable code runnable">:style http://localhost:8080/neo4j-browser/style.grass</pre>')
  for (const q of library) expect(html).toContain(`<h3>${q.name}</h3>`)
  const quoted = parseQuery('odd', "// A test query with <b> & a quote.\n// param who: O'Brien\n// param limit: 5\nMATCH (n) WHERE n.name < $who RETURN n LIMIT $limit")
  const odd = browserGuideHtml([quoted], 'x')
  expect(odd).toContain(":param who =&gt; 'O\\'Brien'\n:param limit =&gt; 5</pre>")
  expect(odd).toContain('MATCH (n) WHERE n.name &lt; $who RETURN n LIMIT $limit</pre>')
  expect(odd).toContain('A test query with &lt;b&gt; &amp; a quote.')
})

it('colours each label as the viewer does and captions entities by name', () => {
  const grass = browserStyleGrass()
  for (const label of NODE_LABELS) {
    const rule = new RegExp(`node\\.${label} \\{[^}]*color: ${LABEL_COLOURS[label]};[^}]*caption: "\\{(\\w+)\\}";`).exec(grass)
    expect(rule?.[1], label).toBe(label === 'Article' ? 'title' : label === 'Figure' ? 'metric' : 'name')
  }
  expect(grass).toMatch(/node\.Entity \{\s*caption: "\{name\}";\s*\}/)
})

let server: RunningServer
beforeAll(async () => {
  server = await startServer(new SqliteStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-guide-'))), { port: 0 })
})
afterAll(async () => server?.close())

it('serves both to any origin, answering the preflight, and names the style by its own address', async () => {
  const preflight = await fetch(`${server.url}${BROWSER_GUIDE_PATH}`, {
    method: 'OPTIONS',
    headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-ajax-browser-auth' },
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  expect(preflight.headers.get('access-control-allow-headers')).toBe('x-ajax-browser-auth')
  const guide = await fetch(`${server.url}${BROWSER_GUIDE_PATH}`, { headers: { origin: 'http://127.0.0.1:7474' } })
  expect(guide.headers.get('access-control-allow-origin')).toBe('*')
  expect(await guide.text()).toContain(`:style ${server.url}${BROWSER_STYLE_PATH}</pre>`)
  const style = await fetch(`${server.url}${BROWSER_STYLE_PATH}`)
  expect(await style.text()).toBe(browserStyleGrass())
  expect((await fetch(`${server.url}${BROWSER_STYLE_PATH}`, { method: 'POST' })).status).toBe(405)
})

it('keeps the published copies in cypher/browser current (npm run build && npm run browser-files)', () => {
  const dir = path.resolve(import.meta.dirname, '../../cypher/browser')
  for (const [name, text] of Object.entries(browserFilesFor(loadLibrary(), 'http://localhost:7480'))) {
    expect(fs.readFileSync(path.join(dir, name), 'utf8'), `cypher/browser/${name} is out of date: run npm run build && npm run browser-files`).toBe(text)
  }
})
