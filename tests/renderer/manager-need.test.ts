import { describe, expect, it } from 'vitest'
import type { UserDto, WorkflowDto } from '../../shared/api'
import type { RoleKey } from '../../shared/roles'
import { managerFallbacks, managerPlaceholder } from '../../renderer/src/users/manager-need'

// 用户管理's 上级 column (issue 10): it said 按岗位 for everyone, the general manager included.
type Chain = Pick<WorkflowDto, 'docType' | 'name' | 'drafterRoles' | 'steps'>
const chains: Chain[] = [
  {
    docType: 'application', name: '合同申报单审批', drafterRoles: ['sales_clerk'],
    steps: [
      { key: 'manager_sign', name: '销售经理审签', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' }, condition: null },
      { key: 'gm_approve', name: '总经理签批', actor: { kind: 'role', role: 'general_manager' }, condition: null },
    ],
  },
  {
    docType: 'contract', name: '销售合同会签', drafterRoles: ['sales_head'],
    steps: [{ key: 'finance_countersign', name: '财务会签', actor: { kind: 'role', role: 'finance' }, condition: null }],
  },
]

const user = (roles: RoleKey[]): UserDto => ({
  id: 1, name: '某人', login: 'someone', roles, disabled: false, mustChangePassword: false, lockedUntil: null, createdAt: '2026-11-20T02:00:00.000Z', managerUserId: null,
})

describe('the 上级 column with no 上级 named', () => {
  const fallbacks = managerFallbacks(chains)
  it('names the post that signs instead for a drafter of a chain with a drafter’s-manager step', () => {
    expect(managerPlaceholder(user(['sales_clerk']), fallbacks)).toBe('任一销售经理')
    expect(managerPlaceholder(user(['sales_clerk', 'general_manager']), fallbacks)).toBe('任一销售经理')
  })
  it('says — for everyone no chain asks a 上级 for: the general manager, the contract’s drafter, the administrator', () => {
    for (const roles of [['general_manager'], ['sales_head'], ['admin'], ['guard']] as RoleKey[][]) expect(managerPlaceholder(user(roles), fallbacks)).toBe('—')
  })
})
