import { z } from 'zod'
import { day, id } from './common'
import { method } from './define'

/**
 * 代理审批 (issue 10): a signer away from the desk names a deputy for a period of Shanghai calendar days,
 * both ends included. During it the deputy's 待办 shows the principal's tasks and the deputy signs 代 the
 * principal; R20 holds for both of them (workflow/transition.ts).
 */
export interface DeputyDto {
  id: number
  principalUserId: number
  principalName: string
  deputyUserId: number
  deputyName: string
  /** "YYYY-MM-DD", Asia/Shanghai, inclusive. */
  from: string
  to: string
  createdByName: string
  createdAt: string
  revokedAt: string | null
}

/** Someone the signer may name as deputy: any active user other than themself. */
export interface DeputyCandidateDto {
  id: number
  name: string
}

export const deputiesApi = {
  /** The principal themself, or an administrator for anyone. */
  'deputies.set': method<DeputyDto>()(
    z.object({ principalUserId: id.optional(), deputyUserId: id, from: day, to: day }).strict(),
    'signedIn',
    'write',
  ),
  /** Mine (as principal or deputy); an administrator sees everyone's. */
  'deputies.list': method<DeputyDto[]>()(z.object({}).strict(), 'signedIn', 'read'),
  'deputies.revoke': method<DeputyDto>()(z.object({ id }).strict(), 'signedIn', 'write'),
  'deputies.candidates': method<DeputyCandidateDto[]>()(z.object({}).strict(), 'signedIn', 'read'),
} as const
