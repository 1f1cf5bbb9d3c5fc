import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openWorkstation, type OpenedWorkstation } from '../electron/core/open-workstation'
import { applySqlitePragmas } from '../electron/core/db/sqlite-pragmas'
import { SqliteFloor, type RawFloor } from './floors'

/** What the benchmark needs of a database, so one run of operations measures SQLite or PostgreSQL. */
export interface BenchBackend {
  /** For the table's title: the engine and its version. */
  title: string
  /** The first row's name: what an open means on this backend. */
  openLabel: string
  /** 'file 351 MiB' or 'database 529 MiB': the data as generated, before the benchmark changes it. */
  size: string
  /** Lines printed under the table (how the data got there, what is not measured). */
  notes: string[]
  open(): Promise<OpenedWorkstation>
  /** Copies the data as it is now, before any approval, for the approve floor to replay on. */
  freezeApproveCopy(): Promise<void>
  /** One raw open and the first queue page's SQL (already in this driver's placeholders), then closed. */
  rawOpen(query: [string, unknown[]]): Promise<void>
  /** The read floor, on the same data as `ws`. */
  floor(ws: OpenedWorkstation): Promise<RawFloor>
  /** The approve floor, on the copy `freezeApproveCopy` made. */
  approveFloor(): Promise<RawFloor>
  dispose(): Promise<void>
}

/**
 * The embedded default: a copy of the generated file (approvals change it; every run starts from the
 * same office). The read floor runs on the app's own connection.
 */
export function sqliteBackend(sourcePath: string): BenchBackend {
  const workDir = mkdtempSync(join(tmpdir(), 'backoffice-bench-'))
  const dbPath = join(workDir, 'office.sqlite')
  const floorPath = join(workDir, 'approve-floor.sqlite')
  const backupDir = join(workDir, 'backups')
  copyFileSync(sourcePath, dbPath)
  const probe = new BetterSqlite3(dbPath, { readonly: true })
  const version = (probe.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  probe.close()
  const opened: BetterSqlite3.Database[] = []
  const rawHandle = (path: string) => {
    const raw = new BetterSqlite3(path)
    applySqlitePragmas(raw)
    return raw
  }
  return {
    title: `SQLite ${version}`,
    // As on any open after the day's backup: the quick_check runs beside the first page.
    openLabel: 'open database + first queue page',
    size: `file ${(statSync(sourcePath).size / 2 ** 20).toFixed(0)} MiB`,
    notes: [],
    open: () => openWorkstation({ sqlitePath: dbPath, backupDir, dailyWork: false }),
    async freezeApproveCopy() {
      copyFileSync(dbPath, floorPath)
    },
    async rawOpen([sql, params]) {
      const raw = rawHandle(dbPath)
      raw.prepare(sql).all(...(params as never[]))
      raw.close()
    },
    async floor(ws) {
      return new SqliteFloor(ws.database.sqlite!)
    },
    async approveFloor() {
      const raw = rawHandle(floorPath)
      opened.push(raw)
      return new SqliteFloor(raw)
    },
    async dispose() {
      for (const raw of opened) raw.close()
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
