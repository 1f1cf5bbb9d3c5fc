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

function StepContent({ step }: { step: ChainStepView }) {
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
