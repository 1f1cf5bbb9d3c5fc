import { Input } from 'antd'
import { parseYuan } from '../../../shared/money'
import { plainYuan } from '../doc-types/application/application-form-values'

interface Props {
  value?: string
  onChange?: (value: string) => void
  testId: string
}

/** An amount in 元 as text (parsed with parseYuan, never a float); tidied to "1234.50" when the field is left. */
export function YuanInput({ value, onChange, testId }: Props) {
  return (
    <Input
      value={value}
      onChange={(event) => onChange?.(event.target.value)}
      onBlur={() => {
        const fen = value === undefined ? null : parseYuan(value)
        if (fen !== null && fen > 0 && plainYuan(fen) !== value) onChange?.(plainYuan(fen))
      }}
      inputMode="decimal"
      style={{ textAlign: 'right' }}
      data-testid={testId}
    />
  )
}
