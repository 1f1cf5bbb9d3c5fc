import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditEventEntity } from '../../electron/core/db/entities'
import { nextDocumentNumber } from '../../electron/core/numbering/next-document-number'
import { onPostgres, onSqlite } from './support/test-backend'
import { snapshotTables } from './support/table-snapshot'
import { openTestOffice, type TestOffice } from './support/test-workstation'

// The administrator's home (issue 10): one read of users, company data, R22 counters, chains and
// backups; company data saved under zod and R4's keeper check, with one audit event per save (R21).

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

const company = {
  name: '华东机械制造有限公司',
  address: '上海市闵行区剑川路 100 号',
  taxNumber: '91310000MA1FL8T23F',
  bankName: '中国工商银行上海闵行支行',
  bankAccount: '1001 2345 6789 0123 456',
  sealKeeperUserId: null,
}

const companyEvents = () =>
  office.ws.database.read((em) => em.getRepository(AuditEventEntity).find({ where: { action: 'company.update' }, order: { id: 'ASC' } }))

describe('the administrator’s home', () => {
  it('is the administrator’s alone: any other post is refused FORBIDDEN, for the read and the save', async () => {
    const clerk = await office.person('clerk', ['sales_clerk', 'general_manager'])
    expect((await clerk.refused('admin.overview', {})).code).toBe('FORBIDDEN')
    expect((await clerk.refused('admin.saveCompany', company)).code).toBe('FORBIDDEN')
    expect((await office.client().refused('admin.overview', {})).code).toBe('NOT_SIGNED_IN')
  })

  it('after setup shows the users, the company name from setup, every type’s counter at zero and the chains', async () => {
    await office.person('clerk', ['sales_clerk'])
    const disabled = await office.person('gone', ['finance'])
    await office.admin.call('users.setDisabled', { userId: disabled.id, disabled: true })
    const home = await office.admin.call('admin.overview', {})
    expect(home.users).toEqual({ total: 3, enabled: 2, admins: 1 })
    expect(home.company).toEqual({ name: '华东机械制造有限公司', address: '', taxNumber: '', bankName: '', bankAccount: '', sealKeeperUserId: null, sealKeeperName: null })
    expect(home.numbering.period).toBe('202611')
    expect(home.numbering.counters.map((c) => [c.docType, c.prefix, c.lastSeq, c.lastNumber])).toEqual([
      ['application', 'SQ', 0, null],
      ['contract', 'HT', 0, null],
      ['creditChange', 'XY', 0, null],
      ['payment', 'SK', 0, null],
      ['productionNotice', 'SC', 0, null],
      ['inbound', 'RK', 0, null],
      ['dispatchNote', 'FH', 0, null],
      ['outboundSlip', 'CK', 0, null],
      ['gatePass', 'MC', 0, null],
      ['workOrder', 'PG', 0, null],
      ['acceptance', 'YS', 0, null],
      ['rectification', 'ZG', 0, null],
      ['invoice', 'KP', 0, null],
      ['commission', 'TC', 0, null],
      ['reconciliation', 'DZ', 0, null],
    ])
    expect(home.chains.map((c) => c.docType).sort()).toEqual(['acceptance', 'application', 'commission', 'contract', 'creditChange', 'dispatchNote', 'gatePass', 'inbound', 'invoice', 'outboundSlip', 'payment', 'productionNotice', 'reconciliation', 'rectification', 'workOrder'])
    expect(home.chains.every((c) => c.steps > 0 && c.updatedByName === '系统')).toBe(true)
  })

  it('R22: reads this Shanghai month’s counters, not last month’s', async () => {
    const db = office.ws.database
    for (let i = 0; i < 3; i++) await db.transaction((em) => nextDocumentNumber(em, 'application', office.clock.now()))
    await db.transaction((em) => nextDocumentNumber(em, 'contract', new Date('2026-10-15T02:00:00.000Z')))
    const home = await office.admin.call('admin.overview', {})
    expect(home.numbering.counters.find((c) => c.docType === 'application')).toEqual({ docType: 'application', prefix: 'SQ', lastSeq: 3, lastNumber: 'SQ2026110003' })
    expect(home.numbering.counters.find((c) => c.docType === 'contract')?.lastSeq).toBe(0)
  })

  it('saves company data with one audit event naming what changed, and none for a save that changes nothing', async () => {
    const keeper = await office.person('seal', ['legal'], '周印')
    const saved = await office.admin.call('admin.saveCompany', { ...company, taxNumber: '91310000ma1fl8t23f', sealKeeperUserId: keeper.id })
    expect(saved).toMatchObject({ taxNumber: '91310000MA1FL8T23F', sealKeeperUserId: keeper.id, sealKeeperName: '周印', bankAccount: '1001 2345 6789 0123 456' })
    expect((await office.admin.call('admin.overview', {})).company).toEqual(saved)
    await office.admin.call('admin.saveCompany', { ...company, sealKeeperUserId: keeper.id })
    await office.admin.call('admin.saveCompany', { ...company, name: '华东阀门制造有限公司', sealKeeperUserId: keeper.id })
    const events = await companyEvents()
    expect(events).toHaveLength(2)
    expect(events.map((e) => [e.userName, e.role])).toEqual([['管理员', 'admin'], ['管理员', 'admin']])
    expect(Object.keys(JSON.parse(events[0]!.details!)).sort()).toEqual(['address', 'bankAccount', 'bankName', 'sealKeeperUserId', 'taxNumber'])
    expect(JSON.parse(events[1]!.details!)).toEqual({ name: { from: '华东机械制造有限公司', to: '华东阀门制造有限公司' } })
    // The name heads every printed form and the login page: system.status answers the new one.
    expect((await office.client().call('system.status', {})).companyName).toBe('华东阀门制造有限公司')
  })

  it('company.letterhead: whoever prints reads the address, tax number and bank the forms carry, not who keeps the seal', async () => {
    const keeper = await office.person('seal', ['legal'], '周印')
    const clerk = await office.person('clerk', ['sales_clerk'], '王小丽')
    expect(await clerk.call('company.letterhead', {})).toEqual({ name: '华东机械制造有限公司', address: '', taxNumber: '', bankName: '', bankAccount: '' })
    await office.admin.call('admin.saveCompany', { ...company, sealKeeperUserId: keeper.id })
    const { sealKeeperUserId: _keeper, ...letterhead } = company
    expect(await clerk.call('company.letterhead', {})).toEqual(letterhead)
    expect((await office.client().refused('company.letterhead', {})).code).toBe('NOT_SIGNED_IN')
  })

  it('refuses bad company data with the field’s reason, and changes nothing', async () => {
    const before = await snapshotTables(office.ws.database)
    const refusal = await office.admin.refused('admin.saveCompany', { ...company, taxNumber: '91310000MA1FL8T23Q' })
    expect(refusal.code).toBe('INVALID_INPUT')
    expect(JSON.stringify(refusal.details)).toContain('校验位')
    expect((await office.admin.refused('admin.saveCompany', { ...company, name: '华' })).code).toBe('INVALID_INPUT')
    expect((await office.admin.refused('admin.saveCompany', { ...company, bankAccount: 'IBAN-12' })).code).toBe('INVALID_INPUT')
    expect((await office.admin.refused('admin.saveCompany', { ...company, address: '路'.repeat(121) })).code).toBe('INVALID_INPUT')
    expect((await office.admin.refused('admin.saveCompany', { ...company, registeredCapital: 1 })).code).toBe('INVALID_INPUT')
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it('R4: the seal keeper must be a user who can sign in (SEAL_KEEPER_NOT_FOUND, SEAL_KEEPER_DISABLED)', async () => {
    const before = await snapshotTables(office.ws.database)
    expect((await office.admin.refused('admin.saveCompany', { ...company, sealKeeperUserId: 999 })).code).toBe('SEAL_KEEPER_NOT_FOUND')
    const gone = await office.person('gone', ['legal'], '李离')
    await office.admin.call('users.setDisabled', { userId: gone.id, disabled: true })
    const afterDisable = await snapshotTables(office.ws.database)
    const refusal = await office.admin.refused('admin.saveCompany', { ...company, sealKeeperUserId: gone.id })
    expect(refusal).toMatchObject({ code: 'SEAL_KEEPER_DISABLED' })
    expect(refusal.message).toContain('李离')
    expect(await snapshotTables(office.ws.database)).toEqual(afterDisable)
    expect(before).not.toEqual(afterDisable)
  })

  it.runIf(onSqlite)('SQLite: lists the backups kept beside the file, newest first', async () => {
    // The day's backup is made beside the app once the file has passed its check (open-workstation.ts).
    await office.ws.database.settled()
    await office.ws.database.backup('migration', new Date('2026-11-20T03:04:05.000Z'))
    const { backups } = await office.admin.call('admin.overview', {})
    expect(backups.backend).toBe('sqlite')
    if (backups.backend !== 'sqlite') return
    expect(backups.files[0]).toEqual({ name: 'backoffice-20261120-030405-migration.sqlite', at: '2026-11-20T03:04:05.000Z', reason: 'migration' })
    expect(backups.files.some((f) => f.reason === 'daily')).toBe(true)
  })

  it.runIf(onPostgres)('PostgreSQL: says backups are the database server’s, listing no files', async () => {
    expect((await office.admin.call('admin.overview', {})).backups).toEqual({ backend: 'postgres' })
  })
})
