import { App, Form, Input, InputNumber, Select, Typography } from 'antd'
import { useNavigate } from 'react-router-dom'
import { CREDIT_RATINGS, creditProposalInput, type CreditRating, type CustomerDto } from '../../../../shared/api'
import { formatYuan, plainYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'
import { zodRule } from '../../forms/zod-rule'
import { useLastPresent } from '../../hooks/use-last-present'
import { fenOf, yuanRule, YuanInput } from '../../policy/yuan-input'
import { creditTermsOf } from '../../customers/credit-terms'

const fields = creditProposalInput.shape
const RATING_OPTIONS = (Object.keys(CREDIT_RATINGS) as CreditRating[]).map((rating) => ({
  value: rating,
  label: CREDIT_RATINGS[rating],
  'data-testid': `credit-rating-option-${rating}`,
}))

interface CreditChangeValues {
  rating: CreditRating
  limit: string
  creditDays: number
  reason: string
}

/**
 * 申请调整信用 (R2): one role proposes rating, limit and days; the general manager approves. The core
 * files a 信用变更单 and submits it at once; we then open that document's page.
 */
export function CreditChangeModal({ customer, onClose }: { customer: CustomerDto | null; onClose(): void }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const shown = useLastPresent(customer)
  // Only credit readers may propose (shared/need-to-know.ts), so the core sent the terms; a gap shows as blank.
  const terms = shown ? creditTermsOf(shown) : null

  const submit = async (values: CreditChangeValues) => {
    if (!customer) return
    const view = await call('creditChanges.propose', {
      customerId: customer.id,
      rating: values.rating,
      creditLimitFen: fenOf(values.limit),
      creditDays: values.creditDays,
      reason: values.reason,
    })
    message.success(`已提交信用变更单 ${view.header.docNo}，等待总经理审批`)
    onClose()
    navigate(`/documents/${view.header.id}`)
  }

  return (
    <FormModal<CreditChangeValues>
      open={customer !== null}
      title={`申请调整信用：${shown?.name ?? ''}`}
      submitText="提交审批"
      testId="credit-change"
      onSubmit={submit}
      onClose={onClose}
      initialValues={
        terms ? { rating: terms.rating, limit: plainYuan(terms.creditLimitFen), creditDays: terms.creditDays, reason: '' } : undefined
      }
      intro={
        terms && (
          <Typography.Paragraph type="secondary">
            现为 {CREDIT_RATINGS[terms.rating]}，信用额度 {formatYuan(terms.creditLimitFen)} 元，信用天数 {terms.creditDays} 天。
            提交后由总经理审批，批准前仍按现有信用执行。
          </Typography.Paragraph>
        )
      }
    >
      <Form.Item label="信用等级" name="rating" required rules={[zodRule(fields.rating)]}>
        <Select<CreditRating> options={RATING_OPTIONS} style={{ width: 200 }} virtual={false} data-testid="credit-change-rating" />
      </Form.Item>
      <Form.Item label="信用额度" name="limit" required rules={[yuanRule(fields.creditLimitFen, '请输入信用额度')]} extra="填 0 即零信用">
        <YuanInput style={{ width: 240 }} data-testid="credit-change-limit" />
      </Form.Item>
      <Form.Item label="信用天数" name="creditDays" required rules={[zodRule(fields.creditDays)]}>
        <InputNumber<number> min={0} max={365} precision={0} suffix="天" style={{ width: 160 }} data-testid="credit-change-days" />
      </Form.Item>
      <Form.Item label="调整理由" name="reason" required rules={[zodRule(fields.reason)]}>
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder="如：近两年合作 12 笔，均按期回款；新签年度框架合同"
          data-testid="credit-change-reason"
        />
      </Form.Item>
    </FormModal>
  )
}
