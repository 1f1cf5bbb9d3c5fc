import type { RoleKey } from '../../../shared/roles'

// The facts a document offers its chain's conditions are the type's own declaration (its kind), not
// a fixed struct: a contract declares whether its wording departs from the template, a dispatch note
// the customer's credit exposure at the moment its step is entered (R9).

/** R1 价格浮动权: role → the most it may go below the floor, in basis points; null = no limit. */
export type Authority = Partial<Record<RoleKey, number | null>>
export type FactValue = number | boolean | Authority
export type Facts = Readonly<Record<string, FactValue>>

export type FactKind = 'flag' | 'fen' | 'bps' | 'count' | 'authority'

export interface FactSpec {
  kind: FactKind
  /** In the office's words, for the chain view ("合同条款非标准"). */
  label: string
}

export type FactSpecs = Readonly<Record<string, FactSpec>>

/** Whether a role's 价格浮动权 covers going `bps` below the floor. */
export function authorityCovers(authority: Authority, role: RoleKey, bps: number): boolean {
  const limit = authority[role]
  return limit === null || (limit !== undefined && limit >= bps)
}
