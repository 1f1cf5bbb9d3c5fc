import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runFileJob } from './sqlite-file-worker'

const KEEP = 30

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
}

/**
 * DESIGN.md: back up with `VACUUM INTO` (never a copy of a live file), then run integrity_check on
 * the copy, so a backup that cannot be restored is noticed the day it is made. Both run in a worker
 * on their own read-only connection (see sqlite-file-worker.ts): the app goes on meanwhile.
 */
export async function backupSqlite(sourceFile: string, dir: string, reason: 'migration' | 'daily', at: Date): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `backoffice-${stamp(at)}-${reason}.sqlite`)
  // VACUUM INTO refuses to overwrite: a second backup in the same second replaces the first.
  rmSync(file, { force: true })
  const verdict = await runFileJob({ task: 'backup', file: sourceFile, dest: file })
  if (verdict !== 'ok') throw new Error(`backup ${file} failed integrity_check: ${verdict}`)
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
