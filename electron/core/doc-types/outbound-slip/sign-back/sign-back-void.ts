import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../../shared/errors'
import type { DocumentRow } from '../../../db/entities'
import { SignedCopyEntity } from './sign-back-entities'

/**
 * R24: a slip whose signed copy is recorded (and so any receivable booked on it) is a live dependant's
 * source: the goods were received and the money may be booked — it cannot be voided. Refused with the
 * engine's own VOID_NOT_ALLOWED, naming what holds it.
 */
export async function assertNoSignBack(em: EntityManager, doc: DocumentRow): Promise<void> {
  const copy = await em.getRepository(SignedCopyEntity).findOneBy({ slipDocumentId: doc.id })
  if (!copy) return
  throw new AppError('VOID_NOT_ALLOWED', `出库单 ${doc.docNo} 已登记客户签收（${copy.signedBy} ${copy.signedOn} 签收），货已交付，不能作废`, { dependants: ['客户签收'] })
}
