// `kg serve` answers only pages of its own address (a DNS-rebinding page names another host and gets
// 403), frames nowhere, fails cleanly on a busy port, and on the embedded store sees what other
// commands write without a restart.
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assembleArticle } from '../../src/resolve/assemble.js'
import { startServer, type RunningServer } from '../../src/server/index.js'
import { SqliteStore } from '../../src/store/sqlite/index.js'
import { chengduArticles } from '../support/articles.js'
import { seedContributions } from '../server/seed-graph.js'
import { kgRun, kgStart, tmpDir } from './support.js'

/** A GET with the Host header a browser would send for the page's address. */
function get(url: string, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { host } }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => void (body += d.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
  })
}

describe('a served embedded store', () => {
  let dir: string
  let running: RunningServer
  let port: string
  beforeAll(async () => {
    dir = tmpDir('serve')
    const store = new SqliteStore(dir)
    await store.apply(seedContributions())
    await store.close()
    running = await startServer(new SqliteStore(dir), { port: 0 })
    port = new URL(running.url).port
  })
  afterAll(async () => running.close())

  const paths = ['/api/stats', '/api/export?format=json', '/api/search?q=派出所', '/']

  it.each(paths)('answers 403 to %s under a foreign Host, with the policy headers', async (p) => {
    const r = await get(`${running.url}${p}`, `attacker.example:${port}`)
    expect(r.status).toBe(403)
    expect(JSON.parse(r.body).error.code).toBe('FORBIDDEN_HOST')
    expect(r.body).not.toContain('article:')
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  it.each(['127.0.0.1', 'localhost', '[::1]'])('answers under Host %s with a Content-Security-Policy', async (host) => {
    for (const p of ['/api/stats', '/']) {
      const r = await get(`${running.url}${p}`, `${host}:${port}`)
      expect(r.status).toBe(200)
      expect(r.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/)
      expect(r.headers['x-frame-options']).toBe('DENY')
    }
  })

  it('sees what kg remove and kg reset do to the store without a restart', async () => {
    const stats = async () => JSON.parse((await get(`${running.url}/api/stats`, `127.0.0.1:${port}`)).body) as { articles: number }
    const before = (await stats()).articles
    expect(before).toBeGreaterThan(1)
    const first = seedContributions()[0]!
    expect((await kgRun(['remove', first.article.id], { KG_DATA_DIR: dir })).status).toBe(0)
    expect((await stats()).articles).toBe(before - 1)
    expect((await kgRun(['reset', '--yes'], { KG_DATA_DIR: dir })).status).toBe(0)
    expect((await stats()).articles).toBe(0)
    await new SqliteStore(dir).apply(chengduArticles.map(assembleArticle))
    expect((await stats()).articles).toBe(2)
  })
})

it('kg serve on a port in use says so in one line, without a stack trace', async () => {
  const busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  const port = (busy.address() as net.AddressInfo).port
  try {
    const serve = kgStart(['serve', '--port', String(port)], { KG_DATA_DIR: tmpDir('busy') })
    const r = await serve.done
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(`kg: port ${port} on 127.0.0.1 is in use (another kg serve?): choose another with --port, or --port 0 for any free port\n`)
  } finally {
    busy.close()
  }
})
