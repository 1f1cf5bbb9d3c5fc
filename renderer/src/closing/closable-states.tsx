import { Descriptions, Flex, Typography } from 'antd'
import { DOC_TYPES } from '../../../shared/doc-types'
import { docTypeLabel, BUILT_DOC_TYPES } from '../doc-types/labels'
import { StateTag } from '../documents/state-tag'

/** Which states each built type may be closed in (its lifecycle's `closable`), read from shared data. */
export function ClosableStates() {
  const items = BUILT_DOC_TYPES.map((type) => {
    const { closable } = DOC_TYPES[type].lifecycle
    return {
      key: type,
      label: docTypeLabel(type),
      children:
        closable.length === 0 ? (
          <Typography.Text type="secondary">不按月关闭</Typography.Text>
        ) : (
          <Flex gap={6} wrap>
            {closable.map((state) => (
              <StateTag key={state} docType={type} state={state} testId={`closing-state-${type}-${state}`} />
            ))}
          </Flex>
        ),
    }
  })
  return <Descriptions size="small" column={1} bordered items={items} style={{ maxWidth: 560 }} data-testid="closing-states" />
}
