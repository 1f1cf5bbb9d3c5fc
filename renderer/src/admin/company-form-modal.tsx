import { App, Form, Input, Select } from 'antd'
import { companyProfileSchema, type CompanyProfile, type CompanyView, type UserDto } from '../../../shared/api'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { zodRule } from '../forms/zod-rule'
import { useSession } from '../session/session-context'

const field = companyProfileSchema.shape

interface Props {
  company: CompanyView | null
  /** Who may keep the seal: the enabled users (users.list). */
  users: UserDto[]
  onClose(): void
}

/** 编辑公司资料: the name heads every printed form; the seal keeper is R4's. The core checks it all again. */
export function CompanyFormModal({ company, users, onClose }: Props) {
  const { message } = App.useApp()
  const { phase, signedIn } = useSession()

  const submit = async (values: CompanyProfile) => {
    const saved = await call('admin.saveCompany', { ...values, sealKeeperUserId: values.sealKeeperUserId ?? null })
    // The header and the login page show the company's name: they take the saved one at once.
    if (phase.kind === 'signedIn') signedIn(phase.me, saved.name)
    message.success('公司资料已保存')
    onClose()
  }

  return (
    <FormModal<CompanyProfile>
      open={company !== null}
      title="编辑公司资料"
      submitText="保存"
      testId="company-form"
      onSubmit={submit}
      onClose={onClose}
      initialValues={company ?? undefined}
      errorFields={{ SEAL_KEEPER_NOT_FOUND: 'sealKeeperUserId', SEAL_KEEPER_DISABLED: 'sealKeeperUserId' }}
    >
      <Form.Item label="公司名称" name="name" required extra="打印的单据以此为抬头" rules={[zodRule(field.name)]}>
        <Input maxLength={60} data-testid="company-form-name" />
      </Form.Item>
      <Form.Item label="地址" name="address" rules={[zodRule(field.address)]}>
        <Input maxLength={120} data-testid="company-form-address" />
      </Form.Item>
      <Form.Item label="纳税人识别号" name="taxNumber" extra="18 位统一社会信用代码" rules={[zodRule(field.taxNumber)]}>
        <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="company-form-tax" />
      </Form.Item>
      <Form.Item label="开户行" name="bankName" rules={[zodRule(field.bankName)]}>
        <Input maxLength={60} data-testid="company-form-bank" />
      </Form.Item>
      <Form.Item label="银行账号" name="bankAccount" rules={[zodRule(field.bankAccount)]}>
        <Input maxLength={40} data-testid="company-form-account" />
      </Form.Item>
      <Form.Item label="合同章保管人" name="sealKeeperUserId" extra="用印时由其登记（用章登记）">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="尚未指定"
          options={users.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="company-form-keeper"
        />
      </Form.Item>
    </FormModal>
  )
}
