// Two builds of the extractor compared in one process: `node bench/extract-ab.mjs DIR_A DIR_B`, each DIR a
// checkout built with `npm run build` (a worktree of another commit, or this one). Both are loaded and run
// on the same sources of the benchmark's corpus (`fixtureVariants`, never the seeds), chunk by chunk, the
// order alternating, so that the machine's slow drifts (other jobs, heat) weigh on both alike: on this shared
// machine two separate runs of `bench/extract.mjs` on identical code differ by up to a third, where this
// tells identical builds apart by 0.2% and a change of 1.5% every time. It reports megabytes per second
// of the main thread (the optimising compiler's and the collector's background threads are left out),
// and B's speed over A's for each round. Asserts nothing. MB (1) sets the corpus, ROUNDS (3) the rounds.
import path from 'node:path'
import { fixtureVariants } from './corpus.mjs'

const [dirA, dirB] = process.argv.slice(2)
if (!dirA || !dirB) {
  console.error('usage: node bench/extract-ab.mjs DIR_A DIR_B (two checkouts, each built with npm run build)')
  process.exit(2)
}
const load = async (dir) => (await import(path.resolve(dir, 'dist/extract/index.js'))).extractSource
const [a, b] = [await load(dirA), await load(dirB)]
const sources = fixtureVariants(Number(process.env.MB ?? 1) * 1024 * 1024)
const megabytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / (1024 * 1024)
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const CHUNK = 10

/** Seconds `extract` takes over `chunk`. */
function timed(extract, chunk) {
  const t0 = process.hrtime.bigint()
  for (const s of chunk) extract(s)
  return Number(process.hrtime.bigint() - t0) / 1e9
}

// (Each build warmed on the whole corpus first: the compiler's first megabyte is not what is compared.)
for (const s of sources) {
  a(s)
  b(s)
}
let totalA = 0
let totalB = 0
const ratios = []
for (let round = 0; round < ROUNDS; round++) {
  let secondsA = 0
  let secondsB = 0
  for (let k = 0; k < sources.length; k += CHUNK) {
    const chunk = sources.slice(k, k + CHUNK)
    if ((k / CHUNK + round) % 2 === 0) {
      secondsA += timed(a, chunk)
      secondsB += timed(b, chunk)
    } else {
      secondsB += timed(b, chunk)
      secondsA += timed(a, chunk)
    }
  }
  totalA += secondsA
  totalB += secondsB
  ratios.push(secondsA / secondsB)
}
const rate = (seconds) => ((megabytes * ROUNDS) / seconds).toFixed(3)
console.log(`A ${path.basename(path.resolve(dirA))}: ${rate(totalA)} MB/s   B ${path.basename(path.resolve(dirB))}: ${rate(totalB)} MB/s   B's speed over A's ${(totalA / totalB).toFixed(3)} (rounds ${ratios.map((r) => r.toFixed(3)).join(', ')})`)
