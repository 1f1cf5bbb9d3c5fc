import { DatePicker, Form, Input, InputNumber, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ProductDto } from '../../../../shared/api'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'

interface Values {
  productId: number
  quantity: number
  batchNo: string
  inspectedOn: Dayjs
  inspectorName?: string
  remark?: string
}

interface Props {
  open: boolean
  products: ProductDto[]
  onClose(): void
  onIssued(certNo: string): void
}

/** 签发合格证 (R7): qc certifies a quantity of one product that passed inspection; the number is given (HG…). */
export function IssueCertificateModal({ open, products, onClose, onIssued }: Props) {
  return (
    <FormModal<Values>
      open={open}
      title="签发合格证"
      submitText="签发"
      testId="cert-issue"
      onClose={onClose}
      initialValues={{ inspectedOn: dayjs() }}
      onSubmit={async (v) => {
        const cert = await call('qcCertificates.issue', {
          productId: v.productId, quantity: v.quantity, batchNo: v.batchNo, inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
          inspectorName: v.inspectorName, remark: v.remark,
        })
        onIssued(cert.certNo)
      }}
    >
      <Form.Item name="productId" label="产品" rules={[{ required: true, message: '请选择产品' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="编码或名称"
          options={products.map((p) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec}` }))}
          data-testid="cert-product"
        />
      </Form.Item>
      <Form.Item name="quantity" label="合格数量" rules={[{ required: true, message: '请输入合格数量' }]}>
        <InputNumber min={1} max={1_000_000} precision={0} style={{ width: 160 }} data-testid="cert-quantity" />
      </Form.Item>
      <Form.Item name="batchNo" label="批号" rules={[{ required: true, whitespace: true, message: '请输入批号' }]}>
        <Input maxLength={40} data-testid="cert-batch" />
      </Form.Item>
      <Form.Item name="inspectedOn" label="检验日期" rules={[{ required: true, message: '请选择检验日期' }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="cert-inspected-on" />
      </Form.Item>
      <Form.Item name="inspectorName" label="检验员" extra="不填则为本人">
        <Input maxLength={32} data-testid="cert-inspector" />
      </Form.Item>
      <Form.Item name="remark" label="备注">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  )
}
