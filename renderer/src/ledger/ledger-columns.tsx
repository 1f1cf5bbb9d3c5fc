import { Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router-dom'
import { LEDGER_STATUSES, type LedgerRow, type LedgerStatus, type LedgerTotals } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

/** The contract's tag colours (shared/doc-types/contract/contract-type.ts), 已关闭 grey. */
const STATUS_COLOURS: Record<LedgerStatus, string> = { signed: 'blue', scheduled: 'cyan', partlyShipped: 'geekblue', shipped: 'cyan', accepted: 'green', closed: 'default' }

// R23: fen from the core, shown as 元 (the page says "金额单位：元"), right-aligned so the digits
// line up column by column. Widths fit all columns on a 1366 px screen with the side menu open.
const money = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>
const MONEY_WIDTH = 110

const MONEY_COLUMNS = [
  ['amountFen', '合同金额'],
  ['shippedFen', '已发货'],
  ['collectedFen', '已回款'],
  ['invoicedFen', '已开票'],
  ['outstandingFen', '未回款'],
  ['receivableFen', '应收余额'],
] as const
type MoneyKey = (typeof MONEY_COLUMNS)[number][0]

/**
 * The money columns as shown. On a narrow screen 未回款 and 应收余额 share one column, one above the
 * other (the rows are two lines there anyway, 合同号 over 客户合同号), so six amounts fit 1366 px beside a
 * customer's name without a horizontal scroll.
 */
function shownMoney(compact: boolean): Array<{ title: ReactNode; keys: readonly MoneyKey[] }> {
  const single = MONEY_COLUMNS.map(([key, title]) => ({ title, keys: [key] as const }))
  return compact ? [...single.slice(0, 4), {
    title: (
      <>
        未回款
        <br />
        <span style={{ color: 'rgba(0,0,0,0.55)' }}>应收余额</span>
      </>
    ),
    keys: ['outstandingFen', 'receivableFen'],
  }] : single
}

const stacked = (fens: readonly number[], testIds?: readonly string[]) =>
  fens.map((fen, i) => (
    <span key={i} className="tabular-nums" style={{ display: 'block', color: i > 0 ? 'rgba(0,0,0,0.55)' : undefined }} data-testid={testIds?.[i]}>
      {formatYuan(fen)}
    </span>
  ))

function contractNoColumn(compact: boolean): ColumnsType<LedgerRow>[number] {
  return {
    title: compact ? '合同号 / 客户合同号' : '合同号',
    dataIndex: 'contractNo',
    width: 132,
    fixed: 'left',
    render: (no: string, row) => (
      <>
        <Link to={`/documents/${row.contractId}`} className="tabular-nums" data-testid={`ledger-contract-${no}`}>
          {no}
        </Link>
        {/* On a narrow screen the customer's own number rides under ours instead of taking a column;
            every row has the second line ("—" when there is none), so the rows are all one height. */}
        {compact && (
          <Typography.Text type="secondary" ellipsis={{ tooltip: row.customerContractNo }} style={{ display: 'block', fontSize: 12 }}>
            {row.customerContractNo || '—'}
          </Typography.Text>
        )}
      </>
    ),
  }
}

/**
 * The customer's name whole: up to two lines beside the two-line 合同号 cell on a narrow screen (one line
 * on a wide one), the rest in a tooltip, so no row grows taller than the others and no name is lost.
 */
function customerColumn(compact: boolean): ColumnsType<LedgerRow>[number] {
  return {
    title: '客户',
    dataIndex: 'customerName',
    render: (name: string, row) => (
      <Typography.Paragraph
        ellipsis={{ rows: compact ? 2 : 1, tooltip: name }}
        style={{ margin: 0, lineHeight: compact ? '20px' : undefined }}
        data-testid={`ledger-customer-${row.contractNo}`}
      >
        {name}
      </Typography.Paragraph>
    ),
  }
}

/** The ledger's columns; `compact` (below 1600 px) folds 客户合同号 into the 合同号 cell. */
export function ledgerColumns(compact: boolean): ColumnsType<LedgerRow> {
  return [
    contractNoColumn(compact),
    ...(compact
      ? []
      : [{ title: '客户合同号', dataIndex: 'customerContractNo', width: 140, ellipsis: { showTitle: true }, render: (no: string) => no || '—' }]),
    customerColumn(compact),
    { title: '业务员', dataIndex: 'salespersonName', width: 64, ellipsis: { showTitle: true } },
    { title: '签订日期', dataIndex: 'signedOn', width: 92, render: (day: string) => <span className="tabular-nums">{day}</span> },
    ...shownMoney(compact).map(({ title, keys }) => ({
      title,
      key: keys.join('+'),
      width: MONEY_WIDTH,
      align: 'right' as const,
      render: (_: unknown, row: LedgerRow) => (keys.length === 1 ? money(row[keys[0]!]) : stacked(keys.map((key) => row[key]))),
    })),
    {
      title: '状态',
      dataIndex: 'status',
      width: 66,
      render: (status: LedgerStatus) => <Tag color={STATUS_COLOURS[status] ?? 'blue'}>{LEDGER_STATUSES[status] ?? status}</Tag>,
    },
  ]
}

/** 合计: the core's totals over every contract the filter matches, not just this page. */
export function LedgerSummary({ totals, total, compact }: { totals: LedgerTotals; total: number; compact: boolean }) {
  // The label spans the columns before the money: 合同号 (客户合同号) 客户 业务员 签订日期.
  const labelSpan = compact ? 4 : 5
  return (
    <Table.Summary>
      <Table.Summary.Row data-testid="ledger-summary" style={{ fontWeight: 600, background: '#fafafa' }}>
        <Table.Summary.Cell index={0} colSpan={labelSpan}>
          合计（{total} 份合同）
        </Table.Summary.Cell>
        {shownMoney(compact).map(({ keys }, i) => (
          <Table.Summary.Cell key={keys.join('+')} index={labelSpan + i} align="right">
            {stacked(keys.map((key) => totals[key]), keys.map((key) => `ledger-total-${key}`))}
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={labelSpan + shownMoney(compact).length} />
      </Table.Summary.Row>
    </Table.Summary>
  )
}
