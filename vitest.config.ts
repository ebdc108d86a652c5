import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Under CI a test that is skipped or only-focused is a defect: fail instead.
    allowOnly: false,
    passWithNoTests: false,
  },
})
