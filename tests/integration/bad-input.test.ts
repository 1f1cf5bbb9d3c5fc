import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type MethodName } from '../../shared/api'
import { ROLE_KEYS } from '../../shared/roles'
import { snapshotTables } from './support/table-snapshot'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

const methods = Object.keys(api) as MethodName[]
const junk: Array<[string, unknown]> = [
  ['a string', 'hello'],
  ['a number', 42],
  ['an array', [1, 2]],
  ['an unexpected field', { unexpected: 1 }],
  ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"admin": true}, "constructor": 1}')],
]

let office: TestOffice
let everyone: TestClient
beforeAll(async () => {
  office = await openTestOffice()
  // One person holding every role, so the role check passes and only validation can refuse.
  everyone = await office.person('everyone', [...ROLE_KEYS])
}, 60_000)
afterAll(() => office.close())

describe('bad input gets a clear error and changes nothing', () => {
  it.each(methods.flatMap((m) => junk.map(([label, input]) => [m, label, input] as const)))('%s with %s', async (method, _label, input) => {
    const before = await snapshotTables(office.ws.database)
    const refusal = await everyone.refused(method, input)
    expect(refusal.code).toBe('INVALID_INPUT')
    expect(refusal.message).toMatch(/[\u4e00-\u9fff]/) // a Chinese message the user can act on
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it.each([
    ['users.create', { name: '张三', login: 'a b', password: 'Secret123', roles: ['sales_clerk'] }, '登录名只能用字母、数字、下划线、点和减号'],
    ['users.create', { name: '张三', login: 'zhang', password: 'short1', roles: ['sales_clerk'] }, '密码至少 8 位'],
    ['users.create', { name: '张三', login: 'zhang', password: 'lettersonly', roles: ['sales_clerk'] }, '密码须包含数字'],
    ['users.create', { name: '张三', login: 'zhang', password: 'Secret123', roles: [] }, '请至少选择一个岗位'],
    ['users.create', { name: '张三', login: 'zhang', password: 'Secret123', roles: ['boss'] }, '未知岗位'],
    ['users.create', { name: '   ', login: 'zhang', password: 'Secret123', roles: ['sales_clerk'] }, '请输入姓名'],
    ['queue.list', { tab: 'todo', filter: { from: '2026-11-30', to: '2026-11-01' } }, '开始日期不能晚于结束日期'],
    ['queue.list', { tab: 'todo', filter: { from: '2026/11/01' } }, '日期格式应为 YYYY-MM-DD'],
    ['queue.list', { tab: 'todo', pageSize: 5000 }, ''],
    ['queue.list', { tab: 'done', after: { at: '2026-11-20 10:00', id: 5 } }, '位置格式不正确，请刷新列表'],
    ['queue.list', { tab: 'done', after: { at: '2026-11-20T10:00:00.000Z', id: 0 } }, ''],
  ] as const)('%s %j → the field’s own message', async (method, input, message) => {
    const before = await snapshotTables(office.ws.database)
    const refusal = await everyone.refused(method, input)
    expect(refusal.code).toBe('INVALID_INPUT')
    expect(refusal.message).toContain(message)
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })
})
