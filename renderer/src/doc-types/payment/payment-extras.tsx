import { Button, Form, Input, Select, Typography } from 'antd'
import { useState } from 'react'
import { fen } from '../../../../shared/api/common'
import { formatYuan, parseYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { isClosed } from '../../documents/lifecycle-checks'
import { FormModal } from '../../forms/form-modal'
import { fenOf, YuanInput, yuanRule } from '../../policy/yuan-input'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import { AllocationRows, allocationsOf, type AllocationValues } from './allocation-rows'
import type { PaymentBody } from './payment-body'

type Open = 'allocate' | 'deallocate' | 'reverse' | null

/**
 * R14: 分配 (the advance to contracts), 撤回分配 (a negative allocation, with its reason), 红冲 (a red entry;
 * the core refuses it while money is allocated: PAYMENT_HAS_ALLOCATIONS). Finance only, on a recorded payment.
 */
export function PaymentExtras({ header, body, onChanged }: TypeViewProps<PaymentBody>) {
  const me = useMe()
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const done = () => {
    close()
    onChanged()
  }
  if (!me.roles.includes('finance') || header.state !== 'approved' || isClosed(header) || body.reverses) return null
  return (
    <>
      {body.unallocatedFen > 0 && (
        <Button type="primary" onClick={() => setOpen('allocate')} data-testid="payment-allocate">
          分配到合同
        </Button>
      )}
      {body.allocatedByContract.length > 0 && (
        <Button onClick={() => setOpen('deallocate')} data-testid="payment-deallocate">
          撤回分配
        </Button>
      )}
      <Button danger onClick={() => setOpen('reverse')} data-testid="payment-reverse">
        红冲
      </Button>
      <FormModal<{ alloc?: AllocationValues }>
        open={open === 'allocate'}
        title={`分配收款 ${header.docNo}（未分配 ${formatYuan(body.unallocatedFen)} 元）`}
        submitText="分配"
        testId="payment-allocate"
        width={960}
        onClose={close}
        onSubmit={async (v) => {
          await call('payments.allocate', { paymentId: header.id, allocations: allocationsOf(v.alloc, parseYuan) })
          done()
        }}
      >
        <AllocationRows customerId={body.customerId} />
      </FormModal>
      <FormModal<{ contractId?: number; amount?: string; reason?: string }>
        open={open === 'deallocate'}
        title={`撤回分配 ${header.docNo}`}
        submitText="撤回"
        testId="payment-deallocate"
        onClose={close}
        enterSubmits={false}
        intro={<Typography.Paragraph type="secondary">撤回记为一笔负数分配，原分配记录保留。</Typography.Paragraph>}
        onSubmit={async (v) => {
          await call('payments.deallocate', { paymentId: header.id, contractId: v.contractId!, amountFen: fenOf(v.amount), reason: v.reason ?? '' })
          done()
        }}
      >
        <Form.Item label="合同" name="contractId" rules={[{ required: true, message: '请选择合同' }]}>
          <Select options={body.allocatedByContract.map((a) => ({ value: a.contractId, label: `${a.contractNo}（已分配 ${formatYuan(a.amountFen)} 元）` }))} />
        </Form.Item>
        <Form.Item label="撤回金额（元）" name="amount" required rules={[yuanRule(fen.positive('金额须大于 0'), '请输入金额')]}>
          <YuanInput />
        </Form.Item>
        <Form.Item label="撤回原因" name="reason" rules={[{ required: true, whitespace: true, message: '请输入撤回原因' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason?: string }>
        open={open === 'reverse'}
        title={`红冲 ${header.docNo}`}
        submitText="红冲"
        testId="payment-reverse"
        onClose={close}
        enterSubmits={false}
        intro={<Typography.Paragraph type="secondary">红冲生成一张引用本单的红字收款登记，本单不删除；已分配到合同的金额须先撤回。</Typography.Paragraph>}
        onSubmit={async (v) => {
          await call('payments.reverse', { paymentId: header.id, reason: v.reason ?? '' })
          done()
        }}
      >
        <Form.Item label="红冲原因" name="reason" rules={[{ required: true, whitespace: true, message: '请输入红冲原因' }]}>
          <Input maxLength={100} data-testid="payment-reverse-reason" />
        </Form.Item>
      </FormModal>
    </>
  )
}
