import { formatBps } from '../../../shared/percent'
import { ROLES, type RoleKey } from '../../../shared/roles'
import { authorityCovers, type Authority } from '../workflow/facts'

export interface DiscountVerdict {
  signerRole: RoleKey | null
  signerLimitBps: number | null
  covered: boolean
  neededRole: RoleKey | null
  text: string
}

/** Smaller authority first; null (不限) last. */
const byLimit = (a: [RoleKey, number | null], b: [RoleKey, number | null]) => (a[1] ?? Infinity) - (b[1] ?? Infinity)

/** "销售经理 5% 权限", "总经理权限（不限）", "销售经理权限（不得低于底价）". */
const limitText = (role: RoleKey, limit: number | null) =>
  limit === null ? `${ROLES[role]}权限（不限）` : limit === 0 ? `${ROLES[role]}权限（不得低于底价）` : `${ROLES[role]} ${formatBps(limit)} 权限`

/**
 * R1 价格浮动权 read for one signer: the lowest price's distance below its floor against the authority of
 * the reader's post (the largest, when they hold several), or — for a reader with none, such as the
 * drafter — against the smallest authority the price list names (the first signer's). When it does not
 * cover, the verdict names the lowest post that does: "低于底价 9.01%，超出销售经理 5% 权限，需总经理签批".
 */
export function discountVerdict(belowBps: number, authority: Authority, readerRoles: readonly RoleKey[]): DiscountVerdict {
  const entries = (Object.entries(authority) as Array<[RoleKey, number | null]>).sort(byLimit)
  const own = entries.filter(([role]) => readerRoles.includes(role))
  const signer = own.length > 0 ? own[own.length - 1]! : (entries[0] ?? null)
  const signerRole = signer?.[0] ?? null
  const signerLimitBps = signer?.[1] ?? null
  if (belowBps === 0) return { signerRole, signerLimitBps, covered: true, neededRole: null, text: '各行单价均不低于底价' }
  const below = `低于底价 ${formatBps(belowBps)}`
  if (!signer) return { signerRole, signerLimitBps, covered: false, neededRole: null, text: `${below}，价目表未规定任何岗位的价格浮动权，须调整单价` }
  if (authorityCovers(authority, signer[0], belowBps)) {
    const within = signer[1] === null ? `${ROLES[signer[0]]}权限内（不限）` : `${ROLES[signer[0]]} ${formatBps(signer[1])} 权限内`
    return { signerRole, signerLimitBps, covered: true, neededRole: null, text: `${below}，在${within}` }
  }
  const needed = entries.find(([role]) => authorityCovers(authority, role, belowBps))?.[0] ?? null
  const then = needed ? `需${ROLES[needed]}签批` : '价目表中没有岗位有此权限，须调整单价'
  return { signerRole, signerLimitBps, covered: false, neededRole: needed, text: `${below}，超出${limitText(signer[0], signer[1])}，${then}` }
}
