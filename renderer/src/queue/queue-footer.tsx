import { Flex, Spin, Typography } from 'antd'
import { memo, type ReactNode } from 'react'
import { formatCount } from '../format/count'

/** The line under the table: 共 N 条 and the loading indicator. */
export const FOOTER_HEIGHT = 32

/**
 * 共 N 条 and "loading more" under the queue table. A component of its own so that a load-more starting
 * or ending redraws this line only: the table above holds thousands of rows and redraws every row in
 * view whenever its props change, which at the end of a fast scroll cost a frame of 70 ms.
 */
export const QueueFooter = memo(function QueueFooter({ loaded, total, loadingMore, actions }: { loaded: number; total: number; loadingMore: boolean; actions?: ReactNode }) {
  return (
    <Flex align="center" justify="space-between" gap={16} style={{ height: FOOTER_HEIGHT }} data-testid="queue-footer" data-loaded={loaded} data-total={total}>
      {actions}
      <Typography.Text type="secondary" style={{ flex: 1 }}>
        {loadingMore ? (
          <Flex align="center" gap={8} data-testid="queue-loading-more">
            <Spin size="small" />
            正在加载更多…
          </Flex>
        ) : loaded > 0 && loaded < total ? (
          `已载入 ${formatCount(loaded)} 条，向下滚动继续加载`
        ) : null}
      </Typography.Text>
      <Typography.Text className="tabular-nums" data-testid="queue-total">
        共 {formatCount(total)} 条
      </Typography.Text>
    </Flex>
  )
})
