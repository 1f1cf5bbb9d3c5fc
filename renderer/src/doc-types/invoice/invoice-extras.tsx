import { EditOutlined, FileDoneOutlined, PrinterOutlined, RollbackOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Radio, Typography } from 'antd'
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
import type { InvoiceBody } from './invoice-body'

interface RecordValues { kind?: 'digital' | 'coded'; number?: string; code?: string; issuedOn?: Dayjs; amount?: string }
interface RedValues { confirmationNo?: string; redOn?: Dayjs; amount?: string; reason?: string }

const positive = fen.positive('金额须大于 0')

/**
 * R15: 录入发票 for finance on an approved request (the tax system's number, date and amount); R24: 红字冲销
 * on a recorded one, all or part (a recorded invoice is never edited or voided). 编辑 for the drafter while
 * editable; 打印预览 once it is not voided.
 */
export function InvoiceExtras({ header, body, onChanged }: TypeViewProps<InvoiceBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'record' | 'red' | null>(null)
  const close = () => setOpen(null)
  const done = () => {
    close()
    onChanged()
  }
  const finance = me.roles.includes('finance') && !isClosed(header)
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  return (
    <>
      {finance && header.state === 'approved' && (
        <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setOpen('record')} data-testid="invoice-record">
          录入发票
        </Button>
      )}
      {finance && header.state === 'invoiced' && (
        <Button danger icon={<RollbackOutlined />} onClick={() => setOpen('red')} data-testid="invoice-red">
          红字冲销
        </Button>
      )}
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/invoices/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/invoice/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
      <FormModal<RecordValues>
        open={open === 'record'}
        title={`录入发票 ${header.docNo}（申请金额 ${formatYuan(body.amountFen)} 元）`}
        submitText="录入"
        testId="invoice-record"
        onClose={close}
        enterSubmits={false}
        initialValues={{ kind: 'digital', issuedOn: dayjs(), amount: plainYuan(body.amountFen) }}
        errorFields={{ INVOICE_NUMBER_MALFORMED: 'number', INVOICE_NUMBER_DUPLICATE: 'number', INVOICE_AMOUNT_MISMATCH: 'amount' }}
        intro={<Typography.Paragraph type="secondary">发票在税务系统开具后录入；录入后不能修改，如有错误须开具红字发票冲销。</Typography.Paragraph>}
        onSubmit={async (v) => {
          const number = v.kind === 'coded' ? { kind: 'coded' as const, code: v.code ?? '', number: v.number ?? '' } : { kind: 'digital' as const, number: v.number ?? '' }
          await call('invoices.record', { requestId: header.id, number, issuedOn: v.issuedOn!.format('YYYY-MM-DD'), amountFen: fenOf(v.amount) })
          done()
        }}
      >
        <Form.Item label="发票类型" name="kind">
          <Radio.Group options={[{ value: 'digital', label: '数电发票（20 位号码）' }, { value: 'coded', label: '发票代码 + 8 位号码' }]} data-testid="invoice-kind" />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: RecordValues, b: RecordValues) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') === 'coded' ? (
              <Form.Item label="发票代码" name="code" rules={[{ required: true, pattern: /^(\d{10}|\d{12})$/, message: '发票代码应为 10 或 12 位数字' }]}>
                <Input maxLength={12} data-testid="invoice-code" />
              </Form.Item>
            ) : null
          }
        </Form.Item>
        <Form.Item label="发票号码" name="number" rules={[{ required: true, whitespace: true, message: '请输入发票号码' }]}>
          <Input maxLength={20} data-testid="invoice-number-input" />
        </Form.Item>
        <Form.Item label="开票日期" name="issuedOn" rules={[{ required: true, message: '请选择开票日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="invoice-issued-on" />
        </Form.Item>
        <Form.Item label="发票金额（元）" name="amount" required rules={[yuanRule(positive, '请输入金额')]}>
          <YuanInput data-testid="invoice-record-amount" />
        </Form.Item>
      </FormModal>
      <FormModal<RedValues>
        open={open === 'red'}
        title={`红字冲销 ${body.invoice?.invoiceNo ?? ''}（尚可红冲 ${formatYuan(body.standingFen)} 元）`}
        submitText="红冲"
        testId="invoice-red"
        onClose={close}
        enterSubmits={false}
        initialValues={{ redOn: dayjs() }}
        errorFields={{ INVOICE_RED_BEYOND_ORIGINAL: 'amount', INVOICE_RED_CONFIRMATION_DUPLICATE: 'confirmationNo' }}
        intro={<Typography.Paragraph type="secondary">红字发票引用原发票号码和红字信息确认单，可冲销全部或部分；原发票记录保留。</Typography.Paragraph>}
        onSubmit={async (v) => {
          await call('invoices.redLetter', { requestId: header.id, confirmationNo: v.confirmationNo ?? '', redOn: v.redOn!.format('YYYY-MM-DD'), amountFen: fenOf(v.amount), reason: v.reason ?? '' })
          done()
        }}
      >
        <Form.Item label="红字信息确认单编号" name="confirmationNo" rules={[{ required: true, pattern: /^(\d{16}|\d{20})$/, message: '红字信息确认单编号应为 16 或 20 位数字' }]}>
          <Input maxLength={20} data-testid="invoice-red-confirmation" />
        </Form.Item>
        <Form.Item label="红字日期" name="redOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="红字金额（元）" name="amount" required rules={[yuanRule(positive, '请输入金额')]}>
          <YuanInput data-testid="invoice-red-amount" />
        </Form.Item>
        <Form.Item label="红冲原因" name="reason" rules={[{ required: true, whitespace: true, message: '请输入红冲原因' }]}>
          <Input maxLength={100} data-testid="invoice-red-reason" />
        </Form.Item>
      </FormModal>
    </>
  )
}
