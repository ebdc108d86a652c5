// The viewer in real Chromium against a real server on the seed articles as `kg ingest` loads them
// (real extraction, real assembly, embedded store): overview, search, details with evidence,
// expansion by double-click, label filter, PNG and data export, shared link, and the empty and error
// states. Screenshots go to test-results/e2e/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MultiDirectedGraph } from 'graphology'
import { parse as parseGraphml } from 'graphology-graphml'
import type { Locator, Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as explore from '../../src/explore/index.js'
import { ingestPaths } from '../../src/load/ingest.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { EmbeddedStore } from '../../src/store/embedded/index.js'
import { launch, type Browser } from './browser.js'

const root = path.resolve(import.meta.dirname, '../..')
const SHOTS = path.join(root, 'test-results', 'e2e')
/** The unit the scenarios follow: seed 000 names it with its head, 所长刘浩, in one sentence. */
const QINGSHANLU_NAME = '包头市公安局青山路派出所'

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) })

/** Waits until the viewer has drawn its first frame and the layout has settled. */
async function ready(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => window.kgViewer?.store.get().status.type === 'ready', null, { timeout: 30_000 })
  } catch (error) {
    const status = await page.evaluate(() => JSON.stringify(window.kgViewer?.store.get().status ?? 'no viewer'))
    throw new Error(`the viewer did not become ready: status ${status}`, { cause: error })
  }
  await page.evaluate(() => window.kgViewer?.rendered)
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.kgViewer?.layout.stop())
  // A camera still moving (a focus animation on a loaded machine) would move a node away from where a pointer is sent.
  await page.waitForFunction(() => !window.kgViewer?.sigma?.getCamera().isAnimated(), undefined, { timeout: 10_000 })
  await page.waitForTimeout(200)
}

/** Where a node is drawn on the page, for real pointer events. */
async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((nodeId) => {
    const v = window.kgViewer
    const sigma = v?.sigma
    if (!v || !sigma || !v.graph.hasNode(nodeId)) return null
    const a = v.graph.getNodeAttributes(nodeId)
    const vp = sigma.graphToViewport({ x: a.x, y: a.y })
    const box = sigma.getContainer().getBoundingClientRect()
    return { x: box.left + vp.x, y: box.top + vp.y }
  }, id)
  if (!p) throw new Error(`node ${id} is not drawn`)
  return p
}

/** An evidence sentence as shown, and its characters marked as names (the rest blanked). */
async function markedText(sentence: Locator): Promise<{ sentence: string; marked: string }> {
  return sentence.evaluate((p) => {
    let sentence = ''
    let marked = ''
    for (const child of p.childNodes) {
      const text = child.textContent ?? ''
      sentence += text
      marked += child instanceof HTMLElement && child.tagName === 'MARK' && child.classList.contains('name') ? text : ' '.repeat(text.length)
    }
    return { sentence, marked }
  })
}

describe('viewer end to end', () => {
  let dir: string
  let store: EmbeddedStore
  let server: RunningServer
  let browser: Browser
  /** The unit followed through the scenarios, as the ingested graph has it. */
  let unit: explore.NodeDetails
  /** One of its relationships stated in a sentence, preferably a person serving in it. */
  let stated: explore.RelationshipView

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-'))
    // A build of its own, so the test sees the current sources and never empties viewer/dist under
    // another test file that serves it.
    await build({ configFile: path.join(root, 'viewer', 'vite.config.ts'), logLevel: 'warn', build: { outDir: path.join(dir, 'viewer') } })
    store = new EmbeddedStore(dir)
    const ingested = await ingestPaths(store, [path.join(root, 'seeds')])
    expect(ingested.failed).toEqual([])
    // Ids are the resolver's business: find the unit by its name, as a user would.
    const hits = await explore.search(store, QINGSHANLU_NAME, { labels: ['Unit'], limit: 50 })
    const exact = hits.filter((h) => h.name === QINGSHANLU_NAME)
    expect(exact, `ingesting seeds/ should give one Unit named ${QINGSHANLU_NAME}`).toHaveLength(1)
    unit = await explore.nodeDetails(store, exact[0]!.id)
    const withEvidence = unit.relationships.filter((r) => r.evidence.length > 0 && r.evidence[0]!.sentence.includes(r.other.name))
    const chosen = withEvidence.find((r) => r.type === 'SERVES_IN' && r.other.label === 'Person') ?? withEvidence[0]
    expect(chosen, `${QINGSHANLU_NAME} should have a relationship with an evidence sentence naming the other end`).toBeDefined()
    stated = chosen!
    server = await startServer(store, { port: 0, log: () => {}, viewerDir: path.join(dir, 'viewer') })
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  test('overview: every entity drawn, legend with counts, Chinese labels', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
    await page.goto(`${server.url}/`)
    await ready(page)
    await page.waitForTimeout(2500)
    await settle(page)
    const order = await page.evaluate(() => window.kgViewer?.graph.order)
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { nodes: number; labels: Record<string, number> }
    // Entities only: articles and reported figures come into view by expanding a node.
    expect(order).toBe(stats.nodes - (stats.labels.Article ?? 0) - (stats.labels.Figure ?? 0))
    await expect.poll(() => page.locator('#legend li').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('#legend label[for="legend-Unit"] .count').textContent()).toBe(String(stats.labels.Unit))
    expect(await page.locator('#status').isHidden()).toBe(true)
    await shot(page, '01-overview')
    expect(errors).toEqual([])
    await page.close()
  })

  test('search 派出所, open the node, read its evidence, expand, filter, export PNG and GraphML', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
    // A small overview, so the searched node and its neighbours have to come from the API.
    await page.goto(`${server.url}/?cap=15`)
    await ready(page)
    await settle(page)
    const before = await page.evaluate(() => window.kgViewer?.graph.order ?? 0)
    expect(before).toBe(15)

    await page.locator('#search').fill('派出所')
    const option = page.locator('#suggestions li[role="option"]', { hasText: QINGSHANLU_NAME })
    await option.waitFor()
    await shot(page, '02-search-suggestions')
    await option.click()

    const panel = page.locator('#panel')
    await expect.poll(() => panel.locator('[data-testid="panel-name"]').textContent()).toBe(QINGSHANLU_NAME)
    expect(await panel.locator('.pinyin').textContent()).toBe(unit.node.properties.pinyin)
    expect(await panel.locator('.pinyin').textContent()).toContain('qīng shān lù')
    // The relationship's group lists the other end, with the sentence that states it and both names marked.
    const group = panel.locator(`.rel-group[data-type="${stated.type}"]`)
    const item = group.locator('li', { has: page.locator('.rel-head button.link', { hasText: stated.other.name }) }).first()
    await item.waitFor()
    const evidence = stated.evidence[0]!
    const shown = await markedText(item.locator('.evidence p').first())
    expect(shown.sentence).toBe(evidence.sentence)
    const names = [QINGSHANLU_NAME, ...((unit.node.properties.aliases as string[] | undefined) ?? [])].filter((n) => n.length >= 2)
    expect(names.some((n) => evidence.sentence.includes(n) && shown.marked.includes(n)), `a name of the unit is marked in: ${evidence.sentence}`).toBe(true)
    expect(shown.marked).toContain(stated.other.name)
    expect(await item.locator('.evidence cite').textContent()).toContain(evidence.title)
    expect(await page.evaluate(() => decodeURIComponent(window.location.hash))).toContain(`focus=${unit.node.id}`)
    await page.waitForTimeout(1800)
    await settle(page)
    await shot(page, '03-node-panel')

    const afterSearch = await page.evaluate(() => window.kgViewer?.graph.order ?? 0)
    expect(afterSearch).toBeGreaterThan(before)

    // Double-click a neighbour whose own neighbourhood is not in view yet.
    const target = await page.evaluate((id) => {
      const v = window.kgViewer
      if (!v) return null
      return v.graph.neighbors(id).find((n) => v.graph.getNodeAttribute(n, 'kind') === 'Unit') ?? v.graph.neighbors(id)[0] ?? null
    }, unit.node.id)
    expect(target).toBeTruthy()
    // Bring it to the middle of the view, as a reader would pan to it, so no other node or label covers it.
    await page.evaluate(async (id) => {
      const sigma = window.kgViewer!.sigma!
      const { x, y } = sigma.getNodeDisplayData(id)!
      await sigma.getCamera().animate({ x, y, ratio: 0.5 }, { duration: 100 })
    }, target!)
    await settle(page)
    const at = await nodePosition(page, target!)
    await page.mouse.dblclick(at.x, at.y)
    await expect.poll(() => page.evaluate(() => window.kgViewer?.store.get().expanded.length ?? 0), { timeout: 10_000 }).toBe(1)
    await expect.poll(() => page.evaluate(() => window.kgViewer?.graph.order ?? 0)).toBeGreaterThan(afterSearch)
    await page.waitForTimeout(1800)
    await settle(page)
    await shot(page, '04-expanded')

    // Hide places: they and their edges disappear, and the link remembers it.
    const place = await page.evaluate(() => window.kgViewer?.graph.findNode((_, a) => a.kind === 'Place') ?? null)
    expect(place).toBeTruthy()
    await page.locator('#legend-Place').uncheck()
    await expect.poll(() => page.evaluate((id) => window.kgViewer?.sigma?.getNodeDisplayData(id)?.hidden, place!)).toBe(true)
    expect(await page.evaluate(() => window.location.hash)).toContain('hide=Place')
    await shot(page, '05-places-hidden')

    const downloading = page.waitForEvent('download')
    await page.locator('#export-png').click()
    const download = await downloading
    const file = path.join(SHOTS, 'exported-view.png')
    await download.saveAs(file)
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(20_000)
    // Twice the stage's size (the PNG header holds width and height at bytes 16 and 20).
    const stage = await page.evaluate(() => window.kgViewer!.sigma!.getDimensions())
    const ratio = await page.evaluate(() => window.devicePixelRatio)
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([stage.width * 2 * ratio, stage.height * 2 * ratio])

    // The data export is the view as drawn: its nodes, places left out, in a file Gephi reads.
    const drawn = await page.evaluate(() => window.kgViewer?.graph.filterNodes((_, a) => a.kind !== 'Place') ?? [])
    const exporting = page.waitForEvent('download')
    await page.locator('#export-data').selectOption('graphml')
    const exported = await exporting
    expect(exported.suggestedFilename()).toBe('kg-export.graphml')
    const graphml = path.join(SHOTS, 'exported-view.graphml')
    await exported.saveAs(graphml)
    const graph = parseGraphml(MultiDirectedGraph, fs.readFileSync(graphml, 'utf8'))
    expect(graph.nodes().sort()).toEqual([...drawn].sort())
    expect(graph.size).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.close()
  })

  test('a shared link reopens the view: focus, hidden labels, community colours, a focus outside the overview', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${server.url}/#focus=${encodeURIComponent(unit.node.id)}&hide=Measure&colour=community`)
    await ready(page)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(QINGSHANLU_NAME)
    expect(await page.locator('#legend-Measure').isChecked()).toBe(false)
    expect(await page.locator('#colour-mode').inputValue()).toBe('community')
    expect(await page.evaluate(() => window.kgViewer?.store.get().communities ?? 0)).toBeGreaterThan(1)
    await page.waitForTimeout(2000)
    await settle(page)
    await shot(page, '06-shared-link-communities')

    // A link whose focus is outside the overview: the node comes with its neighbours, highlighted.
    const overview = (await (await fetch(`${server.url}/api/overview?cap=15`)).json()) as { nodes: { id: string }[] }
    expect(overview.nodes.map((n) => n.id)).not.toContain(unit.node.id)
    await page.goto(`${server.url}/?cap=15#focus=${encodeURIComponent(unit.node.id)}`)
    await ready(page)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(QINGSHANLU_NAME)
    await expect.poll(() => page.evaluate((id) => window.kgViewer?.sigma?.getNodeDisplayData(id)?.highlighted ?? null, unit.node.id)).toBe(true)
    expect(await page.evaluate((id) => window.kgViewer?.sigma?.getNodeDisplayData(id)?.forceLabel ?? null, stated.other.id)).toBe(true)
    await page.close()
  })

  test('an empty store says so, and a broken store says what is wrong', async () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-empty-'))
    const empty = await startServer(new EmbeddedStore(emptyDir), { port: 0, log: () => {}, viewerDir: path.join(dir, 'viewer') })
    const brokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-broken-'))
    fs.writeFileSync(path.join(brokenDir, 'graph.json'), 'not json')
    const broken = await startServer(new EmbeddedStore(brokenDir), { port: 0, log: () => {}, viewerDir: path.join(dir, 'viewer') })
    const page = await browser.context.newPage()
    try {
      await page.goto(`${empty.url}/`)
      await expect.poll(() => page.locator('#status h2').textContent()).toBe('The graph is empty')
      await shot(page, '07-empty')
      await page.goto(`${broken.url}/`)
      await expect.poll(() => page.locator('#status h2').textContent()).toBe('Something went wrong')
      expect(await page.locator('#status .error-message').textContent()).toContain('graph store is unavailable')
      expect(await page.locator('#status button').isVisible()).toBe(true)
      await shot(page, '08-store-error')
    } finally {
      await page.close()
      await empty.close()
      await broken.close()
      fs.rmSync(emptyDir, { recursive: true, force: true })
      fs.rmSync(brokenDir, { recursive: true, force: true })
    }
  })
})
