import { Input, type FormRule, type InputProps } from 'antd'
import type { z } from 'zod'
import { formatYuan, parseYuan } from '../../../shared/money'

// R23: amounts are typed as 元 text and become integer fen through parseYuan — never through a float.

/** 123450 → "1234.50": an amount as the user edits it (no thousands separators to edit around). */
export function yuanText(fen: number): string {
  return formatYuan(fen).replace(/,/g, '')
}

export const YUAN_FORMAT_MESSAGE = '金额格式应如 1234.50'

/**
 * The first message of `schema` (a fen schema from shared/api) for the 元 text, or of the text itself
 * when it is not an amount; null when the value passes. Empty text is "missing", as zod would say it.
 */
export function yuanProblem(text: unknown, schema: z.ZodType, emptyMessage: string): string | null {
  if (typeof text !== 'string' || text.trim() === '') return emptyMessage
  const fen = parseYuan(text)
  if (fen === null) return YUAN_FORMAT_MESSAGE
  const result = schema.safeParse(fen)
  return result.success ? null : (result.error.issues[0]?.message ?? '金额有误')
}

/** An antd rule for a 元 input checked against the core's own fen schema. */
export function yuanRule(schema: z.ZodType, emptyMessage: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = yuanProblem(value, schema, emptyMessage)
      if (problem) throw new Error(problem)
    },
  }
}

/** Parses a field that passed yuanRule; throws if a caller skipped validation (a bug, not user input). */
export function fenOf(text: unknown): number {
  const fen = typeof text === 'string' ? parseYuan(text) : null
  if (fen === null) throw new Error(`not an amount: ${String(text)}`)
  return fen
}

/**
 * A text input for 元: right-aligned, digits lined up, "元" after the figure. The text is never
 * reformatted under the user's caret (a Tab-in select-all must still overtype); it holds plain digits.
 */
export function YuanInput(props: InputProps) {
  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      maxLength={20}
      suffix="元"
      {...props}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  )
}
