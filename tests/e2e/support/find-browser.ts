import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

/**
 * The Chromium-family browser the end-to-end tests drive (DESIGN.md, "Running without the Electron
 * binary"): some build machines cannot download anything, so `npx playwright install` is not assumed.
 * Order: $CHROMIUM_PATH, Playwright's own download, the system's Chromium or Chrome, Edge on Windows.
 */
export function findBrowser(): string {
  const explicit = process.env.CHROMIUM_PATH?.trim()
  if (explicit) {
    // Someone asked for this browser: a wrong path is a mistake to report, not a reason to pick another.
    if (existsSync(explicit)) return explicit
    throw new Error(`CHROMIUM_PATH is set to "${explicit}", but no file exists there.`)
  }

  const tried: string[] = []
  for (const candidate of candidates()) {
    if (tried.includes(candidate)) continue
    tried.push(candidate)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(
    [
      'No Chromium-family browser found for the end-to-end tests. Tried, in order:',
      '  - $CHROMIUM_PATH (not set)',
      ...tried.map((path) => `  - ${path}`),
      'Set CHROMIUM_PATH to a Chromium, Chrome or Edge executable, or run `npx playwright install chromium` where there is internet.',
    ].join('\n'),
  )
}

function candidates(): string[] {
  const list: string[] = []
  try {
    // Where `npx playwright install chromium` would have put it; only a path, the file may be absent.
    list.push(chromium.executablePath())
  } catch {
    // Older Playwright versions throw when the browser was never downloaded: nothing to add.
  }
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable')
  if (process.platform === 'win32') {
    const edge = join('Microsoft', 'Edge', 'Application', 'msedge.exe')
    for (const root of [process.env['ProgramFiles(x86)'], process.env.ProgramFiles, 'C:\\Program Files (x86)', 'C:\\Program Files']) {
      if (root) list.push(join(root, edge))
    }
  }
  return list
}
