import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect } from 'react'
import type { ProductDto } from '../../../../shared/api'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'
import { useLoaded } from '../../hooks/use-loaded'
import { noticeCertifyLines, type CertifyLine } from './notice-certify-lines'

interface Values {
  productionNoticeId?: number
  productId: number
  quantity: number
  batchNo: string
  inspectedOn: Dayjs
  inspectorName?: string
  remark?: string
}

/** The notice the certificate is issued for, fixed when the modal opens from the notice's page. */
export interface CertifyNotice {
  id: number
  docNo: string
}

interface Props {
  open: boolean
  products: ProductDto[]
  /** From the notice's page (出具合格证): the notice is given, its products only, the first one still short prefilled. */
  notice?: CertifyNotice
  onClose(): void
  onIssued(certNo: string): void
}

/**
 * 签发合格证 (R7): qc certifies a quantity of one product that passed inspection; the number is given (HG…).
 * Optionally for a signed production notice in production (R6 → R7): then only its products, each with
 * what certificates for the notice still lack; qc's 出具合格证 on the notice closes once they cover it.
 */
export function IssueCertificateModal({ open, products, notice, onClose, onIssued }: Props) {
  return (
    <FormModal<Values>
      open={open}
      title={notice ? `出具合格证 · 生产通知单 ${notice.docNo}` : '签发合格证'}
      submitText="签发"
      testId="cert-issue"
      onClose={onClose}
      initialValues={{ inspectedOn: dayjs() }}
      onSubmit={async (v) => {
        const cert = await call('qcCertificates.issue', {
          productId: v.productId, quantity: v.quantity, batchNo: v.batchNo, inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
          inspectorName: v.inspectorName, remark: v.remark, productionNoticeId: notice?.id ?? v.productionNoticeId,
        })
        onIssued(cert.certNo)
      }}
    >
      {open && <CertificateFields products={products} notice={notice} />}
    </FormModal>
  )
}

/** The fields, inside the modal's form: a chosen notice narrows the products and prefills what it still lacks. */
function CertificateFields({ products, notice }: { products: ProductDto[]; notice?: CertifyNotice }) {
  const form = Form.useFormInstance<Values>()
  const picked = Form.useWatch('productionNoticeId', form)
  const chosen = notice?.id ?? picked
  const notices = useLoaded(notice ? 'fixed' : 'notices', () => (notice ? Promise.resolve([]) : call('productionNotices.awaitingInbound', {})))
  const lines = useLoaded(`lines|${chosen ?? 0}`, () => (chosen ? noticeCertifyLines(chosen) : Promise.resolve([] as CertifyLine[])))
  const shown = chosen ? (lines.data ?? []) : []
  // The first product still short of certificates, prefilled once the notice's lines arrive.
  const first = shown.find((l) => l.lacking > 0)
  useEffect(() => {
    if (first && form.getFieldValue('productId') === undefined) form.setFieldsValue({ productId: first.productId, quantity: first.lacking })
  }, [first, form])
  const options = chosen
    ? shown.map((l) => ({ value: l.productId, label: `${l.productCode} ${l.productName}（通知 ${l.noticeQuantity}${l.unit}，尚缺合格证 ${Math.max(0, l.lacking)}）` }))
    : products.map((p) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec}` }))
  return (
    <>
      {notice ? (
        <Typography.Paragraph type="secondary" data-testid="cert-notice-fixed">
          为生产通知单 {notice.docNo} 出具；合格证覆盖通知单上各产品的数量后，质检的待办即完成。
        </Typography.Paragraph>
      ) : (
        <Form.Item name="productionNoticeId" label="生产通知单" extra="可选：按生产通知单出具，只列通知单上的产品">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="不按通知单"
            loading={notices.loading}
            options={(notices.data ?? []).map((n) => ({ value: n.noticeId, label: `${n.noticeNo} ${n.customerName}` }))}
            onChange={() => form.setFieldsValue({ productId: undefined, quantity: undefined })}
            data-testid="cert-notice"
          />
        </Form.Item>
      )}
      <Form.Item name="productId" label="产品" rules={[{ required: true, message: '请选择产品' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="编码或名称"
          options={options}
          onChange={(productId: number) => {
            const line = shown.find((l) => l.productId === productId)
            if (line && line.lacking > 0) form.setFieldsValue({ quantity: line.lacking })
          }}
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
    </>
  )
}
