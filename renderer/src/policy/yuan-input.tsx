import { Input, type FormRule, type InputProps } from 'antd'
import type { z } from 'zod'
import { parseYuan, plainYuan } from '../../../shared/money'

// R23: amounts are typed as 元 text and become integer fen through parseYuan — never through a float.

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

type YuanInputProps = Omit<InputProps, 'value' | 'onChange'> & { value?: string; onChange?: (value: string) => void }

/**
 * The one input for 元 (prices, instalments, credit limits): right-aligned, digits lined up, "元" after
 * the figure. The text is never reformatted under the user's caret (a Tab-in select-all must still
 * overtype); it holds plain digits, tidied to "1234.50" only when the field is left.
 */
export function YuanInput({ value, onChange, onBlur, ...props }: YuanInputProps) {
  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      maxLength={20}
      suffix="元"
      {...props}
      value={value}
      onChange={(event) => onChange?.(event.target.value)}
      onBlur={(event) => {
        const fen = value === undefined ? null : parseYuan(value)
        if (fen !== null && fen > 0 && plainYuan(fen) !== value) onChange?.(plainYuan(fen))
        onBlur?.(event)
      }}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  )
}
