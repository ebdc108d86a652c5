// The small HTTP vocabulary the server speaks: JSON replies, one error shape `{error: {code, message}}`,
// and request bodies read with a size limit so a client cannot make the server buffer without end.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { KgError, NotFoundError, StoreError, UsageError } from '../errors.js'

export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'FORBIDDEN_HOST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'LIMIT_EXCEEDED'
  | 'NOT_IMPLEMENTED'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL'

/** An error meant for the client: its status, a stable code and a message saying what to change. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/**
 * On every response. The policy lets the viewer load its own scripts, styles and API, run the
 * layout in a blob: worker and save images, and lets no other site frame it.
 */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
} as const

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

/** Maps any thrown value to a status and the JSON error body; store failures become 503. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error
  if (error instanceof NotFoundError) return new HttpError(404, 'NOT_FOUND', error.message)
  if (error instanceof KgError && error.code === 'INPUT_EMPTY') return new HttpError(404, 'NOT_FOUND', error.message)
  if (error instanceof UsageError) return new HttpError(400, 'BAD_REQUEST', error.message)
  if (error instanceof StoreError) return new HttpError(503, 'STORE_UNAVAILABLE', `the graph store is unavailable: ${error.message}`)
  if (error instanceof KgError) return new HttpError(500, 'INTERNAL', error.message)
  return new HttpError(500, 'INTERNAL', 'unexpected server error; see the server log')
}

export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.removeHeader('content-disposition')
  sendJson(res, error.status, { error: { code: error.code, message: error.message } })
}

/** The request body as text, refusing bodies over `limit` bytes with 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body of ${declared} bytes is over the ${limit}-byte limit`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body is over the ${limit}-byte limit`)
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export { SECURITY_HEADERS }
