import { z } from 'zod'
import { parseDocumentNumber, type DocumentType } from '../document-number'
import type { DocumentBody } from '../doc-types'
import { DOCUMENT_ACTION_KEYS, type DocumentAction, type DocumentState } from '../document-states'
import type { RoleKey } from '../roles'
import { id, version } from './common'
import { method } from './define'

export interface DocumentHeaderDto {
  id: number
  docType: DocumentType
  docNo: string
  title: string
  state: DocumentState
  /** The step waiting for a signature while pending. */
  currentStep: string | null
  version: number
  drafterUserId: number
  drafterName: string
  customerName: string | null
  /** Absent for a caller without the need to know it (AMOUNT_READERS, shared/need-to-know.ts). */
  amountFen?: number | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

/** One step of the chain as the document page draws it. */
export interface ChainStepView {
  key: string
  name: string
  /** Who acts: a role's label, or the person named by the step. */
  actorLabel: string
  status: 'done' | 'current' | 'waiting' | 'skipped'
  signedBy: string | null
  signedRole: RoleKey | null
  signedAt: string | null
  comment: string | null
  /** A countersign (会签): every signature so far, and how many of the roles must sign. */
  countersign: { need: number; of: number; signatures: Array<{ userName: string; role: RoleKey; at: string; comment: string | null }> } | null
}

/** Documents linked to this one (R24's chain): what it was made from and what was made from it. */
export interface FamilyMember {
  id: number
  docType: DocumentType
  docNo: string
  state: DocumentState
  closed: boolean
  /** made from, fulfils, pays, books — the link's kind, read from `direction`'s side. */
  link: LinkKind
  /** 'source': this document was made from (or fulfils, pays …) it; 'dependant': it was made from this one. */
  direction: 'source' | 'dependant'
}

export const LINK_KINDS = { madeFrom: '依据', fulfils: '履行', pays: '收款', books: '入帐' } as const
export type LinkKind = keyof typeof LINK_KINDS

export interface TrailEntry {
  at: string
  userName: string
  /** 代理审批: the signer the deputy (userName) signed for, e.g. 李副总 代 张总. */
  onBehalfOfName: string | null
  role: RoleKey | null
  action: string
  fromState: string | null
  toState: string | null
  comment: string | null
}

export interface DocumentLineDto {
  lineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  // Need-to-know (shared/need-to-know.ts): the price and amount are absent for a caller outside
  // AMOUNT_READERS, the list and floor prices for one outside PRICE_READERS.
  unitPriceFen?: number
  listPriceFen?: number
  floorPriceFen?: number
  amountFen?: number
}

export interface InstalmentDto {
  label: string
  dueDate: string
  /** Absent for a caller outside AMOUNT_READERS (shared/need-to-know.ts). */
  amountFen?: number
}

export interface PaymentTermsDto {
  /** 预付款 as basis points of the amount (3000 = 30 %), and its amount in fen. */
  prepaymentBps: number
  /** Absent for a caller outside AMOUNT_READERS (shared/need-to-know.ts). */
  prepaymentFen?: number
  instalments: InstalmentDto[]
}

export interface DocumentView {
  header: DocumentHeaderDto
  chain: ChainStepView[]
  trail: TrailEntry[]
  /** What the current user may do now; the core checks again when they do it. */
  actions: DocumentAction[]
  body: DocumentBody
  /** R24: the documents linked to this one, both ways. */
  family: FamilyMember[]
  /** How often its form has been printed: once it has, every further print says 补打 (WORKFLOW.md "Printed forms"). */
  printCount: number
}

/** One print, recorded before the print dialog opens: copy 1 is the original, 2 and on are 补打. */
export interface PrintRecord {
  copy: number
}

export interface SealUsageDto {
  id: number
  contractId: number
  contractNo: string
  customerName: string
  usedByName: string
  usedAt: string
  copies: number
  purpose: string
}

export const documentActInput = z
  .object({
    id,
    version,
    action: z.enum(DOCUMENT_ACTION_KEYS, { error: '未知操作' }),
    comment: z.string().trim().max(500, '意见最多 500 个字').optional(),
  })
  .strict()

export type { DocumentBody } from '../doc-types'

/** One document of a 批量同意: approved, or refused with the code and message a single 同意 would give. */
export type BatchApproveOutcome =
  | { id: number; docNo: string | null; ok: true; state: string }
  | { id: number; docNo: string | null; ok: false; code: string; message: string }

export const BATCH_APPROVE_LIMIT = 200

/** A document number as typed or scanned (a keyboard-wedge scanner may send lower case and surrounding blanks). */
export const scannedDocumentNumber = z
  .string()
  .max(40, '单号过长')
  .transform((text) => text.trim().toUpperCase())
  .refine((text) => parseDocumentNumber(text) !== null, '单号格式不对：两位字母前缀 + 年月 + 4 位序号，例如 FH2026110007')

export const documentsApi = {
  'documents.get': method<DocumentView>()(z.object({ id }).strict(), 'signedIn', 'read'),
  /**
   * 扫码/单号 (issue 12): the document with this R22 number, for whoever may open it (need-to-know as
   * documents.get). The QR on every printed form is the number alone, so the warehouse and the gate open
   * the paper's document by scanning it.
   */
  'documents.findByNumber': method<{ id: number }>()(z.object({ docNo: scannedDocumentNumber }).strict(), 'signedIn', 'read'),
  /** Every workflow action. The engine checks the role, R20, the guards and the version. */
  'documents.act': method<DocumentView>()(documentActInput, 'signedIn', 'write'),
  /** 批量同意: each document through documents.act's path, one transaction each; the summary says which were refused and why. */
  'documents.approveMany': method<BatchApproveOutcome[]>()(
    z.object({ items: z.array(z.object({ id, version }).strict()).min(1, '请先选择单据').max(BATCH_APPROVE_LIMIT, `一次最多 ${BATCH_APPROVE_LIMIT} 份`), comment: z.string().trim().max(500, '意见最多 500 个字').optional() }).strict(),
    'signedIn',
    'write',
  ),
  /** The form of a document is being printed: logged (an audit event), and numbered so a reprint is marked 补打. */
  'documents.recordPrint': method<PrintRecord>()(z.object({ id }).strict(), 'signedIn', 'write'),
  /**
   * R19: the monthly closing (关闭清理): every finished document (its type's closable states) last
   * changed before the end of `month` is closed, read-only from then on. Only months already over.
   */
  'documents.closeMonth': method<{ closed: number }>()(
    z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') }).strict(),
    ['admin'],
    'write',
  ),
} as const
