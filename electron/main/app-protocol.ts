// Serves the built renderer on app://workstation/ (DESIGN.md, Pitfalls: a custom protocol, not file://).
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_ORIGIN, APP_SCHEME } from './origins'
import { mimeTypeOf, resolveRendererFile } from './renderer-files'
import { SECURITY_HEADERS } from './security'

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
}

/**
 * Must run before app ready. `standard` gives the scheme a real origin (relative URLs, localStorage,
 * same-origin checks), `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its
 * own assets, `codeCache` lets V8 cache compiled scripts between starts.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

function failure(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Error', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

async function serve(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405)
  const url = new URL(request.url)
  if (`${url.protocol}//${url.host}`.toLowerCase() !== APP_ORIGIN) return failure(404)

  const found = await resolveRendererFile(rendererDir, url.pathname)
  if (found.status !== 200) return failure(found.status)

  const body = request.method === 'HEAD' ? null : await readFile(found.file)
  return new Response(body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(found.file) },
  })
}

/** Call after app ready: answers app://workstation/… from `rendererDir` (out/renderer) and nowhere else. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await serve(rendererDir, request)
    } catch (error) {
      console.error(`[app-protocol] ${request.url} failed`, error)
      return failure(500)
    }
  })
}
