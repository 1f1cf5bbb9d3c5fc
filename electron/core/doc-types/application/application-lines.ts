import type { DocumentLineDto } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import type { DocumentLineRow } from '../../db/entities'
import type { PriceListInForce } from '../../policy/price-list-in-force'

export interface LineInput {
  productId: number
  quantity: number
  unitPriceFen: number
}

/** Prices the lines from the policy in force (R1), copying list and floor prices as they are today. */
export function priceLines(lines: LineInput[], policy: PriceListInForce): Array<Omit<DocumentLineRow, 'id' | 'documentId'>> {
  return lines.map((line, index) => {
    const item = policy.items.get(line.productId)
    if (!item) throw new AppError('PRODUCT_NOT_IN_POLICY', `第 ${index + 1} 行产品不在现行价目表中，请联系总经理更新价目表`)
    if (!item.active) throw new AppError('PRODUCT_INACTIVE', `第 ${index + 1} 行产品（${item.name}）已停用`)
    const amountFen = line.quantity * line.unitPriceFen
    if (!Number.isSafeInteger(amountFen)) throw new AppError('AMOUNT_TOO_LARGE')
    return {
      lineNo: index + 1, productId: line.productId, productCode: item.code, productName: item.name, spec: item.spec, unit: item.unit,
      quantity: line.quantity, unitPriceFen: line.unitPriceFen, listPriceFen: item.listPriceFen, floorPriceFen: item.floorPriceFen, amountFen,
    }
  })
}

export function totalOf(lines: Array<{ amountFen: number }>): number {
  const total = lines.reduce((sum, l) => sum + l.amountFen, 0)
  if (!Number.isSafeInteger(total)) throw new AppError('AMOUNT_TOO_LARGE')
  return total
}

export function lineDto(row: DocumentLineRow): DocumentLineDto {
  const { id: _id, documentId: _doc, ...rest } = row
  return rest
}
