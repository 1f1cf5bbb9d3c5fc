import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Descriptions, Flex, Progress, Row, Skeleton, Statistic, Tabs, Typography } from 'antd'
import { useNavigate, useParams } from 'react-router-dom'
import { dailyRateText } from '../../../shared/aging'
import type { CustomerPage as CustomerPageDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'
import { call } from '../api/client'
import { CreditRatingTag } from '../customers/credit-rating-tag'
import { CustomerContractsTable } from '../customers/customer-contracts-table'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { AgingBars, PaymentHistoryChart } from './aging-charts'
import { LatestTable, OpenReceivablesTable } from './customer-page-tables'

const yuan = (fen: number) => `¥${formatYuan(fen)}`

/**
 * Route /customers/:id — the customer page (issue 14 "Everywhere", R9, R18): credit used against the
 * limit, the aging and the open receivables, the payment history (on-time rate, days late, largest
 * overdue, two years as a chart), then contracts, dispatch notes, payments and invoices. The core answers
 * sales, the general manager and finance (a 销售内勤 only for a customer they sell to).
 */
export function CustomerPage() {
  const id = Number(useParams().id)
  const navigate = useNavigate()
  const financeDesk = useCanCall('payments.record')
  const { data, loading, error } = useLoaded(`customer-page|${id}`, () => call('customers.page', { id }), (m) => m.startsWith('payments.') || m.startsWith('signBacks.') || m === 'creditChanges.propose')
  const page = data?.customer.id === id ? data : undefined
  return (
    <Flex vertical gap={12} data-testid="customer-page">
      <Card styles={{ body: { paddingBottom: 12 } }}>
        <Flex align="center" gap={12} wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>返回</Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-page-title">
            {page?.customer.name ?? '客户'}
          </Typography.Title>
          {page && <CreditRatingTag rating={page.customer.rating} />}
          {page?.customer.salespersonName && <Typography.Text type="secondary">业务员：{page.customer.salespersonName}</Typography.Text>}
          {page && <Typography.Text type="secondary">截至 {page.asOf}</Typography.Text>}
        </Flex>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="customer-page-error" />}
        {loading && !page && <Skeleton active />}
        {page && <Credit page={page} />}
      </Card>
      {page && (
        <>
          <Row gutter={12}>
            <Col span={9}>
              <Card size="small" title={`账龄（逾期利息 ${yuan(page.aging.interestFen)}，${dailyRateText(page.rate.bpsPerDay)}）`}>
                <AgingBars bucketsFen={page.aging.bucketsFen} height={240} />
              </Card>
            </Col>
            <Col span={15}>
              <Card size="small" title="回款记录（近 24 个月）">
                <History page={page} />
              </Card>
            </Col>
          </Row>
          <Card size="small" styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              items={[
                { key: 'receivables', label: `未收应收（${page.receivables.length}）`, children: <OpenReceivablesTable rows={page.receivables} /> },
                { key: 'contracts', label: '合同', children: <CustomerContractsTable customerId={id} /> },
                { key: 'dispatches', label: '发货单', children: <LatestTable rows={page.dispatches} docType="dispatchNote" dayTitle="有效期至" testId="customer-dispatches" linked /> },
                { key: 'payments', label: '收款', children: <LatestTable rows={page.payments} docType="payment" dayTitle="到账日期" testId="customer-payments" linked={financeDesk} /> },
                { key: 'invoices', label: '开票', children: <LatestTable rows={page.invoices} docType="invoice" dayTitle="申请日期" testId="customer-invoices" linked /> },
              ]}
              tabBarExtraContent={<Typography.Text type="secondary">金额单位：元；发货单、收款、开票各列最近 20 笔</Typography.Text>}
              data-testid="customer-page-tabs"
            />
          </Card>
        </>
      )}
    </Flex>
  )
}

/** R9: exposure against the limit, as the dispatch note's credit check reads it. */
function Credit({ page }: { page: CustomerPageDto }) {
  const { limitFen, exposureFen, availableFen, overdueFen, terms } = page.credit
  const used = limitFen > 0 ? Math.min(100, Math.round((exposureFen * 100) / limitFen)) : exposureFen > 0 ? 100 : 0
  return (
    <Row gutter={16} style={{ marginTop: 12 }} data-testid="customer-credit">
      <Col span={5}><Statistic title={`信用额度（${page.customer.creditDays} 天）`} value={yuan(limitFen)} /></Col>
      <Col span={5}><Statistic title="已占用（信用敞口）" value={yuan(exposureFen)} /></Col>
      <Col span={5}><Statistic title="可用额度" value={yuan(availableFen)} styles={{ content: { color: availableFen < 0 ? '#cf1322' : undefined } }} /></Col>
      <Col span={4}><Statistic title="已逾期" value={yuan(overdueFen)} styles={{ content: { color: overdueFen ? '#cf1322' : undefined } }} /></Col>
      <Col span={5}>
        <Typography.Text type="secondary">额度使用</Typography.Text>
        <Progress percent={used} status={used >= 100 ? 'exception' : 'normal'} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {terms.filter((t) => t.amountFen).map((t) => `${t.label} ${formatYuan(t.amountFen)}`).join('；') || '没有占用'}
        </Typography.Text>
      </Col>
    </Row>
  )
}

/** R18 the customer's history: on-time rate, mean days late, the largest overdue, and the chart. */
function History({ page }: { page: CustomerPageDto }) {
  const h = page.history
  return (
    <>
      <Descriptions size="small" column={4} data-testid="customer-history">
        <Descriptions.Item label="按期回款率">{h.onTimeBps === null ? '—' : `${(h.onTimeBps / 100).toFixed(1)}%（${h.onTimeCount}/${h.dueCount}）`}</Descriptions.Item>
        <Descriptions.Item label="平均逾期">{h.averageDaysLate === null ? '—' : `${h.averageDaysLate} 天`}</Descriptions.Item>
        <Descriptions.Item label="最长逾期">{h.longestDaysLate ? `${h.longestDaysLate} 天` : '—'}</Descriptions.Item>
        <Descriptions.Item label="最大逾期">
          {h.largestOverdue ? `${yuan(h.largestOverdue.amountFen)}（${h.largestOverdue.daysLate} 天${h.largestOverdue.open ? '，未收' : ''}）` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <PaymentHistoryChart months={h.months} height={200} />
    </>
  )
}
