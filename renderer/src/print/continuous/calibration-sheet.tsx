import { PAGE_MM } from './continuous-form'
import type { Offset } from './desk-print-settings'
import './continuous.css'
import './calibration-sheet.css'

/** The crosshairs, in mm from the paper's left and top edges: near two corners and at the centre. */
export const CALIBRATION_MARKS = [
  { key: 'A', x: 30, y: 35 },
  { key: 'B', x: 120.5, y: 70 },
  // Labelled on its left: on its right the label would run off the paper.
  { key: 'C', x: 211, y: 110 },
] as const
/** The rulers: a horizontal one 20 mm below the top edge, a vertical one 20 mm from the left edge. */
const RULER_AT_MM = 20

const signed = (tenths: number) => `${tenths > 0 ? '+' : tenths < 0 ? '−' : ''}${(Math.abs(tenths) / 10).toFixed(1)} mm`

function Ticks({ along, part }: { along: 'x' | 'y'; part: 'lines' | 'numbers' }) {
  const length = along === 'x' ? PAGE_MM.width : PAGE_MM.height
  const ticks = []
  for (let mm = 10; mm <= length - 10; mm += 1) {
    const size = mm % 10 === 0 ? 4 : mm % 5 === 0 ? 2.5 : 1.5
    const d = along === 'x' ? `M${mm} ${RULER_AT_MM}v${size}` : `M${RULER_AT_MM} ${mm}h${size}`
    if (part === 'lines') ticks.push(<path key={mm} d={d} />)
    if (part === 'numbers' && mm % 10 === 0 && mm !== RULER_AT_MM) {
      ticks.push(
        <text key={`t${mm}`} x={along === 'x' ? mm : RULER_AT_MM - 1.5} y={along === 'x' ? RULER_AT_MM + 7 : mm + 1} textAnchor={along === 'x' ? 'middle' : 'end'}>
          {mm}
        </text>,
      )
    }
  }
  return <>{ticks}</>
}

/**
 * 打印校准页: rulers along the top and left and three crosshairs at known distances from the paper's edges,
 * printed through the desk's current offset. The user measures where a crosshair landed, and corrects
 * the offset by the difference (0.1 mm units): printed too far right by 1.5 mm → X −1.5 mm.
 */
export function CalibrationSheet({ printerName, offset, printedBy, printedAt }: { printerName: string; offset: Offset; printedBy: string; printedAt: string }) {
  const moved = offset.x !== 0 || offset.y !== 0 ? `translate(${offset.x / 10}mm, ${offset.y / 10}mm)` : undefined
  return (
    <div className="cf-sheets">
      <section className="cf-sheet cal-sheet" data-testid="cal-sheet">
        <div className="cal-content" style={{ transform: moved }}>
          <svg className="cal-marks" width={`${PAGE_MM.width}mm`} height={`${PAGE_MM.height}mm`} viewBox={`0 0 ${PAGE_MM.width} ${PAGE_MM.height}`}>
            <g stroke="#000" strokeWidth={0.2} fill="none">
              <path d={`M10 ${RULER_AT_MM}H${PAGE_MM.width - 10}M${RULER_AT_MM} 10V${PAGE_MM.height - 10}`} />
              <Ticks along="x" part="lines" />
              <Ticks along="y" part="lines" />
              {CALIBRATION_MARKS.map((m) => (
                <g key={m.key}>
                  <path d={`M${m.x - 6} ${m.y}h12M${m.x} ${m.y - 6}v12`} />
                  <circle cx={m.x} cy={m.y} r={3} />
                </g>
              ))}
            </g>
            <g fontSize={2.6} fill="#000" stroke="none">
              <Ticks along="x" part="numbers" />
              <Ticks along="y" part="numbers" />
            </g>
          </svg>
          {CALIBRATION_MARKS.map((m) => (
            <div key={m.key} className="cal-label" style={m.key === 'C' ? { right: `${PAGE_MM.width - m.x + 4}mm`, top: `${m.y + 3}mm` } : { left: `${m.x + 4}mm`, top: `${m.y + 3}mm` }} data-testid={`cal-mark-${m.key}`}>
              校准点{m.key}：距左边 {m.x.toFixed(1)} mm，距上边 {m.y.toFixed(1)} mm
            </div>
          ))}
          <div className="cal-info">
            <div className="cal-title">连续纸打印校准页　241 × 140 mm</div>
            <div>
              打印机：<span data-testid="cal-printer">{printerName || '系统默认打印机'}</span>
            </div>
            <div data-testid="cal-offsets">
              当前偏移：X {signed(offset.x)}　Y {signed(offset.y)}
            </div>
            <div>量出各十字中心到纸张左边、上边的实际距离，与标注值相减：偏右（偏下）多少，X（Y）就减去多少，保存后重新打印本页核对。</div>
            <div>
              打印：{printedBy}　{printedAt}
            </div>
          </div>
        </div>
      </section>
    </div>
  )
}
