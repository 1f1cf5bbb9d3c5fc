/** 合格证 (R7): issued by qc for a quantity of one product that passed inspection. */
export interface QcCertificateDto {
  id: number
  certNo: string
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  batchNo: string
  inspectedOn: string
  inspectorName: string
  remark: string | null
  issuedAt: string
  issuedByName: string
  /** issued: waiting for an inbound; used: on a live inbound slip (usedByDocNo); voided. */
  status: 'issued' | 'used' | 'voided'
  usedByDocumentId: number | null
  usedByDocNo: string | null
  voidedAt: string | null
  voidReason: string | null
  /** R6 → R7: the production notice it was issued for, if any. */
  productionNoticeId: number | null
  productionNoticeNo: string | null
}

export const CERTIFICATE_STATUS_LABELS: Record<QcCertificateDto['status'], string> = { issued: '待入库', used: '已使用', voided: '已作废' }
