import { App, Alert, Button, Card, DatePicker, Flex, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { formatShanghai } from '../../../shared/dates'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { ClosableStates } from './closable-states'

/** "YYYY-MM" of today in Shanghai: this month and later are not over, so they cannot be closed (R19). */
function currentMonth(): string {
  return formatShanghai(new Date().toISOString(), false).slice(0, 7)
}

function monthText(month: string): string {
  return `${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月`
}

interface Outcome {
  month: string
  closed: number
}

/**
 * Route /closing — 关闭清理 (R19), the administrator's monthly closing: every finished document last
 * changed by the end of the chosen month is closed and read-only from then on. Only months already over.
 */
export function ClosingPage() {
  const { modal } = App.useApp()
  const thisMonth = currentMonth()
  const [month, setMonth] = useState<Dayjs | null>(() => dayjs(`${thisMonth}-01`).subtract(1, 'month'))
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const chosen = month?.format('YYYY-MM') ?? null

  const run = async (target: string) => {
    setRunning(true)
    setError(null)
    try {
      const { closed } = await call('documents.closeMonth', { month: target })
      setOutcome({ month: target, closed })
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setRunning(false)
    }
  }

  const confirm = () => {
    if (!chosen) return
    modal.confirm({
      title: `关闭 ${monthText(chosen)}底以前办结的单据？`,
      content: '关闭后这些单据只能查看，不能再办理、修改或作废，也不能恢复。',
      okText: '关闭',
      okButtonProps: { 'data-testid': 'closing-confirm' },
      cancelText: '取消',
      onOk: () => run(chosen),
    })
  }

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        关闭清理
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 720 }}>
        按月关闭已办结的单据（R19）：所选月份月底以前最后变动、处于下列状态的单据都会关闭，关闭后只能查看。只能选择已经结束的月份。
      </Typography.Paragraph>
      <ClosableStates />
      <Flex align="center" gap={12} wrap style={{ margin: '16px 0' }}>
        <span>关闭月份</span>
        <DatePicker
          picker="month"
          value={month}
          onChange={(next: Dayjs | null) => {
            setMonth(next)
            setOutcome(null)
          }}
          // This month and later are not over yet.
          disabledDate={(day) => day.format('YYYY-MM') >= thisMonth}
          placeholder="选择月份"
          allowClear
          style={{ width: 160 }}
          data-testid="closing-month"
        />
        <Button type="primary" disabled={!chosen} loading={running} onClick={confirm} data-testid="closing-run">
          关闭清理
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title="关闭清理未完成" description={error} data-testid="closing-error" />}
      {outcome && (
        <Alert
          type={outcome.closed > 0 ? 'success' : 'info'}
          showIcon
          title={
            outcome.closed > 0
              ? `${monthText(outcome.month)}：已关闭 ${outcome.closed} 张单据`
              : `${monthText(outcome.month)}：没有需要关闭的单据`
          }
          data-testid="closing-result"
          data-count={outcome.closed}
        />
      )}
    </Card>
  )
}
