import { app } from 'electron'

/** The renderer is served from app://workstation/ (app-protocol.ts), never from file://. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://workstation`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The origin of a URL as `scheme://host[:port]`, lower-cased, or null when it has none.
 * Node's `URL.origin` is "null" for schemes it does not know (app:), so it is built by hand.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}`.toLowerCase() : null
  } catch {
    return null
  }
}

/**
 * The Vite dev server URL that `electron-vite dev` puts in ELECTRON_RENDERER_URL. Honoured only in
 * an unpackaged run and only on loopback, so an environment variable can never point the installed
 * workstation at another site.
 */
function resolveDevRendererUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL']
  if (app.isPackaged || !url) return null
  try {
    const parsed = new URL(url)
    if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOSTS.has(parsed.hostname)) return url
  } catch {
    // fall through: a malformed value is ignored like a foreign one
  }
  console.warn(`[origins] ignoring ELECTRON_RENDERER_URL=${url}: not a loopback http(s) URL`)
  return null
}

export const DEV_RENDERER_URL = resolveDevRendererUrl()

const TRUSTED_ORIGINS: ReadonlySet<string> = new Set(
  [APP_ORIGIN, DEV_RENDERER_URL === null ? null : originOf(DEV_RENDERER_URL)].filter((o): o is string => o !== null),
)

/** True when the URL belongs to the workstation's own pages (the app protocol, or the dev server in dev). */
export function isTrustedUrl(url: string): boolean {
  const origin = originOf(url)
  return origin !== null && TRUSTED_ORIGINS.has(origin)
}
