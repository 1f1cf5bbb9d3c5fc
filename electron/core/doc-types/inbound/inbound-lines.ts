import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { ProductEntity, type ProductRow } from '../../db/entities'
import { certificateById, lockCertificate } from './qc-certificates'

type LineInput = ParsedInputOf<'inbound.create'>['lines'][number]

export interface CheckedLine {
  product: ProductRow
  quantity: number
  certificateId: number
}

/**
 * R7: every line enters stock with a valid certificate issued by qc — of the line's product, for at least
 * its quantity, not voided, and on no other live inbound slip. Each certificate is locked first
 * (qc-certificates.ts), so of two slips using one certificate at once the second sees the first's line,
 * and qc cannot void it in between. The message names the line and the deciding figures.
 */
export async function checkInboundLines(em: EntityManager, lines: readonly LineInput[]): Promise<CheckedLine[]> {
  const ids = lines.flatMap((l) => (l.certificateId === undefined ? [] : [l.certificateId]))
  // Locked in id order, so two slips locking the same certificates never wait on each other in a circle.
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) await lockCertificate(em, id)
  const seen = new Set<number>()
  const checked: CheckedLine[] = []
  for (const [i, line] of lines.entries()) {
    const at = `第 ${i + 1} 行`
    const product = await em.getRepository(ProductEntity).findOneBy({ id: line.productId })
    if (!product) throw new AppError('PRODUCT_NOT_FOUND', `${at}：找不到该产品，请刷新后重试`)
    if (line.certificateId === undefined)
      throw new AppError('CERTIFICATE_MISSING', `${at}（${product.name} ${line.quantity}${product.unit}）没有合格证，不能入库（R7）；请选择质检员签发的合格证`, { line: i + 1 })
    if (seen.has(line.certificateId)) throw new AppError('CERTIFICATE_REPEATED', `${at}：该合格证已用于本单的另一行，请每行使用不同的合格证`, { line: i + 1 })
    seen.add(line.certificateId)
    const cert = await certificateById(em, line.certificateId)
    if (!cert) throw new AppError('CERTIFICATE_NOT_FOUND', `${at}：找不到该合格证，请核对合格证编号`, { line: i + 1 })
    if (cert.status === 'voided') throw new AppError('CERTIFICATE_VOIDED', `${at}：合格证 ${cert.certNo} 已作废，不能用于入库`, { line: i + 1 })
    if (cert.status === 'used')
      throw new AppError('CERTIFICATE_USED', `${at}：合格证 ${cert.certNo} 已被入库单 ${cert.usedByDocNo} 使用，一张合格证只能入库一次（R7）`, {
        line: i + 1, usedByDocNo: cert.usedByDocNo,
      })
    if (cert.productId !== product.id)
      throw new AppError('CERTIFICATE_WRONG_PRODUCT', `${at}：合格证 ${cert.certNo} 是 ${cert.productName}（${cert.productCode}）的，入库行是 ${product.name}（${product.code}）；请选择该产品的合格证`, {
        line: i + 1,
      })
    if (line.quantity > cert.quantity)
      throw new AppError('CERTIFICATE_QUANTITY_EXCEEDED', `${at}：入库 ${line.quantity}${product.unit}，合格证 ${cert.certNo} 只有 ${cert.quantity}${product.unit} 合格，多出 ${line.quantity - cert.quantity}${product.unit}；请按合格证数量入库`, {
        line: i + 1, quantity: line.quantity, certificateQuantity: cert.quantity,
      })
    checked.push({ product, quantity: line.quantity, certificateId: cert.id })
  }
  return checked
}
