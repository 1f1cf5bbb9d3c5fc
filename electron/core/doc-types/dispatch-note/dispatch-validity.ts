import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, SettingEntity, type DocumentRow } from '../../db/entities'
import { advanceDocument } from '../../workflow/advance'
import type { ActionContext } from '../../workflow/document-kind'
import type { DispatchNoteRow } from './dispatch-note-entities'

// R8: a dispatch note carries a valid-until day (Asia/Shanghai). Decided from the date, not the state:
// a note is expired once today is after its valid-until day — at read (the body's 已过期), for the
// reservation and the exposure (an expired note holds neither), and at posting (the outbound slip calls
// assertNotExpired). The state 已过期 only files it: the daily run (expireDispatchNotes) moves it, so lists
// and R19's closing see it; nothing depends on the run having happened.

/** The setting with the default validity in days (7 unless the office sets it). */
export const VALID_DAYS_SETTING = 'dispatch.validDays'
export const DEFAULT_VALID_DAYS = 7

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export async function defaultValidUntil(em: EntityManager, today: string): Promise<string> {
  const row = await em.getRepository(SettingEntity).findOneBy({ key: VALID_DAYS_SETTING })
  const days = row && /^\d{1,3}$/.test(row.value) ? Number(row.value) : DEFAULT_VALID_DAYS
  return addDays(today, days)
}

export const isExpired = (validUntil: string, today: string) => validUntil < today

/** At save and submit: a note already past its validity is not issued. */
export function assertValidUntilNotPast(validUntil: string, today: string): void {
  if (isExpired(validUntil, today))
    throw new AppError('DISPATCH_VALID_UNTIL_PAST', `有效期至 ${validUntil} 已早于今天 ${today}，请重新选择有效期`, { validUntil, today })
}

/** R10 (the outbound slip's posting calls this): an expired note is not posted, whatever its state says. */
export function assertNotExpired(doc: Pick<DocumentRow, 'docNo'>, note: Pick<DispatchNoteRow, 'validUntil'>, today: string): void {
  if (isExpired(note.validUntil, today))
    throw new AppError('DISPATCH_EXPIRED', `发货单 ${doc.docNo} 有效期至 ${note.validUntil}，今天 ${today} 已过期，不能出库；请作废后重新开具`, {
      validUntil: note.validUntil, today,
    })
}

/**
 * The daily run (daily-work.ts, at start-up and on the day's change): approved or partly posted notes past
 * their validity move to 已过期 (one audit event each, R21), which ends their reservation and closes the
 * warehouse's 出库 task. Without `ctx.user` the note's drafter is the actor, as in the generator: the
 * closed task and the audit event need a person, and the note expired on its drafter's watch.
 */
export async function expireDispatchNotes(em: EntityManager, today: string, ctx: { at: Date; user?: ActionContext['user'] }): Promise<number> {
  const rows = await readRows<{ id: number }>(
    em,
    `SELECT d.id FROM documents d JOIN dispatch_notes n ON n.document_id = d.id
     WHERE d.doc_type = 'dispatchNote' AND d.state IN ('approved', 'partlyPosted') AND d.closed_at IS NULL AND n.valid_until < :today ORDER BY d.id`,
    { today },
  )
  for (const { id } of rows) {
    const doc = await em.getRepository(DocumentEntity).findOneByOrFail({ id: Number(id) })
    const user = ctx.user ?? { id: doc.drafterUserId, name: doc.drafterName, login: '', roles: [], mustChangePassword: false }
    await advanceDocument(em, doc, 'expire', { at: ctx.at, user })
  }
  return rows.length
}
