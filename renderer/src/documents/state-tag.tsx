import { Tag } from 'antd'
import { stateSpec } from '../../../shared/doc-types'

interface Props {
  docType: string
  state: string
  /** R19: a closed document reads 已关闭 whatever state it was closed in. */
  closed?: boolean
  /** `doc-state` is the document's own tag; tags of other documents on its page pass their own id. */
  testId?: string
}

/** The document's state in its type's words and colour (shared/doc-types lifecycle: a contract's 已批准 reads 已签订). */
export function StateTag({ docType, state, closed = false, testId = 'doc-state' }: Props) {
  const { label, color } = stateSpec(docType, state, closed)
  // Closed, it keeps the state it was closed in: the tooltip says which.
  const title = closed ? `关闭时：${stateSpec(docType, state).label}` : undefined
  return (
    <Tag color={color} title={title} data-testid={testId} data-state={state} data-closed={closed || undefined} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  )
}
