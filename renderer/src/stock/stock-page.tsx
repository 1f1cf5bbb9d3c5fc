import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Empty, Flex, Input, Row, Switch, Table, Tooltip, Typography } from 'antd'
import { useMemo, useState, type HTMLAttributes } from 'react'
import type { StockRowDto } from '../../../shared/api'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'
import { StockMovements } from './stock-movements'

const num = (n: number) => <span className="tabular-nums">{n}</span>

/**
 * 库存: on hand per product (the running figure each inbound and outbound posting moves), what is
 * reserved, and the movements of the product picked. Quantities only: no prices on this page.
 */
export function StockPage() {
  const [onlyInStock, setOnlyInStock] = useState(false)
  const [search, setSearch] = useState('')
  const [picked, setPicked] = useState<number | null>(null)
  const { data, loading, error, reload } = useLoaded(String(onlyInStock), () => call('stock.onHand', { includeEmpty: !onlyInStock }), (m) => m === 'documents.act')
  const rows = useMemo(() => {
    const text = search.trim().toLowerCase()
    return (data ?? []).filter((r) => !text || `${r.productCode} ${r.productName} ${r.spec}`.toLowerCase().includes(text))
  }, [data, search])
  const product = (data ?? []).find((r) => r.productId === picked) ?? null

  return (
    <Row gutter={16}>
      <Col span={product ? 14 : 24}>
        <Card>
          <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
            <Flex align="center" gap={16}>
              <Typography.Title level={4} style={{ margin: 0 }}>库存</Typography.Title>
              <Input.Search allowClear placeholder="编码、名称或规格" style={{ width: 220 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="stock-search" />
              <Flex align="center" gap={6}>
                <Switch size="small" checked={onlyInStock} onChange={setOnlyInStock} data-testid="stock-only-in-stock" />
                <span>只看有库存</span>
              </Flex>
            </Flex>
            <Button icon={<ReloadOutlined />} onClick={reload}>刷新</Button>
          </Flex>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Table<StockRowDto>
            size="small"
            rowKey="productId"
            loading={loading}
            dataSource={rows}
            pagination={false}
            data-testid="stock-table"
            rowClassName={(r) => (r.productId === picked ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => setPicked(r.productId), style: { cursor: 'pointer' }, 'data-testid': `stock-row-${r.productCode}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onlyInStock ? '目前没有在库的产品' : '还没有产品'} /> }}
            columns={[
              { title: '产品编码', dataIndex: 'productCode', width: 120, render: (c: string) => <span className="tabular-nums">{c}</span> },
              // Names and specs wrap rather than clip: 立式加工中心 and 立式加工机 are different products.
              { title: '产品名称', dataIndex: 'productName' },
              { title: '规格型号', dataIndex: 'spec' },
              { title: '单位', dataIndex: 'unit', width: 56, align: 'center' },
              { title: '在库', dataIndex: 'onHand', width: 80, align: 'right', render: (n: number, r) => <span data-testid={`stock-on-hand-${r.productCode}`}>{num(n)}</span> },
              {
                title: (
                  <Tooltip title="已批准、未过期、尚未全部出库的发货单占用的数量（R8）。">
                    已预留 <InfoCircleOutlined />
                  </Tooltip>
                ),
                dataIndex: 'reserved',
                width: 90,
                align: 'right',
                render: (n: number, r: { productCode: string }) => <span data-testid={`stock-reserved-${r.productCode}`}>{num(n)}</span>,
              },
              { title: '可用', dataIndex: 'available', width: 80, align: 'right', render: num },
            ]}
          />
        </Card>
      </Col>
      {product && (
        <Col span={10}>
          <Card
            title={`${product.productCode} ${product.productName} 出入库记录`}
            extra={<Button type="link" onClick={() => setPicked(null)}>关闭</Button>}
            data-testid="stock-movements-card"
          >
            <StockMovements product={product} />
          </Card>
        </Col>
      )}
    </Row>
  )
}
