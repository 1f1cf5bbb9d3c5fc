import { Tag } from 'antd'
import { CREDIT_RATINGS, type CreditRating } from '../../../shared/api'

/** R2: A is the best rating, D the highest risk (every new customer starts there). */
const COLORS: Record<CreditRating, string> = { A: 'green', B: 'blue', C: 'gold', D: 'red', E: 'magenta' }

export function CreditRatingTag({ rating }: { rating: CreditRating }) {
  return (
    <Tag color={COLORS[rating]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {CREDIT_RATINGS[rating]}
    </Tag>
  )
}
