// The viewer's HTTP server: the built viewer as static files and the read-only JSON API under /api,
// on node:http alone. Listens on 127.0.0.1 unless told otherwise: the graph may hold unpublished work.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { UsageError } from '../errors.js'
import type { GraphStore } from '../store/types.js'
import { handleApi } from './api.js'
import { isBrowserFile, serveBrowserFile } from './browser-files.js'
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
  /** The address the server listens on (default 127.0.0.1): requests must name it or localhost. */
  host?: string
}

const WILDCARD = new Set(['0.0.0.0', '::', ''])
const bare = (host: string): string => host.toLowerCase().replace(/^\[(.*)\]$/, '$1')

/**
 * The host names a request may carry: localhost, the listening address and, when that is every
 * interface, the machine's own addresses and name. A page that reached the server under any other
 * name got there by DNS rebinding, and must not read the graph.
 */
export function allowedHosts(listenHost: string): Set<string> {
  const allowed = new Set(['localhost', '127.0.0.1', '::1', bare(listenHost)])
  if (WILDCARD.has(bare(listenHost))) {
    allowed.add(os.hostname().toLowerCase())
    for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) allowed.add(bare(a.address))
  }
  return allowed
}

/** The host name of a Host header, without its port (`[::1]:8080` → `::1`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'))
  const colons = h.split(':').length - 1
  return colons === 1 ? h.slice(0, h.indexOf(':')) : h
}

export function createServer(store: GraphStore, options: ServerOptions = {}): http.Server {
  const ctx = { store, limits: { ...DEFAULT_LIMITS, ...options.limits } }
  const viewerDir = options.viewerDir ?? DEFAULT_VIEWER_DIR
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`))
  const allowed = allowedHosts(options.host ?? '127.0.0.1')
  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      try {
        const host = req.headers.host
        if (host === undefined || !allowed.has(hostName(host))) {
          throw new HttpError(403, 'FORBIDDEN_HOST', `this server answers requests for ${[...allowed].slice(0, 3).join(', ')}, not for ${host ?? 'a request without a Host header'}; open it by that address`)
        }
        if (url.pathname === '/api' || url.pathname.startsWith('/api/')) await handleApi(ctx, req, res, url)
        else if (isBrowserFile(url.pathname)) serveBrowserFile(req, res, url)
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
  const host = options.host ?? '127.0.0.1'
  const server = createServer(store, { ...options, host })
  const port = options.port ?? 8080
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenFailure(error, host, port)))
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const bound = (server.address() as AddressInfo).port
  const shown = host.includes(':') ? `[${host}]` : host
  return {
    server,
    url: `http://${shown}:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}

/** Why the server could not listen, as the user can fix it. */
function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new UsageError(`port ${port} on ${host} is in use (another kg serve?): choose another with --port, or --port 0 for any free port`)
    case 'EACCES':
      return new UsageError(`not allowed to listen on port ${port} on ${host}: choose a port above 1023 with --port`)
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new UsageError(`cannot listen on ${host}: it is not an address of this machine; use --host 127.0.0.1`)
    default:
      return error
  }
}
