import { describe, expect, it } from 'vitest'
import { discountVerdict } from '../../electron/core/policy/discount-verdict'

// R1 价格浮动权 read for one signer: the cases the integration tests do not reach through the chain.
const POLICY = { sales_manager: 500, general_manager: null }

describe('discountVerdict', () => {
  it('reads a signer holding two posts against the larger authority', () => {
    expect(discountVerdict(901, POLICY, ['sales_manager', 'general_manager'])).toMatchObject({
      signerRole: 'general_manager', covered: true, text: '低于底价 9.01%，在总经理权限内（不限）',
    })
  })

  it('exactly at the limit is within it; one basis point past is not', () => {
    expect(discountVerdict(500, POLICY, ['sales_manager']).text).toBe('低于底价 5%，在销售经理 5% 权限内')
    expect(discountVerdict(501, POLICY, ['sales_manager']).text).toBe('低于底价 5.01%，超出销售经理 5% 权限，需总经理签批')
  })

  it('a post with no room under the floor says so, and the lowest covering post is named, not the highest', () => {
    const policy = { sales_manager: 0, sales_vp: 800, general_manager: null }
    expect(discountVerdict(300, policy, ['sales_manager'])).toMatchObject({
      covered: false, neededRole: 'sales_vp', text: '低于底价 3%，超出销售经理权限（不得低于底价），需分管销售副总签批',
    })
  })

  it('a reader without authority reads against the first signer’s; a price list naming none says the price must change', () => {
    expect(discountVerdict(300, POLICY, ['sales_clerk']).text).toBe('低于底价 3%，在销售经理 5% 权限内')
    expect(discountVerdict(300, {}, ['sales_manager'])).toMatchObject({ signerRole: null, covered: false, text: '低于底价 3%，价目表未规定任何岗位的价格浮动权，须调整单价' })
    expect(discountVerdict(0, {}, ['sales_manager']).text).toBe('各行单价均不低于底价')
  })
})
