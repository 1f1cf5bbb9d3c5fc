import { z } from 'zod'
import { isCalendarDay } from '../dates'
import { DOCUMENT_PREFIXES, type DocumentType } from '../document-number'
import type { DocumentState } from '../document-states'
import { method } from './define'
import { exportJobId } from './exports'

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
  /** 已办: what I did at that step (the task's closing action: approve, reject, countersign's approve, contract …). */
  decision?: string | null
  /** R13: the instant the task is due by (a rectification's answer, and its raise); absent when it has none. */
  dueAt?: string
  /** 待办: past `dueAt` at the core's clock — the row is red. */
  overdue?: boolean
  /** 已办 and 我发起的: where the document is now (a 待办 row is on my own desk). */
  now?: QueuePosition
}

/** Where a document is now: its state, and whose desk it waits on. */
export interface QueuePosition {
  state: DocumentState
  closed: boolean
  /** The open steps, e.g. 总经理签批 (several at a countersign); none once the chain is done. */
  steps: string[]
  /** Who must act: the person a task names, else the role's 中文 name; the drafter when it went back to them. */
  holders: string[]
  /** A live document made from this one (an approved application's contract), if any. */
  madeInto: { docType: DocumentType; docNo: string } | null
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

/** An export stops here (the file says so): more rows than anyone reads, and a bounded time on the core. */
export const QUEUE_EXPORT_CAP = 10_000

export interface QueueExport {
  fileName: string
  base64: string
  /** Rows in the file. */
  rowCount: number
  /** Rows the view holds; more than rowCount when the cap cut it. */
  total: number
}

/**
 * The API's largest page, and the chunk the queue loads by. The login answer can carry 待办's first
 * chunk and the badges (auth.login withHome), so the signed-in screen's first render already holds them.
 */
export const QUEUE_CHUNK = 200

/** 待办's first chunk without filters and the badge counts: what the home page shows first. */
export interface QueueHome {
  list: QueuePage
  counts: QueueCounts
}

const queuePageInput = z
  .object({
    tab: z.enum(QUEUE_TABS),
    filter: queueFilter.optional(),
    /** With `after`, pages count from the row after the cursor. */
    after: queueCursor.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(QUEUE_CHUNK).default(50),
  })
  .strict()

export const queueApi = {
  'queue.list': method<QueuePage>()(queuePageInput, 'signedIn', 'read'),
  /** The same page, read again by the 15 s refresh: a poll, so a window left open still times out. */
  'queue.refresh': method<QueuePage>()(queuePageInput, 'signedIn', 'poll'),
  'queue.counts': method<QueueCounts>()(z.object({ filter: queueFilter.optional() }).strict(), 'signedIn', 'poll'),
  /** The tab as filtered, newest first, as an .xlsx (base64) for the renderer to save; at most QUEUE_EXPORT_CAP rows. */
  'queue.export': method<QueueExport>()(
    z.object({ tab: z.enum(QUEUE_TABS), filter: queueFilter.optional(), jobId: exportJobId.optional() }).strict(),
    'signedIn',
    'read',
  ),
} as const
