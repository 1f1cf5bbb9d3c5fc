import { Descriptions, Table, Typography } from 'antd'
import type { HTMLAttributes } from 'react'
import type { PriceListDto, PriceListItemDto } from '../../../shared/api'
import { authorityText } from '../../../shared/percent'
import { ROLE_KEYS, roleLabel } from '../../../shared/roles'
import { HEADER_HEIGHT } from '../app/theme'
import { formatDateTime } from '../format/datetime'
import { PRICE_ITEM_COLUMNS } from './price-item-columns'

/** One issued price list as read: its facts, each role's 价格浮动权, and its products with 牌价/底价 (R1). */
export function PriceListBody({ list }: { list: PriceListDto }) {
  // In the order of WORKFLOW.md's roles, whatever order the core sent.
  const authorities = [...list.authorities].sort((a, b) => ROLE_KEYS.indexOf(a.role) - ROLE_KEYS.indexOf(b.role))
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'from', label: '生效日期', children: <span className="tabular-nums">{list.effectiveFrom}</span> },
          { key: 'by', label: '发布人', children: list.issuedByName },
          { key: 'at', label: '发布时间', children: <span className="tabular-nums">{formatDateTime(list.issuedAt)}</span> },
          { key: 'count', label: '产品数', children: list.itemCount },
          { key: 'note', label: '说明', span: 'filled', children: list.note ?? '—' },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        价格浮动权
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        申报单单价低于底价时，须由价格浮动权足以覆盖该幅度的岗位审批。
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={authorities.map((authority) => ({
          key: authority.role,
          label: roleLabel(authority.role),
          children: <span data-testid={`authority-${authority.role}`}>{authorityText(authority.maxBelowFloorBps)}</span>,
        }))}
        style={{ marginBottom: 20, maxWidth: 760 }}
        data-testid="price-list-authorities"
      />
      {authorities.length === 0 && <Typography.Text type="secondary">本版未设置价格浮动权：任何岗位都不得批准低于底价的单价。</Typography.Text>}
      <Typography.Title level={5}>产品价格</Typography.Title>
      <Table<PriceListItemDto>
        size="small"
        rowKey="productId"
        columns={PRICE_ITEM_COLUMNS}
        dataSource={list.items}
        scroll={{ x: 860 }}
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        pagination={{ pageSize: 100, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个产品` }}
        onRow={(item) => ({ 'data-testid': `price-item-${item.code}` } as HTMLAttributes<HTMLElement>)}
        data-testid="price-list-items"
      />
    </>
  )
}
