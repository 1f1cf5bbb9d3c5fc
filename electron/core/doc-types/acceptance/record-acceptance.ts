import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { shanghaiToday } from '../../policy/shanghai-day'
import { applyAction, loadDocument, loadDocumentToDecide } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { rectificationOf } from '../rectification/rectification-kind'
import { workOrderLinesOf, workOrderOf } from '../work-order/work-order-kind'
import { AcceptanceEntity, AcceptanceLineEntity } from './acceptance-entities'
import { acceptableLines, acceptanceLinesOf, lineFails } from './acceptance-lines'
import { acceptanceKind } from './acceptance-kind'

type Input = ParsedInputOf<'acceptances.record'>
type LineSource = { workOrderLineNo: number; contractLineNo: number; productId: number; productCode: string; productName: string; spec: string; unit: string }

/** The work order, locked (two reports of one order are checked one after the other), and 已完工. */
export async function completedWorkOrder(em: EntityManager, workOrderId: number): Promise<DocumentRow> {
  const doc = await loadDocumentToDecide(em, workOrderId)
  if (doc.docType !== 'workOrder') throw new AppError('DOCUMENT_NOT_FOUND')
  if (doc.state !== 'completed' || doc.closedAt)
    throw new AppError(
      'ACCEPTANCE_WORK_ORDER_NOT_COMPLETED',
      `派工单 ${doc.docNo} 为「${stateLabel(doc.docType, doc.state, Boolean(doc.closedAt))}」，只有已完工的派工单才能验收；请先记录安装结果`,
      { state: doc.state },
    )
  return doc
}

/** R13: a first acceptance: each line on the work order, within what it installs less live reports. */
async function firstAcceptanceLines(em: EntityManager, order: DocumentRow, input: Input): Promise<LineSource[]> {
  const acceptable = await acceptableLines(em, order.id)
  const sources = new Map((await workOrderLinesOf(em, order.id)).map((l) => [l.lineNo, l]))
  return input.lines.map((line) => {
    const a = acceptable.find((x) => x.workOrderLineNo === line.workOrderLineNo)
    const source = sources.get(line.workOrderLineNo)
    if (!a || !source) throw new AppError('ACCEPTANCE_LINE_UNKNOWN', `第 ${line.workOrderLineNo} 行不在派工单 ${order.docNo} 中，请刷新后重新选择`)
    if (line.quantity > a.remaining)
      throw new AppError(
        'ACCEPTANCE_OVER_INSTALLED',
        `${a.productName}（${a.productCode}）派工单 ${order.docNo} 安装 ${a.installed} ${a.unit}，已验收 ${a.accounted}，尚可验收 ${a.remaining}，本次 ${line.quantity}，请核对数量`,
        { workOrderLineNo: line.workOrderLineNo, remaining: a.remaining, quantity: line.quantity },
      )
    const { contractLineNo, productId, productCode, productName, spec, unit } = source
    return { workOrderLineNo: source.lineNo, contractLineNo, productId, productCode, productName, spec, unit }
  })
}

/** R13: a re-acceptance (复验) checks again exactly the failed lines of an answered rectification of this work order. */
async function reacceptanceLines(em: EntityManager, order: DocumentRow, rectificationId: number, input: Input): Promise<LineSource[]> {
  const rectDoc = await loadDocumentToDecide(em, rectificationId)
  if (rectDoc.docType !== 'rectification') throw new AppError('DOCUMENT_NOT_FOUND')
  const rect = await rectificationOf(em, rectDoc)
  if (rect.workOrderId !== order.id) throw new AppError('REACCEPTANCE_LINES_MISMATCH', `整改单 ${rectDoc.docNo} 不属于派工单 ${order.docNo}`)
  if (rectDoc.state !== 'answered')
    throw new AppError(
      'REACCEPTANCE_NOT_ANSWERED',
      `整改单 ${rectDoc.docNo} 为「${stateLabel(rectDoc.docType, rectDoc.state)}」，答复整改后才能复验`,
      { state: rectDoc.state },
    )
  const [pending] = await readRows<{ doc_no: string }>(
    em,
    `SELECT d.doc_no FROM acceptances a JOIN documents d ON d.id = a.document_id WHERE a.rectification_id = :id AND d.state <> 'voided'`,
    { id: rectDoc.id },
  )
  if (pending) throw new AppError('REACCEPTANCE_NOT_ANSWERED', `整改单 ${rectDoc.docNo} 已有复验报告 ${pending.doc_no}`)
  const failed = (await acceptanceLinesOf(em, rect.acceptanceId)).filter(lineFails)
  const same =
    failed.length === input.lines.length &&
    failed.every((f) => input.lines.some((l) => l.workOrderLineNo === f.workOrderLineNo && l.quantity === f.quantity))
  if (!same)
    throw new AppError(
      'REACCEPTANCE_LINES_MISMATCH',
      `整改单 ${rectDoc.docNo} 的不合格行为 ${failed.map((f) => `第 ${f.workOrderLineNo} 行 ${f.productName} ${f.quantity} ${f.unit}`).join('、')}，复验须逐行覆盖、数量相同`,
    )
  return failed.map((f) => ({ workOrderLineNo: f.workOrderLineNo, contractLineNo: f.contractLineNo, productId: f.productId, productCode: f.productCode, productName: f.productName, spec: f.spec, unit: f.unit }))
}

/**
 * R13: service records the customer's acceptance of a completed work order: the signatory and day (not in
 * the future, not before the work was completed), per line the quantity received and the two checks; a failed
 * check needs what is wrong and who must answer. Made from the work order (R24: it can no longer be voided)
 * and, for a re-acceptance, from the rectification; submitted in the same transaction (recorded at once,
 * unless late: acceptance-chain.ts).
 */
export async function recordAcceptance(em: EntityManager, input: Input, ctx: ActionContext): Promise<DocumentRow> {
  const order = await completedWorkOrder(em, input.workOrderId)
  const wo = await workOrderOf(em, order)
  const today = shanghaiToday(ctx.at)
  if (input.signedOn > today) throw new AppError('ACCEPTANCE_DATE_IN_FUTURE', `客户签字日期 ${input.signedOn} 晚于今天 ${today}，请核对`)
  if (wo.completedOn && input.signedOn < wo.completedOn)
    throw new AppError('ACCEPTANCE_BEFORE_COMPLETION', `客户签字日期 ${input.signedOn} 早于派工单 ${order.docNo} 的完工日期 ${wo.completedOn}，请核对`)
  const failing = input.lines.filter(lineFails)
  const unexplained = failing.find((l) => !l.problem)
  if (unexplained) throw new AppError('ACCEPTANCE_PROBLEM_MISSING', `第 ${unexplained.workOrderLineNo} 行验收不合格，请写明问题（整改内容）`)
  if (failing.length > 0 && !input.responsible) throw new AppError('ACCEPTANCE_PROBLEM_MISSING', `有 ${failing.length} 行验收不合格，请填写整改责任人`)

  const sources = input.rectificationId === undefined ? await firstAcceptanceLines(em, order, input) : await reacceptanceLines(em, order, input.rectificationId, input)
  const from = [{ id: order.id, kind: 'madeFrom' as const }, ...(input.rectificationId === undefined ? [] : [{ id: input.rectificationId, kind: 'madeFrom' as const }])]
  const doc = await createDocument(em, { docType: 'acceptance', title: `验收 ${order.customerName ?? ''}`.trim(), customerName: order.customerName, amountFen: null, from }, ctx)
  await em.getRepository(AcceptanceEntity).insert({
    documentId: doc.id, workOrderId: order.id, contractId: wo.contractId, customerId: wo.customerId, signatory: input.signatory, signedOn: input.signedOn,
    paperRef: input.paperRef ?? null, remark: input.remark ?? null, responsible: failing.length > 0 ? input.responsible! : null,
    rectificationId: input.rectificationId ?? null, recordedAt: null,
  })
  await em.getRepository(AcceptanceLineEntity).insert(
    input.lines.map((l, i) => {
      const s = sources.find((x) => x.workOrderLineNo === l.workOrderLineNo)!
      return {
        documentId: doc.id, lineNo: i + 1, workOrderLineNo: l.workOrderLineNo, contractLineNo: s.contractLineNo, productId: s.productId, productCode: s.productCode,
        productName: s.productName, spec: s.spec, unit: s.unit, quantity: l.quantity, appearanceOk: l.appearanceOk, functionOk: l.functionOk,
        problem: lineFails(l) ? l.problem! : (l.problem ?? null),
      }
    }),
  )
  await applyAction(em, acceptanceKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return loadDocument(em, doc.id)
}
