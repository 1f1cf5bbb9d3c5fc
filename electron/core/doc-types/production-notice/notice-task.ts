/** R6: a signed contract waits in the planner's 待办 until a production notice for it is signed (已排产). */
export const MAKE_NOTICE = { stepKey: 'make_notice', stepName: '编制生产通知单', role: 'planner' } as const

/** R6 → R7: a signed notice waits in qc's 待办 until certificates issued for it cover its quantities. */
export const CERTIFY_NOTICE = { stepKey: 'certify_notice', stepName: '出具合格证', role: 'qc' } as const

/** R6 → R7: a signed notice waits in production's 待办 until posted inbound slips cover it (已入库) or it is voided. */
export const STOCK_NOTICE = { stepKey: 'stock_notice', stepName: '成品入库', role: 'production' } as const

/**
 * SQL (both databases): the notice `noticeId` (an SQL expression) has a product whose quantity on the
 * notice is more than the live (not voided) certificates naming the notice give for it — qc's task is due.
 */
export const uncertifiedSql = (noticeId: string) => `EXISTS (
  SELECT 1 FROM production_notice_lines nl WHERE nl.document_id = ${noticeId} GROUP BY nl.product_id
  HAVING sum(nl.quantity) > coalesce((SELECT sum(c.quantity) FROM qc_certificates c
    WHERE c.production_notice_id = ${noticeId} AND c.product_id = nl.product_id AND c.voided_at IS NULL), 0))`
