import { Descriptions } from 'antd'
import type { ChainStepView, DocumentHeaderDto } from '../../../shared/api'
import { formatDateTime } from '../format/datetime'
import { AmountText } from './amount-text'

/** 单号, customer, amount (figures and 大写), drafter, dates and version of one document. */
export function DocumentHeader({ header, chain }: { header: DocumentHeaderDto; chain: ChainStepView[] }) {
  // currentStep is the step's key; people read its name (e.g. 总经理签批).
  const step = header.currentStep === null ? null : (chain.find((s) => s.key === header.currentStep)?.name ?? header.currentStep)
  const items = [
    { key: 'docNo', label: '单号', children: <span className="tabular-nums" data-testid="doc-no">{header.docNo}</span> },
    { key: 'customer', label: '客户', span: 2, children: <span data-testid="doc-customer">{header.customerName ?? '—'}</span> },
    // Need-to-know: no amount row for a post the core does not send the amount to.
    ...(header.amountFen === undefined ? [] : [{ key: 'amount', label: '金额', span: 3, children: <AmountText fen={header.amountFen} testId="doc-amount" /> }]),
    { key: 'drafter', label: '起草人', children: <span data-testid="doc-drafter">{header.drafterName}</span> },
    { key: 'created', label: '起草时间', children: <span className="tabular-nums">{formatDateTime(header.createdAt)}</span> },
    { key: 'updated', label: '最后更新', children: <span className="tabular-nums">{formatDateTime(header.updatedAt)}</span> },
    { key: 'step', label: '当前步骤', children: <span data-testid="doc-current-step">{step ?? '—'}</span> },
    ...(header.closedAt
      ? [{ key: 'closed', label: '关闭时间', children: <span className="tabular-nums">{formatDateTime(header.closedAt)}</span> }]
      : []),
    // The version the next action is sent with (optimistic locking): shown so "已被他人处理" is explainable.
    { key: 'version', label: '版本', children: <span data-testid="doc-version">第 {header.version} 版</span> },
  ]
  return <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} items={items} data-testid="doc-header" />
}
