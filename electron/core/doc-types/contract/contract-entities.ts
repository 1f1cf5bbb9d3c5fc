import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from '../../db/entities/columns'
import { lineEntity } from '../../db/entities/document-line'
import { termsColumns, type TermsColumns } from '../application/application-entities'

// R4: the contract copies its application's customer, lines, amounts and terms; the seal register.

export interface ContractRow extends TermsColumns {
  documentId: number; applicationId: number; customerId: number; customerContractNo: string; signedOn: string
  amountFen: number; salespersonUserId: number; salespersonName: string
}
export interface SealUsageRow { id: number; contractId: number; usedByUserId: number; usedByName: string; usedAt: string; copies: number; purpose: string }

export const ContractEntity = new EntitySchema<ContractRow>({
  name: 'Contract',
  tableName: 'contracts',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    applicationId: { name: 'application_id', type: 'integer', unique: true },
    customerId: { name: 'customer_id', type: 'integer' },
    customerContractNo: { name: 'customer_contract_no', type: 'varchar', length: 40 },
    signedOn: { name: 'signed_on', type: 'varchar', length: 10 },
    amountFen: { ...fen(), name: 'amount_fen' },
    salespersonUserId: { name: 'salesperson_user_id', type: 'integer' },
    salespersonName: { name: 'salesperson_name', type: 'varchar', length: 32 },
    ...termsColumns,
  },
  foreignKeys: [
    { name: 'fk_contracts_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_contracts_application', target: 'Document', columnNames: ['applicationId'], referencedColumnNames: ['id'] },
    { name: 'fk_contracts_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_contracts_signed_on', columns: ['signedOn'] },
    { name: 'idx_contracts_customer', columns: ['customerId', 'signedOn'] },
    { name: 'idx_contracts_salesperson', columns: ['salespersonUserId', 'signedOn'] },
  ],
})

export const SealUsageEntity = new EntitySchema<SealUsageRow>({
  name: 'SealUsage',
  tableName: 'seal_usages',
  columns: {
    id: idColumn,
    contractId: { name: 'contract_id', type: 'integer' },
    usedByUserId: { name: 'used_by_user_id', type: 'integer' },
    usedByName: { name: 'used_by_name', type: 'varchar', length: 32 },
    usedAt: { ...timestamp(), name: 'used_at' },
    copies: { type: 'integer' },
    purpose: { type: 'varchar', length: 100 },
  },
  foreignKeys: [{ name: 'fk_seal_usages_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_seal_usages_used_at', columns: ['usedAt'] }, { name: 'idx_seal_usages_contract', columns: ['contractId'] }],
})

export const ContractLineEntity = lineEntity('ContractLine', 'contract_lines')
