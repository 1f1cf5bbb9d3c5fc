import { z } from 'zod'

// R15: the number the tax system gave the invoice. A 数电发票 (全面数字化的电子发票) has one 20-digit
// number; the older paper and electronic invoices have a 10- or 12-digit 发票代码 and an 8-digit 发票号码.
// Stored as one text: the 20 digits, or 代码-号码, unique across the office.

export const DIGITAL_INVOICE_NO = /^\d{20}$/
export const INVOICE_CODE = /^(\d{10}|\d{12})$/
export const INVOICE_EIGHT = /^\d{8}$/

/** A shape check that refuses with the rule's own code (the router reads `params.code`), not INVALID_INPUT. */
const digits = (pattern: RegExp, message: string) =>
  z.string({ error: message }).trim().max(40, message).superRefine((v, ctx) => {
    if (!pattern.test(v)) ctx.addIssue({ code: 'custom', message, params: { code: 'INVOICE_NUMBER_MALFORMED' } })
  })

export const invoiceNumberInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('digital'), number: digits(DIGITAL_INVOICE_NO, '数电发票号码应为 20 位数字') }).strict(),
  z
    .object({
      kind: z.literal('coded'),
      code: digits(INVOICE_CODE, '发票代码应为 10 或 12 位数字'),
      number: digits(INVOICE_EIGHT, '发票号码应为 8 位数字'),
    })
    .strict(),
])
export type InvoiceNumberInput = z.infer<typeof invoiceNumberInput>

/** The one text an invoice number is kept and printed as. */
export const invoiceNoText = (n: InvoiceNumberInput): string => (n.kind === 'digital' ? n.number : `${n.code}-${n.number}`)

/** Whether a stored text is a well-formed number (integrity and the generator read it back). */
export const isInvoiceNoText = (text: string): boolean => {
  if (DIGITAL_INVOICE_NO.test(text)) return true
  const [code, number, ...rest] = text.split('-')
  return rest.length === 0 && INVOICE_CODE.test(code ?? '') && INVOICE_EIGHT.test(number ?? '')
}

/** 红字信息确认单编号: 16 digits (红字信息表) or 20 (数电 红字发票信息确认单). */
export const RED_CONFIRMATION_NO = /^(\d{16}|\d{20})$/
