import { EditOutlined, MoneyCollectOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { fen } from '../../../../shared/api/common'
import { formatYuan, plainYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { FormModal } from '../../forms/form-modal'
import { fenOf, YuanInput, yuanRule } from '../../policy/yuan-input'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { CommissionBody } from './commission-body'

interface PayValues { paidOn?: Dayjs; amount?: string; note?: string }

/** R16: 登记发放 for finance once the GM has approved (paid ≤ approved); 编辑 for the drafter while editable; 打印预览. */
export function CommissionExtras({ header, body, onChanged }: TypeViewProps<CommissionBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const left = body.figures.payableFen - body.paidFen
  const mayPay = me.roles.includes('finance') && !isClosed(header) && ['approved', 'partlyPaid'].includes(header.state) && left > 0
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  return (
    <>
      {mayPay && (
        <Button type="primary" icon={<MoneyCollectOutlined />} onClick={() => setOpen(true)} data-testid="commission-pay">
          登记发放
        </Button>
      )}
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/commissions/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/commission/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
      <FormModal<PayValues>
        open={open}
        title={`登记发放 ${header.docNo}（尚未发放 ${formatYuan(left)} 元）`}
        submitText="登记"
        testId="commission-pay"
        onClose={() => setOpen(false)}
        enterSubmits={false}
        initialValues={{ paidOn: dayjs(), amount: plainYuan(left) }}
        errorFields={{ COMMISSION_PAID_OVER_APPROVED: 'amount' }}
        intro={<Typography.Paragraph type="secondary">按批准金额发放，可分次登记；累计发放不能超过批准金额。</Typography.Paragraph>}
        onSubmit={async (v) => {
          await call('commissions.recordPaid', { commissionId: header.id, paidOn: v.paidOn!.format('YYYY-MM-DD'), amountFen: fenOf(v.amount), note: v.note })
          setOpen(false)
          onChanged()
        }}
      >
        <Form.Item label="发放日期" name="paidOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="commission-paid-on" />
        </Form.Item>
        <Form.Item label="发放金额（元）" name="amount" required rules={[yuanRule(fen.positive('金额须大于 0'), '请输入金额')]}>
          <YuanInput data-testid="commission-pay-amount" />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </>
  )
}
