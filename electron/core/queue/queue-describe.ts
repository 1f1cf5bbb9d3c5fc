import type { QueueFilter, QueueTab } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import { docTypeName } from '../../../shared/queue-position'
import { QUEUE_TAB_NAMES } from './queue-workbook'

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
