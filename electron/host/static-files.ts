import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

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
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export interface StaticFile {
  body: Buffer
  type: string
}

/** A file under `root` for a URL path; null for anything outside it (no path traversal). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (relative === '/' || relative === '') relative = '/index.html'
  const file = normalize(join(root, relative))
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  try {
    if (!(await stat(file)).isFile()) return null
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
