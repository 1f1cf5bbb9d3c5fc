import { CopyOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd'
import { useNavigate } from 'react-router-dom'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { PriceListBody } from './price-list-body'
import { PriceListStatus } from './price-list-status'

/**
 * 现行价目: the price list in force today (R1, the core's clock), prices and authorities in one view —
 * what a clerk quoting a customer opens 销售政策 for (issue 10), rather than a product list without prices.
 */
export function PriceListInForce({ onShowVersions }: { onShowVersions(): void }) {
  const navigate = useNavigate()
  const canIssue = useCanCall('priceLists.issue')
  const { data: list, loading, error, reload } = useLoaded('priceLists.inForce', () => call('priceLists.inForce', {}), (method) => method === 'priceLists.issue')

  if (error) return <Alert type="error" showIcon title={error} action={<Button size="small" onClick={reload}>重试</Button>} data-testid="price-list-error" />
  if (loading && list === undefined) return <Skeleton active />
  if (!list) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={canIssue ? '今天没有生效的价目表：请点“发布新价目表”' : '今天没有生效的价目表：请等总经理发布，或在“价目表版本”里看待生效的版本'}
        data-testid="price-list-in-force-empty"
      >
        {canIssue && (
          <Button type="primary" onClick={() => navigate('/policy/price-lists/new')}>
            发布新价目表
          </Button>
        )}
      </Empty>
    )
  }
  return (
    <>
      <Flex align="center" justify="space-between" gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={12}>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="price-list-title">
            现行价目表 第 {list.versionNo} 版
          </Typography.Title>
          <PriceListStatus list={list} />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="price-list-reload">
            刷新
          </Button>
          <Button onClick={onShowVersions} data-testid="price-list-versions">
            全部版本
          </Button>
          {canIssue && (
            <Button icon={<CopyOutlined />} onClick={() => navigate(`/policy/price-lists/new?from=${list.id}`)} data-testid="price-list-copy">
              以此版为底稿发布新版
            </Button>
          )}
        </Flex>
      </Flex>
      <PriceListBody list={list} />
    </>
  )
}
