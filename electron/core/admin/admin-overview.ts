import type { EntityManager } from 'typeorm'
import type { AdminOverview, BackupFile, BackupsView, NumberingCounter } from '../../../shared/api'
import { DOCUMENT_PREFIXES, formatDocumentNumber, periodOf, type DocumentType } from '../../../shared/document-number'
import { listBackups } from '../db/backup'
import type { Database } from '../db/database'
import { DocumentCounterEntity, UserEntity, UserRoleEntity, WorkflowDefinitionEntity } from '../db/entities'
import { CORE_DOC_TYPES } from '../doc-types/registry'
import { definitionSchema } from '../workflow/definition'
import { readCompany } from './company-profile'

/** R22: this month's counter of every document type the office has, read-only (0 = nothing numbered yet). */
async function counters(em: EntityManager, period: string): Promise<NumberingCounter[]> {
  const rows = await em.getRepository(DocumentCounterEntity).findBy({ period })
  return (Object.keys(CORE_DOC_TYPES) as DocumentType[]).map((docType) => {
    const lastSeq = rows.find((r) => r.docType === docType)?.lastSeq ?? 0
    return { docType, prefix: DOCUMENT_PREFIXES[docType], lastSeq, lastNumber: lastSeq ? formatDocumentNumber(docType, period, lastSeq) : null }
  })
}

/** "backoffice-20261120-020000-daily.sqlite" → when and why (backup.ts names them so). */
function backupFile(name: string): BackupFile | null {
  const match = /^backoffice-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(daily|migration)\.sqlite$/.exec(name)
  if (!match) return null
  const [, y, mo, d, h, mi, s, reason] = match
  return { name, at: `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`, reason: reason as BackupFile['reason'] }
}

/** SQLite: the kept backups, newest first. PostgreSQL: none here — backing up the database is the server's. */
export function backupsView(db: Database): BackupsView {
  if (!db.isSqlite) return { backend: 'postgres' }
  const dir = db.backupFolder
  const files = dir ? listBackups(dir).map(backupFile).filter((f): f is BackupFile => f !== null) : []
  return { backend: 'sqlite', files: files.reverse() }
}

export async function adminOverview(em: EntityManager, db: Database, at: Date): Promise<AdminOverview> {
  const users = await em.getRepository(UserEntity).find()
  const admins = await em
    .createQueryBuilder(UserRoleEntity, 'r')
    .innerJoin('User', 'u', 'u.id = r.user_id')
    .where("r.role = 'admin' AND u.disabled = 0")
    .getCount()
  const period = periodOf(at.toISOString())
  const chains = (await em.getRepository(WorkflowDefinitionEntity).find({ order: { docType: 'ASC' } })).map((row) => {
    const def = definitionSchema.parse(JSON.parse(row.definition))
    return { docType: row.docType, name: def.name, steps: def.steps.length, version: row.version, updatedAt: row.updatedAt, updatedByName: row.updatedByName }
  })
  return {
    users: { total: users.length, enabled: users.filter((u) => !u.disabled).length, admins },
    company: await readCompany(em),
    numbering: { period, counters: await counters(em, period) },
    chains,
    backups: backupsView(db),
  }
}
