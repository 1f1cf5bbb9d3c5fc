import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCKOUT_MS } from '../../electron/core/auth/login'
import { SESSION_IDLE_MS } from '../../electron/core/auth/sessions'
import { UserEntity } from '../../electron/core/db/entities'
import { legacyScryptHash } from './support/legacy-scrypt-hash'
import { openTestOffice, PASSWORD, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

describe('first start', () => {
  it('reports setup done with the company name, and refuses a second setup', async () => {
    const anyone = office.client()
    expect(await anyone.call('system.status', {})).toEqual({ setupNeeded: false, companyName: '华东机械制造有限公司' })
    const refusal = await anyone.refused('system.setup', { companyName: '别的公司', adminName: '甲', adminLogin: 'other', adminPassword: PASSWORD })
    expect(refusal.code).toBe('SETUP_ALREADY_DONE')
  })

  it('signs the administrator in after setup', async () => {
    const me = await office.admin.call('auth.me', {})
    expect(me).toMatchObject({ login: 'admin', roles: ['admin'], mustChangePassword: false })
  })
})

describe('login', () => {
  it('signs in with the right password and out again', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'], '王小丽')
    expect(await clerk.call('auth.me', {})).toMatchObject({ name: '王小丽', roles: ['sales_clerk'] })
    await clerk.call('auth.logout', {})
    expect(clerk.token).toBeNull()
    expect(await clerk.call('auth.me', {})).toBeNull()
  })

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const anyone = office.client()
    expect((await anyone.refused('auth.login', { login: 'nobody', password: PASSWORD })).code).toBe('LOGIN_FAILED')
    expect((await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })).code).toBe('LOGIN_FAILED')
  })

  it('accepts the login in any letter case', async () => {
    await office.client().call('auth.login', { login: 'ADMIN', password: PASSWORD })
  })

  it('locks the login for five minutes after five wrong passwords, even for the right one', async () => {
    const anyone = office.client()
    for (let i = 0; i < 4; i++) expect((await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })).code).toBe('LOGIN_FAILED')
    const fifth = await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })
    expect(fifth).toMatchObject({ code: 'LOGIN_LOCKED', message: '密码错误次数过多，登录已锁定，请 5 分钟后再试', details: { retryAfterSeconds: 300 } })
    expect((await anyone.refused('auth.login', { login: 'admin', password: PASSWORD })).code).toBe('LOGIN_LOCKED')
    office.clock.advance(LOCKOUT_MS - 1000)
    expect((await anyone.refused('auth.login', { login: 'admin', password: PASSWORD })).details).toEqual({ retryAfterSeconds: 1 })
    office.clock.advance(1000)
    await anyone.call('auth.login', { login: 'admin', password: PASSWORD })
  })

  it('forgets earlier wrong tries after a good login', async () => {
    const anyone = office.client()
    for (let i = 0; i < 4; i++) await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })
    await anyone.call('auth.login', { login: 'admin', password: PASSWORD })
    expect((await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })).code).toBe('LOGIN_FAILED')
  })

  it('counts concurrent wrong tries, so a burst cannot get more than five guesses', async () => {
    const tries = await Promise.all(Array.from({ length: 8 }, () => office.client().refused('auth.login', { login: 'admin', password: 'Wrong1234' })))
    expect(tries.filter((t) => t.code === 'LOGIN_FAILED')).toHaveLength(4)
    expect(tries.filter((t) => t.code === 'LOGIN_LOCKED')).toHaveLength(4)
    expect((await office.client().refused('auth.login', { login: 'admin', password: PASSWORD })).code).toBe('LOGIN_LOCKED')
  })

  it('replaces a password stored under scrypt with Argon2id at the next good login, not at a wrong one', async () => {
    const users = () => office.ws.database.read((em) => em.getRepository(UserEntity).findOneByOrFail({ login: 'admin' }))
    const legacy = await legacyScryptHash(PASSWORD)
    await office.ws.database.transaction((em) => em.getRepository(UserEntity).update({ login: 'admin' }, { passwordHash: legacy }))
    const anyone = office.client()
    expect((await anyone.refused('auth.login', { login: 'admin', password: 'Wrong1234' })).code).toBe('LOGIN_FAILED')
    expect((await users()).passwordHash).toBe(legacy)
    await anyone.call('auth.login', { login: 'admin', password: PASSWORD })
    expect((await users()).passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    await office.client().call('auth.login', { login: 'admin', password: PASSWORD })
    expect((await office.client().refused('auth.login', { login: 'admin', password: 'Wrong1234' })).code).toBe('LOGIN_FAILED')
  })

  it('refuses a disabled user', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    await office.admin.call('users.setDisabled', { userId: clerk.id, disabled: true })
    expect((await clerk.refused('queue.counts', {})).code).toBe('NOT_SIGNED_IN')
    expect((await office.client().refused('auth.login', { login: 'clerk', password: PASSWORD })).code).toBe('USER_DISABLED')
  })
})

describe('sessions', () => {
  it('expire after 30 minutes without activity', async () => {
    office.clock.advance(SESSION_IDLE_MS + 1)
    const refusal = await office.admin.refused('users.list', {})
    expect(refusal.code).toBe('SESSION_EXPIRED')
    expect(office.admin.token).toBeNull()
  })

  it('are kept alive by what the user does, but not by background polls', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    office.clock.advance(SESSION_IDLE_MS - 60_000)
    await clerk.call('queue.list', { tab: 'todo' })
    office.clock.advance(SESSION_IDLE_MS - 60_000)
    await clerk.call('queue.counts', {}) // a poll: does not count as activity
    await clerk.call('queue.refresh', { tab: 'todo' }) // nor does the list's 15 s re-read
    office.clock.advance(2 * 60_000)
    expect((await clerk.refused('queue.counts', {})).code).toBe('SESSION_EXPIRED')
  })

  it('end on logout: the old token is refused', async () => {
    const token = office.admin.token
    await office.admin.call('auth.logout', {})
    office.admin.token = token
    expect((await office.admin.refused('users.list', {})).code).toBe('NOT_SIGNED_IN')
  })
})

describe('passwords', () => {
  it('must be changed after an administrator sets them, before anything else', async () => {
    await office.admin.call('users.create', { name: '李娜', login: 'lina', password: 'Initial123', roles: ['sales_clerk'] })
    const lina = office.client()
    expect(await lina.call('auth.login', { login: 'lina', password: 'Initial123' })).toMatchObject({ mustChangePassword: true })
    expect((await lina.refused('queue.list', { tab: 'todo' })).code).toBe('PASSWORD_CHANGE_REQUIRED')
    expect((await lina.refused('auth.changePassword', { oldPassword: 'Wrong1234', newPassword: 'Mine12345' })).code).toBe('PASSWORD_WRONG')
    expect((await lina.refused('auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Initial123' })).code).toBe('PASSWORD_UNCHANGED')
    const me = await lina.call('auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Mine12345' })
    expect(me.mustChangePassword).toBe(false)
    await lina.call('queue.list', { tab: 'todo' })
    await office.client().call('auth.login', { login: 'lina', password: 'Mine12345' })
  })

  it('changing one’s password signs out one’s other sessions but keeps this one', async () => {
    const elsewhere = office.client()
    await elsewhere.call('auth.login', { login: 'admin', password: PASSWORD })
    await office.admin.call('auth.changePassword', { oldPassword: PASSWORD, newPassword: 'NewSecret456' })
    await office.admin.call('users.list', {})
    expect((await elsewhere.refused('users.list', {})).code).toBe('NOT_SIGNED_IN')
  })

  it('a reset by the administrator unlocks the login and signs the user out everywhere', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    for (let i = 0; i < 5; i++) await office.client().refused('auth.login', { login: 'clerk', password: 'Wrong1234' })
    const reset = await office.admin.call('users.resetPassword', { userId: clerk.id, password: 'Reset1234' })
    expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null })
    expect((await clerk.refused('queue.counts', {})).code).toBe('NOT_SIGNED_IN')
    await office.client().call('auth.login', { login: 'clerk', password: 'Reset1234' })
  })
})
