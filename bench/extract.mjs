// Extraction throughput on ≥ 20 MB built from the invented fixtures (`fixtureVariants`, never the
// seeds): on one core, then with worker threads, each measurement in a process of its own that reads
// its share of the corpus from files, so its peak memory is the extraction's. Start-up (imports,
// gazetteer, segmenter, caches) is timed apart from steady throughput, and the workers' figure is
// also given with it. Each measurement runs BENCH_RUNS times (3 by default; the machine is shared and
// timings are noisy) and is printed as median (min–max) beside the target of issue #11, with
// megabytes per CPU-second, which other jobs on the machine change far less than wall-clock rates.
// Asserts nothing. Run `npm run build` first. BENCH_WORKERS sets the number of workers (2).
// BENCH_WARMUP_KB (0) extracts that much more of each share before timing: the optimising compiler
// works on background threads through about the first megabyte, which one core does on the idle
// second core and two workers must share between them.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { fixtureVariants } from './corpus.mjs'

const TARGET_BYTES = 20 * 1024 * 1024
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2)
const WARMUP_BYTES = Number(process.env.BENCH_WARMUP_KB ?? 0) * 1024
const TARGETS = { oneCore: 2.5, ratio: 1.7, rssMB: 600 }

const MB = 1024 * 1024
/** Peak resident memory of this process, all threads included (getrusage, in kB on Linux). */
const peakRssMB = () => process.resourceUsage().maxRSS / 1024

/**
 * The corpus split in `shares` (round robin) and written as files are read: each share one file of
 * UTF-8 texts and an index, decoded one source at a time while extracting. The measured process
 * reads its shares from disk, so its peak memory is the extraction's, not the corpus generator's.
 */
function writeShares(dir, sources, shares) {
  for (let k = 0; k < shares; k++) {
    const part = sources.filter((_, i) => i % shares === k)
    const encoded = part.map((s) => Buffer.from(s.text))
    const ends = []
    let end = 0
    for (const e of encoded) ends.push((end += e.length))
    fs.writeFileSync(path.join(dir, `${shares}-${k}.bin`), Buffer.concat(encoded))
    fs.writeFileSync(path.join(dir, `${shares}-${k}.json`), JSON.stringify({ names: part.map((s) => s.name), ends }))
  }
}

function readShare(dir, shares, k) {
  const { names, ends } = JSON.parse(fs.readFileSync(path.join(dir, `${shares}-${k}.json`), 'utf8'))
  return { names, ends, bytes: new Uint8Array(fs.readFileSync(path.join(dir, `${shares}-${k}.bin`))) }
}

const decoder = new TextDecoder()
const sourceAt = (share, i) => ({ name: share.names[i], text: decoder.decode(share.bytes.subarray(i === 0 ? 0 : share.ends[i - 1], share.ends[i])) })

/**
 * Imports the extractor and extracts the share's first source once (gazetteer, lexicons, segmenter
 * and caches built), and its next sources up to WARMUP_BYTES.
 */
async function warmUp(share) {
  const t0 = performance.now()
  const { extractSource } = await import('../dist/extract/index.js')
  extractSource(sourceAt(share, 0))
  for (let i = 1; i < share.names.length && share.ends[i - 1] < WARMUP_BYTES; i++) extractSource(sourceAt(share, i))
  return { extractSource, startup: performance.now() - t0 }
}

function extractShare(extractSource, share) {
  const t0 = performance.now()
  let articles = 0
  for (let i = 0; i < share.names.length; i++) articles += extractSource(sourceAt(share, i)).length
  return { articles, seconds: (performance.now() - t0) / 1000 }
}

const bytesOf = (sources) => sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0)

/** One measurement, in this process: one core, or `WORKERS` threads each reading its share of the corpus in `dir`. */
async function measure(mode, dir) {
  const shares = mode === 'one' ? 1 : WORKERS
  const bytes = Number(fs.readFileSync(path.join(dir, 'bytes'), 'utf8'))
  if (mode === 'one') {
    const share = readShare(dir, 1, 0)
    const { extractSource, startup } = await warmUp(share)
    const cpu = process.cpuUsage()
    const r = extractShare(extractSource, share)
    const used = process.cpuUsage(cpu)
    return { mode, bytes, files: share.names.length, articles: r.articles, startupMs: startup, seconds: r.seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMB: peakRssMB() }
  }
  const spawned = performance.now()
  const workers = Array.from({ length: shares }, (_, k) => new Worker(new URL(import.meta.url), { workerData: { dir, shares, k } }))
  const message = (w) => new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject)))
  // Every worker warms up, then all start together: steady throughput without start-up, and with it.
  const ready = await Promise.all(workers.map(message))
  const allReady = performance.now()
  const done = workers.map(message)
  const cpu = process.cpuUsage()
  for (const w of workers) w.postMessage('go')
  const results = await Promise.all(done)
  const finished = performance.now()
  const used = process.cpuUsage(cpu)
  await Promise.all(workers.map((w) => w.terminate()))
  return {
    mode,
    bytes,
    articles: results.reduce((n, r) => n + r.articles, 0),
    startupMs: allReady - spawned,
    workerStartupMs: ready.map((r) => r.startup),
    seconds: (finished - allReady) / 1000,
    withStartupSeconds: (finished - spawned) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: peakRssMB(),
  }
}

if (!isMainThread) {
  const share = readShare(workerData.dir, workerData.shares, workerData.k)
  const { extractSource, startup } = await warmUp(share)
  parentPort.postMessage({ startup })
  parentPort.once('message', () => parentPort.postMessage(extractShare(extractSource, share)))
} else if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measure(process.argv[3], process.argv[4])))
} else {
  const run = (mode) => {
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--measure', mode, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    if (r.status !== 0) throw new Error(`bench extract: the ${mode} measurement failed (exit ${r.status})`)
    return JSON.parse(r.stdout.trim().split('\n').at(-1))
  }
  const corpus = fixtureVariants(TARGET_BYTES)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-extract-'))
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'bytes'), String(bytesOf(corpus)))
  writeShares(dir, corpus, 1)
  writeShares(dir, corpus, WORKERS)
  const mb = bytesOf(corpus) / MB
  const chars = corpus.reduce((n, s) => n + s.text.length, 0)
  console.log(`corpus: ${corpus.length} files from test/extract/fixtures, ${mb.toFixed(1)} MB UTF-8, ${chars.toLocaleString()} characters; ${RUNS} runs, ${WORKERS} workers, warm-up ${WARMUP_BYTES / 1024} KB more`)
  const rows = []
  const load = () => os.loadavg()[0].toFixed(1)
  for (let k = 0; k < RUNS; k++) {
    const loadBefore = load()
    const one = run('one')
    const many = run('workers')
    if (many.articles !== one.articles) throw new Error(`bench extract: workers found ${many.articles} articles, one core ${one.articles}`)
    const row = {
      oneMBs: one.bytes / MB / one.seconds,
      oneStartupMs: one.startupMs,
      manyMBs: many.bytes / MB / many.seconds,
      manyWithStartupMBs: many.bytes / MB / many.withStartupSeconds,
      manyStartupMs: many.startupMs,
      articlesPerSecond: one.articles / one.seconds,
      onePeakMB: one.peakMB,
      manyPeakMB: many.peakMB,
      // Megabytes per CPU-second (all threads, GC included): what the machine's load cannot change much.
      oneCpuMBs: one.bytes / MB / one.cpuSeconds,
      manyCpuMBs: many.bytes / MB / many.cpuSeconds,
    }
    row.ratio = row.manyMBs / row.oneMBs
    row.ratioWithStartup = row.manyWithStartupMBs / row.oneMBs
    rows.push(row)
    console.log(
      `run ${k + 1}: one core ${row.oneMBs.toFixed(2)} MB/s (start-up ${Math.round(row.oneStartupMs)} ms, peak RSS ${Math.round(row.onePeakMB)} MB); ` +
        `${WORKERS} workers ${row.manyMBs.toFixed(2)} MB/s, ${row.manyWithStartupMBs.toFixed(2)} with start-up (${Math.round(row.manyStartupMs)} ms; per worker ${many.workerStartupMs.map(Math.round).join(', ')} ms), peak RSS ${Math.round(row.manyPeakMB)} MB; ` +
        `per CPU-second ${row.oneCpuMBs.toFixed(2)} and ${row.manyCpuMBs.toFixed(2)} MB; load average ${loadBefore} → ${load()} on ${os.availableParallelism()} cores`,
    )
  }
  const stat = (key, digits = 2) => {
    const xs = rows.map((r) => r[key]).sort((a, b) => a - b)
    const median = xs.length % 2 ? xs[(xs.length - 1) >> 1] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2
    const f = (x) => x.toFixed(digits)
    return { min: xs[0], max: xs.at(-1), median, text: `${f(median)} (${f(xs[0])}–${f(xs.at(-1))})` }
  }
  const verdict = (ok) => (ok ? 'met' : 'NOT met')
  const one = stat('oneMBs')
  const ratio = stat('ratio')
  const ratioAll = stat('ratioWithStartup')
  const peak = stat('manyPeakMB', 0)
  const onePeak = stat('onePeakMB', 0)
  console.log('median (min–max):')
  console.log(`  one core:            ${one.text} MB/s, ${stat('articlesPerSecond', 0).text} articles/s, start-up ${stat('oneStartupMs', 0).text} ms   target ≥ ${TARGETS.oneCore} MB/s: ${verdict(one.median >= TARGETS.oneCore)}`)
  console.log(`  ${WORKERS} workers:           ${stat('manyMBs').text} MB/s, ${ratio.text}× one core   target ≥ ${TARGETS.ratio}×: ${verdict(ratio.median >= TARGETS.ratio)}`)
  console.log(`  ${WORKERS} workers, start-up in: ${stat('manyWithStartupMBs').text} MB/s, ${ratioAll.text}× one core (start-up ${stat('manyStartupMs', 0).text} ms)`)
  console.log(`  per CPU-second:      one core ${stat('oneCpuMBs').text} MB, ${WORKERS} workers ${stat('manyCpuMBs').text} MB (machine-independent; wall-clock figures fall when other jobs share the cores)`)
  console.log(`  peak RSS, ${WORKERS} workers:  ${peak.text} MB (one core ${onePeak.text} MB)   target ≤ ${TARGETS.rssMB} MB: ${verdict(peak.max <= TARGETS.rssMB)}`)
}
