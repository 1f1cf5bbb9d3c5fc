import type BetterSqlite3 from 'better-sqlite3'

// DESIGN.md pitfall: `synchronous` falls back to NORMAL when a WAL database is reopened, so the
// pragmas are set on every open and checked right after. FULL: a committed action survives power loss.
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const

export function applySqlitePragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`)
}

export type PragmaReading = { [K in keyof typeof REQUIRED_PRAGMAS]: string | number }

export function readSqlitePragmas(db: BetterSqlite3.Database): PragmaReading {
  return {
    journal_mode: String(db.pragma('journal_mode', { simple: true })).toLowerCase(),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreign_keys: Number(db.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(db.pragma('busy_timeout', { simple: true })),
  }
}

/** Refuses to run on a connection whose durability settings are not what the design promises. */
export function assertSqlitePragmas(db: BetterSqlite3.Database): void {
  const actual = readSqlitePragmas(db)
  for (const [name, wanted] of Object.entries(REQUIRED_PRAGMAS)) {
    const got = actual[name as keyof PragmaReading]
    if (got !== wanted) throw new Error(`SQLite pragma ${name} is ${got}, expected ${wanted}`)
  }
}
