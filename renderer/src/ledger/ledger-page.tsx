import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Empty, Flex, Grid, Table, Typography } from 'antd'
import { useMemo, useState, type HTMLAttributes } from 'react'
import type { LedgerRow, LedgerTotals } from '../../../shared/api'
import { HEADER_HEIGHT } from '../app/theme'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { useLoaded } from '../hooks/use-loaded'
import { ledgerColumns, LedgerSummary } from './ledger-columns'
import { hasLedgerFilter, LedgerFilters, NO_LEDGER_FILTER, toLedgerFilter, type LedgerFilterValues } from './ledger-filters'
import { saveBase64File, XLSX_MIME } from './save-file'
import { exportingLabel, useExportProgress } from './use-export-progress'

const PAGE_SIZE = 50
const NO_TOTALS: LedgerTotals = { amountFen: 0, shippedFen: 0, collectedFen: 0, invoicedFen: 0, outstandingFen: 0, receivableFen: 0 }

/** 合同台帐 (R5): every signed contract with its money as the core computes it; kept by sales and finance. */
export function LedgerPage() {
  const { message } = App.useApp()
  // Below 1600 px (a 1366 laptop) every money column must still show without scrolling sideways.
  const compact = !Grid.useBreakpoint().xxl
  const columns = useMemo(() => ledgerColumns(compact), [compact])
  const [values, setValues] = useState<LedgerFilterValues>(NO_LEDGER_FILTER)
  const filter = useMemo(() => toLedgerFilter(values), [values])
  const question = JSON.stringify(filter)
  // A new filter starts on page 1 in the same render, so an old page number is never sent with it.
  const [paging, setPaging] = useState({ question, page: 1 })
  const page = paging.question === question ? paging.page : 1
  const [exporting, setExporting] = useState(false)
  const progress = useExportProgress()
  // Rows of the previous question stay under the spinner until the new answer (or its failure) arrives.
  const { data, loading, error, reload } = useLoaded(`${question}|${page}`, () => call('ledger.list', { filter, page, pageSize: PAGE_SIZE }), () => true)

  const exportExcel = async () => {
    setExporting(true)
    try {
      const file = await progress.run((jobId) => call('ledger.export', { filter, jobId }))
      if (file.rowCount === 0) {
        message.info('没有符合筛选条件的合同，未导出')
        return
      }
      saveBase64File(file.fileName, file.base64, XLSX_MIME)
      message.success(`已导出 ${file.rowCount} 份合同：${file.fileName}`)
    } catch (caught) {
      message.error(errorText(caught))
    } finally {
      setExporting(false)
    }
  }

  const filtered = hasLedgerFilter(values)
  return (
    <Card>
      <Flex align="center" justify="space-between" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          合同台帐
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="ledger-reload">
            刷新
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="ledger-export">
            {exportingLabel('导出 Excel', progress.percent)}
          </Button>
        </Flex>
      </Flex>
      <Flex align="end" justify="space-between" gap={8} style={{ marginBottom: 12 }}>
        <LedgerFilters values={values} onChange={setValues} />
        <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
          金额单位：元
        </Typography.Text>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          action={<Button size="small" onClick={reload}>重试</Button>}
          style={{ marginBottom: 12 }}
          data-testid="ledger-error"
        />
      )}
      <Table<LedgerRow>
        size="small"
        rowKey="contractId"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={loading}
        scroll={{ x: compact ? 1040 : 1400 }}
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        summary={() => (data && data.total > 0 ? <LedgerSummary totals={data.totals ?? NO_TOTALS} total={data.total} compact={compact} /> : null)}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? '没有符合筛选条件的合同' : '本月还没有签订的合同：选“全部”看以前的合同，合同签订后自动列入'}
              data-testid="ledger-empty"
            />
          ),
        }}
        onRow={(row) => ({ 'data-testid': `ledger-row-${row.contractNo}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 份合同`,
          onChange: (next) => setPaging({ question, page: next }),
        }}
        data-testid="ledger-table"
      />
    </Card>
  )
}
