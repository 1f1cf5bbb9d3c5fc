import { App, DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'

interface Values {
  signedBy: string
  signedOn: Dayjs
  returnedOn: Dayjs
  discrepancy?: string
}

interface Props {
  open: boolean
  slipId: number
  slipNo: string
  postedOn: string
  onClose(): void
  onDone(): void
}

/** R11: finance records the customer's signed copy (客户联) of a posted slip — who signed, when, when it came back. */
export function SignedCopyModal({ open, slipId, slipNo, postedOn, onClose, onDone }: Props) {
  const { message } = App.useApp()
  const submit = async (v: Values) => {
    await call('signBacks.recordCopy', {
      slipId, signedBy: v.signedBy.trim(), signedOn: v.signedOn.format('YYYY-MM-DD'), returnedOn: v.returnedOn.format('YYYY-MM-DD'),
      ...(v.discrepancy?.trim() ? { discrepancy: v.discrepancy.trim() } : {}),
    })
    message.success('已登记客户签收')
    onClose()
    onDone()
  }
  const outOfRange = (d: Dayjs) => d.isBefore(dayjs(postedOn), 'day') || d.isAfter(dayjs(), 'day')
  return (
    <FormModal<Values>
      enterSubmits={false}
      open={open}
      title={`登记客户签收：${slipNo}`}
      submitText="登记签收"
      testId="signed-copy"
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ signedOn: dayjs(), returnedOn: dayjs() }}
      intro={<div style={{ marginBottom: 12, color: 'rgba(0,0,0,0.65)' }}>客户签收联交回后登记；登记后方可入帐，出库单不能再作废（R11、R24）。出库日期 {postedOn}。</div>}
    >
      <Form.Item label="签收人" name="signedBy" rules={[{ required: true, whitespace: true, message: '请输入签收人' }, { max: 40, message: '签收人最多 40 个字' }]}>
        <Input maxLength={40} data-testid="signed-copy-by" />
      </Form.Item>
      <Form.Item label="签收日期" name="signedOn" rules={[{ required: true, message: '请选择签收日期' }]}>
        <DatePicker disabledDate={outOfRange} data-testid="signed-copy-signed-on" />
      </Form.Item>
      <Form.Item label="交回日期" name="returnedOn" rules={[{ required: true, message: '请选择交回日期' }]}>
        <DatePicker disabledDate={outOfRange} data-testid="signed-copy-returned-on" />
      </Form.Item>
      <Form.Item label="差异说明" name="discrepancy" rules={[{ max: 500, message: '差异说明最多 500 个字' }]}>
        <Input.TextArea rows={2} maxLength={500} placeholder="无差异可不填（如：数量短少、包装破损）" data-testid="signed-copy-discrepancy" />
      </Form.Item>
    </FormModal>
  )
}
