import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Empty, Flex, Input, Table, Typography } from 'antd'
import { useMemo, useState, type HTMLAttributes } from 'react'
import type { CustomerDto, CustomerListRow } from '../../../shared/api'
import { HEADER_HEIGHT } from '../app/theme'
import { call } from '../api/client'
import { useDebouncedValue } from '../hooks/use-debounced-value'
import { useLoaded } from '../hooks/use-loaded'
import { CREDIT_READERS } from '../../../shared/need-to-know'
import { useCanCall, useSees } from '../session/can-call'
import { CreditChangeModal } from '../doc-types/credit-change/credit-change-modal'
import { customerColumns } from './customer-columns'
import { CustomerDrawer } from './customer-drawer'
import { CustomerFormModal, type CustomerEditing } from './customer-form-modal'

const PAGE_SIZE = 50

/** 客户档案: search by the start of the name or of the 统一社会信用代码; a row opens the customer's file. */
export function CustomerListPage() {
  const canSave = useCanCall('customers.save')
  const [search, setSearch] = useState('')
  const settled = useDebouncedValue(search.trim(), 300)
  // A new search starts on page 1 in the same render (the old page number is never sent with it).
  const [paging, setPaging] = useState({ search: settled, page: 1 })
  const page = paging.search === settled ? paging.page : 1
  const [openId, setOpenId] = useState<number | null>(null)
  const [editing, setEditing] = useState<CustomerEditing | null>(null)
  const [proposing, setProposing] = useState<CustomerDto | null>(null)

  const input = { ...(settled ? { search: settled } : {}), page, pageSize: PAGE_SIZE }
  const { data, loading, error, reload } = useLoaded(JSON.stringify(input), () => call('customers.list', input), (method) => method === 'customers.save')

  const showCredit = useSees(CREDIT_READERS)
  const columns = useMemo(() => customerColumns((customer) => setOpenId(customer.id), showCredit), [showCredit])
  const empty = settled ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有名称或信用代码以“${settled}”开头的客户`} />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canSave ? '还没有客户，请点“新建客户”' : '还没有客户档案'} />
  )

  return (
    <Card>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            客户档案
          </Typography.Title>
          <Input
            placeholder="客户名称或统一社会信用代码开头"
            prefix={<SearchOutlined />}
            allowClear
            maxLength={40}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 280 }}
            aria-label="搜索客户名称或统一社会信用代码"
            data-testid="customer-search"
          />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="customer-reload">
            刷新
          </Button>
          {canSave && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })} data-testid="customer-create">
              新建客户
            </Button>
          )}
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="customer-error" />}
      <Table<CustomerListRow>
        className="clickable-rows"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={loading}
        locale={{ emptyText: empty }}
        scroll={{ x: 1090 }}
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        onRow={(customer) => ({ onClick: () => setOpenId(customer.id), 'data-testid': `customer-row-${customer.creditCode}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 家客户`,
          onChange: (next) => setPaging({ search: settled, page: next }),
        }}
        data-testid="customer-table"
      />
      <CustomerDrawer
        customerId={openId}
        onClose={() => setOpenId(null)}
        onEdit={(customer) => setEditing({ kind: 'edit', customer })}
        onProposeCredit={setProposing}
      />
      <CustomerFormModal editing={editing} onClose={() => setEditing(null)} onSaved={(saved) => editing?.kind === 'new' && setOpenId(saved.id)} />
      <CreditChangeModal customer={proposing} onClose={() => setProposing(null)} />
    </Card>
  )
}
