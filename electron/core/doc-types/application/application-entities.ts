import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm'
import { bool, fen } from '../../db/entities/columns'
import { lineEntity } from '../../db/entities/document-line'

/** Payment terms and delivery shared by the application and the contract made from it (R4). */
export interface TermsColumns {
  prepaymentBps: number; prepaymentFen: number; instalments: string; installationNeeded: boolean
  nonStandardTerms: string | null; deliveryDate: string
}
export const termsColumns: Record<keyof TermsColumns, EntitySchemaColumnOptions> = {
  prepaymentBps: { name: 'prepayment_bps', type: 'integer' },
  prepaymentFen: { ...fen(), name: 'prepayment_fen' },
  instalments: { type: 'text' },
  installationNeeded: { ...bool, name: 'installation_needed', default: undefined },
  nonStandardTerms: { name: 'non_standard_terms', type: 'text', nullable: true },
  deliveryDate: { name: 'delivery_date', type: 'varchar', length: 10 },
}

export interface ApplicationRow extends TermsColumns { documentId: number; customerId: number; priceListId: number; note: string | null }

export const ApplicationEntity = new EntitySchema<ApplicationRow>({
  name: 'Application',
  tableName: 'applications',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    customerId: { name: 'customer_id', type: 'integer' },
    priceListId: { name: 'price_list_id', type: 'integer' },
    ...termsColumns,
    note: { type: 'text', nullable: true },
  },
  foreignKeys: [
    { name: 'fk_applications_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_applications_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
    { name: 'fk_applications_price_list', target: 'PriceList', columnNames: ['priceListId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_applications_customer', columns: ['customerId'] }],
})

export const ApplicationLineEntity = lineEntity('ApplicationLine', 'application_lines')
