// Secure Electron defaults (DESIGN.md, Principles): a strict CSP, navigation and new windows refused,
// permission requests refused, no <webview>. Applied to every webContents and every session.
import { app, type Session, type WebContents } from 'electron'
import { isTrustedUrl } from './origins'

/** antd's CSS-in-JS writes <style> elements at run time, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Sent with every response of the app protocol, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
}

/** The workstation needs no camera, notification, clipboard-read, geolocation, USB… so every request is refused. */
export function refusePermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    console.warn(`[security] refused permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

function refuseUnlessTrusted(kind: string, event: { preventDefault(): void }, url: string): void {
  if (isTrustedUrl(url)) return
  event.preventDefault()
  console.warn(`[security] refused ${kind} to ${url}`)
}

/** Navigation stays on our own origin; no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => refuseUnlessTrusted('navigation', event, event.url))
  contents.on('will-redirect', (event) => refuseUnlessTrusted('redirect', event, event.url))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    console.warn('[security] refused a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] refused window.open / target=_blank to ${url}`)
    return { action: 'deny' }
  })
}

/** Call once, before app ready: hooks every webContents and every session the app will ever create. */
export function installSecurityHooks(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('session-created', (session) => refusePermissions(session))
}
