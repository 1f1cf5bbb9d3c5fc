import type { SealUsageDto } from '../../../../shared/api'
import type { DocumentRow } from '../../db/entities'
import type { SealUsageRow } from './contract-entities'

export function sealUsageDto(row: SealUsageRow, contract: Pick<DocumentRow, 'docNo' | 'customerName'>): SealUsageDto {
  return {
    id: row.id, contractId: row.contractId, contractNo: contract.docNo, customerName: contract.customerName ?? '',
    usedByName: row.usedByName, usedAt: row.usedAt, copies: row.copies, purpose: row.purpose,
  }
}
