import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { AppError } from '../../shared/errors'
import type { Workstation } from '../core/workstation'
import { readStaticFile } from './static-files'

const COOKIE = 'backoffice_session'
const MAX_BODY = 1024 * 1024
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) reject(new AppError('INVALID_INPUT', '请求内容过大'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
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
  } catch {
    return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: new AppError('INVALID_INPUT', '请求格式不正确').toBody() }))
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
