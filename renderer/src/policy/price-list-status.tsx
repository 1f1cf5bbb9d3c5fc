import { Tag } from 'antd'
import type { PriceListSummary } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'

/** Today's calendar day in Asia/Shanghai ("YYYY-MM-DD"), whatever the PC's time zone. */
export function shanghaiToday(): string {
  return formatShanghai(new Date().toISOString(), false)
}

/**
 * R1: the core marks the version in force; a later effective date is still waiting, an earlier one
 * has been replaced. ISO days compare as text.
 */
export function PriceListStatus({ list, today = shanghaiToday() }: { list: PriceListSummary; today?: string }) {
  if (list.inForce) return <Tag color="green" data-testid="price-list-in-force">现行</Tag>
  if (list.effectiveFrom > today) return <Tag color="blue">待生效</Tag>
  return <Tag>已替代</Tag>
}
