import { IsNull, type EntityManager } from 'typeorm'
import { IN_PRODUCTION_STATES, SIGNED_NOTICE_STATES } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { readRows } from '../../db/driver-query'
import { TaskEntity, type DocumentRow } from '../../db/entities'
import { advanceDocument } from '../../workflow/advance'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { ActionContext } from '../../workflow/document-kind'
import { closeOpenTasks, openFollowUpTask } from '../../workflow/tasks'
import { CERTIFY_NOTICE, MAKE_NOTICE, STOCK_NOTICE, uncertifiedSql } from './notice-task'
import { ProductionNoticeEntity } from './production-notice-entities'

// R6 → R7: what happens to a signed production notice as its goods are certified and stocked, and what
// its voiding does to its contract. Every state move is a transition of the types' lifecycles (advanceDocument).

const inProduction = (doc: DocumentRow) => (IN_PRODUCTION_STATES as readonly string[]).includes(doc.state) && doc.closedAt === null

/** Signed: qc certifies its goods (出具合格证) and production stocks them (成品入库) — a task for each role. */
export async function openNoticeTasks(em: EntityManager, notice: DocumentRow, ctx: ActionContext): Promise<void> {
  await openFollowUpTask(em, notice, CERTIFY_NOTICE, ctx.at)
  await openFollowUpTask(em, notice, STOCK_NOTICE, ctx.at)
}

/**
 * qc's task on the notice is open exactly while it is in production and the live certificates naming it
 * do not cover every product's quantity: a certificate issued closes it, one voided may open it again.
 */
export async function syncCertifyTask(em: EntityManager, noticeId: number, ctx: ActionContext, action: string): Promise<void> {
  const notice = await loadDocumentToDecide(em, noticeId)
  const [row] = await readRows<{ due: number | boolean }>(em, `SELECT CASE WHEN ${uncertifiedSql(':id')} THEN 1 ELSE 0 END AS due`, { id: noticeId })
  const due = inProduction(notice) && Number(row?.due) === 1
  const open = await em.getRepository(TaskEntity).countBy({ documentId: noticeId, role: CERTIFY_NOTICE.role, closedAt: IsNull() })
  if (!due && open) await closeOpenTasks(em, noticeId, ctx.user.id, action, ctx.at, CERTIFY_NOTICE.role)
  if (due && !open) await openFollowUpTask(em, notice, CERTIFY_NOTICE, ctx.at)
}

/** Each product of the notice: its quantity and what posted (approved) inbound slips against it entered. */
async function postedAgainst(em: EntityManager, noticeId: number) {
  return readRows<{ product_id: number; ordered: number | string; posted: number | string }>(
    em,
    `SELECT o.product_id, o.quantity AS ordered, coalesce(p.quantity, 0) AS posted
     FROM (SELECT product_id, sum(quantity) AS quantity FROM production_notice_lines WHERE document_id = :id GROUP BY product_id) o
     LEFT JOIN (SELECT l.product_id, sum(l.quantity) AS quantity
                FROM inbounds i JOIN documents d ON d.id = i.document_id JOIN inbound_lines l ON l.document_id = i.document_id
                WHERE i.source_notice_id = :id AND d.state = 'approved' GROUP BY l.product_id) p ON p.product_id = o.product_id`,
    { id: noticeId },
  )
}

/**
 * R7: an inbound slip against the notice is posted — the notice is 已入库 once posted slips cover every
 * product (its tasks are done), else 部分入库 (its tasks go on). Only posting moves it: a slip is voided
 * only before it is posted (inbound-type.ts), and then nothing it did needs undoing.
 */
export async function noticeStockPosted(em: EntityManager, noticeId: number, ctx: ActionContext): Promise<void> {
  const notice = await loadDocumentToDecide(em, noticeId)
  const covered = (await postedAgainst(em, noticeId)).every((r) => Number(r.posted) >= Number(r.ordered))
  if (covered) await advanceDocument(em, notice, 'stocked', ctx, 'inbound')
  else if (notice.state === 'approved') await advanceDocument(em, notice, 'partlyStocked', ctx, 'inbound')
}

/**
 * R24: a signed notice is voided (no live inbound slip is made from it). If no other live signed notice of
 * its contract remains, the contract is no longer 已排产: back to 已签订, in the planner's 待办 again.
 */
export async function noticeVoided(em: EntityManager, notice: DocumentRow, ctx: ActionContext): Promise<void> {
  const { contractId } = await em.getRepository(ProductionNoticeEntity).findOneByOrFail({ documentId: notice.id })
  const contract = await loadDocumentToDecide(em, contractId)
  if (contract.state !== 'scheduled') return
  const [other] = await readRows<{ n: number | string }>(
    em,
    `SELECT count(*) AS n FROM production_notices n JOIN documents d ON d.id = n.document_id
     WHERE n.contract_id = :contractId AND n.document_id <> :id AND d.state IN (:...signed)`,
    { contractId, id: notice.id, signed: SIGNED_NOTICE_STATES },
  )
  if (Number(other?.n) > 0) return
  const back = await advanceDocument(em, contract, 'noticesVoided', ctx, 'void')
  await openFollowUpTask(em, back, MAKE_NOTICE, ctx.at)
}
