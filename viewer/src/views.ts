// Named views saved in the browser: a name and the link's hash (focus, filters, path, camera), kept in
// localStorage and checked when read back, since anything may have written there.
import { z } from 'zod'

const KEY = 'kg-viewer:views'
const SavedViews = z.record(z.string().min(1), z.string().startsWith('#'))

export interface SavedViewStore {
  list(): [name: string, hash: string][]
  save(name: string, hash: string): void
  remove(name: string): void
}

export function savedViews(storage: Storage): SavedViewStore {
  const read = (): Record<string, string> => {
    try {
      const parsed = SavedViews.safeParse(JSON.parse(storage.getItem(KEY) ?? '{}'))
      return parsed.success ? parsed.data : {}
    } catch {
      return {}
    }
  }
  const write = (views: Record<string, string>) => storage.setItem(KEY, JSON.stringify(views))
  return {
    list: () => Object.entries(read()).sort(([a], [b]) => a.localeCompare(b)),
    save: (name, hash) => write({ ...read(), [name]: hash }),
    remove: (name) => {
      const views = read()
      delete views[name]
      write(views)
    },
  }
}
