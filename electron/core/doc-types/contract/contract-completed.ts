import { collectedFenSql } from '../payment/contract-money'
import { invoicedFenSql } from '../invoice/invoiced-sql'

/**
 * R19: a contract shipped in full (已发货, or 已验收) is completed — and the month-end closing closes it —
 * once it is also collected and invoiced in full, and, where it asks for installation, accepted (R13).
 * Until then it "still waits" (CoreDocType.closingWaits: an SQL condition on the `documents` row).
 */
export const contractStillOpenSql = `NOT EXISTS (SELECT 1 FROM contracts c WHERE c.document_id = documents.id
  AND ${collectedFenSql('c')} >= c.amount_fen AND ${invoicedFenSql('c')} >= c.amount_fen
  AND (c.installation_needed = 0 OR documents.state = 'accepted'))`
