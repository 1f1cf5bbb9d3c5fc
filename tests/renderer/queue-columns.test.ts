import { describe, expect, it } from 'vitest'
import type { QueuePosition } from '../../shared/api'
import { DOC_TYPES } from '../../shared/doc-types'
import { DOCUMENT_PREFIXES } from '../../shared/document-number'
import { decisionLabel, isRefusal, positionText } from '../../shared/queue-position'
import { queueColumns } from '../../renderer/src/queue/queue-columns'
import { TYPE_OPTIONS } from '../../renderer/src/queue/queue-filters'
import { sameRows, withKeys } from '../../renderer/src/queue/queue-rows-merge'

describe('the queue type filter', () => {
  it('offers the types the workstation runs (the registry), every number prefix of R22 now built', () => {
    expect(TYPE_OPTIONS.map((o) => o.value)).toEqual(Object.keys(DOC_TYPES))
    expect(TYPE_OPTIONS.map((o) => o.label)).toEqual(Object.values(DOC_TYPES).map((t) => t.label))
    // Every number prefix of R22 is a built type now (commission and reconciliation were the last): a prefix
    // added before its type would not reach the filter, which follows the registry.
    expect([...Object.keys(DOC_TYPES)].sort()).toEqual(Object.keys(DOCUMENT_PREFIXES).sort())
  })
})

describe('the queue columns at 1366 px', () => {
  // 1366 less the menu (184), the content and card padding and the scrollbar: the table gets about 1090 px.
  const width = 1090
  it.each(['todo', 'done', 'started'] as const)('%s fits without scrolling sideways and leaves 客户 room for a 12-character name', (tab) => {
    const columns = queueColumns(tab, width)
    expect(columns.reduce((sum, c) => sum + c.width, 0)).toBe(width)
    expect(columns.find((c) => c.title === '客户')!.width).toBeGreaterThanOrEqual(12 * 14 + 16)
  })

  it('已办 shows what I did and where the document is now; 我发起的 its state and whose desk', () => {
    expect(queueColumns('done', width).map((c) => c.title)).toEqual(['单号', '单据类型', '客户', '金额（元）', '我办理的', '当前位置', '办理时间'])
    expect(queueColumns('started', width).map((c) => c.title)).toEqual(['单号', '单据类型', '客户', '金额（元）', '状态', '当前位置', '发起时间'])
  })
})

describe('the words of a decision and a position', () => {
  it('a rejection is 驳回 and marked as a refusal; an approval is 同意 and is not', () => {
    expect([decisionLabel('reject'), isRefusal('reject')]).toEqual(['驳回', true])
    expect([decisionLabel('approve'), isRefusal('approve')]).toEqual(['同意', false])
    expect(decisionLabel('contract')).toBe('转合同')
    expect(decisionLabel(null)).toBe('—')
  })

  it('says the state, the step, the holder and the document made from it', () => {
    const now: QueuePosition = { state: 'pending', closed: false, steps: ['总经理签批'], holders: ['总经理'], madeInto: null }
    expect(positionText('application', now)).toBe('审批中 · 总经理签批 · 总经理')
    expect(positionText('application', { ...now, state: 'contracted', steps: [], holders: [], madeInto: { docType: 'contract', docNo: 'HT2026110001' } }))
      .toBe('已转合同 · 销售合同 HT2026110001')
    expect(positionText('application', { ...now, closed: true, steps: [], holders: [] })).toBe('已关闭')
  })

  it('a refresh that finds every document where it was keeps the rows (no redraw); one that moved does not', () => {
    const row = (state: string) => ({
      taskId: 1, documentId: 1, docType: 'application' as const, docNo: 'SQ1', title: '', customerName: null, amountFen: null, state: 'approve',
      closed: false, stepName: '销售经理审签', drafterName: '王小丽', at: '2026-01-01T00:00:00.000Z', decision: 'approve',
      now: { state, closed: false, steps: ['总经理签批'], holders: ['总经理'], madeInto: null },
    })
    expect(sameRows(withKeys([row('pending')]), withKeys([row('pending')]))).toBe(true)
    expect(sameRows(withKeys([row('pending')]), withKeys([row('approved')]))).toBe(false)
  })
})
