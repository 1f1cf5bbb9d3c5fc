import { Alert, Button, Flex, Typography } from 'antd'
import { capitalAmount, formatYuan } from '../../../../shared/money'

interface Props {
  totalFen: number | null
  error: string | null
  saving: boolean
  disabled: boolean
  onDismissError(): void
  onCancel(): void
  onSave(): void
}

/** Pinned to the bottom of the window: the running total (figures and 大写, R23) and 保存草稿. */
export function ApplicationTotalBar({ totalFen, error, saving, disabled, onDismissError, onCancel, onSave }: Props) {
  return (
    <div
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 5,
        background: '#fff',
        borderTop: '1px solid #eef0f3',
        boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.06)',
        padding: '10px 16px',
        margin: '0 -20px -16px',
      }}
      data-testid="app-total-bar"
    >
      {error && (
        <Alert type="error" showIcon closable={{ onClose: onDismissError }} title={error} style={{ marginBottom: 8 }} data-testid="app-save-error" />
      )}
      <Flex justify="space-between" align="center" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">合同金额：</Typography.Text>
          <Typography.Text strong className="tabular-nums" style={{ fontSize: 18 }} data-testid="app-total" data-fen={totalFen ?? ''}>
            {totalFen === null ? '金额过大' : `¥${formatYuan(totalFen)}`}
          </Typography.Text>
          {totalFen !== null && (
            <Typography.Text style={{ marginInlineStart: 16 }} data-testid="app-total-capital">
              大写：{capitalAmount(totalFen)}
            </Typography.Text>
          )}
        </div>
        <Flex gap={8}>
          <Button onClick={onCancel} data-testid="app-cancel">
            取消
          </Button>
          <Button type="primary" loading={saving} disabled={disabled} onClick={onSave} data-testid="app-save">
            保存草稿
          </Button>
        </Flex>
      </Flex>
    </div>
  )
}
