// Viewer benchmark (run after `npm run build`, which builds the viewer too): generates an archive of
// 4,000 articles (bench/corpus.mjs) into the embedded SQLite store, serves it with the real server
// and measures in headless Chromium, on the whole entity graph (about 24,000 nodes): time to first
// render, hover highlight, a legend toggle, a search hit opened from outside the view, frames per
// second while ForceAtlas2 runs, and memory. Prints each figure beside its target (and JSON with
// --json); asserts nothing.
//   node bench/viewer.mjs [--articles 4000] [--json]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { syntheticExtractions } from './corpus.mjs'

const root = path.resolve(import.meta.dirname, '..')
const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '4000' },
    json: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.KG_CHROMIUM ?? '/usr/bin/chromium' },
  },
})
const ARTICLES = Number(opts.articles)

/** Targets of issue #15 (hover, legend toggle) and ours (first render, layout, memory). */
const TARGET = { firstRenderMs: 10_000, hoverMs: 100, legendToggleMs: 200, searchOpenMs: 2000, layoutFps: 20, heapMb: 400 }

for (const need of ['dist/server/index.js', 'dist/store/sqlite/index.js', 'dist/resolve/assemble.js', 'viewer/dist/index.html']) {
  if (!fs.existsSync(path.join(root, need))) {
    console.error(`bench/viewer.mjs: ${need} is missing; run \`npm run build\` first`)
    process.exit(1)
  }
}
const { startServer } = await import(path.join(root, 'dist/server/index.js'))
const { SqliteStore } = await import(path.join(root, 'dist/store/sqlite/index.js'))
const { assembleArticle } = await import(path.join(root, 'dist/resolve/assemble.js'))
const { chromium } = await import('playwright-core')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-viewer-'))
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-chromium-'))
const t0 = Date.now()
const store = new SqliteStore(dir)
await store.init()
const contributions = syntheticExtractions(ARTICLES).map(assembleArticle)
for (let i = 0; i < contributions.length; i += 500) await store.apply(contributions.slice(i, i + 500))
const stats = await store.stats()
const entities = stats.nodes - (stats.labels.Article ?? 0) - (stats.labels.Figure ?? 0)
const server = await startServer(store, { port: 0, log: () => {} })
const generatedMs = Date.now() - t0

const context = await chromium.launchPersistentContext(profile, {
  executablePath: opts.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--enable-precise-memory-info'],
  viewport: { width: 1400, height: 900 },
})

/** Median of `runs` timings of `measure`, which resolves with milliseconds. */
async function median(runs, measure) {
  const times = []
  for (let i = 0; i < runs; i++) times.push(await measure(i))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

try {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  // The whole entity graph in one view: the largest the archive gives.
  await page.goto(`${server.url}/?cap=${entities}`)
  await page.waitForFunction(() => window.kgViewer?.store.get().status.type !== 'loading', null, { timeout: 300_000 })
  const status = await page.evaluate(() => window.kgViewer.store.get().status)
  if (status.type !== 'ready') throw new Error(`viewer not ready: ${JSON.stringify(status)}`)
  const firstRenderMs = await page.evaluate(() => window.kgViewer.rendered)
  const drawn = await page.evaluate(() => ({ nodes: window.kgViewer.graph.order, edges: window.kgViewer.graph.size }))

  // ForceAtlas2 runs from the first render: count the page's frames and the worker's iterations.
  const layout = await page.evaluate(async () => {
    const v = window.kgViewer
    if (!v.store.get().layoutRunning) v.layout.start()
    let frames = 0
    let longest = 0
    let last = performance.now()
    let running = true
    const tick = (now) => {
      frames++
      longest = Math.max(longest, now - last)
      last = now
      if (running) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    const iterations0 = v.layout.iterations
    const syncs0 = v.layout.syncs
    const start = performance.now()
    await new Promise((r) => setTimeout(r, 5000))
    running = false
    const s = (performance.now() - start) / 1000
    const result = { fps: frames / s, longestFrameMs: longest, iterationsPerS: (v.layout.iterations - iterations0) / s, syncsPerS: (v.layout.syncs - syncs0) / s }
    v.layout.stop()
    return result
  })
  await page.waitForTimeout(500)

  // Hover: from the pointer event's state change to the repainted frame, on hubs and on small nodes.
  const hover = await median(7, (i) =>
    page.evaluate(async (i) => {
      const v = window.kgViewer
      const ids = v.graph.nodes()
      const byDegree = [...ids].sort((a, b) => v.graph.getNodeAttribute(b, 'degree') - v.graph.getNodeAttribute(a, 'degree'))
      const node = i % 2 === 0 ? byDegree[i] : ids[(i * 7919) % ids.length]
      const start = performance.now()
      const drawn = new Promise((r) => v.sigma.once('afterRender', r))
      v.store.update({ hovered: node })
      await drawn
      const ms = performance.now() - start
      const cleared = new Promise((r) => v.sigma.once('afterRender', r))
      v.store.update({ hovered: null })
      await cleared
      return ms
    }, i),
  )

  // A legend toggle: a real click on the Person checkbox, to the repainted frame; then back on.
  const toggle = await median(4, async () => {
    const box = await page.$('#legend-Person')
    const wait = page.evaluate(() => {
      const start = performance.now()
      return new Promise((r) => window.kgViewer.sigma.once('afterRender', () => r(performance.now() - start)))
    })
    await box.click()
    return wait
  })

  // A search hit outside the view: from choosing it to the panel showing its name.
  const reset = await context.newPage()
  await reset.goto(`${server.url}/?cap=2000`)
  await reset.waitForFunction(() => window.kgViewer?.store.get().status.type === 'ready', null, { timeout: 120_000 })
  const searchOpenMs = await reset.evaluate(async () => {
    const v = window.kgViewer
    const res = await fetch('/api/search?q=wang&limit=50&labels=Person')
    const hit = (await res.json()).hits.find((h) => !v.graph.hasNode(h.id))
    const start = performance.now()
    await v.focusHit(hit)
    await new Promise((r) => {
      const check = () => (document.querySelector('#panel [data-testid="panel-name"]')?.textContent === hit.name ? r() : setTimeout(check, 10))
      check()
    })
    return performance.now() - start
  })
  await reset.close()

  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heapMb = (await page.evaluate(() => performance.memory.usedJSHeapSize)) / 2 ** 20
  fs.mkdirSync(path.join(root, 'test-results', 'bench'), { recursive: true })
  await page.screenshot({ path: path.join(root, 'test-results', 'bench', 'viewer-archive.png') })

  const result = {
    archive: { articles: ARTICLES, nodes: stats.nodes, relationships: stats.relationships, entities },
    view: drawn,
    generateAndLoadStoreMs: generatedMs,
    firstRenderMs: Math.round(firstRenderMs),
    hoverMs: Number(hover.toFixed(1)),
    legendToggleMs: Number(toggle.toFixed(1)),
    searchOpenMs: Math.round(searchOpenMs),
    layout: { fps: Number(layout.fps.toFixed(1)), longestFrameMs: Math.round(layout.longestFrameMs), iterationsPerS: Number(layout.iterationsPerS.toFixed(2)), syncsPerS: Number(layout.syncsPerS.toFixed(2)) },
    heapMb: Math.round(heapMb),
    renderer: 'headless Chromium, software WebGL (SwiftShader)',
    pageErrors: errors,
  }
  const line = (name, value, target, better) => `  ${name.padEnd(28)} ${String(value).padStart(8)}   target ${better === 'low' ? '≤' : '≥'} ${target}`
  if (opts.json) console.log(JSON.stringify(result))
  else {
    console.log(`viewer benchmark: ${ARTICLES} generated articles → ${stats.nodes} nodes, ${stats.relationships} relationships; view of ${drawn.nodes} nodes, ${drawn.edges} edges (${result.renderer})`)
    console.log(line('first render (ms)', result.firstRenderMs, TARGET.firstRenderMs, 'low'))
    console.log(line('hover → repainted (ms)', result.hoverMs, TARGET.hoverMs, 'low'))
    console.log(line('legend toggle → repainted (ms)', result.legendToggleMs, TARGET.legendToggleMs, 'low'))
    console.log(line('search hit opened (ms)', result.searchOpenMs, TARGET.searchOpenMs, 'low'))
    console.log(line('page frames/s during layout', result.layout.fps, TARGET.layoutFps, 'high'))
    console.log(`  ${''.padEnd(28)} longest frame ${result.layout.longestFrameMs} ms; worker ${result.layout.iterationsPerS} iterations/s, positions shown ${result.layout.syncsPerS}/s`)
    console.log(line('JS heap after GC (MB)', result.heapMb, TARGET.heapMb, 'low'))
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`)
  }
} finally {
  await context.close()
  await server.close()
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(profile, { recursive: true, force: true })
}
