// Headless Chromium for the end-to-end tests and the benchmark: the system's Debian chromium, a
// fresh profile per launch, no network chatter. WebGL runs on SwiftShader (no GPU in CI).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 137+ no longer falls back to software WebGL by itself; sigma needs WebGL.
  '--enable-unsafe-swiftshader',
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

export async function launch(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium fonts-noto-cjk) or set KG_CHROMIUM`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'en-GB',
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}
