import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestOffice, PASSWORD, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

describe('user administration', () => {
  it('creates a user with several roles, who must choose a password at first login', async () => {
    const created = await office.admin.call('users.create', { name: '王小丽', login: 'wangxl', password: 'Initial123', roles: ['sales_manager', 'sales_clerk'] })
    expect(created).toMatchObject({ name: '王小丽', login: 'wangxl', roles: ['sales_clerk', 'sales_manager'], disabled: false, mustChangePassword: true })
    const list = await office.admin.call('users.list', {})
    expect(list.map((u) => u.login)).toEqual(['admin', 'wangxl'])
  })

  it('refuses a login that differs only in letter case', async () => {
    await office.admin.call('users.create', { name: '王小丽', login: 'wangxl', password: 'Initial123', roles: ['sales_clerk'] })
    const refusal = await office.admin.refused('users.create', { name: '王晓丽', login: 'WangXL', password: 'Initial123', roles: ['sales_clerk'] })
    expect(refusal).toEqual({ code: 'LOGIN_TAKEN', message: '该登录名已被使用，请换一个' })
  })

  it('never leaves the office without an enabled administrator', async () => {
    const me = await office.admin.call('auth.me', {})
    expect((await office.admin.refused('users.setRoles', { userId: me!.id, roles: ['sales_clerk'] })).code).toBe('LAST_ADMIN')
    expect((await office.admin.refused('users.setDisabled', { userId: me!.id, disabled: true })).code).toBe('SELF_DISABLE')
    // With a second administrator the first may be disabled, and then the second is the last one.
    const second = await office.person('admin2', ['admin'])
    await second.call('users.setDisabled', { userId: me!.id, disabled: true })
    expect((await second.refused('users.setRoles', { userId: second.id, roles: ['sales_clerk'] })).code).toBe('LAST_ADMIN')
  })

  it('lets an administrator step down once another one is in office', async () => {
    const me = await office.admin.call('auth.me', {})
    await office.person('admin2', ['admin'])
    const after = await office.admin.call('users.setRoles', { userId: me!.id, roles: ['sales_head'] })
    expect(after.roles).toEqual(['sales_head'])
    expect((await office.admin.refused('users.list', {})).code).toBe('FORBIDDEN')
  })

  it('answers USER_NOT_FOUND for a user that does not exist', async () => {
    expect((await office.admin.refused('users.setDisabled', { userId: 999, disabled: true })).code).toBe('USER_NOT_FOUND')
  })

  it('role changes take effect on the user’s very next call', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    expect((await clerk.refused('users.list', {})).code).toBe('FORBIDDEN')
    await office.admin.call('users.setRoles', { userId: clerk.id, roles: ['sales_clerk', 'admin'] })
    expect(await clerk.call('users.list', {})).toHaveLength(2)
  })

  it('a re-enabled user signs in again with the same password', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    await office.admin.call('users.setDisabled', { userId: clerk.id, disabled: true })
    await office.admin.call('users.setDisabled', { userId: clerk.id, disabled: false })
    await office.client().call('auth.login', { login: 'clerk', password: PASSWORD })
  })
})
