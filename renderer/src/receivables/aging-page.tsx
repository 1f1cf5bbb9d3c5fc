import { DownloadOutlined, PercentageOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, DatePicker, Flex, Row, Statistic, Table, Tabs, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { dailyRateText } from '../../../shared/aging'
import type { AgingRow } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'
import { HEADER_HEIGHT } from '../app/theme'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { useLoaded } from '../hooks/use-loaded'
import { saveBase64File, XLSX_MIME } from '../ledger/save-file'
import { AgingBars, CollectionsChart } from './aging-charts'
import { agingColumns, AgingSummary } from './aging-columns'
import { InterestRateModal } from './interest-rate-modal'

const yuan = (fen: number) => `¥${formatYuan(fen)}`

/**
 * Route /receivables — 应收账款 (R18): every open receivable aged by its due date as of a day (today unless
 * picked; never before, the balances are today's), per customer and per salesperson, with the overdue
 * interest; the aging and a year of collections against shipments as charts; 导出 Excel. A 销售内勤 sees
 * the contracts they sell (the core scopes it; the title says so).
 */
export function AgingPage() {
  const { message } = App.useApp()
  const [asOf, setAsOf] = useState<Dayjs | null>(null)
  const [rates, setRates] = useState(false)
  const [exporting, setExporting] = useState(false)
  const input = useMemo(() => (asOf ? { asOf: asOf.format('YYYY-MM-DD') } : {}), [asOf])
  const aging = useLoaded(`aging|${JSON.stringify(input)}`, () => call('receivables.aging', input), (m) => m.startsWith('payments.') || m.startsWith('signBacks.') || m === 'overdueInterest.issue')
  const months = useLoaded('collections', () => call('receivables.collections', {}), (m) => m.startsWith('payments.') || m === 'outboundSlips.post')
  const report = aging.data
  const customerColumns = useMemo(() => agingColumns({ title: '客户', linkToCustomer: true }), [])
  const salespersonColumns = useMemo(() => agingColumns({ title: '业务员', linkToCustomer: false }), [])

  const exportExcel = async () => {
    setExporting(true)
    try {
      const file = await call('receivables.export', input)
      if (file.rowCount === 0) return void message.info('没有未收的应收款，未导出')
      saveBase64File(file.fileName, file.base64, XLSX_MIME)
      message.success(`已导出 ${file.rowCount} 个客户的账龄：${file.fileName}`)
    } catch (caught) {
      message.error(errorText(caught))
    } finally {
      setExporting(false)
    }
  }

  const table = (rows: AgingRow[], kind: 'customer' | 'salesperson') => (
    <Table<AgingRow>
      size="small"
      rowKey="id"
      columns={kind === 'customer' ? customerColumns : salespersonColumns}
      dataSource={rows}
      loading={aging.loading}
      scroll={{ x: 1060 }}
      sticky={{ offsetHeader: HEADER_HEIGHT }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 个` } : false}
      summary={() => (report && rows.length ? <AgingSummary totals={report.totals} label="合计" /> : null)}
      onRow={(row) => ({ 'data-testid': `aging-${kind}-row-${row.id}` }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: '没有未收的应收款' }}
      data-testid={`aging-${kind}-table`}
    />
  )

  return (
    <Flex vertical gap={12}>
      <Card styles={{ body: { paddingBottom: 12 } }}>
        <Flex align="center" justify="space-between" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="aging-title">
            应收账款{report?.scope === 'own' ? '（本人经办合同）' : ''}
          </Typography.Title>
          <Flex gap={8} align="center">
            <span>截至</span>
            <DatePicker
              value={asOf ?? (report ? dayjs(report.asOf) : null)}
              onChange={setAsOf}
              allowClear={false}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              data-testid="aging-as-of"
            />
            <Button icon={<PercentageOutlined />} onClick={() => setRates(true)} data-testid="aging-rates">
              逾期利率
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => { aging.reload(); months.reload() }}>
              刷新
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="aging-export">
              导出 Excel
            </Button>
          </Flex>
        </Flex>
        {aging.error && <Alert type="error" showIcon title={aging.error} style={{ marginTop: 12 }} data-testid="aging-error" />}
        {report && (
          <Row gutter={16} style={{ marginTop: 12 }} data-testid="aging-totals">
            <Col span={6}><Statistic title={`应收余额（${report.totals.count} 笔）`} value={yuan(report.totals.totalFen)} /></Col>
            <Col span={6}><Statistic title="已逾期" value={yuan(report.totals.overdueFen)} styles={{ content: { color: report.totals.overdueFen ? '#cf1322' : undefined } }} /></Col>
            <Col span={6}><Statistic title="逾期占比" value={report.totals.totalFen ? ((report.totals.overdueFen * 100) / report.totals.totalFen).toFixed(1) : '0.0'} suffix="%" /></Col>
            <Col span={6}><Statistic title={`逾期利息（${dailyRateText(report.rate.bpsPerDay)}）`} value={yuan(report.totals.interestFen)} /></Col>
          </Row>
        )}
      </Card>
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" title="账龄分布（未收金额，万元）">
            {report ? <AgingBars bucketsFen={report.totals.bucketsFen} /> : <div style={{ height: 220 }} />}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="近 12 个月回款与发货（万元）">
            {months.error ? <Alert type="error" showIcon title={months.error} /> : months.data ? <CollectionsChart months={months.data} /> : <div style={{ height: 220 }} />}
          </Card>
        </Col>
      </Row>
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          items={[
            { key: 'customers', label: `按客户（${report?.customers.length ?? 0}）`, children: table(report?.customers ?? [], 'customer') },
            { key: 'salespeople', label: `按业务员（${report?.salespeople.length ?? 0}）`, children: table(report?.salespeople ?? [], 'salesperson') },
          ]}
          tabBarExtraContent={<Typography.Text type="secondary">金额单位：元　逾期天数自到期日次日起算</Typography.Text>}
          data-testid="aging-tabs"
        />
      </Card>
      <InterestRateModal open={rates} onClose={() => setRates(false)} />
    </Flex>
  )
}
