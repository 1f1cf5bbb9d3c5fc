import { QUEUE_EXPORT_CAP, type QueueExport, type QueueFilter, type QueueTab } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import { docTypeName } from '../../../shared/queue-position'
import type { Handler } from '../router/call-context'
import { queuePage } from './queue-service'
import { QUEUE_TAB_NAMES, queueWorkbook } from './queue-workbook'

/** The filters in words for the file's title: what the export contains. */
export function describeQueueFilter(filter: QueueFilter | undefined): string {
  const parts = [`单据类型：${filter?.docType ? docTypeName(filter.docType) : '全部'}`]
  if (filter?.from || filter?.to) parts.push(`日期：${filter.from ?? '…'} 至 ${filter.to ?? '…'}`)
  if (filter?.search) parts.push(`搜索：${filter.search}`)
  return parts.join('　')
}

/** 已办-2026-12-02.xlsx: the tab and the day it was exported (Shanghai). */
export function queueFileName(tab: QueueTab, at: Date): string {
  return `${QUEUE_TAB_NAMES[tab]}-${formatShanghai(at.toISOString(), false)}.xlsx`
}

/** The view as the list shows it (same SQL, same order), up to QUEUE_EXPORT_CAP rows, newest first. */
export const exportQueue: Handler<'queue.export'> = async ({ tab, filter }, { db, user, at }): Promise<QueueExport> => {
  // Only database work inside the queue (DESIGN.md pitfall): read, then build the file outside it.
  const { rows, total } = await db.read((em) => queuePage(em, user, tab, filter, 1, QUEUE_EXPORT_CAP))
  const file = await queueWorkbook({ tab, description: describeQueueFilter(filter), rows, total, createdAt: at })
  return { fileName: queueFileName(tab, at), base64: file.toString('base64'), rowCount: rows.length, total }
}
