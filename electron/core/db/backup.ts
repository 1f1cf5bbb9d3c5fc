import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'

const KEEP = 30

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
}

/**
 * DESIGN.md: back up with better-sqlite3's online backup (never a copy of a live file), then run
 * integrity_check on the copy, so a backup that cannot be restored is noticed the day it is made.
 */
export async function backupSqlite(
  db: BetterSqlite3.Database,
  dir: string,
  reason: 'migration' | 'daily',
  at: Date,
): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `backoffice-${stamp(at)}-${reason}.sqlite`)
  await db.backup(file)
  const copy = new BetterSqlite3(file, { readonly: true })
  try {
    const verdict = copy.pragma('integrity_check', { simple: true })
    if (verdict !== 'ok') throw new Error(`backup ${file} failed integrity_check: ${String(verdict)}`)
  } finally {
    copy.close()
  }
  pruneBackups(dir)
  return file
}

export function listBackups(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.startsWith('backoffice-') && f.endsWith('.sqlite')).sort()
  } catch {
    return []
  }
}

function pruneBackups(dir: string): void {
  const files = listBackups(dir)
  for (const old of files.slice(0, Math.max(0, files.length - KEEP))) rmSync(join(dir, old), { force: true })
}
