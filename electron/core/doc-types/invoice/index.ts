import type { EntitySchema } from 'typeorm'
import type { invoiceApi } from '../../../../shared/doc-types/invoice/invoice-api'
import type { CoreDocType } from '../core-doc-type'
import { invoiceChain } from './invoice-chain'
import { InvoiceRedLetterEntity, InvoiceRequestEntity, InvoiceThresholdEntity } from './invoice-entities'
import { invoiceHandlers } from './invoice-handlers'
import { invoiceIntegrity } from './invoice-integrity'
import { invoiceKind } from './invoice-kind'

export const invoiceCore: CoreDocType<keyof typeof invoiceApi> = {
  kind: invoiceKind,
  entities: [InvoiceRequestEntity, InvoiceRedLetterEntity, InvoiceThresholdEntity] as Array<EntitySchema<never>>,
  handlers: invoiceHandlers,
  defaultChain: invoiceChain,
  integrity: invoiceIntegrity,
}
