import { PROGRESS_EVERY, SheetWriter } from '../export/titled-sheet'
import { MONEY_FORMAT, STYLE } from '../export/xlsx-styles'
import type { QueueRow, QueueTab } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import { decisionLabel, docTypeName, isRefusal, positionText } from '../../../shared/queue-position'
import { CLOSED_LABEL } from '../../../shared/document-states'
import { stateLabel } from '../../../shared/doc-types'

// The queue view (a tab with its filters) as an .xlsx. Pure: rows in, file out; it runs in the export
// worker (export/export-worker.ts), as the ledger's export does (ledger-workbook.ts).

export const QUEUE_TAB_NAMES: Record<QueueTab, string> = { todo: '待办', done: '已办', started: '我发起的' }
const TIME_HEADERS: Record<QueueTab, string> = { todo: '到达时间', done: '办理时间', started: '发起时间' }

interface Column {
  header: string
  width: number
  numFmt?: string
  value(row: QueueRow): string | number | null
}

const nowText = (row: QueueRow) => (row.now ? positionText(row.docType, row.now) : '')

function columnsOf(tab: QueueTab): Column[] {
  const middle: Column[] =
    tab === 'todo'
      ? [{ header: '当前步骤', width: 16, value: (r) => r.stepName }]
      : tab === 'done'
        ? [
            { header: '我办理的步骤', width: 16, value: (r) => r.stepName },
            { header: '办理结果', width: 10, value: (r) => decisionLabel(r.decision) },
            { header: '当前位置', width: 40, value: nowText },
          ]
        : [
            { header: '状态', width: 10, value: (r) => (r.closed ? CLOSED_LABEL : stateLabel(r.docType, r.state)) },
            { header: '当前位置', width: 40, value: nowText },
          ]
  return [
    { header: '单号', width: 16, value: (r) => r.docNo },
    { header: '单据类型', width: 12, value: (r) => docTypeName(r.docType) },
    { header: '客户', width: 32, value: (r) => r.customerName },
    // R23: integer fen everywhere else; a spreadsheet gets 元 as numbers finance can sum (fen / 100 is the
    // double nearest the exact amount, and the format shows exactly two decimals).
    { header: '金额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => (r.amountFen == null ? null : r.amountFen / 100) },
    ...middle,
    { header: '发起人', width: 10, value: (r) => r.drafterName },
    { header: TIME_HEADERS[tab], width: 18, value: (r) => formatShanghai(r.at) },
  ]
}

export interface QueueWorkbookInput {
  tab: QueueTab
  /** The filters in words, e.g. "单据类型：销售合同　搜索：顺达". */
  description: string
  rows: readonly QueueRow[]
  /** Rows the view holds; when more than rows.length the title says the file stops at the newest ones. */
  total: number
  createdAt: Date
  /** Rows written so far, every PROGRESS_EVERY rows. */
  onProgress?: (rowsWritten: number) => void
}

export function queueWorkbook(input: QueueWorkbookInput): Buffer {
  const columns = columnsOf(input.tab)
  const cut = input.total > input.rows.length ? `　仅含最新 ${input.rows.length} 条（共 ${input.total} 条，请缩小筛选范围后分次导出）` : `　共 ${input.rows.length} 条`
  const sheet = new SheetWriter({
    sheetName: QUEUE_TAB_NAMES[input.tab],
    title: `${QUEUE_TAB_NAMES[input.tab]}　${input.description}${cut}　导出时间：${formatShanghai(input.createdAt.toISOString())}`,
    columns,
    createdAt: input.createdAt,
    creator: '销售业务工作站',
  })
  const decisionColumn = columns.findIndex((c) => c.header === '办理结果')
  // A rejection must not read like an approval, on paper either.
  const refusal = columns.map((_c, i) => (i === decisionColumn ? STYLE.refusal : undefined))
  input.rows.forEach((r, i) => {
    sheet.addRow(columns.map((c) => c.value(r)), decisionColumn >= 0 && isRefusal(r.decision) ? refusal : undefined)
    if ((i + 1) % PROGRESS_EVERY === 0) input.onProgress?.(i + 1)
  })
  return sheet.toXlsx()
}
