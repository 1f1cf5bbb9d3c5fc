import { PlusOutlined } from '@ant-design/icons'
import type { ButtonProps } from 'antd'
import { Alert, App, Button, Card, Empty, Popconfirm, Table, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { stateSpec } from '../../../../shared/doc-types'
import type { ReconciliationListDto, ReconciliationRowDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { formatDateTime } from '../../format/datetime'
import { useCanCall } from '../../session/can-call'

/**
 * Route /reconciliations — R17 月末对帐: every month's statement, newest first, and 开始对帐 for the month
 * that may start next (the core refuses any other with its code); a row opens the statement.
 */
export function ReconciliationsPage() {
  const [list, setList] = useState<ReconciliationListDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [starting, setStarting] = useState(false)
  const mayStart = useCanCall('reconciliations.start')
  const navigate = useNavigate()
  const { message } = App.useApp()
  const load = useCallback(() => {
    call('reconciliations.list', {}).then(setList, (e: unknown) => setError(errorText(e)))
  }, [])
  useEffect(load, [load])
  const start = async (month: string) => {
    setStarting(true)
    try {
      const view = await call('reconciliations.start', { month })
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      void message.error(errorText(caught))
      load()
    } finally {
      setStarting(false)
    }
  }
  if (error) return <Empty description={error} />
  const next = list?.nextMonth ?? null
  return (
    <Card
      title="月末对帐"
      data-testid="reconciliations"
      extra={
        mayStart && next && !list?.blockedBy ? (
          <Popconfirm title={`开始${monthLabel(next)}的月末对帐？`} description="将按月末数据为每份未关闭合同生成双方快照，开始后不再重算。" okText="开始" cancelText="取消" onConfirm={() => start(next)} okButtonProps={{ 'data-testid': 'reconciliation-start-confirm' } as ButtonProps}>
            <Button type="primary" icon={<PlusOutlined />} loading={starting} data-testid="reconciliation-start" data-month={next}>
              开始{monthLabel(next)}对帐
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      {list?.blockedBy && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${list.blockedBy}，下月对帐须等本月双方签认锁定后开始`} data-testid="reconciliation-blocked" />}
      <Table<ReconciliationRowDto>
        size="small"
        rowKey="id"
        loading={list === null}
        dataSource={list?.rows ?? []}
        pagination={{ pageSize: 24, showSizeChanger: false }}
        locale={{ emptyText: '尚未开始月末对帐' }}
        onRow={(r) => ({ 'data-testid': `reconciliation-row-${r.month}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '月份', dataIndex: 'month', render: (m: string) => monthLabel(m) },
          { title: '对帐单号', dataIndex: 'docNo', render: (no: string, r) => <Link to={`/documents/${r.id}`}>{no}</Link> },
          { title: '状态', dataIndex: 'state', render: (s: string) => { const spec = stateSpec('reconciliation', s); return <Tag color={spec.color}>{spec.label}</Tag> } },
          { title: '合同数', dataIndex: 'contracts', align: 'right' },
          { title: '差异行', dataIndex: 'differences', align: 'right' },
          { title: '销售方', dataIndex: 'salesSigned', render: (v: boolean) => (v ? '已签认' : '待签认') },
          { title: '财务方', dataIndex: 'financeSigned', render: (v: boolean) => (v ? '已签认' : '待签认') },
          { title: '锁定时间', dataIndex: 'lockedAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
        ]}
      />
    </Card>
  )
}
