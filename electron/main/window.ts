// The one BrowserWindow of the workstation.
import { app, BrowserWindow, screen } from 'electron'
import { APP_ENTRY_URL, DEV_RENDERER_URL } from './origins'

export const WINDOW_TITLE = '销售业务工作站'

const MIN_SIZE = { width: 1280, height: 720 }
const DEFAULT_SIZE = { width: 1366, height: 768 }
/** From this work-area width on, the queues and forms use the whole screen. */
const LARGE_SCREEN_WIDTH = 1600

let mainWindow: BrowserWindow | null = null

export function getMainWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null
}

/** A second launch (single-instance lock) brings the running window to the front instead. */
export function focusMainWindow(): void {
  const window = getMainWindow()
  if (window === null) return
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}

/**
 * Maximised on a large screen, and on a screen too small for the default size (a 1366×768 laptop
 * whose taskbar leaves 1366×728); otherwise 1366×768, centred.
 */
function shouldMaximise(): boolean {
  const { width, height } = screen.getPrimaryDisplay().workAreaSize
  return width >= LARGE_SCREEN_WIDTH || width < DEFAULT_SIZE.width || height < DEFAULT_SIZE.height
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: DEFAULT_SIZE.width,
    height: DEFAULT_SIZE.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    center: true,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // Offline workstation: no spell-check dictionaries to download.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  })
  mainWindow = window

  // The window keeps the product name; the renderer's <title> does not replace it.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.once('ready-to-show', () => {
    if (shouldMaximise()) window.maximize()
    window.show()
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })

  const url = DEV_RENDERER_URL ?? APP_ENTRY_URL
  window.loadURL(url).catch((error: unknown) => {
    console.error(`[window] could not load ${url}`, error)
    // ready-to-show may never come after a failed load; an empty window beats an invisible process.
    if (!window.isDestroyed() && !window.isVisible()) window.show()
  })
  return window
}
