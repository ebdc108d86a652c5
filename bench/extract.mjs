// Extraction throughput: a corpus of ≥ 20 MB (`seedVariants`) through extractSource, on one core and on
// all cores with worker threads; characters/s, articles/s and peak memory are printed.
// Run `npm run build` first.
import os from 'node:os'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { extractSource } from '../dist/extract/index.js'
import { seedVariants } from './corpus.mjs'

const TARGET_BYTES = 20 * 1024 * 1024

if (!isMainThread) {
  let articles = 0
  for (const s of workerData.sources) articles += extractSource(s).length
  parentPort.postMessage(articles)
} else {
  const sources = seedVariants(TARGET_BYTES)
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0)
  const chars = sources.reduce((n, s) => n + s.text.length, 0)
  const mb = bytes / 1024 / 1024
  console.log(`corpus: ${sources.length} files, ${mb.toFixed(1)} MB UTF-8, ${chars.toLocaleString()} characters`)

  extractSource(sources[0]) // warm the gazetteer and lexicons once
  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  let started = performance.now()
  let articles = 0
  for (const s of sources) articles += extractSource(s).length
  let seconds = (performance.now() - started) / 1000
  console.log(`one core:  ${(mb / seconds).toFixed(2)} MB/s, ${Math.round(chars / seconds).toLocaleString()} chars/s, ${Math.round(articles / seconds)} articles/s (${seconds.toFixed(1)} s)`)

  const cores = os.availableParallelism()
  const parts = Array.from({ length: cores }, (_, k) => sources.filter((_, i) => i % cores === k))
  started = performance.now()
  const counts = await Promise.all(
    parts.map((part) => new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { sources: part } })
      w.once('message', resolve)
      w.once('error', reject)
    })),
  )
  seconds = (performance.now() - started) / 1000
  articles = counts.reduce((a, b) => a + b, 0)
  clearInterval(sample)
  console.log(`${cores} cores: ${(mb / seconds).toFixed(2)} MB/s, ${Math.round(chars / seconds).toLocaleString()} chars/s, ${Math.round(articles / seconds)} articles/s (${seconds.toFixed(1)} s, workers include start-up)`)
  console.log(`peak RSS (main thread process): ${(peak / 1024 / 1024).toFixed(0)} MB`)
}
