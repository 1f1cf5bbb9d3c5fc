import { z } from 'zod'
import { isCalendarDay } from '../dates'
import { DOCUMENT_PREFIXES, type DocumentType } from '../document-number'
import { method } from './define'

export const QUEUE_TABS = ['todo', 'done', 'started'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine(isCalendarDay, '该日期不存在，请重新选择')
const documentType = z.enum(Object.keys(DOCUMENT_PREFIXES) as [DocumentType, ...DocumentType[]], { error: '未知单据类型' })

/** Filters shared by the list and the tab counts, so the badges always count what the list shows. */
export const queueFilter = z
  .object({
    docType: documentType.optional(),
    /** Inclusive calendar days in Asia/Shanghai. */
    from: day.optional(),
    to: day.optional(),
    /** Document number, or the start of a customer's name. */
    search: z.string().trim().max(40, '搜索内容最多 40 个字').optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '开始日期不能晚于结束日期', path: ['to'] })

export type QueueFilter = z.infer<typeof queueFilter>

export interface QueueRow {
  /** The task row for 待办 and 已办; absent for 我发起的. */
  taskId: number | null
  documentId: number
  docType: DocumentType
  docNo: string
  title: string
  customerName: string | null
  /** Absent for a caller outside AMOUNT_READERS (shared/need-to-know.ts). */
  amountFen?: number | null
  state: string
  /** 我发起的: the document was closed (R19) and is read-only; its `state` is the one it was closed in. Task rows: false. */
  closed: boolean
  stepName: string | null
  drafterName: string
  /** When it arrived (待办), when I acted (已办), when I started it (我发起的); ISO UTC. */
  at: string
}

/**
 * Where a row sits in its list's order (newest first): its `at` and its task id (待办, 已办) or document
 * id (我发起的). Asking for the rows after a cursor, not at an offset, is what lets a list load on while
 * others act: a task closed above does not shift the next chunk, and one that arrived does not repeat.
 */
export const queueCursor = z
  .object({
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, '位置格式不正确，请刷新列表'),
    id: z.number().int().min(1),
  })
  .strict()

export type QueueCursor = z.infer<typeof queueCursor>

export const cursorOf = (row: QueueRow): QueueCursor => ({ at: row.at, id: row.taskId ?? row.documentId })

export interface QueuePage {
  rows: QueueRow[]
  total: number
}

/**
 * The tab badges stop counting here (antd's Badge shows 999+ beyond 999): a general manager's 已办
 * holds ~47,000 rows at ten years, and counting them all on every refresh is work no one reads.
 * The list's own total (共 N 条) stays exact.
 */
export const QUEUE_COUNT_CAP = 1000

/** Badge counts; each is at most QUEUE_COUNT_CAP. */
export interface QueueCounts {
  todo: number
  done: number
  started: number
}

const queuePageInput = z
  .object({
    tab: z.enum(QUEUE_TABS),
    filter: queueFilter.optional(),
    /** With `after`, pages count from the row after the cursor. */
    after: queueCursor.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict()

export const queueApi = {
  'queue.list': method<QueuePage>()(queuePageInput, 'signedIn', 'read'),
  /** The same page, read again by the 15 s refresh: a poll, so a window left open still times out. */
  'queue.refresh': method<QueuePage>()(queuePageInput, 'signedIn', 'poll'),
  'queue.counts': method<QueueCounts>()(z.object({ filter: queueFilter.optional() }).strict(), 'signedIn', 'poll'),
} as const
