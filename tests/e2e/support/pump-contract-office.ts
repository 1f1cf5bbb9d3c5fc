import { expect, type Page, type PlaywrightWorkerArgs } from '@playwright/test'
import type { RoleKey } from '../../../shared/roles'
import { LoginPage } from '../pages/login-page'
import { MainLayout } from '../pages/main-layout'
import { OfficeApi, shanghaiDay } from './office-api'
import { PASSWORD_WORK } from './waits'

/*
 * The office of issue 12's stories (dispatch, outbound), set up by the API on the project's own fresh
 * database: the posts, a price list, a customer with a credit line, a contract of two pumps signed through
 * the whole chain (application → manager → GM → contract → finance's countersign), and the two pumps in
 * stock (a certificate, an inbound slip, the warehouse's signature).
 */

export interface Person { name: string; login: string; role: RoleKey; password: string }
export const CLERK: Person = { name: '王小丽', login: 'wangxl', role: 'sales_clerk', password: 'Wangxl2025mine' }
export const MANAGER: Person = { name: '李建国', login: 'lijg', role: 'sales_manager', password: 'Lijg2025mine' }
export const GM: Person = { name: '张伟', login: 'zhangw', role: 'general_manager', password: 'Zhangw2025mine' }
export const HEAD: Person = { name: '陈主管', login: 'chenzg', role: 'sales_head', password: 'Chenzg2025mine' }
export const FINANCE: Person = { name: '刘会计', login: 'liukj', role: 'finance', password: 'Liukj2025mine' }
export const QC: Person = { name: '孙质检', login: 'sunzj', role: 'qc', password: 'Sunzj2025mine' }
export const PRODUCTION: Person = { name: '钱生产', login: 'qiansc', role: 'production', password: 'Qiansc2025mine' }
export const WAREHOUSE: Person = { name: '吴仓管', login: 'wucg', role: 'warehouse', password: 'Wucg2025mine' }
export const GUARD: Person = { name: '郑门卫', login: 'zhengmw', role: 'guard', password: 'Zhengmw2025mine' }
const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE, QC, PRODUCTION, WAREHOUSE, GUARD]

export const PUMP = { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台', listFen: 1_200_000, floorFen: 1_000_000 }
export const CUSTOMER = '上海申达机电有限公司'

/** The API signed in as one person, and who is signed in on it. */
export interface SetUpOffice {
  api: OfficeApi
  as(person: Person): Promise<void>
  contract: { id: number; no: string }
}

/**
 * Builds the office with the customer's credit line at `creditLimitFen` (R2, approved by the GM), then runs
 * `more` (e.g. a dispatch note) on the same API before it closes.
 */
export async function setUpPumpContractOffice(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  creditLimitFen: number,
  more: (office: SetUpOffice) => Promise<void> = async () => undefined,
  /** R12: the application records 需要安装 (issue 13's work order). */
  installationNeeded = false,
): Promise<{ id: number; no: string }> {
  if (!baseURL) throw new Error('this story needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  const as = async (p: Person) => {
    await api.signOut().catch(() => undefined)
    await api.signIn(p.login, p.password)
  }
  try {
    await api.call('system.setup', { companyName: '江南精工机械有限公司', adminName: '周建华', adminLogin: 'admin', adminPassword: 'Admin2025ok' })
    const ids = new Map<string, number>()
    for (const p of PEOPLE) ids.set(p.login, (await api.call('users.create', { name: p.name, login: p.login, password: `Init${p.password}`, roles: [p.role] })).id)
    await api.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    const pump = await api.call('products.save', { code: PUMP.code, name: PUMP.name, spec: PUMP.spec, unit: PUMP.unit })
    await api.signOut()
    for (const p of PEOPLE) {
      await api.signIn(p.login, `Init${p.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${p.password}`, newPassword: p.password })
      await api.signOut()
    }
    await as(GM)
    await api.call('priceLists.issue', {
      effectiveFrom: shanghaiDay(),
      items: [{ productId: pump.id, listPriceFen: PUMP.listFen, floorPriceFen: PUMP.floorFen }],
      authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }],
    })
    await as(CLERK)
    const customerId = (
      await api.call('customers.save', {
        name: CUSTOMER, creditCode: '91310000132149237G', address: '上海市浦东新区张江路 100 号', bankName: '工商银行张江支行',
        bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
      })
    ).id
    // R2: the credit line, proposed by the clerk and approved by the general manager.
    const credit = await api.call('creditChanges.propose', { customerId, rating: 'B', creditLimitFen, creditDays: 30, reason: '老客户，回款正常' })
    const draft = await api.call('applications.save', {
      customerId, deliveryDate: shanghaiDay(30), prepaymentBps: 0, installationNeeded,
      instalments: [{ label: '提货款', dueDate: shanghaiDay(45), amountFen: 2_400_000 }], lines: [{ productId: pump.id, quantity: 2, unitPriceFen: PUMP.listFen }],
    })
    let view = await api.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    for (const signer of [MANAGER, GM]) {
      if (view.header.state !== 'pending') break
      await as(signer)
      view = await api.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
    }
    await api.call('documents.act', { id: credit.header.id, version: credit.header.version, action: 'approve' })
    await as(HEAD)
    const made = await api.call('contracts.createFromApplication', { applicationId: view.header.id, customerContractNo: 'SD-2026-120', signedOn: shanghaiDay() })
    const submitted = await api.call('documents.act', { id: made.header.id, version: made.header.version, action: 'submit' })
    await as(FINANCE)
    const signed = await api.call('documents.act', { id: made.header.id, version: submitted.header.version, action: 'approve' })
    const contract = { id: signed.header.id, no: signed.header.docNo }
    // Two pumps into stock: a certificate, an inbound slip, the warehouse's signature.
    await as(QC)
    const cert = await api.call('qcCertificates.issue', { productId: pump.id, quantity: 2, batchNo: 'L2612-01', inspectedOn: shanghaiDay() })
    await as(PRODUCTION)
    const inbound = await api.call('inbound.create', { receivedOn: shanghaiDay(), lines: [{ productId: pump.id, quantity: 2, certificateId: cert.id }] })
    const sent = await api.call('documents.act', { id: inbound.header.id, version: inbound.header.version, action: 'submit' })
    await as(WAREHOUSE)
    await api.call('documents.act', { id: inbound.header.id, version: sent.header.version, action: 'approve' })
    await more({ api, as, contract })
    await api.signOut()
    return contract
  } finally {
    await api.close()
  }
}

export async function signInAs(page: Page, person: Person): Promise<MainLayout> {
  await new LoginPage(page).open()
  await new LoginPage(page).signIn(person.login, person.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(person.name, PASSWORD_WORK)
  return layout
}
