// Neo4j Browser in headless Chromium on the test's Neo4j, with the seed articles as `kg ingest`
// loads them: connect, open the project's guide from `kg serve` (`:play`), apply its style
// (`:style`), run a library query from the guide and see it drawn as a graph with Chinese captions
// in the style's colours. The screenshot goes to test-results/e2e/neo4j-browser.png (docs/ has a copy).
import fs from 'node:fs'
import path from 'node:path'
import neo4j from 'neo4j-driver'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LABEL_COLOURS } from '../../src/export/palette.js'
import { ingestPaths } from '../../src/load/ingest.js'
import { BROWSER_GUIDE_PATH } from '../../src/query/browser.js'
import { bindParams, findQuery, loadLibrary } from '../../src/query/library.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { launch, type Browser } from '../e2e/browser.js'
import { useNeo4j, type Neo4jForTest } from '../support/neo4j.js'

const root = path.resolve(import.meta.dirname, '../..')
const SHOT = path.join(root, 'test-results', 'e2e', 'neo4j-browser.png')
const QUERY = 'campaign-network'

let neo: Neo4jForTest
let serve: RunningServer
let browser: Browser
beforeAll(async () => {
  neo = await useNeo4j()
  await ingestPaths(neo.store, [path.join(root, 'seeds')])
  serve = await startServer(neo.store, { port: 0 })
  browser = await launch({ width: 1400, height: 1000 })
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await serve?.close()
  await neo?.release()
})

/** Puts a guide block into the editor by clicking it, runs it, and waits for its result frame. */
async function runBlock(page: Page, text: string): Promise<void> {
  const frames = await page.getByTestId('frame').count()
  await page.locator('pre.runnable', { hasText: text }).first().click()
  await page.getByTestId('editor-Run').click()
  await expect.poll(() => page.getByTestId('frame').count(), { timeout: 30_000 }).toBeGreaterThan(frames)
}

/** The names and labels of the nodes the library query returns, read with the driver. */
async function expectedNodes(): Promise<Map<string, string>> {
  const query = findQuery(QUERY, loadLibrary())
  const driver = neo4j.driver(neo.settings.uri, neo4j.auth.basic(neo.settings.user, neo.settings.password))
  try {
    const { records } = await driver.executeQuery(query.cypher, bindParams(query, []), { database: neo.settings.database })
    const nodes = new Map<string, string>()
    for (const r of records) {
      for (const key of ['campaign', 'member', 'place']) {
        const n = r.get(key) as { labels: string[]; properties: { name: string } } | null
        if (n) nodes.set(n.properties.name, n.labels.find((l) => l !== 'Entity')!)
      }
    }
    return nodes
  } finally {
    await driver.close()
  }
}

it('connects, plays the guide, applies the style and draws a library query with Chinese captions', async () => {
  const expected = await expectedNodes()
  expect(expected.size).toBeGreaterThan(5)
  const guide = `http://localhost:${new URL(serve.url).port}${BROWSER_GUIDE_PATH}`
  const page = await browser.context.newPage()
  await page.goto(`${neo.settings.browser}?cmd=play&arg=${encodeURIComponent(guide)}`)
  await page.getByTestId('boltaddress').fill(neo.settings.uri)
  await page.getByTestId('username').fill(neo.settings.user)
  await page.getByTestId('password').fill(neo.settings.password)
  await page.getByTestId('connect').click()
  await page.getByText('You are connected as user').waitFor({ timeout: 60_000 })

  // The guide's first slide: the style block, then one slide per library query.
  await page.locator('pre.runnable', { hasText: ':style' }).waitFor({ timeout: 30_000 })
  await runBlock(page, ':style')
  const library = loadLibrary()
  const slide = library.findIndex((q) => q.name === QUERY) + 2
  await page.locator(`[data-testid="carousel"] li[aria-label="${slide}"]`).click()
  await runBlock(page, ':param campaign')
  await runBlock(page, 'MATCH (c:Campaign)')

  const nodes = page.locator('svg g.node')
  await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBe(expected.size)
  // Let the force layout settle before the picture.
  await page.waitForTimeout(3000)
  const drawn = await nodes.evaluateAll((gs) =>
    gs.map((g) => ({ caption: [...g.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).join(''), fill: g.querySelector('circle.b-outline')?.getAttribute('fill') ?? '' })),
  )
  fs.mkdirSync(path.dirname(SHOT), { recursive: true })
  await page.screenshot({ path: SHOT })

  // Browser cuts long captions to fit the circle: each caption is the start of a name it drew.
  const names = [...expected.keys()]
  for (const { caption, fill } of drawn) {
    expect(caption).toMatch(/\p{Script=Han}/u)
    const stem = caption.replace(/…$/, '')
    expect(stem.length).toBeGreaterThan(1)
    // A cut caption may fit several names (内蒙古自… is a place and a unit): one of them, in its colour.
    const candidates = names.filter((n) => n.startsWith(stem))
    expect(candidates, `caption ${caption} names no node of the result`).not.toHaveLength(0)
    expect(candidates.map((n) => LABEL_COLOURS[expected.get(n) as keyof typeof LABEL_COLOURS])).toContain(fill.toUpperCase())
  }
  const campaign = [...expected].find(([, label]) => label === 'Campaign')![0]
  expect(drawn.filter((d) => d.fill.toUpperCase() === LABEL_COLOURS.Campaign && campaign.startsWith(d.caption.replace(/…$/, '')))).toHaveLength(1)
}, 240_000)
