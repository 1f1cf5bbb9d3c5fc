import { expect, type PlaywrightWorkerArgs } from '@playwright/test'
import type { RoleKey } from '../../../shared/roles'
import { OfficeApi, shanghaiDay } from './office-api'

/*
 * The office the contract stories start from (contract-chain, contract-papers, contract-rework in
 * playwright.config.ts, each on its own empty database): company, people, products, the policy in force
 * and one customer, set up through the API; and, for the stories that start from a signed contract,
 * the main application's chain done through the API as contract-chain does it in the UI.
 */

export const COMPANY = '江南精工机械有限公司'
export const ADMIN = { name: '周建华', login: 'admin', password: 'Admin2025ok' }

export interface Person {
  name: string
  login: string
  role: RoleKey
  roleLabel: string
  /** Set by the administrator; replaced by `password` in setup, as each of them does at first sign-in. */
  initialPassword: string
  password: string
}

export const CLERK: Person = { name: '王小丽', login: 'wangxl', role: 'sales_clerk', roleLabel: '销售内勤', initialPassword: 'Init2025wx', password: 'Wangxl2025mine' }
export const MANAGER: Person = { name: '李建国', login: 'lijg', role: 'sales_manager', roleLabel: '销售经理', initialPassword: 'Init2025lj', password: 'Lijg2025mine' }
export const GM: Person = { name: '张伟', login: 'zhangw', role: 'general_manager', roleLabel: '总经理', initialPassword: 'Init2025zw', password: 'Zhangw2025mine' }
export const HEAD: Person = { name: '陈主管', login: 'chenzg', role: 'sales_head', roleLabel: '销售部主管', initialPassword: 'Init2025cz', password: 'Chenzg2025mine' }
export const FINANCE: Person = { name: '刘会计', login: 'liukj', role: 'finance', roleLabel: '财务', initialPassword: 'Init2025lk', password: 'Liukj2025mine' }
export const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE]

// R1 policy: list and floor prices; 价格浮动权 sales manager 5 % below the floor, general manager unlimited.
export const LATHE = { code: 'HX-200', name: '数控车床', spec: 'CK6150×1000', unit: '台', listFen: 1_280_000, floorFen: 1_150_000 }
export const MILL = { code: 'HX-350', name: '立式加工中心', spec: 'VMC850', unit: '台', listFen: 3_600_000, floorFen: 3_200_000 }

export const CUSTOMER = { name: '苏州恒通精密零件有限公司', creditCode: '91320505MA1P8K3T20' }

export const TODAY = shanghaiDay()
export const DELIVERY = shanghaiDay(30)
export const INSTALMENT_DUE = shanghaiDay(45)

// The main application (R1, R23): one line between floor and list price, one below the floor within the
// sales manager's 5 %. 2 × 12,150.50 + 1 × 31,000.00 = 55,301.00; 30 % = 16,590.30; the rest 38,710.70.
export const MAIN = {
  lines: [
    { productCode: LATHE.code, quantity: 2, unitPrice: '12150.50' },
    { productCode: MILL.code, quantity: 1, unitPrice: '31000.00' },
  ],
  totalFen: 5_530_100,
  totalText: '¥55,301.00',
  capital: '伍万伍仟叁佰零壹元整',
  prepaymentFen: 1_659_030,
  rest: '38710.70',
  customerContractNo: 'HT-HTJM-2026-118',
}
export const MILL_BELOW_FLOOR_BPS = 313 // (32,000 − 31,000) / 32,000 = 3.125 %, rounded up to whole basis points


// The company data the administrator keeps (admin.saveCompany): printed on the application and the contract.
export const COMPANY_DATA = {
  name: COMPANY,
  address: '江苏省无锡市新吴区长江路 21 号',
  taxNumber: '91310000MA1FL8T23F',
  bankName: '中国银行无锡新区支行',
  bankAccount: '5312 5820 1093 0066 88',
  sealKeeperUserId: null,
}

export interface ContractOffice {
  customerId: number
  latheId: number
  millId: number
}

/** The office as it stands before a contract story starts. */
export async function setUpContractOffice(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, story: string): Promise<ContractOffice> {
  if (!baseURL) throw new Error(`${story} needs the baseURL of its own host (playwright.config.ts)`)
  const admin = await OfficeApi.open(playwright, baseURL)
  try {
    const status = await admin.call('system.status', {})
    expect(status.setupNeeded, `${story} must start on its own empty database`).toBe(true)
    await admin.call('system.setup', { companyName: COMPANY, adminName: ADMIN.name, adminLogin: ADMIN.login, adminPassword: ADMIN.password })
    const ids = new Map<string, number>()
    for (const person of PEOPLE) {
      const user = await admin.call('users.create', { name: person.name, login: person.login, password: person.initialPassword, roles: [person.role] })
      ids.set(person.login, user.id)
    }
    // 销售经理审签 goes to the drafter's manager (上级).
    await admin.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    const products: Array<{ id: number }> = []
    for (const p of [LATHE, MILL]) products.push(await admin.call('products.save', { code: p.code, name: p.name, spec: p.spec, unit: p.unit }))
    // Our address, tax number and bank: the printed forms carry them (issue 10).
    await admin.call('admin.saveCompany', COMPANY_DATA)
    await admin.signOut()

    // Everyone replaces the administrator's password, as the forced change at first sign-in makes them.
    for (const person of PEOPLE) {
      await admin.signIn(person.login, person.initialPassword)
      await admin.call('auth.changePassword', { oldPassword: person.initialPassword, newPassword: person.password })
      await admin.signOut()
    }

    await admin.signIn(GM.login, GM.password)
    await admin.call('priceLists.issue', {
      effectiveFrom: TODAY,
      note: '2026 年第四季度价目表',
      items: [LATHE, MILL].map((p, i) => ({ productId: products[i]!.id, listPriceFen: p.listFen, floorPriceFen: p.floorFen })),
      authorities: [
        { role: 'sales_manager', maxBelowFloorBps: 500 },
        { role: 'general_manager', maxBelowFloorBps: null },
      ],
    })
    await admin.signOut()

    await admin.signIn(CLERK.login, CLERK.password)
    const customer = await admin.call('customers.save', {
      name: CUSTOMER.name,
      creditCode: CUSTOMER.creditCode,
      address: '江苏省苏州市吴中区东吴南路 88 号',
      bankName: '中国工商银行苏州吴中支行',
      bankAccount: '1102 0201 0900 1234 567',
      taxAddressPhone: '江苏省苏州市吴中区东吴南路 88 号 0512-65551234',
      contacts: [{ name: '徐海峰', phone: '13912345678', title: '采购经理' }],
    })
    await admin.signOut()
    return { customerId: customer.id, latheId: products[0]!.id, millId: products[1]!.id }
  } finally {
    await admin.close()
  }
}

/** The main application and its contract, as contract-chain's steps 1–6 leave them: approved, countersigned, sealed once. */
export async function signedMainContract(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, office: ContractOffice) {
  const api = await OfficeApi.open(playwright, baseURL)
  const as = async <T>(person: Person, work: () => Promise<T>): Promise<T> => {
    await api.signIn(person.login, person.password)
    try {
      return await work()
    } finally {
      await api.signOut()
    }
  }
  try {
    let view = await as(CLERK, async () => {
      const draft = await api.call('applications.save', {
        customerId: office.customerId, deliveryDate: DELIVERY, prepaymentBps: 3000, installationNeeded: false,
        instalments: [{ label: '发货款', dueDate: INSTALMENT_DUE, amountFen: MAIN.totalFen - MAIN.prepaymentFen }],
        lines: [{ productId: office.latheId, quantity: 2, unitPriceFen: 1_215_050 }, { productId: office.millId, quantity: 1, unitPriceFen: 3_100_000 }],
      })
      return api.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    })
    const application = view.header
    for (const [signer, comment] of [[MANAGER, '价格在权限内，同意'], [GM, '同意签订']] as const) {
      view = await as(signer, async () => {
        const current = await api.call('documents.get', { id: application.id })
        return api.call('documents.act', { id: application.id, version: current.header.version, action: 'approve', comment })
      })
    }
    const contract = await as(HEAD, async () => {
      const made = await api.call('contracts.createFromApplication', { applicationId: application.id, customerContractNo: MAIN.customerContractNo, signedOn: TODAY })
      return (await api.call('documents.act', { id: made.header.id, version: made.header.version, action: 'submit' })).header
    })
    await as(FINANCE, () => api.call('documents.act', { id: contract.id, version: contract.version, action: 'approve', comment: '付款条件已核，会签同意' }))
    await as(HEAD, () => api.call('seal.use', { contractId: contract.id, copies: 2, purpose: '合同签订' }))
    expect(application.amountFen).toBe(MAIN.totalFen)
    return { id: application.id, no: application.docNo, contractId: contract.id, contractNo: contract.docNo }
  } finally {
    await api.close()
  }
}
