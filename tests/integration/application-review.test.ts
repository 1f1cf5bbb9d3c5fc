import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import type { ApplicationBody } from '../../shared/doc-types/application/application-body'
import { openContractOffice, PUMP_FLOOR, type ContractOffice } from './support/contract-office'

// R1, R2, R9: the application's document view carries what the signer decides on — each line's floor and
// how far under it, the verdict against the reader's own 价格浮动权, the customer's credit — and only
// for the posts that decide on price (need-to-know: the core returns less).

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

const bodyOf = (view: DocumentView) => view.body as ApplicationBody

/** A submitted application whose pump line is `belowBps` under the floor (and a valve line at list price). */
async function submittedAt(unitPriceFen: number) {
  const draft = await o.clerk.call(
    'applications.save',
    o.applicationInput({ lines: [{ productId: o.pumpId, quantity: 2, unitPriceFen }, { productId: o.valveId, quantity: 3, unitPriceFen: 85_000 }] }),
  )
  return o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

describe('R1 floor and authority in the application view', () => {
  it('9.01 % under the floor: the manager reads that it exceeds his 5 % and needs the general manager', async () => {
    const submitted = await submittedAt(909_900) // 10,000.00 − 9,099.00 = 901 bps of the floor
    const review = bodyOf(await o.manager.call('documents.get', { id: submitted.header.id })).priceReview!
    expect(review.text).toBe('低于底价 9.01%，超出销售经理 5% 权限，需总经理签批')
    expect(review).toMatchObject({ maxBelowFloorBps: 901, linesBelowFloor: 1, signerRole: 'sales_manager', signerLimitBps: 500, covered: false, neededRole: 'general_manager' })
    expect(review.lines).toEqual([
      { lineNo: 1, floorPriceFen: PUMP_FLOOR, belowFloorBps: 901 },
      { lineNo: 2, floorPriceFen: 70_000, belowFloorBps: 0 },
    ])
    // The general manager reads the same price against his own authority (不限).
    const gmReview = bodyOf(await o.gm.call('documents.get', { id: submitted.header.id })).priceReview!
    expect(gmReview.text).toBe('低于底价 9.01%，在总经理权限内（不限）')
    expect(gmReview).toMatchObject({ signerRole: 'general_manager', signerLimitBps: null, covered: true, neededRole: null })
    // The drafter holds no authority: the verdict is read against the first signer's.
    expect(bodyOf(submitted).priceReview!.text).toBe('低于底价 9.01%，超出销售经理 5% 权限，需总经理签批')
  })

  it('3 % under is within the manager’s authority; at the floor nothing is under it', async () => {
    const within = await submittedAt(970_000)
    expect(bodyOf(await o.manager.call('documents.get', { id: within.header.id })).priceReview).toMatchObject({
      text: '低于底价 3%，在销售经理 5% 权限内', covered: true, neededRole: null, maxBelowFloorBps: 300,
    })
    // 4.001 % rounds up to 4.01 % (R1: never less authority than the price needs).
    const justOver = await submittedAt(959_990)
    expect(bodyOf(await o.manager.call('documents.get', { id: justOver.header.id })).priceReview!.text).toBe('低于底价 4.01%，在销售经理 5% 权限内')
    const atFloor = await submittedAt(PUMP_FLOOR)
    expect(bodyOf(await o.manager.call('documents.get', { id: atFloor.header.id })).priceReview).toMatchObject({
      text: '各行单价均不低于底价', maxBelowFloorBps: 0, linesBelowFloor: 0, covered: true,
    })
  })

  it('R2, R9: the credit line and rating now; exposure and overdue are empty until receivables exist, never made up', async () => {
    const submitted = await submittedAt(1_150_000)
    const credit = bodyOf(await o.manager.call('documents.get', { id: submitted.header.id })).credit
    expect(credit).toEqual({ rating: 'D', creditLimitFen: 0, creditDays: 0, exposureFen: null, overdueFen: null, pendingNote: '应收账款功能上线后显示占用额度与逾期金额' })
  })

  it('need-to-know: finance and legal get the application without floors, verdict or credit', async () => {
    const submitted = await submittedAt(909_900)
    for (const reader of [o.finance, o.legal]) {
      const body = bodyOf(await reader.call('documents.get', { id: submitted.header.id }))
      expect(body.kind).toBe('application')
      expect(body).not.toHaveProperty('priceReview')
      expect(body).not.toHaveProperty('credit')
    }
  })
})

describe('R1 when no post covers the price', () => {
  it('the verdict says the price must change, with the figure', async () => {
    const office = await openContractOffice({ gmAuthorityBps: 800 })
    try {
      const draft = await office.clerk.call('applications.save', office.applicationInput({ unitPriceFen: 909_900 }))
      const review = bodyOf(draft).priceReview!
      expect(review.text).toBe('低于底价 9.01%，超出销售经理 5% 权限，价目表中没有岗位有此权限，须调整单价')
      expect(review).toMatchObject({ covered: false, neededRole: null })
      // The core refuses the submit for the same reason (R1), so the verdict and the refusal agree.
      const refused = await office.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      expect(refused.code).toBe('PRICE_BELOW_AUTHORITY')
    } finally {
      await office.office.close()
    }
  }, 60_000)
})
