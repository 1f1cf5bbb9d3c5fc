import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons'
import { Alert, Button, Checkbox, Empty, Flex, Input, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState, type HTMLAttributes } from 'react'
import type { ProductDto } from '../../../shared/api'
import { call } from '../api/client'
import { useDebouncedValue } from '../hooks/use-debounced-value'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { ProductFormModal, type ProductEditing } from './product-form-modal'

function productColumns(edit: ((product: ProductDto) => void) | null): ColumnsType<ProductDto> {
  const columns: ColumnsType<ProductDto> = [
    { title: '产品编码', dataIndex: 'code', width: 150, render: (code: string) => <span className="tabular-nums">{code}</span> },
    { title: '产品名称', dataIndex: 'name', ellipsis: { showTitle: true } },
    { title: '规格型号', dataIndex: 'spec', ellipsis: { showTitle: true }, render: (spec: string) => spec || '—' },
    { title: '单位', dataIndex: 'unit', width: 80 },
    {
      title: '状态',
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="green">在用</Tag> : <Tag>停用</Tag>),
    },
  ]
  if (edit) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, product) => (
        <Button type="link" size="small" onClick={() => edit(product)} data-testid={`product-edit-${product.code}`}>
          编辑
        </Button>
      ),
    })
  }
  return columns
}

/** 产品: the catalogue every price list and application draws from (R1). */
export function ProductList() {
  const canSave = useCanCall('products.save')
  const [search, setSearch] = useState('')
  const [includeInactive, setIncludeInactive] = useState(false)
  const settled = useDebouncedValue(search.trim(), 300)
  const [editing, setEditing] = useState<ProductEditing | null>(null)

  const input = { includeInactive, ...(settled ? { search: settled } : {}) }
  const { data: products, loading, error, reload } = useLoaded(JSON.stringify(input), () => call('products.list', input), (method) => method.startsWith('products.'))

  const filtered = settled !== '' || includeInactive
  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={12} align="center" wrap>
          <Input
            placeholder="产品编码或名称"
            prefix={<SearchOutlined />}
            allowClear
            maxLength={40}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 240 }}
            aria-label="搜索产品编码或名称"
            data-testid="product-search"
          />
          <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} data-testid="product-include-inactive">
            含已停用
          </Checkbox>
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="product-reload">
            刷新
          </Button>
          {canSave && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })} data-testid="product-create">
              新增产品
            </Button>
          )}
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="product-error" />}
      <Table<ProductDto>
        size="small"
        rowKey="id"
        columns={productColumns(canSave ? (product) => setEditing({ kind: 'edit', product }) : null)}
        dataSource={products}
        loading={loading}
        scroll={{ x: 800 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? '没有符合条件的产品' : canSave ? '还没有产品，请点“新增产品”' : '还没有产品，请联系总经理或系统管理员录入'}
            />
          ),
        }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个产品` }}
        onRow={(product) => ({ 'data-testid': `product-row-${product.code}` } as HTMLAttributes<HTMLElement>)}
        data-testid="product-table"
      />
      <ProductFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  )
}
