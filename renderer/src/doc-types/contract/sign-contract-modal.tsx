import { DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useNavigate } from 'react-router-dom'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'

interface Values {
  customerContractNo?: string
  signedOn: Dayjs
}

interface Props {
  open: boolean
  applicationId: number
  applicationNo: string
  onClose(): void
}

/** R4: the sales head makes the contract from the approved application; then its page opens. */
export function SignContractModal({ open, applicationId, applicationNo, onClose }: Props) {
  const navigate = useNavigate()
  const submit = async (values: Values) => {
    const contract = await call('contracts.createFromApplication', {
      applicationId,
      customerContractNo: values.customerContractNo?.trim() ?? '',
      signedOn: values.signedOn.format('YYYY-MM-DD'),
    })
    onClose()
    navigate(`/documents/${contract.header.id}`)
  }
  return (
    <FormModal<Values>
      enterSubmits={false}
      open={open}
      title={`依据 ${applicationNo} 签订合同`}
      submitText="签订合同"
      testId="sign-contract"
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ signedOn: dayjs() }}
      intro={<p style={{ marginTop: 0 }}>合同的客户、产品明细和金额取自申报单，不能在此修改。</p>}
    >
      <Form.Item label="客户合同号" name="customerContractNo" extra="客户方的合同编号，没有可不填" rules={[{ max: 40, message: '客户合同号最多 40 个字符' }]}>
        <Input autoFocus maxLength={40} data-testid="sign-contract-customer-no" />
      </Form.Item>
      <Form.Item label="签订日期" name="signedOn" required rules={[{ required: true, message: '请选择签订日期' }]}>
        <DatePicker style={{ width: 200 }} data-testid="sign-contract-date" />
      </Form.Item>
    </FormModal>
  )
}
