// Maps a URL path of the app protocol onto a file of the built renderer. Plain Node (no 'electron'),
// so it can be unit-tested directly.
import { stat } from 'node:fs/promises'
import path from 'node:path'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export type RendererFile = { status: 200; file: string } | { status: 400 | 403 | 404 }

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * Resolves `urlPath` (the still-encoded pathname of an app:// URL) inside `rootDir`.
 * Refuses anything that would leave the folder (`..`, encoded separators, another drive, NUL, `:`
 * which on Windows also names alternate data streams). A path with no extension that names no file
 * falls back to index.html, so a client-side route survives a reload.
 */
export async function resolveRendererFile(rootDir: string, urlPath: string): Promise<RendererFile> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes(':')) return { status: 403 }

  const root = path.resolve(rootDir)
  const wanted = decoded.replace(/^[/\\]+/, '') || 'index.html'
  const file = path.resolve(root, wanted)
  const relative = path.relative(root, file)
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { status: 403 }
  }

  if (await isFile(file)) return { status: 200, file }
  if (path.extname(file) === '') {
    const index = path.join(root, 'index.html')
    if (await isFile(index)) return { status: 200, file: index }
  }
  return { status: 404 }
}
