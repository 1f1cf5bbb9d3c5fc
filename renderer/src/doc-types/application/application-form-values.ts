import dayjs, { type Dayjs } from 'dayjs'
import type { InputOf } from '../../../../shared/api'
import type { ApplicationBody } from './application-body'
import { parseYuan, plainYuan } from '../../../../shared/money'
import { parsePercent, percentText } from '../../../../shared/percent'
import { lineAmountFen, prepaymentFenOf, sumFen } from '../../documents/terms-math'

// What the antd form holds. Money and percentages stay as the text the user typed until they are sent:
// parseYuan / parsePercent turn them into integer fen and basis points, never through a float (R23).
export interface LineValues {
  productId?: number
  quantity?: number | null
  unitPrice?: string
}

export interface InstalmentValues {
  label?: string
  dueDate?: Dayjs | null
  amount?: string
}

export interface ApplicationFormValues {
  customerId?: number
  deliveryDate?: Dayjs | null
  lines: LineValues[]
  prepaymentPercent?: string
  instalments: InstalmentValues[]
  installationNeeded: boolean
  nonStandardTerms?: string
  note?: string
}

export type ApplicationInput = InputOf<'applications.save'>

export const EMPTY_APPLICATION: ApplicationFormValues = { lines: [{}], instalments: [], installationNeeded: false }

/** One line's amount in fen, or null while its quantity or price is missing or not yet a valid number. */
export function lineFen(line: LineValues | undefined): number | null {
  const quantity = line?.quantity
  const price = line?.unitPrice === undefined ? null : parseYuan(line.unitPrice)
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity <= 0 || price === null || price <= 0) return null
  return lineAmountFen(quantity, price)
}

export interface TermsCheck {
  totalFen: number | null
  prepaymentBps: number | null
  prepaymentFen: number | null
  instalmentsFen: number | null
  /** total − prepayment − instalments: 0 when the terms add up (the core's TERMS_MISMATCH otherwise). */
  differenceFen: number | null
}

/** The running figures of the form: the total of the lines that are complete, and how the terms add up. */
export function checkTerms(values: Partial<ApplicationFormValues>): TermsCheck {
  const totalFen = sumFen((values.lines ?? []).map((line) => lineFen(line) ?? 0))
  const prepaymentBps = values.prepaymentPercent === undefined ? null : parsePercent(values.prepaymentPercent)
  const prepaymentFen = totalFen !== null && prepaymentBps !== null ? prepaymentFenOf(totalFen, prepaymentBps) : null
  const instalmentsFen = sumFen((values.instalments ?? []).map((i) => (i?.amount ? (parseYuan(i.amount) ?? 0) : 0)))
  const differenceFen =
    totalFen !== null && prepaymentFen !== null && instalmentsFen !== null ? totalFen - prepaymentFen - instalmentsFen : null
  return { totalFen, prepaymentBps, prepaymentFen, instalmentsFen, differenceFen }
}

/** Validated form values → the core's input. Only called after the form's own rules passed. */
export function toApplicationInput(values: ApplicationFormValues, editing: { id: number; version: number } | null): ApplicationInput {
  const money = (text: string | undefined) => parseYuan(text ?? '') ?? 0
  return {
    ...(editing ?? {}),
    customerId: values.customerId ?? 0,
    deliveryDate: values.deliveryDate?.format('YYYY-MM-DD') ?? '',
    prepaymentBps: parsePercent(values.prepaymentPercent ?? '') ?? 0,
    instalments: values.instalments.map((i) => ({
      label: (i.label ?? '').trim(),
      dueDate: i.dueDate?.format('YYYY-MM-DD') ?? '',
      amountFen: money(i.amount),
    })),
    installationNeeded: values.installationNeeded,
    nonStandardTerms: values.nonStandardTerms?.trim() || undefined,
    note: values.note?.trim() || undefined,
    lines: values.lines.map((line) => ({ productId: line.productId ?? 0, quantity: line.quantity ?? 0, unitPriceFen: money(line.unitPrice) })),
  }
}

/** A saved application back into the form (编辑 of a draft, rejected or withdrawn one). */
export function fromApplicationBody(body: ApplicationBody): ApplicationFormValues {
  return {
    customerId: body.customerId,
    deliveryDate: dayjs(body.deliveryDate),
    lines: body.lines.map((line) => ({ productId: line.productId, quantity: line.quantity, unitPrice: line.unitPriceFen === undefined ? undefined : plainYuan(line.unitPriceFen) })),
    prepaymentPercent: percentText(body.terms.prepaymentBps),
    instalments: body.terms.instalments.map((i) => ({ label: i.label, dueDate: dayjs(i.dueDate), amount: i.amountFen === undefined ? undefined : plainYuan(i.amountFen) })),
    installationNeeded: body.installationNeeded,
    nonStandardTerms: body.nonStandardTerms ?? undefined,
    note: body.note ?? undefined,
  }
}

// The core's INVALID_INPUT names fields by the input's path ("lines.2.unitPriceFen"); the form by its own.
const RENAMED: Record<string, string> = { unitPriceFen: 'unitPrice', amountFen: 'amount', prepaymentBps: 'prepaymentPercent' }

/** "lines.2.unitPriceFen" → ['lines', 2, 'unitPrice']; null for a path no single field owns. */
export function formFieldOf(path: string): Array<string | number> | null {
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : (RENAMED[part] ?? part)))
  const [head] = parts
  if (head === 'lines' || head === 'instalments') return parts.length === 3 ? parts : null
  if (head === 'version' || head === 'id' || parts.length !== 1) return null
  return parts
}
