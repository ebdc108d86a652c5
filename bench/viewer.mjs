// Viewer benchmark (run after `npm run build`, which builds the viewer too): generates a graph of
// 20,000 entities and 50,000 relationships, serves it with the real server on the embedded store,
// and measures in headless Chromium: time to first render, time per ForceAtlas2 iteration in the
// web worker, and frames per second while panning. Prints the figures (and JSON with --json).
//   node bench/viewer.mjs [--nodes 20000] [--edges 50000] [--json]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const { values: opts } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '50000' },
    json: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.KG_CHROMIUM ?? '/usr/bin/chromium' },
  },
})
const N = Number(opts.nodes)
const E = Number(opts.edges)

for (const need of ['dist/server/index.js', 'dist/store/embedded/index.js', 'viewer/dist/index.html']) {
  if (!fs.existsSync(path.join(root, need))) {
    console.error(`bench/viewer.mjs: ${need} is missing; run \`npm run build\` first`)
    process.exit(1)
  }
}
const { startServer } = await import(path.join(root, 'dist/server/index.js'))
const { EmbeddedStore } = await import(path.join(root, 'dist/store/embedded/index.js'))
const { chromium } = await import('playwright-core')

/** xorshift32: the same graph on every run. */
function rng(seed) {
  let s = seed >>> 0
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

/** A graph with hubs (preferential attachment) and the stored file format of the embedded store. */
function generate(nodes, edges) {
  const r = rng(20240611)
  const labels = ['Unit', 'Unit', 'Person', 'Person', 'Place', 'Campaign', 'Measure', 'Measure']
  const chars = '包头市公安局青山路派出所巴彦淖尔中级人民法院鄂尔多斯交管支队达拉特旗大队禁毒严打专项行动工作机制扫黑除恶教育整顿'
  const types = ['SERVES_IN', 'PART_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'IMPLEMENTS', 'SUPPORTS']
  const out = { nodes: [], edges: [] }
  for (let i = 0; i < nodes; i++) {
    const label = labels[Math.floor(r() * labels.length)]
    let name = ''
    for (let k = 0, len = 3 + Math.floor(r() * 6); k < len; k++) name += chars[Math.floor(r() * chars.length)]
    name += i
    out.nodes.push({ key: `${label.toLowerCase()}:${name}`, attributes: { label, properties: { name, aliases: [], pinyin: `n ${i}`, pinyinPlain: `n${i}`, pinyinInitials: 'n' } } })
  }
  const ends = []
  const seen = new Set()
  while (out.edges.length < edges) {
    const s = Math.floor(r() * nodes)
    const t = ends.length > 0 && r() < 0.6 ? ends[Math.floor(r() * ends.length)] : Math.floor(r() * nodes)
    if (s === t || seen.has(`${s}>${t}`)) continue
    seen.add(`${s}>${t}`)
    ends.push(s, t)
    const type = types[Math.floor(r() * types.length)]
    const source = out.nodes[s].key
    const target = out.nodes[t].key
    out.edges.push({ key: `${type}:${source}->${target}`, source, target, attributes: { type, properties: { count: 1, evidence: [], rules: ['bench'] } } })
  }
  return out
}

/** ForceAtlas2's compute alone, in Node with the code the worker runs: the floor for one iteration. */
async function fa2Baseline(data) {
  const { default: Graph } = await import('graphology')
  const { default: forceAtlas2 } = await import('graphology-layout-forceatlas2')
  const g = new Graph({ multi: true })
  const r = rng(7)
  for (const n of data.nodes) g.addNode(n.key, { x: r() * 1000, y: r() * 1000 })
  for (const e of data.edges) g.addEdgeWithKey(e.key, e.source, e.target)
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true, slowDown: 5 }
  forceAtlas2.assign(g, { iterations: 2, settings, getEdgeWeight: null })
  const start = performance.now()
  forceAtlas2.assign(g, { iterations: 10, settings, getEdgeWeight: null })
  return (performance.now() - start) / 10
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-viewer-'))
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-chromium-'))
const t0 = Date.now()
const data = generate(N, E)
const fa2NodeMs = await fa2Baseline(data)
fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify({ format: 'kg-embedded-graph', version: 1, graph: data }))
const store = new EmbeddedStore(dir)
await store.init()
const server = await startServer(store, { port: 0, log: () => {} })
const generatedMs = Date.now() - t0

const context = await chromium.launchPersistentContext(profile, {
  executablePath: opts.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--disable-accelerated-2d-canvas'],
  viewport: { width: 1400, height: 900 },
})
try {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${server.url}/?cap=${N}`)
  await page.waitForFunction(() => window.kgViewer?.store.get().status.type !== 'loading', null, { timeout: 300_000 })
  const status = await page.evaluate(() => window.kgViewer.store.get().status)
  if (status.type !== 'ready') throw new Error(`viewer not ready: ${JSON.stringify(status)}`)
  const firstRenderMs = await page.evaluate(() => window.kgViewer.rendered)
  const drawn = await page.evaluate(() => ({ nodes: window.kgViewer.graph.order, edges: window.kgViewer.graph.size }))

  // ForceAtlas2 in the worker: count the position updates it delivers over a fixed window.
  const fa2 = await page.evaluate(async () => {
    const v = window.kgViewer
    v.layout.start()
    await new Promise((r) => setTimeout(r, 1000))
    v.layout.iterations = 0
    const start = performance.now()
    await new Promise((r) => setTimeout(r, 5000))
    const n = v.layout.iterations
    const ms = performance.now() - start
    v.layout.stop()
    return { iterations: n, msPerIteration: n > 0 ? ms / n : null }
  })

  const worker = await page.evaluate(() => window.kgViewer.layout.measureWorker(5000))

  // Panning: move the camera a little every animation frame, count frames actually drawn.
  const pan = await page.evaluate(async () => {
    const sigma = window.kgViewer.sigma
    const camera = sigma.getCamera()
    let renders = 0
    const count = () => renders++
    sigma.on('afterRender', count)
    const start = performance.now()
    const duration = 4000
    await new Promise((resolve) => {
      const step = (now) => {
        const t = (now - start) / duration
        const state = camera.getState()
        camera.setState({ ...state, x: 0.5 + 0.2 * Math.sin(t * Math.PI * 2), y: 0.5 + 0.2 * Math.cos(t * Math.PI * 2) })
        if (now - start < duration) requestAnimationFrame(step)
        else resolve()
      }
      requestAnimationFrame(step)
    })
    sigma.off('afterRender', count)
    return { fps: (renders * 1000) / (performance.now() - start) }
  })

  // Panning with the real mouse (drag), as a user would.
  const box = await page.evaluate(() => {
    const r = document.getElementById('stage').getBoundingClientRect()
    return { x: r.left, y: r.top, width: r.width, height: r.height }
  })
  const drag = await (async () => {
    await page.evaluate(() => {
      window.__renders = 0
      window.kgViewer.sigma.on('afterRender', () => window.__renders++)
    })
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    const start = Date.now()
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    for (let i = 0; i < 120; i++) await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10))
    await page.mouse.up()
    const seconds = (Date.now() - start) / 1000
    return { fps: (await page.evaluate(() => window.__renders)) / seconds }
  })()
  // Hover: the main-thread work of highlighting a hub's neighbourhood (sigma's partial repaint).
  const hover = await page.evaluate(() => {
    const v = window.kgViewer
    let hub = null
    let best = -1
    v.graph.forEachNode((id, a) => {
      if (a.degree > best) {
        best = a.degree
        hub = id
      }
    })
    const times = []
    for (let i = 0; i < 5; i++) {
      const a = performance.now()
      v.store.update({ hovered: hub })
      const b = performance.now()
      v.store.update({ hovered: null })
      times.push(b - a)
    }
    times.sort((x, y) => x - y)
    return { degree: best, medianMs: times[2] }
  })

  fs.mkdirSync(path.join(root, 'test-results', 'bench'), { recursive: true })
  await page.screenshot({ path: path.join(root, 'test-results', 'bench', 'viewer-20k.png') })
  // Main-thread cost of one frame (sigma issuing its draw calls and drawing labels), apart from
  // the rasteriser: what a GPU would leave as the bottleneck.
  const js = await page.evaluate(() => {
    const sigma = window.kgViewer.sigma
    const camera = sigma.getCamera()
    const times = []
    for (let i = 0; i < 10; i++) {
      camera.setState({ ...camera.getState(), x: 0.5 + i * 0.01 })
      const a = performance.now()
      sigma.render()
      times.push(performance.now() - a)
    }
    times.sort((x, y) => x - y)
    return { medianMs: times[5] }
  })


  const result = {
    graph: drawn,
    generateAndLoadStoreMs: generatedMs,
    timeToFirstRenderMs: Math.round(firstRenderMs),
    fa2: { iterationsIn5s: fa2.iterations, msPerIteration: fa2.msPerIteration && Number(fa2.msPerIteration.toFixed(1)) },
    fa2ComputeNodeMs: Number(fa2NodeMs.toFixed(1)),
    fa2WorkerOnly: { iterationsIn5s: worker.iterations, msPerIteration: worker.msPerIteration && Number(worker.msPerIteration.toFixed(1)) },
    panFps: Number(pan.fps.toFixed(1)),
    dragPanFps: Number(drag.fps.toFixed(1)),
    hoverHighlightMs: Number(hover.medianMs.toFixed(1)),
    mainThreadMsPerFrame: Number(js.medianMs.toFixed(1)),
    renderer: 'headless Chromium, software WebGL (SwiftShader)',
    pageErrors: errors,
  }
  if (opts.json) console.log(JSON.stringify(result))
  else {
    console.log(`viewer benchmark: ${drawn.nodes} nodes, ${drawn.edges} edges (${result.renderer})`)
    console.log(`  time to first render        ${result.timeToFirstRenderMs} ms (from navigation; API, parse, graph build, first frame)`)
    console.log(`  ForceAtlas2 compute         ${result.fa2ComputeNodeMs} ms/iteration (Node, the worker's code, Barnes-Hut)`)
    console.log(`  ForceAtlas2 in worker       ${result.fa2WorkerOnly.msPerIteration} ms/iteration (${worker.iterations} iterations in 5 s, detached copy: the worker's own speed)`)
    console.log(`  ForceAtlas2 with the view   ${result.fa2.msPerIteration} ms/iteration (${fa2.iterations} in 5 s, each iteration redrawn)`)
    console.log(`  panning (camera per frame)  ${result.panFps} frames/s`)
    console.log(`  panning (mouse drag)        ${result.dragPanFps} frames/s`)
    console.log(`  hover highlight             ${result.hoverHighlightMs} ms main-thread (hub of degree ${hover.degree})`)
    console.log(`  main-thread time per frame  ${result.mainThreadMsPerFrame} ms (sigma's JS work; the rest is the software rasteriser)`)
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`)
  }
} finally {
  await context.close()
  await server.close()
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(profile, { recursive: true, force: true })
}
