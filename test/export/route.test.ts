// GET /api/export serves the new single-file formats as downloads: the workbook (a zip, openpyxl
// reads it) and networkx's node-link JSON, with their Content-Type and file name.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/server/params.js'
import { exportRoute } from '../../src/server/export-route.js'
import type { EmbeddedStore } from '../../src/store/embedded/index.js'
import { fixtureStore, tmpTarget } from './fixture.js'
import { ensurePython, python } from './python.js'

let store: EmbeddedStore
let server: http.Server
let base: string
beforeAll(async () => {
  ensurePython()
  ;({ store } = await fixtureStore())
  server = http.createServer((req, res) => {
    exportRoute({ store, limits: DEFAULT_LIMITS }, req, res, new URL(req.url ?? '/', 'http://localhost')).catch((error: unknown) => {
      res.statusCode = 500
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await store.close()
})

describe('GET /api/export', () => {
  it('downloads the workbook', async () => {
    const res = await fetch(`${base}/api/export?format=xlsx&ids=${encodeURIComponent('unit:包头市公安局')}&depth=1`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kg-export.xlsx"')
    const file = tmpTarget('download.xlsx')
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()))
    const names = python<string[]>("import json, sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])['Nodes']\nprint(json.dumps([r[0].value for r in ws.iter_rows(min_row=2)], ensure_ascii=False))", file)
    expect(names).toContain('包头市公安局')
  })

  it('downloads node-link JSON', async () => {
    const res = await fetch(`${base}/api/export?format=node-link`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kg-export.nodelink.json"')
    const body = (await res.json()) as { directed: boolean; nodes: unknown[]; edges: unknown[] }
    expect(body.directed).toBe(true)
    expect(body.nodes.length).toBeGreaterThan(5)
  })
})
