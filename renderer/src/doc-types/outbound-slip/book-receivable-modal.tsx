import { Alert, App, Descriptions } from 'antd'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'
import { formatYuan } from '../../../../shared/money'

interface Props {
  open: boolean
  slipId: number
  slipNo: string
  customerName: string
  amountFen: number | null
  signedOn: string
  onClose(): void
  onDone(): void
}

/** R11: finance books the slip's receivable (入帐) once its signed copy is recorded; the core sets the due date. */
export function BookReceivableModal({ open, slipId, slipNo, customerName, amountFen, signedOn, onClose, onDone }: Props) {
  const { message } = App.useApp()
  const submit = async () => {
    const done = await call('signBacks.bookReceivable', { slipId })
    message.success(`已入帐，到期日 ${done.receivable?.dueOn ?? ''}`)
    onClose()
    onDone()
  }
  return (
    <FormModal<object> enterSubmits={false} open={open} title={`应收入帐：${slipNo}`} submitText="确认入帐" testId="book-receivable" onSubmit={submit} onClose={onClose}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'customer', label: '客户', children: customerName },
          { key: 'amount', label: '入帐金额（元）', children: <span className="tabular-nums">{amountFen === null ? '—' : formatYuan(amountFen)}</span> },
          { key: 'signed', label: '客户签收日期', children: <span className="tabular-nums">{signedOn}</span> },
        ]}
      />
      <Alert
        style={{ marginTop: 12 }}
        type="info"
        showIcon
        title="到期日：签收日期加客户信用天数；合同分期约定的日期更晚时，取合同日期。入帐后按到期先后以合同回款冲销。"
      />
    </FormModal>
  )
}
