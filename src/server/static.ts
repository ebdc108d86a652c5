// Serves the built viewer (viewer/dist): files by extension, never outside the directory, and a page
// that says how to build the viewer when it is missing rather than a bare 404.
import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError, SECURITY_HEADERS } from './http.js'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/** The viewer's build output, found from this file whether it runs from src/ or dist/. */
export const DEFAULT_VIEWER_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../viewer/dist')

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>kg viewer not built</title>
<body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto">
<h1>The viewer has not been built</h1>
<p>The JSON API is running (try <a href="/api/stats">/api/stats</a>), but <code>viewer/dist</code> is missing.
Build it with <code>npm run build</code> and reload this page.</p>`

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`)
  let rel: string
  try {
    rel = decodeURIComponent(url.pathname)
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'path is not valid percent-encoding')
  }
  if (rel.includes('\0')) throw new HttpError(400, 'BAD_REQUEST', 'path contains a NUL byte')
  const file = path.resolve(root, `.${path.posix.normalize(rel === '/' ? '/index.html' : rel)}`)
  if (file !== root && !file.startsWith(root + path.sep)) throw new HttpError(404, 'NOT_FOUND', 'no such file')
  let target = file
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
    // Unknown paths without an extension get the app (its state lives in the hash anyway).
    if (rel !== '/' && path.extname(file)) throw new HttpError(404, 'NOT_FOUND', `no such file ${rel}`)
    target = path.join(root, 'index.html')
  }
  if (!fs.existsSync(target)) {
    res.writeHead(503, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : NOT_BUILT)
    return
  }
  const body = fs.readFileSync(target)
  const hashed = target.includes(`${path.sep}assets${path.sep}`)
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'content-length': body.length,
    // Vite fingerprints assets, so they may be cached for good; index.html must not be.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
