import { Tag } from 'antd'
import { stateLabel } from '../../../shared/document-states'

const COLORS: Record<string, string> = {
  draft: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'warning',
  voided: 'default',
}

/** The document's state in the office's words (a contract's 已批准 reads 已签订). */
export function StateTag({ docType, state }: { docType: string; state: string }) {
  return (
    <Tag color={COLORS[state] ?? 'default'} data-testid="doc-state" data-state={state} style={{ marginInlineEnd: 0 }}>
      {stateLabel(docType, state)}
    </Tag>
  )
}
