import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, DatePicker, Empty, Flex, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Dayjs } from 'dayjs'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { Link } from 'react-router-dom'
import type { SealUsageDto } from '../../../shared/api'
import { HEADER_HEIGHT } from '../app/theme'
import { call } from '../api/client'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'

const PAGE_SIZE = 50

const COLUMNS: ColumnsType<SealUsageDto> = [
  {
    title: '合同号',
    dataIndex: 'contractNo',
    width: 150,
    render: (no: string, row) => (
      <Link to={`/documents/${row.contractId}`} className="tabular-nums" data-testid={`seal-contract-${no}`}>
        {no}
      </Link>
    ),
  },
  { title: '客户', dataIndex: 'customerName', ellipsis: { showTitle: true } },
  { title: '用印人', dataIndex: 'usedByName', width: 110, ellipsis: { showTitle: true } },
  { title: '时间', dataIndex: 'usedAt', width: 150, render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span> },
  { title: '份数', dataIndex: 'copies', width: 70, align: 'right', render: (n: number) => <span className="tabular-nums">{n}</span> },
  { title: '用途', dataIndex: 'purpose', width: 220, ellipsis: { showTitle: true } },
]

type Range = [Dayjs, Dayjs] | null

/** 用章登记 (R4): every use of the contract seal — who, when, which contract, how many copies. Read-only. */
export function SealRegisterPage() {
  const [range, setRange] = useState<Range>(null)
  const filter = useMemo(
    () => (range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {}),
    [range],
  )
  const question = JSON.stringify(filter)
  const [paging, setPaging] = useState({ question, page: 1 })
  const page = paging.question === question ? paging.page : 1
  const { data, loading, error, reload } = useLoaded(
    `${question}|${page}`,
    () => call('seal.register', { ...filter, page, pageSize: PAGE_SIZE }),
    (method) => method === 'seal.use',
  )

  return (
    <Card>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            用章登记
          </Typography.Title>
          {/* The picker copies data-* onto both of its inputs; the wrapper gives the pair one test id. */}
          <span data-testid="seal-filter-date">
            <DatePicker.RangePicker
              value={range}
              onChange={(next) => setRange(next?.[0] && next[1] ? [next[0], next[1]] : null)}
              allowClear
              placeholder={['用印起始日', '用印截止日']}
              style={{ width: 260 }}
            />
          </span>
        </Flex>
        <Button icon={<ReloadOutlined />} onClick={reload} data-testid="seal-reload">
          刷新
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="seal-error" />}
      <Table<SealUsageDto>
        size="small"
        rowKey="id"
        columns={COLUMNS}
        dataSource={data?.rows ?? []}
        loading={loading}
        scroll={{ x: 900 }}
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={range ? '所选期间没有用印记录' : '还没有用印记录：合同用章后由销售部主管登记'}
              data-testid="seal-empty"
            />
          ),
        }}
        onRow={(row) => ({ 'data-testid': `seal-row-${row.id}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 次用印`,
          onChange: (next) => setPaging({ question, page: next }),
        }}
        data-testid="seal-table"
      />
    </Card>
  )
}
