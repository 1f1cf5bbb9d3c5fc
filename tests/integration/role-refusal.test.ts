import { stepRoles } from '../../electron/core/workflow/step-roles'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type MethodName } from '../../shared/api'
import { ROLE_KEYS, type RoleKey } from '../../shared/roles'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

// Every method the router knows is checked here, so a method added later is covered without edits.
const methods = Object.keys(api) as MethodName[]

let office: TestOffice
const byRole = new Map<RoleKey, TestClient>()
beforeAll(async () => {
  office = await openTestOffice()
  for (const role of ROLE_KEYS.filter((r) => r !== 'admin')) byRole.set(role, await office.person(`u_${role}`, [role]))
  byRole.set('admin', office.admin)
}, 120_000)
afterAll(() => office.close())

describe('the router refuses before any handler runs', () => {
  it.each(methods.filter((m) => api[m].access !== 'public'))('%s without a session → NOT_SIGNED_IN', async (method) => {
    expect((await office.client().refused(method, {})).code).toBe('NOT_SIGNED_IN')
  })

  const restricted = methods.flatMap((m) => {
    const access = api[m].access
    return typeof access === 'string' ? [] : ROLE_KEYS.filter((r) => !access.includes(r)).map((role) => [m, role] as const)
  })
  it.each(restricted)('%s by %s → FORBIDDEN', async (method, role) => {
    // The input is deliberately junk: a refused caller must not even reach validation.
    const refusal = await byRole.get(role)!.refused(method, { junk: true })
    expect(refusal).toEqual({ code: 'FORBIDDEN', message: '您的岗位无权进行此操作' })
  })

  it('an unknown method → METHOD_NOT_FOUND', async () => {
    expect((await office.admin.refused('users.drop', {})).code).toBe('METHOD_NOT_FOUND')
    expect((await office.admin.refused('__proto__', {})).code).toBe('METHOD_NOT_FOUND')
    expect((await office.admin.refused(42, {})).code).toBe('METHOD_NOT_FOUND')
  })

  it('the administrator approves nothing: no chain drafts or signs as admin', async () => {
    const chains = await office.admin.call('workflow.list', {})
    expect(chains.length).toBeGreaterThan(0)
    for (const chain of chains) {
      expect(chain.drafterRoles).not.toContain('admin')
      for (const step of chain.steps) expect(stepRoles(step)).not.toContain('admin')
    }
  })

})
