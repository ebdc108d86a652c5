// The viewer's HTTP server: the built viewer as static files and the read-only JSON API under /api,
// on node:http alone. Listens on 127.0.0.1 unless told otherwise: the graph may hold unpublished work.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { GraphStore } from '../store/types.js'
import { handleApi } from './api.js'
import { HttpError, sendError, toHttpError } from './http.js'
import { type ApiLimits, DEFAULT_LIMITS } from './params.js'
import { DEFAULT_VIEWER_DIR, serveStatic } from './static.js'

export { DEFAULT_LIMITS, type ApiLimits } from './params.js'

export interface ServerOptions {
  /** The built viewer; default viewer/dist of this package. */
  viewerDir?: string
  limits?: Partial<ApiLimits>
  /** Where unexpected errors are logged (default stderr); the client only gets a short message. */
  log?: (line: string) => void
}

export function createServer(store: GraphStore, options: ServerOptions = {}): http.Server {
  const ctx = { store, limits: { ...DEFAULT_LIMITS, ...options.limits } }
  const viewerDir = options.viewerDir ?? DEFAULT_VIEWER_DIR
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`))
  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      try {
        if (url.pathname === '/api' || url.pathname.startsWith('/api/')) await handleApi(ctx, req, res, url)
        else serveStatic(viewerDir, req, res, url)
      } catch (error) {
        const httpError = toHttpError(error)
        if (httpError.status >= 500 && !(error instanceof HttpError)) log(`kg serve: ${req.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        sendError(res, httpError)
      }
    })()
  })
}

export interface RunningServer {
  server: http.Server
  url: string
  close(): Promise<void>
}

/** Creates the server and waits until it listens; port 0 picks a free port. */
export async function startServer(store: GraphStore, options: ServerOptions & { port?: number; host?: string } = {}): Promise<RunningServer> {
  const server = createServer(store, options)
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const shown = host.includes(':') ? `[${host}]` : host
  return {
    server,
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}
