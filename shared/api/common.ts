import { z } from 'zod'
import { isCalendarDay } from '../dates'

export const id = z.number({ error: '缺少编号' }).int().positive()
export const version = z.number({ error: '缺少版本号，请刷新后重试' }).int().positive()
export const day = z
  .string({ error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDay, '该日期不存在，请重新选择')
/** R23: money crosses the boundary as integer fen; the UI converts 元 text with parseYuan. */
export const fen = z.number({ error: '请输入金额' }).int('金额须精确到分').min(0, '金额不能为负').max(1e14, '金额过大')
export const page = z.number().int().min(1).max(100_000).default(1)
export const pageSize = z.number().int().min(1).max(200).default(50)
/** Basis points: 500 = 5 %. */
export const bps = z.number({ error: '请输入比例' }).int().min(0, '比例不能为负').max(10_000, '比例不能超过 100%')
export const shortText = (label: string, max: number) =>
  z.string({ error: `请输入${label}` }).trim().min(1, `请输入${label}`).max(max, `${label}最多 ${max} 个字`)
export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字`).optional().transform((v) => (v ? v : undefined))

export interface Paged<T> {
  rows: T[]
  total: number
}
