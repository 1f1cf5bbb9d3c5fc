import { Tag } from 'antd'
import { formatBps } from '../../../shared/percent'
import { belowFloorBps } from './terms-math'

/** R1: a price under the floor needs the approver the discount authority names; say by how much. */
export function BelowFloorTag({ unitPriceFen, floorPriceFen }: { unitPriceFen: number; floorPriceFen: number }) {
  const bps = belowFloorBps(unitPriceFen, floorPriceFen)
  if (bps === 0) return null
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="below-floor" data-bps={bps}>
      低于底价 {formatBps(bps)}
    </Tag>
  )
}
