import { describe, expect, it } from 'vitest'
import { api, loginName, newPassword, queueFilter } from '../../shared/api'
import { mayCall } from '../../electron/core/router/api-router'
import { ROLE_KEYS } from '../../shared/roles'

const messageOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message

describe('input schemas', () => {
  it.each([
    ['ab', true], ['wang.xl-01_a', true], ['a', false], ['王小丽', false], ['has space', false], ['x'.repeat(33), false],
  ])('login name %j valid: %s', (value, ok) => {
    expect(loginName.safeParse(value).success).toBe(ok)
  })

  it.each([
    ['Secret123', undefined], ['short1', '密码至少 8 位'], ['12345678', '密码须包含字母'], ['abcdefgh', '密码须包含数字'], ['a1'.repeat(33), '密码最多 64 位'],
  ])('password %j → %s', (value, message) => {
    expect(messageOf(newPassword.safeParse(value))).toBe(message)
  })

  it('queue filters refuse an inverted date range with a Chinese message', () => {
    expect(messageOf(queueFilter.safeParse({ from: '2026-12-01', to: '2026-11-01' }))).toBe('开始日期不能晚于结束日期')
    expect(queueFilter.safeParse({ from: '2026-11-01', to: '2026-11-01' }).success).toBe(true)
  })

  it('zod’s own messages are Chinese too (a number where text is expected)', () => {
    expect(messageOf(api['auth.login'].input.safeParse({ login: 5, password: 'x' }))).toMatch(/[\u4e00-\u9fff]/)
  })

  it('every method input is a strict object: unknown fields are refused, not ignored', () => {
    for (const [name, def] of Object.entries(api)) expect(def.input.safeParse({ surprise: 1 }).success, name).toBe(false)
  })
})

describe('mayCall', () => {
  const user = (roles: (typeof ROLE_KEYS)[number][]) => ({ id: 1, name: 'x', login: 'x', roles, mustChangePassword: false })
  it.each([
    ['public', null, true],
    ['signedIn', null, false],
    ['signedIn', user(['guard']), true],
    [['admin'], user(['sales_clerk']), false],
    [['admin'], user(['sales_clerk', 'admin']), true],
    [['finance', 'finance_vp'], user(['finance_vp']), true],
  ] as const)('%j by %j → %s', (access, who, expected) => {
    expect(mayCall(access, who ? { ...who, roles: [...who.roles] } : null)).toBe(expected)
  })
})
