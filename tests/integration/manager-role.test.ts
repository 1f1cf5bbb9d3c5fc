import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { snapshotTables } from './support/table-snapshot'
import { openTestOffice, type TestOffice } from './support/test-workstation'

// R3, R21: a 上级 signs the application chain's 销售经理审签 step (drafterManager, falling back to
// sales_manager), so the 上级 must hold sales_manager — when set, and for as long as anyone reports to them.

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

describe('a 上级 must hold the role the drafterManager step falls back to', () => {
  it('refuses a 上级 without 销售经理 with MANAGER_ROLE_MISSING, and changes nothing', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    const finance = await office.person('finance', ['finance', 'sales_clerk'], '钱会计')
    const before = await snapshotTables(office.ws.database)
    const refusal = await office.admin.refused('users.setManager', { userId: clerk.id, managerUserId: finance.id })
    expect(refusal).toEqual({
      code: 'MANAGER_ROLE_MISSING',
      message: '所选上级没有「销售经理」岗位，不能审签下属的单据；请先为其分配该岗位，或另选上级',
      details: { missingRoles: ['sales_manager'] },
    })
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it('accepts a 上级 who holds 销售经理, and clearing the 上级 always', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    const manager = await office.person('manager', ['sales_manager'])
    expect((await office.admin.call('users.setManager', { userId: clerk.id, managerUserId: manager.id })).managerUserId).toBe(manager.id)
    expect((await office.admin.call('users.setManager', { userId: clerk.id, managerUserId: null })).managerUserId).toBeNull()
  })

  it('refuses to take 销售经理 from someone who is still a 上级 (MANAGER_ROLE_IN_USE), and changes nothing', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'], '李内勤')
    const manager = await office.person('manager', ['sales_manager', 'sales_clerk'])
    await office.admin.call('users.setManager', { userId: clerk.id, managerUserId: manager.id })
    const before = await snapshotTables(office.ws.database)
    const refusal = await office.admin.refused('users.setRoles', { userId: manager.id, roles: ['sales_clerk'] })
    expect(refusal).toEqual({
      code: 'MANAGER_ROLE_IN_USE',
      message: '该用户是 李内勤 的上级，须保留「销售经理」岗位；请先为他们改设或清除上级',
      details: { subordinates: [{ id: clerk.id, name: '李内勤' }], roles: ['sales_manager'] },
    })
    expect(await snapshotTables(office.ws.database)).toEqual(before)
    // Other role changes stay free, and once nobody reports to them the role may go.
    expect((await office.admin.call('users.setRoles', { userId: manager.id, roles: ['sales_manager', 'finance'] })).roles).toEqual(['finance', 'sales_manager'])
    await office.admin.call('users.setManager', { userId: clerk.id, managerUserId: null })
    expect((await office.admin.call('users.setRoles', { userId: manager.id, roles: ['sales_clerk'] })).roles).toEqual(['sales_clerk'])
  })
})
