import { Typography } from 'antd'
import { capitalAmount, formatYuan } from '../../../shared/money'

/** R23: an amount in figures and in Chinese capitals, side by side, as every form shows it. */
export function AmountText({ fen, testId }: { fen: number | null; testId?: string }) {
  if (fen === null) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <span data-testid={testId} data-fen={fen}>
      <Typography.Text strong className="tabular-nums">
        ¥{formatYuan(fen)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 12 }} data-testid={testId ? `${testId}-capital` : undefined}>
        大写：{capitalAmount(fen)}
      </Typography.Text>
    </span>
  )
}
