// The tests that need a browser or the built CLI but no Neo4j (the viewer end to end, `kg serve`),
// without the Neo4j global setup: `npx vitest run --config test/e2e/vitest.config.ts`. Browser tests
// are slow, so the timeouts are long.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['test/e2e/**/*.test.ts', 'test/server/serve.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    allowOnly: false,
    fileParallelism: false,
  },
})
