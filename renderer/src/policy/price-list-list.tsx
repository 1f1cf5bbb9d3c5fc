import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Empty, Flex, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useNavigate } from 'react-router-dom'
import type { PriceListSummary } from '../../../shared/api'
import { call } from '../api/client'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { PriceListStatus } from './price-list-status'

const COLUMNS: ColumnsType<PriceListSummary> = [
  { title: '版本', dataIndex: 'versionNo', width: 90, render: (no: number) => `第 ${no} 版` },
  { title: '生效日期', dataIndex: 'effectiveFrom', width: 120, render: (day: string) => <span className="tabular-nums">{day}</span> },
  { title: '状态', key: 'status', width: 90, render: (_: unknown, list) => <PriceListStatus list={list} /> },
  { title: '发布人', dataIndex: 'issuedByName', width: 110, ellipsis: { showTitle: true } },
  { title: '发布时间', dataIndex: 'issuedAt', width: 150, render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span> },
  { title: '产品数', dataIndex: 'itemCount', width: 90, align: 'right', render: (n: number) => <span className="tabular-nums">{n}</span> },
  {
    title: '说明',
    dataIndex: 'note',
    ellipsis: { showTitle: true },
    render: (note: string | null) => note ?? <Typography.Text type="secondary">—</Typography.Text>,
  },
]

/** 价目表: every issued version, newest first as the core sends them; a row opens its detail. */
export function PriceListList() {
  const navigate = useNavigate()
  const canIssue = useCanCall('priceLists.issue')
  const { data: lists, loading, error, reload } = useLoaded('priceLists', () => call('priceLists.list', {}), (method) => method === 'priceLists.issue')

  return (
    <>
      <Flex gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">R1：价目表由总经理发布，按生效日期自动切换；已发布的版本不能修改。</Typography.Text>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="price-list-reload">
            刷新
          </Button>
          {canIssue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/policy/price-lists/new')} data-testid="price-list-issue">
              发布新价目表
            </Button>
          )}
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="price-list-error" />}
      <Table<PriceListSummary>
        className="clickable-rows"
        size="small"
        rowKey="id"
        columns={COLUMNS}
        dataSource={lists}
        loading={loading}
        scroll={{ x: 860 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canIssue ? '尚未发布价目表，请点“发布新价目表”' : '尚未发布价目表，请等总经理发布'}
            />
          ),
        }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 版` }}
        onRow={(list) => ({
          onClick: () => navigate(`/policy/price-lists/${list.id}`),
          'data-testid': `price-list-row-${list.versionNo}`,
        })}
        data-testid="price-list-table"
      />
    </>
  )
}
