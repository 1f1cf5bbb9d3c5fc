import { join, resolve } from 'node:path'
import { openWorkstation } from '../core/open-workstation'
import { startHttpHost } from './http-host'

/** Printed once the start-up file check and the day's backup have finished (bench/browser/host-process.ts waits for it). */
const STARTUP_WORK_DONE = '启动检查与今日备份已完成'

/**
 * `npm run web`: the workstation in a browser on this machine, and the target of the end-to-end
 * tests. Settings by environment: BACKOFFICE_PORT (5170), BACKOFFICE_DATA_DIR (./.data),
 * BACKOFFICE_DB (a SQLite file), BACKOFFICE_PG_URL (PostgreSQL instead of SQLite).
 */
async function main(): Promise<void> {
  const port = Number(process.env.BACKOFFICE_PORT ?? 5170)
  const dataDir = resolve(process.env.BACKOFFICE_DATA_DIR ?? '.data')
  const workstation = await openWorkstation({
    sqlitePath: process.env.BACKOFFICE_DB ?? join(dataDir, 'backoffice.sqlite'),
    postgresUrl: process.env.BACKOFFICE_PG_URL || undefined,
  })
  const rendererDir = resolve(__dirname, '../renderer')
  const server = await startHttpHost(workstation, rendererDir, port)
  console.log(`销售业务工作站 http://127.0.0.1:${port}/  (数据: ${process.env.BACKOFFICE_PG_URL ? 'PostgreSQL' : dataDir})`)
  // The file check and the day's backup run beside the app (a few seconds at ten years); the benchmark
  // waits for this line so it measures the everyday path, not a login racing the backup for the CPU.
  void Promise.all([workstation.database.settled(), workstation.runDailyWork()]).then(() => console.log(STARTUP_WORK_DONE))
  const stop = () => {
    server.close()
    workstation.close().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error('无法启动工作站：', error)
  process.exit(1)
})
