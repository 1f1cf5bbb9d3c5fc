import { MinusCircleOutlined } from '@ant-design/icons'
import { Steps, Typography } from 'antd'
import type { ChainStepView } from '../../../shared/api'
import { roleLabel } from '../../../shared/roles'
import { formatDateTime } from '../format/datetime'

const STATUS: Record<ChainStepView['status'], 'finish' | 'process' | 'wait'> = {
  done: 'finish',
  current: 'process',
  waiting: 'wait',
  skipped: 'wait',
}

const STATUS_TEXT: Record<ChainStepView['status'], string> = {
  done: '已签',
  current: '待办理',
  waiting: '未到',
  skipped: '不适用，已跳过',
}

type Countersign = NonNullable<ChainStepView['countersign']>

/** A countersign (会签): n/m signed so far, then each signature — who, in which post, when, what they wrote. */
function CountersignContent({ step, countersign }: { step: ChainStepView; countersign: Countersign }) {
  const { need, of, signatures } = countersign
  return (
    <div style={{ lineHeight: 1.6 }} data-testid={`doc-countersign-${step.key}`} data-signed={signatures.length} data-need={need}>
      <Typography.Text type="secondary" className="tabular-nums">
        {signatures.length === 0 ? `${STATUS_TEXT[step.status]}　` : ''}会签 {signatures.length}/{need}
        {need < of ? `（${of} 个岗位中任 ${need} 个）` : ''}
        {step.status === 'current' && signatures.length < need ? '，待其余岗位签' : ''}
      </Typography.Text>
      {signatures.map((signature) => (
        <div key={`${signature.role}-${signature.at}`} data-testid={`doc-countersign-${step.key}-${signature.role}`}>
          <Typography.Text strong>{signature.userName}</Typography.Text>
          <Typography.Text type="secondary">（{roleLabel(signature.role)}）</Typography.Text>
          <Typography.Text type="secondary" className="tabular-nums" style={{ marginInlineStart: 4 }}>
            {formatDateTime(signature.at)}
          </Typography.Text>
          {signature.comment && (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 2, tooltip: signature.comment }}>
              “{signature.comment}”
            </Typography.Paragraph>
          )}
        </div>
      ))}
    </div>
  )
}

function StepContent({ step }: { step: ChainStepView }) {
  // A skipped countersign has nothing to count; one under way or done shows its signatures.
  if (step.countersign && step.status !== 'skipped') return <CountersignContent step={step} countersign={step.countersign} />
  if (!step.signedBy) {
    return <Typography.Text type="secondary">{STATUS_TEXT[step.status]}</Typography.Text>
  }
  return (
    <div style={{ lineHeight: 1.6 }}>
      <div>
        <Typography.Text strong>{step.signedBy}</Typography.Text>
        {step.signedRole && <Typography.Text type="secondary">（{roleLabel(step.signedRole)}）</Typography.Text>}
      </div>
      {step.signedAt && (
        <div className="tabular-nums">
          <Typography.Text type="secondary">{formatDateTime(step.signedAt)}</Typography.Text>
        </div>
      )}
      {step.comment && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, tooltip: step.comment }}>
          “{step.comment}”
        </Typography.Paragraph>
      )}
    </div>
  )
}

/** The approval chain: who signs each step, who signed, when, and what they wrote (R3, R4, R21). */
export function DocumentChain({ chain }: { chain: ChainStepView[] }) {
  if (chain.length === 0) return <Typography.Text type="secondary">该单据无需审批</Typography.Text>
  const current = chain.findIndex((step) => step.status === 'current')
  return (
    <Steps
      size="small"
      // No step is current before submit or after the chain ends: -1 keeps antd from highlighting one.
      current={current}
      data-testid="doc-chain"
      items={chain.map((step) => ({
        key: step.key,
        status: STATUS[step.status],
        title: <span data-testid={`doc-step-${step.key}`} data-status={step.status}>{step.name}</span>,
        subTitle: step.actorLabel,
        content: <StepContent step={step} />,
        icon: step.status === 'skipped' ? <MinusCircleOutlined style={{ color: '#bfbfbf' }} /> : undefined,
        style: step.status === 'skipped' ? { opacity: 0.6 } : undefined,
      }))}
    />
  )
}
