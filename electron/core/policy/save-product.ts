import type { EntityManager } from 'typeorm'
import type { ProductDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { appendAuditEvent } from '../audit/append-audit-event'
import { ProductEntity } from '../db/entities'
import { lockKey } from '../db/locks'
import { productDto } from './product-dto'
import { foldLatin } from '../db/latin-fold'

export interface ProductInput {
  id?: number | undefined
  code: string
  name: string
  spec: string
  unit: string
  active: boolean
}

export interface Actor {
  at: Date
  user: { id: number; name: string }
  role: RoleKey | null
}

/** Product codes are unique whatever the letter case: "ab-1" and "AB-1" would be the same part on paper. */
async function assertCodeFree(em: EntityManager, code: string, exceptId: number | null): Promise<void> {
  // Locked (locks.ts) so that two saves of one code at once give one product and PRODUCT_CODE_TAKEN; folded in
  // TypeScript, as every case-blind comparison is (latin-fold.ts): the same on both backends.
  const folded = foldLatin(code)
  await lockKey(em, `products.code:${folded}`)
  const q = em.createQueryBuilder(ProductEntity, 'p').where('lower(p.code) = :code', { code: folded })
  if (exceptId !== null) q.andWhere('p.id <> :exceptId', { exceptId })
  if ((await q.getCount()) > 0) throw new AppError('PRODUCT_CODE_TAKEN')
}

/** Creates a product, or updates one by id; one audit event either way (R21). */
export async function saveProduct(em: EntityManager, input: ProductInput, actor: Actor): Promise<ProductDto> {
  const repo = em.getRepository(ProductEntity)
  const now = actor.at.toISOString()
  const fields = { code: input.code, name: input.name, spec: input.spec, unit: input.unit, active: input.active }
  const audit = (action: string, entityId: number, details: Record<string, unknown>) =>
    appendAuditEvent(em, { at: actor.at, actor: actor.user, role: actor.role, action, entityType: 'product', entityId, details })

  if (input.id === undefined) {
    await assertCodeFree(em, input.code, null)
    const { identifiers } = await repo.insert({ ...fields, createdAt: now, updatedAt: now })
    const id = Number(identifiers[0]?.id)
    await audit('product.create', id, fields)
    return productDto(em, id)
  }

  const before = await repo.findOneBy({ id: input.id })
  if (!before) throw new AppError('PRODUCT_NOT_FOUND')
  await assertCodeFree(em, input.code, before.id)
  await repo.update({ id: before.id }, { ...fields, updatedAt: now })
  const changed = Object.fromEntries(
    (Object.keys(fields) as Array<keyof typeof fields>).filter((k) => before[k] !== fields[k]).map((k) => [k, { from: before[k], to: fields[k] }]),
  )
  await audit('product.update', before.id, changed)
  return productDto(em, before.id)
}
