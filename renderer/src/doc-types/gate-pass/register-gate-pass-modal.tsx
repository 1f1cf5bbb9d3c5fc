import { App, DatePicker, Form, Input, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useNavigate } from 'react-router-dom'
import { gatePassInput } from '../../../../shared/doc-types/gate-pass/gate-pass-api'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'
import { zodRule } from '../../forms/zod-rule'

const fields = gatePassInput.shape

interface GatePassValues {
  vehiclePlate: string
  driverName: string
  driverPhone?: string
  /** Empty: the core takes the moment of registering. */
  leftAt?: Dayjs | null
  remark?: string
}

/**
 * 登记出门证 (issue 12): the guard, on the slip's page (opened by scanning its QR), types the plate and the
 * driver; the time out is now unless picked (补登 more than a day back goes to the warehouse keeper).
 */
export function RegisterGatePassModal({ slip, open, onClose }: { slip: { id: number; docNo: string }; open: boolean; onClose(): void }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const submit = async (v: GatePassValues) => {
    const view = await call('gatePasses.register', {
      outboundSlipId: slip.id, vehiclePlate: v.vehiclePlate, driverName: v.driverName, driverPhone: v.driverPhone, remark: v.remark,
      ...(v.leftAt ? { leftAt: v.leftAt.toISOString() } : {}),
    })
    message.success(`已登记出门证 ${view.header.docNo}（${view.header.state === 'approved' ? '已放行' : '待仓管确认补登'}）`)
    onClose()
    navigate(`/documents/${view.header.id}`)
  }
  return (
    <FormModal<GatePassValues>
      open={open}
      title={`登记出门证：出库单 ${slip.docNo}`}
      submitText="登记放行"
      testId="gate-pass"
      onSubmit={submit}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">核对车上货物与出库单一致后登记；一张出库单只登记一张出门证。</Typography.Paragraph>}
    >
      <Form.Item label="车牌号" name="vehiclePlate" required rules={[zodRule(fields.vehiclePlate)]}>
        <Input maxLength={16} placeholder="如 沪A·D1234" style={{ width: 240 }} autoFocus data-testid="gate-pass-plate-input" />
      </Form.Item>
      <Form.Item label="司机姓名" name="driverName" required rules={[zodRule(fields.driverName)]}>
        <Input maxLength={32} style={{ width: 240 }} data-testid="gate-pass-driver" />
      </Form.Item>
      <Form.Item label="司机电话" name="driverPhone" rules={[zodRule(fields.driverPhone)]}>
        <Input maxLength={32} style={{ width: 240 }} data-testid="gate-pass-phone" />
      </Form.Item>
      <Form.Item label="出门时间" name="leftAt" extra="不填即现在；补登一天以前的，需仓管员确认">
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="现在" style={{ width: 240 }} data-testid="gate-pass-left-at" />
      </Form.Item>
      <Form.Item label="备注" name="remark" rules={[zodRule(fields.remark)]}>
        <Input.TextArea rows={2} maxLength={200} data-testid="gate-pass-remark" />
      </Form.Item>
    </FormModal>
  )
}
