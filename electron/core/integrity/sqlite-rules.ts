import type { IntegrityRule } from './integrity-rule'

// The file's own checks, SQLite only: SQLite enforces foreign keys only on connections that turn them
// on, and a file can be damaged on disk. PostgreSQL enforces every foreign key on every write and
// checksums its own pages, so these rules have nothing to read there and are not run (`only`).

export const sqliteRules: IntegrityRule[] = [
  {
    rule: 'SQLite foreign keys',
    only: 'sqlite',
    async check(ctx) {
      const broken = await ctx.rows<{ table: string; rowid: number | null; parent: string }>(`SELECT "table", rowid, parent FROM pragma_foreign_key_check`)
      const first = broken[0]
      return first ? { count: broken.length, example: `${first.table} row ${first.rowid ?? '?'} → missing ${first.parent}` } : null
    },
  },
  {
    rule: 'SQLite integrity',
    only: 'sqlite',
    async check(ctx) {
      const messages = (await ctx.rows<{ integrity_check: string }>(`SELECT integrity_check FROM pragma_integrity_check`)).map((r) => r.integrity_check)
      return messages.length === 1 && messages[0] === 'ok' ? null : { count: messages.length, example: messages[0] ?? 'no answer' }
    },
  },
]
