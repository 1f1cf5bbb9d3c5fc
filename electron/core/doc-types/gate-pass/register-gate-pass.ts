import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { formatShanghai } from '../../../../shared/dates'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { shanghaiToday } from '../../policy/shanghai-day'
import { applyAction, loadDocument, loadDocumentToDecide } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { slipOf } from '../outbound-slip/post-outbound'
import { GatePassEntity } from './gate-pass-entities'
import { gatePassKind } from './gate-pass-kind'
import { closeGateTask } from './gate-pass-task'

/** A time out picked to the minute on a desk whose clock runs a little ahead is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * Issue 12: the guard registers the vehicle that takes a posted outbound slip's goods out. The slip is
 * locked first, so of two guards registering one slip at once the second sees the first's pass
 * (GATE_PASS_EXISTS). The pass is made from the slip (R24: the slip cannot be voided while it stands),
 * the guard's 登记出门证 task on the slip closes, and the pass is submitted in the same transaction:
 * 已放行 at once, or to the warehouse keeper when registered after the fact (gate-pass-chain.ts).
 */
export async function registerGatePass(em: EntityManager, input: ParsedInputOf<'gatePasses.register'>, ctx: ActionContext): Promise<DocumentRow> {
  const slipDoc = await loadDocumentToDecide(em, input.outboundSlipId)
  if (slipDoc.docType !== 'outboundSlip') throw new AppError('DOCUMENT_NOT_FOUND', '所选单据不是出库单，请扫描出库单上的二维码')
  if (slipDoc.state !== 'approved')
    throw new AppError(
      'GATE_PASS_SLIP_NOT_POSTED',
      `出库单 ${slipDoc.docNo} 为「${stateLabel(slipDoc.docType, slipDoc.state)}」，只能为已出库的出库单登记出门证；货物不得放行`,
      { state: slipDoc.state },
    )
  const [existing] = await readRows<{ doc_no: string; state: string }>(
    em,
    `SELECT d.doc_no, d.state FROM gate_passes g JOIN documents d ON d.id = g.document_id
     WHERE g.outbound_slip_id = :slipId AND d.state <> 'voided' ORDER BY d.id`,
    { slipId: slipDoc.id },
  )
  if (existing)
    throw new AppError(
      'GATE_PASS_EXISTS',
      `出库单 ${slipDoc.docNo} 已登记出门证 ${existing.doc_no}（${stateLabel('gatePass', existing.state)}），一张出库单只登记一张；如车牌或司机有误，请先作废 ${existing.doc_no} 再重新登记`,
      { gatePassNo: existing.doc_no },
    )
  const slip = await slipOf(em, slipDoc)
  const leftAt = input.leftAt ? new Date(input.leftAt) : ctx.at
  if (leftAt.getTime() > ctx.at.getTime() + CLOCK_SKEW_MS)
    throw new AppError('GATE_PASS_TIME_INVALID', `出门时间 ${formatShanghai(leftAt.toISOString())} 晚于现在 ${formatShanghai(ctx.at.toISOString())}，请核对后重填`)
  if (shanghaiToday(leftAt) < slip.postedOn)
    throw new AppError('GATE_PASS_TIME_INVALID', `出门时间 ${formatShanghai(leftAt.toISOString())} 早于出库单 ${slipDoc.docNo} 的出库日期 ${slip.postedOn}，请核对后重填`)

  const doc = await createDocument(
    em,
    { docType: 'gatePass', title: `出门 ${input.vehiclePlate}`, customerName: slipDoc.customerName, amountFen: null, from: [{ id: slipDoc.id, kind: 'madeFrom' }] },
    ctx,
  )
  await em.getRepository(GatePassEntity).insert({
    documentId: doc.id, outboundSlipId: slipDoc.id, vehiclePlate: input.vehiclePlate, driverName: input.driverName, driverPhone: input.driverPhone ?? null,
    leftAt: leftAt.toISOString(), remark: input.remark ?? null,
  })
  await closeGateTask(em, slipDoc.id, ctx)
  await applyAction(em, gatePassKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return loadDocument(em, doc.id)
}
