// Where the workstation's data lives: one SQLite file in the user's data folder, unless support
// points BACKOFFICE_DB at another file or at the office's shared PostgreSQL server.
import path from 'node:path'
import { app } from 'electron'
import type { WorkstationOptions } from '../core/workstation'

export const DATABASE_FILE_NAME = 'backoffice.sqlite'

export interface DatabaseLocation {
  options: WorkstationOptions
  /** For the error box: the file path, or the server without its password. */
  description: string
  /** For the error box: what the user can check before calling support. */
  advice: string
}

const SQLITE_ADVICE = '请确认该文件未被其他程序占用、磁盘空间充足，然后重新启动本程序；仍无法打开请联系系统管理员。'
const POSTGRES_ADVICE = '请确认数据库服务器已开启、本机网络连通，然后重新启动本程序；仍无法连接请联系系统管理员。'

export function databaseLocation(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const override = env['BACKOFFICE_DB']?.trim()
  if (override && /^postgres(ql)?:\/\//i.test(override)) {
    let server = 'PostgreSQL'
    try {
      const url = new URL(override)
      server = `PostgreSQL ${url.host}${url.pathname}`
    } catch {
      // keep the generic description; the core reports the malformed URL
    }
    return { options: { postgresUrl: override }, description: server, advice: POSTGRES_ADVICE }
  }
  const sqlitePath = override ? path.resolve(override) : path.join(app.getPath('userData'), DATABASE_FILE_NAME)
  return { options: { sqlitePath }, description: sqlitePath, advice: SQLITE_ADVICE }
}
