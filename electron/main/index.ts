// The Electron shell: app lifecycle. Order matters: the scheme, the sandbox and the userData folder
// are set before ready; the database opens before the window, and closes after the last window.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { app, dialog, session } from 'electron'
import { openWorkstation } from '../core/open-workstation'
import type { Workstation } from '../core/workstation'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { registerApiIpc } from './ipc'
import { installMenu } from './menu'
import { installSecurityHooks, refusePermissions } from './security'
import { createMainWindow, focusMainWindow, getMainWindow } from './window'
import { databaseLocation } from './workstation-options'

/** A hung close must not keep a quitting app alive; SQLite's WAL survives an unclean exit. */
const CLOSE_TIMEOUT_MS = 10_000

let workstation: Workstation | null = null

// A fixed folder name, so renaming the product never orphans the database, and a development run
// never opens the installed workstation's data on the same machine.
app.setPath('userData', path.join(app.getPath('appData'), app.isPackaged ? 'sales-backoffice' : 'sales-backoffice-dev'))
registerAppScheme()
app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  // Two processes on one SQLite file would break the one-connection rule (DESIGN.md, Pitfalls).
  app.quit()
} else {
  installSecurityHooks()
  app.on('second-instance', () => focusMainWindow())
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (workstation === null) return
    event.preventDefault()
    const closing = workstation
    workstation = null
    void closeWithin(closing, CLOSE_TIMEOUT_MS).finally(() => app.quit())
  })
  app.whenReady().then(start, (error: unknown) => fail('启动失败', error))
}

async function start(): Promise<void> {
  refusePermissions(session.defaultSession)
  serveAppProtocol(path.join(app.getAppPath(), 'out', 'renderer'))
  installMenu()

  const location = databaseLocation()
  try {
    if (location.options.sqlitePath !== undefined) mkdirSync(path.dirname(location.options.sqlitePath), { recursive: true })
    workstation = await openWorkstation(location.options)
  } catch (error) {
    fail('无法打开数据库', error, `数据库：${location.description}\n${location.advice}`)
    return
  }

  registerApiIpc({ workstation, getWindow: getMainWindow })
  createMainWindow(path.join(app.getAppPath(), 'out', 'preload', 'index.cjs'))
}

/** A native error box (the window may not exist yet), then exit without a window. */
function fail(title: string, error: unknown, advice?: string): void {
  console.error(`[main] ${title}`, error)
  const reason = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox(title, [advice, `错误信息：${reason}`].filter(Boolean).join('\n\n'))
  app.exit(1)
}

async function closeWithin(closing: Workstation, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`[main] the database did not close within ${timeoutMs} ms; quitting anyway`)
      resolve()
    }, timeoutMs)
  })
  try {
    await Promise.race([closing.close(), timeout])
  } catch (error) {
    console.error('[main] closing the database failed', error)
  } finally {
    clearTimeout(timer)
  }
}
