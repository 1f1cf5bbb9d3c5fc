import { Empty, Timeline, Typography } from 'antd'
import type { TrailEntry } from '../../../shared/api'
import { stateLabel } from '../../../shared/doc-types'
import { DOCUMENT_ACTIONS } from '../../../shared/document-states'
import { roleLabel } from '../../../shared/roles'
import { formatDateTime } from '../format/datetime'

// The trail's action names beyond the workflow verbs (the core writes these for saves and signings).
const OTHER_ACTIONS: Record<string, string> = {
  create: '起草',
  save: '保存',
  update: '修改',
  edit: '修改',
  sign: '签订',
  seal: '使用合同章',
  'seal.use': '使用合同章',
  // R14: each allocation of a payment and each one taken back
  'payment.allocate': '分配收款',
  'payment.deallocate': '撤回分配',
  // R11: on an outbound slip, the customer's signed copy and the receivable
  'signBack.recordCopy': '登记客户签收', 'signBack.bookReceivable': '应收入帐',
  // R15, R24: on an invoice request, the tax system's number recorded and each red letter
  'invoice.record': '录入发票', 'invoice.redLetter': '红字冲销',
  // R16: a payout of an approved 提成单
  'commission.pay': '登记发放',
  print: '打印',
  // A business transition another document caused (已转合同, 已排产, 已红冲): its label is the comment.
  advance: '状态变更',
}

const COLORS: Record<string, string> = { approve: 'green', reject: 'red', void: 'gray', withdraw: 'gray', close: 'gray' }

function actionLabel(action: string): string {
  return (DOCUMENT_ACTIONS as Record<string, string>)[action] ?? OTHER_ACTIONS[action] ?? action
}

/** The document's own word for a state (its type's lifecycle): a contract's 已批准 reads 已签订. */
function stateText(docType: string, state: string | null): string | null {
  return state === null ? null : stateLabel(docType, state)
}

/** R21: every state change, oldest first: who, in which role, when, what, and what they wrote. */
export function DocumentTrail({ docType, trail }: { docType: string; trail: TrailEntry[] }) {
  if (trail.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
  return (
    <Timeline
      data-testid="doc-trail"
      items={trail.map((entry, index) => {
        const from = stateText(docType, entry.fromState)
        const to = stateText(docType, entry.toState)
        return {
          key: `${entry.at}-${index}`,
          color: COLORS[entry.action] ?? 'blue',
          content: (
            <div data-testid="doc-trail-entry" data-action={entry.action}>
              <div>
                <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>
                <Typography.Text style={{ marginInlineStart: 8 }} data-testid="doc-trail-signer">
                  {entry.onBehalfOfName ? `${entry.userName} 代 ${entry.onBehalfOfName}` : entry.userName}
                </Typography.Text>
                {entry.role && <Typography.Text type="secondary">（{roleLabel(entry.role)}）</Typography.Text>}
              </div>
              <Typography.Text type="secondary" className="tabular-nums" style={{ fontSize: 12 }}>
                {formatDateTime(entry.at)}
                {to && to !== from ? `　${from ? `${from} → ` : ''}${to}` : ''}
              </Typography.Text>
              {entry.comment && (
                <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>“{entry.comment}”</Typography.Paragraph>
              )}
            </div>
          ),
        }
      })}
    />
  )
}
