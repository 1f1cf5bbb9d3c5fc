import { Alert, Typography } from 'antd'

/** R4: wording that departs from the standard template; the contract then goes to legal review. */
export function NonStandardTerms({ text }: { text: string | null }) {
  if (!text) return <Typography.Text type="secondary">无（按标准合同文本）</Typography.Text>
  return (
    <Alert
      type="warning"
      showIcon
      title="非标准条款：合同须经法务审核"
      description={<div style={{ whiteSpace: 'pre-wrap' }}>{text}</div>}
      data-testid="doc-non-standard"
    />
  )
}
