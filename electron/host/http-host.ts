import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { AppError } from '../../shared/errors'
import type { Workstation } from '../core/workstation'
import { readStaticFile } from './static-files'

const COOKIE = 'backoffice_session'
/** The largest /api/call body the host reads; a larger one is answered 413 REQUEST_TOO_LARGE. */
export const MAX_BODY = 1024 * 1024
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ')

function sessionFrom(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === COOKIE && value.length) return decodeURIComponent(value.join('='))
  }
  return null
}

/** A body over MAX_BODY: answered 413 with its own code, saying what the limit is. */
class BodyTooLarge extends Error {}

/** The limit as a person reads it: "1 MiB", "512 KiB". */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}

/**
 * Reads the body up to MAX_BODY. Past the limit the rest is read and dropped rather than the socket
 * being cut, so the client receives the 413 instead of a reset connection mid-upload.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => (size > MAX_BODY || declared > MAX_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers })
  res.end(body)
}

/**
 * Only this machine may talk to the host: it listens on 127.0.0.1, and a request whose Host or
 * Origin names anything else (DNS rebinding, another site's page) is refused.
 */
function isLocal(req: IncomingMessage, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  if (!allowed.has(req.headers.host ?? '')) return false
  const origin = req.headers.origin
  return !origin || allowed.has(origin.replace(/^http:\/\//, ''))
}

async function handleApi(req: IncomingMessage, res: ServerResponse, workstation: Workstation) {
  let call: { method?: unknown; input?: unknown }
  try {
    call = JSON.parse(await readBody(req)) as typeof call
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      const refusal = new AppError('REQUEST_TOO_LARGE', `请求过大（上限 ${sizeText(MAX_BODY)}），请减少一次提交的内容`, { maxBytes: MAX_BODY })
      return send(res, 413, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: refusal.toBody() }))
    }
    return send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: new AppError('INVALID_INPUT', '请求格式不正确').toBody() }))
  }
  const result = await workstation.dispatch(call.method, call.input, sessionFrom(req))
  const headers: Record<string, string> = {}
  if (result.session && 'token' in result.session)
    headers['set-cookie'] = `${COOKIE}=${encodeURIComponent(result.session.token)}; HttpOnly; SameSite=Strict; Path=/`
  else if (result.session) headers['set-cookie'] = `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result.envelope), headers)
}

export function startHttpHost(workstation: Workstation, rendererDir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (!isLocal(req, port)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden')
    if (req.method === 'POST' && req.url === '/api/call') {
      handleApi(req, res, workstation).catch((error) => {
        console.error('[host] api call failed', error)
        send(res, 500, 'application/json', JSON.stringify({ ok: false, error: new AppError('INTERNAL').toBody() }))
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    readStaticFile(rendererDir, req.url ?? '/')
      .then((file) =>
        file
          ? send(res, 200, file.type, file.body, { 'content-security-policy': CSP })
          : send(res, 404, 'text/plain; charset=utf-8', 'not found'),
      )
      .catch(() => send(res, 500, 'text/plain; charset=utf-8', 'error'))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
