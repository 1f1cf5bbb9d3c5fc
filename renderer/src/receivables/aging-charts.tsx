import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { AGING_BUCKETS } from '../../../shared/aging'
import type { CustomerHistory, MonthFigures } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

// R18 "charts where people look rather than read" (recharts 3, SVG): the aging by bucket, a year of money
// received against goods shipped, and one customer's payment history. Money is fen from the core; the
// axes show 万元 so a ten-year office's figures fit, the tooltips the exact 元.

/** Not due in green, then warmer as the money gets older. */
export const BUCKET_COLORS = ['#52c41a', '#fadb14', '#fa8c16', '#fa541c', '#f5222d', '#a8071a']
const COLLECTED = '#1677ff'
const SHIPPED = '#bfbfbf'

const wan = (fen: number) => {
  const w = fen / 1_000_000
  return Math.abs(w) >= 100 ? w.toFixed(0) : w.toFixed(1).replace(/\.0$/, '')
}
const yuanTip = (value: unknown) => `¥${formatYuan(Number(value))}`
const monthLabel = (month: string) => `${Number(month.slice(5))}月`
const AXIS = { fontSize: 12, fill: '#595959' }

/** Short axis labels (the card's title says 天): the six fit a third of a 1366 px window. */
const SHORT = ['未到期', '1–30天', '31–60天', '61–90天', '91–180天', '>180天']

/** The aging in six bars, one colour each (未到期 … 180 天以上). */
export function AgingBars({ bucketsFen, height = 220 }: { bucketsFen: readonly number[]; height?: number }) {
  const data = AGING_BUCKETS.map((b, i) => ({ label: SHORT[i] ?? b.label, fen: bucketsFen[i] ?? 0 }))
  return (
    <div data-testid="aging-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS} interval={0} />
          <YAxis tickFormatter={wan} tick={AXIS} width={56} />
          <Tooltip formatter={(v) => [yuanTip(v), '未收']} />
          <Bar dataKey="fen" isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {data.map((d, i) => (
              <Cell key={d.label} fill={BUCKET_COLORS[i]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Twelve months of 回款 against 发货 (posted outbound slips), side by side. */
export function CollectionsChart({ months, height = 220 }: { months: readonly MonthFigures[]; height?: number }) {
  return (
    <div data-testid="collections-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={[...months]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS} interval={0} />
          <YAxis tickFormatter={wan} tick={AXIS} width={56} />
          <Tooltip formatter={(v, name) => [yuanTip(v), name]} labelFormatter={(m) => String(m)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="shippedFen" name="发货" fill={SHIPPED} isAnimationActive={false} radius={[3, 3, 0, 0]} />
          <Bar dataKey="collectedFen" name="回款" fill={COLLECTED} isAnimationActive={false} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** A customer's two years: booked and collected per month, and the mean days late of what was settled. */
export function PaymentHistoryChart({ months, height = 240 }: { months: CustomerHistory['months']; height?: number }) {
  return (
    <div data-testid="payment-history-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <ComposedChart data={[...months]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS} interval={1} />
          <YAxis yAxisId="money" tickFormatter={wan} tick={AXIS} width={56} />
          <YAxis yAxisId="days" orientation="right" tick={AXIS} width={40} allowDecimals={false} />
          <Tooltip formatter={(v, name) => (name === '平均逾期天数' ? [`${String(v)} 天`, name] : [yuanTip(v), name])} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="money" dataKey="bookedFen" name="应收入帐" fill={SHIPPED} isAnimationActive={false} />
          <Bar yAxisId="money" dataKey="collectedFen" name="回款" fill={COLLECTED} isAnimationActive={false} />
          <Line yAxisId="days" dataKey="averageDaysLate" name="平均逾期天数" stroke="#f5222d" strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
