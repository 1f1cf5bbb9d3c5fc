import type { EntityManager } from 'typeorm'
import type { AcceptableLineDto } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { readRows } from '../../db/driver-query'
import { findRowsBy } from '../../db/find-rows'
import { WorkOrderLineEntity } from '../work-order/work-order-entities'
import { AcceptanceLineEntity } from './acceptance-entities'

// R13: a work order line is accepted once, in the quantity it installs; a failed quantity is not accepted
// again but re-accepted (复验) against its rectification. So what remains is installed less what live
// (not voided) first acceptances of the work order already account for, passed or failed.

/** On live first acceptances (not re-acceptances) of the work order, other than `exclude`, per work order line. */
export const ACCOUNTED_BY_LINE_SQL = `SELECT l.work_order_line_no, sum(l.quantity) AS quantity
  FROM acceptances a JOIN documents d ON d.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
  WHERE a.work_order_id = :workOrderId AND a.rectification_id IS NULL AND d.state <> 'voided' AND a.document_id <> :exclude
  GROUP BY l.work_order_line_no`

export async function acceptableLines(em: EntityManager, workOrderId: number, exclude = 0): Promise<AcceptableLineDto[]> {
  const lines = await findRowsBy(em, WorkOrderLineEntity, { documentId: workOrderId }, { lineNo: 'ASC' })
  const rows = await readRows<{ work_order_line_no: number; quantity: number | string }>(em, ACCOUNTED_BY_LINE_SQL, { workOrderId, exclude })
  const accounted = new Map(rows.map((r) => [Number(r.work_order_line_no), Number(r.quantity ?? 0)]))
  return lines.map((l) => {
    const a = accounted.get(l.lineNo) ?? 0
    return {
      workOrderLineNo: l.lineNo, contractLineNo: l.contractLineNo, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit,
      installed: l.quantity, accounted: a, remaining: Math.max(0, l.quantity - a),
    }
  })
}

export const acceptanceLinesOf = (em: EntityManager, id: number) => findRowsBy(em, AcceptanceLineEntity, { documentId: id }, { lineNo: 'ASC' })

/** A line fails when either check fails (R13: a failed check opens the rectification). */
export const lineFails = (l: { appearanceOk: boolean; functionOk: boolean }) => !l.appearanceOk || !l.functionOk
