import type { EntityManager } from 'typeorm'
import type { CompanyProfile, CompanyView } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { SettingEntity, UserEntity } from '../db/entities'
import { COMPANY_NAME } from '../db/entities/setting'
import { lockKey, lockRow } from '../db/locks'
import type { SignedInContext } from '../router/call-context'

// Company data lives in `settings`, one row per field (system.setup writes the name; the rest are
// added here by the administrator). Keys are the fields' names under "company.".
const KEYS: Record<keyof CompanyProfile, string> = {
  name: COMPANY_NAME,
  address: 'company.address',
  taxNumber: 'company.taxNumber',
  bankName: 'company.bankName',
  bankAccount: 'company.bankAccount',
  sealKeeperUserId: 'company.sealKeeperUserId',
}
const FIELDS = Object.keys(KEYS) as (keyof CompanyProfile)[]

export async function readCompany(em: EntityManager): Promise<CompanyView> {
  const rows = await em.getRepository(SettingEntity).find()
  const value = (field: keyof CompanyProfile) => rows.find((r) => r.key === KEYS[field])?.value ?? ''
  const keeperText = value('sealKeeperUserId')
  const sealKeeperUserId = keeperText ? Number(keeperText) : null
  const keeper = sealKeeperUserId ? await em.getRepository(UserEntity).findOneBy({ id: sealKeeperUserId }) : null
  return {
    name: value('name'),
    address: value('address'),
    taxNumber: value('taxNumber'),
    bankName: value('bankName'),
    bankAccount: value('bankAccount'),
    sealKeeperUserId,
    sealKeeperName: keeper?.name ?? null,
  }
}

/** R4: the seal's keeper must be someone who can sign in today. Locked, so a disable cannot slip in between. */
async function assertKeeper(em: EntityManager, userId: number): Promise<void> {
  await lockRow(em, 'users', userId)
  const user = await em.getRepository(UserEntity).findOneBy({ id: userId })
  if (!user) throw new AppError('SEAL_KEEPER_NOT_FOUND')
  if (user.disabled) throw new AppError('SEAL_KEEPER_DISABLED', `${user.name} 的账号已停用，不能保管合同章；请另选一位在用的用户`)
}

/**
 * Saves the company data; R21: one audit event naming each field that changed, before and after
 * (none when nothing changed). Two administrators saving at once run one after the other.
 */
export async function saveCompany(em: EntityManager, input: CompanyProfile, ctx: SignedInContext): Promise<CompanyView> {
  await lockKey(em, 'settings.company')
  if (input.sealKeeperUserId !== null) await assertKeeper(em, input.sealKeeperUserId)
  const before = await readCompany(em)
  const changes: Record<string, { from: string | number | null; to: string | number | null }> = {}
  const repo = em.getRepository(SettingEntity)
  for (const field of FIELDS) {
    const to = input[field]
    if (before[field] === to) continue
    changes[field] = { from: before[field], to }
    await repo.upsert({ key: KEYS[field], value: to === null ? '' : String(to) }, ['key'])
  }
  if (Object.keys(changes).length)
    await appendAuditEvent(em, { at: ctx.at, actor: ctx.user, role: 'admin', action: 'company.update', entityType: 'settings', entityId: null, details: changes })
  return readCompany(em)
}
