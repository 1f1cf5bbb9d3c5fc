import { Form, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { AllocatableContractDto } from '../../../../shared/doc-types/payment/payment-body'
import { fen } from '../../../../shared/api/common'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { YuanInput, yuanProblem } from '../../policy/yuan-input'

/** The form values of the allocation table: 元 text per contract id (empty: nothing to it). */
export type AllocationValues = Record<string, string | undefined>

/** The filled rows as the core takes them: integer fen per contract. */
export function allocationsOf(values: AllocationValues | undefined, parse: (text: string) => number | null) {
  return Object.entries(values ?? {})
    .map(([contractId, text]) => ({ contractId: Number(contractId), amountFen: text?.trim() ? (parse(text) ?? 0) : 0 }))
    .filter((a) => a.amountFen > 0)
}

/**
 * R14: the customer's signed contracts that still lack money, each with an amount to allocate (≤ 尚欠,
 * checked again by the core: ALLOCATION_OVER_BALANCE). Used in the record page and the 分配 modal.
 */
export function AllocationRows({ customerId, name = 'alloc' }: { customerId: number | undefined; name?: string }) {
  const [contracts, setContracts] = useState<AllocatableContractDto[]>([])
  useEffect(() => {
    if (!customerId) return setContracts([])
    let live = true
    void call('payments.allocatableContracts', { customerId }).then((rows) => live && setContracts(rows))
    return () => {
      live = false
    }
  }, [customerId])
  if (!customerId) return <Typography.Text type="secondary">先选择付款客户，再分配到其合同</Typography.Text>
  return (
    <Table<AllocatableContractDto>
      size="small"
      rowKey="contractId"
      pagination={false}
      dataSource={contracts}
      data-testid="allocation-rows"
      locale={{ emptyText: '该客户没有尚欠款的已签合同，全部作为预收款' }}
      columns={[
        { title: '合同', dataIndex: 'contractNo' },
        { title: '签订日期', dataIndex: 'signedOn', render: (d: string) => <span className="tabular-nums">{d}</span> },
        { title: '合同金额', dataIndex: 'amountFen', align: 'right', render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
        { title: '预付款', dataIndex: 'prepaymentFen', align: 'right', render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
        { title: '已回款', dataIndex: 'collectedFen', align: 'right', render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
        { title: '尚欠', dataIndex: 'lackingFen', align: 'right', render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
        {
          title: '本次分配（元）',
          key: 'amount',
          width: 160,
          render: (_: unknown, c) => (
            <Form.Item
              name={[name, String(c.contractId)]}
              style={{ margin: 0 }}
              rules={[
                {
                  validator: async (_r, v: unknown) => {
                    if (typeof v !== 'string' || v.trim() === '') return
                    const problem = yuanProblem(v, fen.positive('金额须大于 0').max(c.lackingFen, `不能超过尚欠 ${formatYuan(c.lackingFen)} 元`), '')
                    if (problem) throw new Error(problem)
                  },
                },
              ]}
            >
              <YuanInput placeholder="0.00" data-testid={`alloc-${c.contractNo}`} />
            </Form.Item>
          ),
        },
      ]}
    />
  )
}
