import type { PlaywrightWorkerArgs } from '@playwright/test'
import { OfficeApi, shanghaiDay } from './office-api'
import { CLERK, FINANCE, GM, HEAD, MANAGER, PRODUCTION, QC, WAREHOUSE, type Person } from './pump-contract-office'

/*
 * The outbound-print story's office (issue 12, the 出库单 on 241 mm paper), by the API on its own fresh
 * database: the pump office's posts, but eight products and a customer at the schemas' longest values, so
 * the slip runs over several pages and every value is at its limit: a contract of the eight, signed; the
 * goods in stock; a dispatch note approved; a slip of all eight posted by the warehouse.
 */

/** `base` repeated to exactly `length` characters, ending in `tail` (so a lost last character shows). */
function longest(base: string, length: number, tail: string): string {
  return base.repeat(Math.ceil(length / base.length)).slice(0, length - tail.length) + tail
}

export const LONG = {
  company: longest('江南精工机械装备制造', 60, '集团股份有限公司'),
  customer: longest('郑州市顺达热电', 100, '有限责任公司'),
  address: longest('河南省郑州市中原区建设西路', 200, '号院'),
  carrier: longest('德邦物流', 60, '专线'),
  remark: longest('车号豫A12345，', 500, '完'),
  codes: Array.from({ length: 8 }, (_, i) => longest('Z41H-16C-DN400-PN16-WCB-RF/', 32, `.${String(i + 1).padStart(2, '0')}`)),
  name: longest('法兰闸阀', 60, '阀体铸钢'),
  spec: longest('DN400/PN16/WCB/RF/', 100, 'END'),
  unit: '台套组件附件备件',
}
/** 10 of each at ¥1,234,567.89: the slip's total 8 × ¥12,345,678.90. */
export const QUANTITY = 10
export const PRICE_FEN = 123_456_789
export const TOTAL_FEN = 8 * QUANTITY * PRICE_FEN
const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE, QC, PRODUCTION, WAREHOUSE]

export async function setUpOutboundPrintOffice(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined): Promise<{ slipId: number; slipNo: string; noteNo: string; contractNo: string }> {
  if (!baseURL) throw new Error('outbound-print needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  const as = async (p: Person) => {
    await api.signOut().catch(() => undefined)
    await api.signIn(p.login, p.password)
  }
  /** Submits and approves as each signer in turn while the document is still pending. */
  const route = async (id: number, version: number, signers: Person[]) => {
    let view = await api.call('documents.act', { id, version, action: 'submit' })
    for (const signer of signers) {
      if (view.header.state !== 'pending') break
      await as(signer)
      view = await api.call('documents.act', { id, version: view.header.version, action: 'approve' })
    }
    return view
  }
  try {
    await api.call('system.setup', { companyName: LONG.company, adminName: '周建华', adminLogin: 'admin', adminPassword: 'Admin2025ok' })
    const ids = new Map<string, number>()
    for (const p of PEOPLE) ids.set(p.login, (await api.call('users.create', { name: p.name, login: p.login, password: `Init${p.password}`, roles: [p.role] })).id)
    await api.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    const products: Array<{ id: number }> = []
    for (const code of LONG.codes) products.push(await api.call('products.save', { code, name: LONG.name, spec: LONG.spec, unit: LONG.unit }))
    await api.signOut()
    for (const p of PEOPLE) {
      await api.signIn(p.login, `Init${p.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${p.password}`, newPassword: p.password })
      await api.signOut()
    }
    await as(GM)
    await api.call('priceLists.issue', {
      effectiveFrom: shanghaiDay(),
      items: products.map((p) => ({ productId: p.id, listPriceFen: PRICE_FEN, floorPriceFen: PRICE_FEN })),
      authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }],
    })
    await as(CLERK)
    const customerId = (
      await api.call('customers.save', {
        name: LONG.customer, creditCode: '91310000132149237G', address: LONG.address, bankName: '工商银行张江支行',
        bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
      })
    ).id
    const credit = await api.call('creditChanges.propose', { customerId, rating: 'B', creditLimitFen: 10 * TOTAL_FEN, creditDays: 30, reason: '老客户，回款正常' })
    const draft = await api.call('applications.save', {
      customerId, deliveryDate: shanghaiDay(30), prepaymentBps: 0, installationNeeded: false,
      instalments: [{ label: '提货款', dueDate: shanghaiDay(45), amountFen: TOTAL_FEN }],
      lines: products.map((p) => ({ productId: p.id, quantity: QUANTITY, unitPriceFen: PRICE_FEN })),
    })
    const application = await route(draft.header.id, draft.header.version, [MANAGER, GM])
    await as(GM)
    await api.call('documents.act', { id: credit.header.id, version: credit.header.version, action: 'approve' })
    await as(HEAD)
    const made = await api.call('contracts.createFromApplication', { applicationId: application.header.id, customerContractNo: 'SD-2026-121', signedOn: shanghaiDay() })
    const contract = await route(made.header.id, made.header.version, [FINANCE])
    // The goods into stock: a certificate per product, one inbound slip, the warehouse's signature.
    await as(QC)
    const certs: Array<{ id: number }> = []
    for (const p of products) certs.push(await api.call('qcCertificates.issue', { productId: p.id, quantity: QUANTITY, batchNo: 'L2612-01', inspectedOn: shanghaiDay() }))
    await as(PRODUCTION)
    const inbound = await api.call('inbound.create', { receivedOn: shanghaiDay(), lines: products.map((p, i) => ({ productId: p.id, quantity: QUANTITY, certificateId: certs[i]!.id })) })
    await route(inbound.header.id, inbound.header.version, [WAREHOUSE])
    // R8: the note of all eight lines, approved; R10: the warehouse posts all of it on one slip.
    await as(CLERK)
    const saved = await api.call('dispatchNotes.save', {
      contractId: contract.header.id, deliveryAddress: LONG.address, contactName: '赵经理', contactPhone: '13800000000', carrier: LONG.carrier,
      validUntil: shanghaiDay(7), lines: products.map((_, i) => ({ contractLineNo: i + 1, quantity: QUANTITY })),
    })
    const note = await route(saved.header.id, saved.header.version, [MANAGER, GM])
    await as(WAREHOUSE)
    const slip = await api.call('outboundSlips.post', { dispatchNoteId: note.header.id, postedOn: shanghaiDay(), remark: LONG.remark, lines: products.map((_, i) => ({ noteLineNo: i + 1, quantity: QUANTITY })) })
    if (slip.header.state !== 'approved') throw new Error(`the slip is ${slip.header.state}, not posted`)
    await api.signOut()
    return { slipId: slip.header.id, slipNo: slip.header.docNo, noteNo: note.header.docNo, contractNo: contract.header.docNo }
  } finally {
    await api.close()
  }
}
