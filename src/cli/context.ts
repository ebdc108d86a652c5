// What every command gets: resolved settings, an open store, and where to print. Commands are
// plain functions over this, so tests call them without a process.
import { resolveSettings, type Settings, type SettingsOverrides } from '../config/settings.js'
import { openStore } from '../store/index.js'
import type { GraphStore } from '../store/types.js'

export interface Output {
  out: (line: string) => void
  err: (line: string) => void
  /** True when stderr is a terminal: progress bars instead of one-line summaries. */
  interactive: boolean
}

export const processOutput: Output = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  interactive: Boolean(process.stderr.isTTY),
}

export function settingsFrom(overrides: SettingsOverrides = {}): Settings {
  return resolveSettings(process.env, overrides)
}

/** Opens the configured store, runs `work`, and always closes it. */
export async function withStore<T>(settings: Settings, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = openStore(settings)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}
