import type { FormRule } from 'antd'
import type { z } from 'zod'

/**
 * An antd Form rule that runs the very zod schema the core uses (shared/api), so the inline message
 * the user sees is the same sentence the core would answer, and the two can never drift apart.
 */
export function zodRule(schema: z.ZodType, { whenEmpty }: { whenEmpty?: unknown } = {}): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      // A cleared input is '' in antd; treat it as missing so the user reads "请输入…", not "至少 2 个字符".
      // `whenEmpty` lets a list field read "请至少选择…" (min(1)) instead of zod's type error.
      const missing = value === '' || value === undefined || value === null
      const result = schema.safeParse(missing ? whenEmpty : value)
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入有误')
    },
  }
}

/** "确认密码" must repeat the field next to it. */
export function sameAs(field: string, message = '两次输入的密码不一致'): FormRule {
  return (form) => ({
    validator: async (_rule, value: unknown) => {
      if (!value) throw new Error('请再次输入密码')
      if (value !== form.getFieldValue(field)) throw new Error(message)
    },
  })
}
