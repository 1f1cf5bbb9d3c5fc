import { WarningOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Tooltip, Typography } from 'antd'
import { capitalAmount, formatYuan } from '../../../../shared/money'

interface Props {
  totalFen: number | null
  /** total − prepayment − instalments (TERMS_MISMATCH when not 0); null while it cannot be computed. */
  differenceFen: number | null
  /** Scrolls to 付款条件, where the terms are fixed. */
  onShowTerms(): void
  error: string | null
  saving: 'draft' | 'submit' | null
  disabled: boolean
  onDismissError(): void
  onCancel(): void
  onSave(): void
  onSaveAndSubmit(): void
}

/** The terms mismatch where the user looks when about to save: beside the total (TERMS_MISMATCH). */
function TermsMismatch({ differenceFen, onShowTerms }: { differenceFen: number; onShowTerms(): void }) {
  const text = differenceFen > 0 ? `付款安排还差 ¥${formatYuan(differenceFen)}` : `付款安排超出 ¥${formatYuan(-differenceFen)}`
  return (
    <Typography.Text type="danger" style={{ marginInlineStart: 16 }} data-testid="app-total-terms-mismatch" data-difference={differenceFen}>
      <WarningOutlined /> {text}，保存前请调整
      <Typography.Link style={{ marginInlineStart: 8 }} onClick={onShowTerms} data-testid="app-total-terms-link">
        去付款条件
      </Typography.Link>
    </Typography.Text>
  )
}

/**
 * Pinned to the bottom of the window: the running total (figures and 大写, R23), whether the payment
 * terms add up to it, 保存草稿 and 保存并提交.
 */
export function ApplicationTotalBar(props: Props) {
  const { totalFen, differenceFen, onShowTerms, error, saving, disabled, onDismissError, onCancel, onSave, onSaveAndSubmit } = props
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
          {totalFen !== null && totalFen > 0 && differenceFen !== null && differenceFen !== 0 && (
            <TermsMismatch differenceFen={differenceFen} onShowTerms={onShowTerms} />
          )}
        </div>
        <Flex gap={8}>
          <Button onClick={onCancel} data-testid="app-cancel">
            取消
          </Button>
          <Button loading={saving === 'draft'} disabled={disabled || saving !== null} onClick={onSave} data-testid="app-save">
            保存草稿
          </Button>
          <Tooltip title="保存后立即提交审批；提交被拒绝时草稿已保存，可在单据页修改后再提交">
            <Button type="primary" loading={saving === 'submit'} disabled={disabled || saving !== null} onClick={onSaveAndSubmit} data-testid="app-save-submit">
              保存并提交
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
    </div>
  )
}
