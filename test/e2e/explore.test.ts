// Exploring in real Chromium, on the seed articles as `kg ingest` reads them and on a generated
// archive of 4,000 articles (bench/corpus.mjs, about 24,000 entities) in the SQLite store: a person
// found by search outside the overview, expanding by double-click on a fresh page, several-term and
// Traditional search, an edge's sentence, the article behind it, the shortest path between two
// units, a date range, a place, and a shared link reopening the same camera and selection. The expected
// answers come from the store through src/explore and src/export, never from the page. Screenshots go to
// test-results/e2e/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
// @ts-expect-error -- a plain JavaScript module of the benchmarks, without types
import { syntheticExtractions } from '../../bench/corpus.mjs'
import * as explore from '../../src/explore/index.js'
import { parseSelection, selectSubgraph } from '../../src/export/index.js'
import { simplifiedToTraditional } from '../../src/extract/traditional.js'
import { ingestPaths } from '../../src/load/ingest.js'
import type { Extraction, GraphNode } from '../../src/model/index.js'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { launch, type Browser } from './browser.js'

const root = path.resolve(import.meta.dirname, '../..')
const SHOTS = path.join(root, 'test-results', 'e2e')

interface Dataset {
  name: 'seeds' | 'archive'
  /** The overview's cap in the page address: small enough that most of the graph is outside it. */
  cap: number
  fill(store: SqliteStore): Promise<void>
}

const DATASETS: Dataset[] = [
  {
    name: 'seeds',
    cap: 15,
    async fill(store) {
      const result = await ingestPaths(store, [path.join(root, 'seeds')])
      expect(result.failed).toEqual([])
    },
  },
  {
    name: 'archive',
    cap: 3000,
    async fill(store) {
      const articles = (syntheticExtractions(4000) as Extraction[]).map(assembleArticle)
      for (let i = 0; i < articles.length; i += 500) await store.apply(articles.slice(i, i + 500))
    },
  },
]

/** Waits until the viewer is ready and has drawn, then stops the layout so nodes stay put. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => window.kgViewer?.store.get().status.type === 'ready', null, { timeout: 120_000 })
  await page.evaluate(async () => {
    await window.kgViewer?.rendered
    window.kgViewer?.layout.stop()
  })
}

/** Where a node is drawn on the page, for real pointer events. */
async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((nodeId) => {
    const v = window.kgViewer!
    const d = v.sigma?.getNodeDisplayData(nodeId)
    if (!v.sigma || !d) return null
    const vp = v.sigma.framedGraphToViewport(d)
    const box = v.sigma.getContainer().getBoundingClientRect()
    return { x: box.left + vp.x, y: box.top + vp.y }
  }, id)
  if (!p) throw new Error(`node ${id} is not drawn`)
  return p
}

function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
  return errors
}

/** Types into the search box and clicks the suggestion for `id`. */
async function searchAndOpen(page: Page, text: string, id: string): Promise<void> {
  await page.locator('#search').fill(text)
  const option = page.locator(`#suggestions li[role="option"][data-id="${id.replaceAll('"', '\\"')}"]`)
  await option.waitFor({ timeout: 15_000 })
  await option.click()
}

const nameOf = (n: GraphNode) => String(n.properties.name ?? n.id)

describe.each(DATASETS)('exploring the $name in the browser', (dataset) => {
  let dir: string
  let store: SqliteStore
  let server: RunningServer
  let browser: Browser
  let overview: Set<string>
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `explore-${dataset.name}-${name}.png`) })

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-e2e-${dataset.name}-`))
    await build({ configFile: path.join(root, 'viewer', 'vite.config.ts'), logLevel: 'warn', build: { outDir: path.join(dir, 'viewer') } })
    store = new SqliteStore(path.join(dir, 'data'))
    await store.init()
    await dataset.fill(store)
    overview = new Set((await explore.overview(store, dataset.cap)).nodes.map((n) => n.id))
    server = await startServer(store, { port: 0, log: () => {}, viewerDir: path.join(dir, 'viewer') })
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  /** The best connected entities of a label, outside the overview when asked. */
  async function entities(label: 'Person' | 'Unit', outside: boolean): Promise<GraphNode[]> {
    const top = await store.topNodes(5000, label)
    return top.filter((n) => nameOf(n).length >= 2 && !/某/.test(nameOf(n)) && (!outside || !overview.has(n.id)))
  }

  test('a person outside the overview, found by search, is fetched, centred and opened', async () => {
    // A person whose name search ranks first among its namesakes' hits, so the suggestion is in the list.
    const candidates = (await entities('Person', true)).slice(0, 30)
    let person: GraphNode | undefined
    for (const p of candidates) {
      const hits = await explore.search(store, nameOf(p), { limit: 8 })
      if (hits.some((h) => h.id === p.id)) {
        person = p
        break
      }
    }
    expect(person, 'a person outside the overview that search finds').toBeDefined()
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}`)
    expect(await page.evaluate((id) => window.kgViewer!.graph.hasNode(id), person!.id)).toBe(false)
    await searchAndOpen(page, nameOf(person!), person!.id)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent(), { timeout: 15_000 }).toBe(nameOf(person!))
    expect(await page.evaluate((id) => window.kgViewer!.graph.hasNode(id), person!.id)).toBe(true)
    // The camera brings it into the part of the stage the panel leaves visible, and keeps it there once the layout settles.
    await expect.poll(() => page.evaluate(() => window.kgViewer!.store.get().layoutRunning), { timeout: 15_000 }).toBe(false)
    const stage = (await page.locator('#stage').boundingBox())!
    const panel = (await page.locator('#panel').boundingBox())!
    const inSight = async () => {
      await page.waitForTimeout(600)
      const at = await nodePosition(page, person!.id)
      return at.x > stage.x && at.x < panel.x && at.y > stage.y && at.y < stage.y + stage.height
    }
    await expect.poll(inSight, { timeout: 10_000 }).toBe(true)
    expect(await page.evaluate((id) => window.kgViewer?.sigma?.getNodeDisplayData(id)?.highlighted, person!.id)).toBe(true)
    await shot(page, 'search-person')
    expect(errors).toEqual([])
    await page.close()
  })

  test('double-click on a fresh page expands the node; the panel opening does not move it', async () => {
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}`)
    // A node in view with neighbours that are not: the expansion must add them.
    const inView = await page.evaluate(() => window.kgViewer!.graph.nodes())
    const degrees = await store.degrees(inView)
    const target = await page.evaluate(
      (stored) => {
        const v = window.kgViewer!
        const sigma = v.sigma!
        const { width, height } = sigma.getDimensions()
        // (A node another one is drawn over or against would take the double-click: only nodes standing clear of every other.)
        const drawn = v.graph.nodes().flatMap((id) => {
          const d = sigma.getNodeDisplayData(id)
          return d && !d.hidden ? [{ id, at: sigma.framedGraphToViewport(d), size: d.size }] : []
        })
        const clear = (n: (typeof drawn)[number]) => drawn.every((o) => o.id === n.id || Math.hypot(o.at.x - n.at.x, o.at.y - n.at.y) > n.size + o.size + 4)
        const candidates = v.graph.filterNodes((id) => {
          const n = drawn.find((o) => o.id === id)
          if (!n || (stored[id] ?? 0) <= v.graph.degree(id)) return false
          return n.at.x > 60 && n.at.x < width - 480 && n.at.y > 60 && n.at.y < height - 60 && clear(n)
        })
        return candidates.sort((a, b) => (stored[b] ?? 0) - v.graph.degree(b) - ((stored[a] ?? 0) - v.graph.degree(a)))[0] ?? null
      },
      Object.fromEntries(degrees),
    )
    expect(target, 'a node in view with neighbours out of view').toBeTruthy()
    const before = await page.evaluate(() => window.kgViewer!.graph.order)
    const at = await nodePosition(page, target!)
    await page.mouse.dblclick(at.x, at.y)
    await expect.poll(() => page.evaluate(() => window.kgViewer!.store.get().expanded), { timeout: 15_000 }).toEqual([target])
    await expect.poll(() => page.evaluate(() => window.kgViewer!.graph.order)).toBeGreaterThan(before)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBeTruthy()
    // Nothing moved the stage under the pointer: the stage kept its size when the panel opened.
    const stage = await page.locator('#stage').boundingBox()
    expect(stage!.width).toBeGreaterThan(900)
    // The panel's button and the E key expand too.
    await page.locator('#panel-expand').click()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#panel').isHidden()).toBe(true)
    expect(errors).toEqual([])
    await shot(page, 'double-click')
    await page.close()
  })

  test('several terms, pinyin and Traditional characters find the same unit', async () => {
    const units = (await entities('Unit', false)).filter((u) => /^\p{Script=Han}{2}.*派出所$/u.test(nameOf(u)))
    const unit = units[0]
    expect(unit, 'a police station').toBeDefined()
    const name = nameOf(unit!)
    const place = name.slice(0, 2)
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}`)
    const suggestions = async (text: string) => {
      await page.locator('#search').fill(text)
      await page.locator('#suggestions li[role="option"], #suggestions .suggestion-note').first().waitFor()
      await page.waitForTimeout(300)
      return page.locator('#suggestions li[role="option"]').evaluateAll((items) => items.map((li) => ({ id: (li as HTMLElement).dataset.id!, text: li.textContent ?? '' })))
    }
    // Two terms in Traditional characters: every hit holds both, in its name or what it is tied to.
    const two = await suggestions(simplifiedToTraditional(`${place} 派出所`))
    expect(two.length).toBeGreaterThan(0)
    for (const hit of two) expect(hit.text).toMatch(new RegExp(`${place}[\\s\\S]*派出所|派出所[\\s\\S]*${place}`))
    // The whole name in Traditional characters: the unit first.
    const traditional = simplifiedToTraditional(name)
    expect(traditional).not.toBe(name)
    expect((await suggestions(traditional))[0]?.id).toBe(unit!.id)
    // Its pinyin in two words: it is among the hits, as the API ranks them.
    const words = String(unit!.properties.pinyin).split(' ')
    const pinyin = `${words.slice(0, 2).join('')} ${words.slice(2).join('')}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    const expected = (await explore.search(store, pinyin, { limit: 8 })).map((h) => h.id)
    expect(expected).toContain(unit!.id)
    expect((await suggestions(pinyin)).map((h) => h.id)).toEqual(expected)
    await shot(page, 'search-terms')
    // Esc closes the list, a second Esc leaves the box.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    expect(await page.locator('#search').inputValue()).toBe('')
    expect(errors).toEqual([])
    await page.close()
  })

  test('click an edge to read its sentence, then open the article the sentence comes from', async () => {
    // A unit with a few stated relationships: a hub's edges crowd each other on screen.
    let unit: GraphNode | undefined
    let stated: explore.RelationshipView[] = []
    // (An end whose every mention lies inside a longer name, 某市公安局 in 某市公安局交管支队某大队, is marked as the longer:
    // the test takes the relationships with an end of their own marked in the article, which it opens below.)
    const endMarked = async (r: explore.RelationshipView, unitId: string) => {
      const marked = (await explore.articleView(store, r.evidence[0]!.article)).mentions.map((m) => m.entity.id)
      return marked.includes(r.other.id) || marked.includes(unitId)
    }
    for (const u of (await entities('Unit', false)).reverse()) {
      stated = []
      for (const r of (await explore.nodeDetails(store, u.id)).relationships) if (r.evidence.length > 0 && r.type !== 'AUTHORED' && (await endMarked(r, u.id))) stated.push(r)
      if (stated.length >= 2) {
        unit = u
        break
      }
    }
    expect(unit, 'a unit with two stated relationships').toBeDefined()
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}#focus=${encodeURIComponent(unit!.id)}`)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(nameOf(unit!))
    await page.evaluate(() => window.kgViewer?.layout.stop())
    // (A step of the layout already under way when it stops may still move the nodes: on a loaded machine the edge
    // framed below then moved from under the click. Wait until two readings of every position a moment apart agree.)
    const positions = () => page.evaluate(() => {
      let sum = 0
      window.kgViewer!.graph.forEachNode((_node, attributes) => (sum += 31 * (attributes.x as number) + (attributes.y as number)))
      return sum
    })
    await expect
      .poll(async () => {
        const before = await positions()
        await page.waitForTimeout(150)
        return (await positions()) === before
      })
      .toBe(true)
    // Let the camera's moves to the node end before framing the edge.
    await expect.poll(() => page.evaluate(() => window.kgViewer!.sigma!.getCamera().isAnimated())).toBe(false)
    // Frame one of its stated relationships, long on screen with its midpoint clear of every node and as far from every other edge as any.
    const spot = await page.evaluate(
      async (ids) => {
        const v = window.kgViewer!
        const sigma = v.sigma!
        const camera = sigma.getCamera()
        // Viewport positions follow the camera once a frame is drawn with it.
        const moveTo = (state: Partial<ReturnType<typeof camera.getState>>) =>
          new Promise((r) => {
            sigma.once('afterRender', () => r(null))
            camera.setState({ ...camera.getState(), ...state })
          })
        let best: { edge: string; x: number; y: number; clearance: number; camera: ReturnType<typeof camera.getState> } | undefined
        for (const id of ids) {
          if (!v.graph.hasEdge(id)) continue
          const [s, t] = v.graph.extremities(id).map((n) => sigma.getNodeDisplayData(n)!)
          const mid = { x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 }
          await moveTo({ x: mid.x, y: mid.y, ratio: 1 })
          const length = Math.hypot(sigma.framedGraphToViewport(s!).x - sigma.framedGraphToViewport(t!).x, sigma.framedGraphToViewport(s!).y - sigma.framedGraphToViewport(t!).y)
          if (length === 0) continue
          await moveTo({ ratio: 1 / (700 / length) })
          const m = sigma.framedGraphToViewport(mid)
          const clear = v.graph.everyNode((n) => {
            const d = sigma.getNodeDisplayData(n)
            if (!d || d.hidden) return true
            const p = sigma.framedGraphToViewport(d)
            return Math.hypot(p.x - m.x, p.y - m.y) > sigma.scaleSize(d.size) + 12
          })
          if (!clear) continue
          // (Of those, the one whose midpoint lies farthest from every other edge: a click where two edges cross
          // picks whichever lies on top.)
          const distanceToSegment = (a: { x: number; y: number }, b: { x: number; y: number }) => {
            const dx = b.x - a.x
            const dy = b.y - a.y
            const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / (dx * dx + dy * dy)))
            return Math.hypot(a.x + t * dx - m.x, a.y + t * dy - m.y)
          }
          let clearance = Infinity
          v.graph.forEachEdge((other, _attributes, source, target) => {
            if (other === id || sigma.getEdgeDisplayData(other)?.hidden) return
            const [a, b] = [source, target].map((n) => sigma.getNodeDisplayData(n))
            if (a && b && !a.hidden && !b.hidden) clearance = Math.min(clearance, distanceToSegment(sigma.framedGraphToViewport(a), sigma.framedGraphToViewport(b)))
          })
          const box = sigma.getContainer().getBoundingClientRect()
          if (!best || clearance > best.clearance) best = { edge: id, x: box.left + m.x, y: box.top + m.y, clearance, camera: camera.getState() }
          // (Six pixels from any other edge is clear enough to stop looking.)
          if (clearance > 6) return { edge: id, x: best.x, y: best.y }
        }
        if (!best) return null
        // Back to the best frame, unless the camera is there already (then no frame is drawn to wait for).
        const now = camera.getState()
        if (now.x !== best.camera.x || now.y !== best.camera.y || now.ratio !== best.camera.ratio) await moveTo(best.camera)
        return { edge: best.edge, x: best.x, y: best.y }
      },
      stated.map((r) => r.id),
    )
    expect(spot, 'a stated relationship whose midpoint no node covers').toBeTruthy()
    await page.mouse.move(spot!.x, spot!.y)
    await page.waitForTimeout(200)
    await page.mouse.click(spot!.x, spot!.y)
    const relationship = stated.find((r) => r.id === spot!.edge)!
    const panel = page.locator('#panel')
    await expect.poll(() => panel.locator('[data-testid="panel-name"]').textContent()).toBe('Relationship')
    expect(await panel.locator('.type-chip').first().textContent()).toBe(relationship.type)
    const sentence = panel.locator('.evidence p').first()
    expect(await sentence.textContent()).toBe(relationship.evidence[0]!.sentence)
    // (A name written inside the other end's, 某市公安局 in 某市公安局交管支队, is marked as part of it: marks do not nest.)
    expect((await sentence.locator('mark.name').allTextContents()).some((mark) => mark.includes(relationship.other.name))).toBe(true)
    await shot(page, 'edge')

    // From the sentence to its article: the text, with the mentions of both ends marked.
    const evidence = relationship.evidence[0]!
    await panel.locator('.evidence cite button.article-link').first().click()
    await expect.poll(() => panel.locator('[data-testid="panel-name"]').textContent()).toBe(evidence.title || evidence.source)
    const article = await explore.articleView(store, evidence.article)
    expect(await panel.locator('.article-text').textContent()).toBe(article.text)
    const marked = await panel.locator('.article-text mark.mention').evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.node))
    expect(marked).toEqual(article.mentions.map((m) => m.entity.id))
    // A shorter name inside a longer one (通辽市 in 通辽市公安局党委) is marked as the longer: one end at least shows (chosen so above).
    const end = [relationship.other, { id: unit!.id, name: nameOf(unit!) }].find((n) => marked.includes(n.id))
    expect(end, 'an end of the relationship marked in its article').toBeDefined()
    await shot(page, 'article')
    // A mention opens its node.
    await panel.locator(`.article-text mark.mention[data-node="${end!.id.replaceAll('"', '\\"')}"]`).first().click()
    await expect.poll(() => panel.locator('[data-testid="panel-name"]').textContent()).toBe(end!.name)
    expect(errors).toEqual([])
    await page.close()
  })

  test('the shortest path between two units, chosen in the panel, is drawn and told step by step', async () => {
    const units = await entities('Unit', false)
    const from = units[0]!
    let to: GraphNode | undefined
    let expected: Awaited<ReturnType<typeof explore.shortestPath>> | undefined
    for (const u of units.slice(1, 200).reverse()) {
      const p = await explore.shortestPath(store, from.id, u.id)
      if (p.steps.length >= 2) {
        to = u
        expected = p
        break
      }
    }
    expect(to, 'a unit two or more steps away').toBeDefined()
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}#focus=${encodeURIComponent(from.id)}`)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(nameOf(from))
    await page.locator('#panel-path-from').click()
    await searchAndOpen(page, nameOf(to!), to!.id)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(nameOf(to!))
    await page.locator('#panel-path-to').click()
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe('Shortest path')
    const steps = await page.locator('#panel .path-steps > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node))
    expect(steps).toEqual(expected!.nodes.map((n) => n.id))
    // Every node and relationship of the path is in view and drawn, the rest dimmed.
    const drawn = await page.evaluate(
      ({ nodes, edges }) => {
        const sigma = window.kgViewer!.sigma!
        return { nodes: nodes.map((n) => sigma.getNodeDisplayData(n)?.hidden === false), edges: edges.map((e) => sigma.getEdgeDisplayData(e)?.hidden === false) }
      },
      { nodes: expected!.nodes.map((n) => n.id), edges: expected!.steps.map((s) => s.edge) },
    )
    expect(drawn.nodes.every(Boolean)).toBe(true)
    expect(drawn.edges.every(Boolean)).toBe(true)
    expect(await page.evaluate(() => decodeURIComponent(window.location.hash))).toContain(`from=${from.id}`)
    await shot(page, 'path')
    expect(errors).toEqual([])
    await page.close()
  })

  test('a date range and a place hide what lies outside them, and a shared link reopens the same camera and selection', async () => {
    const unit = (await entities('Unit', false))[0]!
    const page = await browser.context.newPage()
    const errors = watchErrors(page)
    await open(page, `${server.url}/?cap=${dataset.cap}#focus=${encodeURIComponent(unit.id)}`)
    await expect.poll(() => page.locator('#panel [data-testid="panel-name"]').textContent()).toBe(nameOf(unit))
    // The range starts at the median date of the articles behind the view.
    const edges = await page.evaluate(() => window.kgViewer!.graph.mapEdges((id, a) => ({ id, articles: a.articles })))
    const dates = await explore.articleDates(store, [...new Set(edges.flatMap((e) => e.articles))])
    const sorted = Object.values(dates).filter((d): d is string => !!d).sort()
    expect(sorted.length).toBeGreaterThan(0)
    const from = sorted[Math.floor(sorted.length / 2)]!
    await page.locator('#date-from').fill(from)
    await page.locator('#date-apply').click()
    await expect.poll(() => page.evaluate(() => window.kgViewer!.store.get().dateHidden !== null)).toBe(true)
    await page.waitForTimeout(300)
    const hidden = await page.evaluate((ids) => ids.map((id) => window.kgViewer!.sigma!.getEdgeDisplayData(id)?.hidden === true), edges.map((e) => e.id))
    const expected = edges.map((e) => !e.articles.some((a) => (dates[a] ?? '') >= from))
    expect(hidden).toEqual(expected)
    expect(expected).toContain(true)
    expect(expected).toContain(false)
    await shot(page, 'dates')

    // Within the place the unit lies in: what lies elsewhere disappears too.
    const place = (await store.edgesOf([unit.id], { types: ['LOCATED_IN'] })).find((e) => e.source === unit.id)?.target
    expect(place, 'the place the unit lies in').toBeDefined()
    const placeName = nameOf((await store.nodesById([place!]))[0]!)
    const inside = new Set<string>()
    for await (const b of (await selectSubgraph(store, parseSelection({ kind: 'within', place: place! }))).batches()) for (const n of b.nodes) inside.add(n.id)
    await page.locator('#within-place').fill(placeName)
    await page.locator('#within-apply').click()
    await expect.poll(() => page.evaluate(() => window.kgViewer!.store.get().withinIds?.size ?? 0)).toBeGreaterThan(0)
    await page.waitForTimeout(300)
    const shown = await page.evaluate(() => window.kgViewer!.graph.mapNodes((id) => ({ id, hidden: window.kgViewer!.sigma!.getNodeDisplayData(id)?.hidden === true })))
    const outside = shown.filter((n) => !inside.has(n.id))
    expect(outside.length).toBeGreaterThan(0)
    expect(outside.every((n) => n.hidden)).toBe(true)
    expect(shown.filter((n) => inside.has(n.id) && !n.hidden).map((n) => n.id)).toContain(unit.id)
    await page.locator('#within-clear').click()
    await expect.poll(() => page.evaluate(() => window.kgViewer!.store.get().withinIds)).toBeNull()

    // Move the camera, then reopen the link elsewhere: same camera, focus and range.
    await page.locator('#stage').focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('+')
    await page.waitForTimeout(800)
    const camera = await page.evaluate(() => window.kgViewer!.sigma!.getCamera().getState())
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('cam=')
    const link = page.url()
    expect(decodeURIComponent(link)).toContain(`dates=${from}..`)
    const other = await browser.context.newPage()
    await open(other, link)
    await expect.poll(() => other.locator('#panel [data-testid="panel-name"]').textContent()).toBe(nameOf(unit))
    const reopened = await other.evaluate(() => window.kgViewer!.sigma!.getCamera().getState())
    expect(reopened.x).toBeCloseTo(camera.x, 3)
    expect(reopened.y).toBeCloseTo(camera.y, 3)
    expect(reopened.ratio).toBeCloseTo(camera.ratio, 3)
    expect(await other.evaluate(() => window.kgViewer!.store.get().focus)).toBe(unit.id)
    await expect.poll(() => other.evaluate(() => window.kgViewer!.store.get().dateHidden?.edges.size ?? -1)).toBeGreaterThan(0)
    expect(await other.locator('#date-from').inputValue()).toBe(from)
    expect(errors).toEqual([])
    await other.close()
    await page.close()
  })
})
