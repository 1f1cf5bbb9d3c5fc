import { ArrowLeftOutlined, CopyOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Skeleton } from 'antd'
import { useNavigate, useParams } from 'react-router-dom'
import { AppError } from '../../../shared/errors'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { PriceListBody } from './price-list-body'
import { PriceListStatus } from './price-list-status'

/** One issued price list: its products with 牌价/底价 and each role's 价格浮动权 (R1). Read-only. */
export function PriceListDetailPage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const canIssue = useCanCall('priceLists.issue')
  const listId = Number(id)
  const { data: list, loading, error } = useLoaded(String(listId), async () => {
    if (!Number.isSafeInteger(listId) || listId <= 0) throw new AppError('PRICE_LIST_NOT_FOUND', '找不到该版价目表')
    return call('priceLists.get', { id: listId })
  })

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/policy?tab=price-lists')} data-testid="price-list-back">
      返回价目表
    </Button>
  )
  // The previous list is never shown under another id: until this id's answer arrives, the skeleton.
  if (loading || error || !list) {
    return (
      <Card title={back}>
        {error ? <Alert type="error" showIcon title={error} data-testid="price-list-error" /> : <Skeleton active />}
      </Card>
    )
  }

  return (
    <Card
      title={
        <Flex align="center" gap={12}>
          {back}
          <span data-testid="price-list-title">价目表 第 {list.versionNo} 版</span>
          <PriceListStatus list={list} />
        </Flex>
      }
      extra={
        canIssue && (
          <Button icon={<CopyOutlined />} onClick={() => navigate(`/policy/price-lists/new?from=${list.id}`)} data-testid="price-list-copy">
            以此版为底稿发布新版
          </Button>
        )
      }
    >
      <PriceListBody list={list} />
    </Card>
  )
}
