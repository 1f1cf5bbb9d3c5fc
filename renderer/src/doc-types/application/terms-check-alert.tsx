import { Alert, Button } from 'antd'
import { formatYuan } from '../../../../shared/money'
import type { TermsCheck } from './application-form-values'

/** The live R-check behind TERMS_MISMATCH: prepayment + instalments must equal the total, to the fen. */
export function TermsCheckAlert({ check, onFill }: { check: TermsCheck; onFill(): void }) {
  const { totalFen, prepaymentFen, instalmentsFen, differenceFen } = check
  if (totalFen === null || totalFen === 0 || prepaymentFen === null || instalmentsFen === null || differenceFen === null) return null
  const sums = `预付款 ¥${formatYuan(prepaymentFen)} + 分期 ¥${formatYuan(instalmentsFen)}，合同金额 ¥${formatYuan(totalFen)}`
  if (differenceFen === 0) {
    return <Alert type="success" showIcon title={`付款安排与合同金额一致（${sums}）`} data-testid="terms-check" data-difference={0} />
  }
  const title = differenceFen > 0 ? `还差 ${formatYuan(differenceFen)} 元未安排` : `超出合同金额 ${formatYuan(-differenceFen)} 元`
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={`${sums}。预付款与各期款项合计须等于合同金额，否则不能保存。`}
      action={
        <Button size="small" onClick={onFill} data-testid="terms-fill">
          {differenceFen > 0 ? '差额计入末期' : '从末期扣减'}
        </Button>
      }
      data-testid="terms-check"
      data-difference={differenceFen}
    />
  )
}
