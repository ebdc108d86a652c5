// The Neo4j Browser guide and style sheet (src/query/browser.ts) over HTTP, where Browser's
// `:play URL` and `:style URL` fetch them from its own origin (http://127.0.0.1:7474): they hold
// queries and colours, no graph data, so every origin may read them.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { BROWSER_GUIDE_PATH, BROWSER_STYLE_PATH, browserGuideHtml, browserStyleGrass } from '../query/browser.js'
import { loadLibrary } from '../query/library.js'
import { HttpError } from './http.js'

export const isBrowserFile = (pathname: string): boolean => pathname === BROWSER_GUIDE_PATH || pathname === BROWSER_STYLE_PATH

export function serveBrowserFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.method === 'OPTIONS') {
    // Browser's fetch sends headers of its own, so it asks first (a CORS preflight).
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      'access-control-max-age': '600',
    })
    res.end()
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`)
  // The guide names the style by this server's own address, as the request reached it.
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`
  const [body, type] =
    url.pathname === BROWSER_GUIDE_PATH ? [browserGuideHtml(loadLibrary(), `${origin}${BROWSER_STYLE_PATH}`), 'text/html; charset=utf-8'] : [browserStyleGrass(), 'text/plain; charset=utf-8']
  res.writeHead(200, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
