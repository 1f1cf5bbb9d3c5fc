import { Foundation1763800000000 } from './1763800000000-foundation'
import { ContractChain1763900000000 } from './1763900000000-contract-chain'
import { QueueSearch1764000000000 } from './1764000000000-queue-search'
import { CustomerSearchFold1764100000000 } from './1764100000000-customer-search-fold'
import { DocumentLinks1764300000000 } from './1764300000000-document-links'
import { ByteOrderText1764350000000 } from './1764350000000-byte-order-text'
import { InfixSearch1764400000000 } from './1764400000000-infix-search'
import { CustomerNameSortKey1764480000000 } from './1764480000000-customer-name-sort-key'
import { Deputies1764500000000 } from './1764500000000-deputies'
import { ChainVersions1764600000000 } from './1764600000000-chain-versions'
import { Payments1765000000000 } from './1765000000000-payments'
import { ProductionNotices1765050000000 } from './1765050000000-production-notices'
import { GoodsInStock1765100000000 } from './1765100000000-goods-in-stock'
import { CertificateNotice1765150000000 } from './1765150000000-certificate-notice'
import { DispatchNotes1765200000000 } from './1765200000000-dispatch-notes'
import { OutboundSlips1765300000000 } from './1765300000000-outbound-slips'

/** In order. Listed explicitly (no glob): the main process is one bundle. */
export const migrations = [Foundation1763800000000, ContractChain1763900000000, QueueSearch1764000000000, CustomerSearchFold1764100000000, DocumentLinks1764300000000, ByteOrderText1764350000000, InfixSearch1764400000000, CustomerNameSortKey1764480000000, Deputies1764500000000, ChainVersions1764600000000, Payments1765000000000, ProductionNotices1765050000000, GoodsInStock1765100000000, CertificateNotice1765150000000, DispatchNotes1765200000000, OutboundSlips1765300000000]
