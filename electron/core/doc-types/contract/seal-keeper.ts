import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import { readCompany } from '../../admin/company-profile'

/**
 * R4: the contract seal is in its keeper's hands (company data, 合同章保管人), so when the administrator
 * has named one, the keeper alone records its use; with no keeper named, anyone who may use it does.
 * Read in the use's transaction, so a keeper changed at the same moment is seen either before or after.
 */
export async function assertSealKeeper(em: EntityManager, userId: number): Promise<void> {
  const { sealKeeperUserId, sealKeeperName } = await readCompany(em)
  if (sealKeeperUserId === null || sealKeeperUserId === userId) return
  const keeper = sealKeeperName ?? `#${sealKeeperUserId}`
  throw new AppError('SEAL_KEEPER_ONLY', `合同章由 ${keeper} 保管，用印须由 ${keeper} 登记；请把合同交给 ${keeper} 办理`, { sealKeeperUserId, sealKeeperName: keeper })
}
