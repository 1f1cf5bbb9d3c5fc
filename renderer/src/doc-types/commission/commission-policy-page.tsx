import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { CommissionPolicyDto } from '../../../../shared/doc-types/commission/commission-body'
import { OVERDUE_BUCKET_LABELS, OVERDUE_BUCKETS, type OverdueBucket } from '../../../../shared/doc-types/commission/commission-rules'
import { formatBps, parsePercent, percentText } from '../../../../shared/percent'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { formatDateTime } from '../../format/datetime'
import { useLoaded } from '../../hooks/use-loaded'
import { useCanCall } from '../../session/can-call'

type Values = { effectiveFrom?: Dayjs; rate?: string; note?: string } & Partial<Record<OverdueBucket, string>>

const percentRule = { validator: (_: unknown, v?: string) => (v !== undefined && parsePercent(v) !== null ? Promise.resolve() : Promise.reject(new Error('请输入 0–100 的百分比，最多两位小数'))) }

/**
 * Route /commission-policies — 提成政策 (R16): the rate on collected money and the overdue deduction per
 * aging bucket, versioned from a day on (the general manager issues; never backdated). The version in force
 * on a month's last day computes that month's 提成单.
 */
export function CommissionPolicyPage() {
  const mayIssue = useCanCall('commissionPolicies.issue')
  const versions = useLoaded('commission-policies', () => call('commissionPolicies.list', {}), (m) => m === 'commissionPolicies.issue')
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const inForce = versions.data?.find((v) => v.inForce)
  const finish = async (v: Values) => {
    setError(null)
    try {
      const overdueRates = Object.fromEntries(OVERDUE_BUCKETS.map((b) => [b, parsePercent(v[b] ?? '') ?? 0])) as Record<OverdueBucket, number>
      const issued = await call('commissionPolicies.issue', { effectiveFrom: v.effectiveFrom!.format('YYYY-MM-DD'), rateBps: parsePercent(v.rate ?? '') ?? 0, overdueRates, note: v.note })
      message.success(`提成政策第 ${issued.versionNo} 版已发布，${issued.effectiveFrom} 起回款提成 ${formatBps(issued.rateBps)}`)
      form.resetFields()
    } catch (caught) {
      setError(errorText(caught))
    }
  }
  const initial: Values = {
    effectiveFrom: dayjs(), rate: inForce ? percentText(inForce.rateBps) : undefined,
    ...Object.fromEntries(OVERDUE_BUCKETS.map((b) => [b, inForce ? percentText(inForce.overdueRates[b]) : undefined])),
  }
  return (
    <Card title="提成政策" data-testid="commission-policy-page">
      <Typography.Paragraph data-testid="commission-policy-in-force">
        {inForce
          ? <>现行：第 {inForce.versionNo} 版（{inForce.effectiveFrom} 起），回款提成 <b>{formatBps(inForce.rateBps)}</b>；月末逾期未收按账龄段扣减。</>
          : '尚未发布提成政策：发布前不能填写提成单。'}
        每月提成按该月最后一天生效的版本计算；版本只能从今天或以后生效。
      </Typography.Paragraph>
      {mayIssue && (
        <Form<Values> form={form} layout="vertical" style={{ marginBottom: 16 }} initialValues={initial} onFinish={(v) => void finish(v)}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && e.preventDefault()}
        >
          <Space align="end" wrap>
            <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
              <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="commission-policy-from" />
            </Form.Item>
            <Form.Item label="回款提成（%）" name="rate" rules={[percentRule]}>
              <Input style={{ width: 100 }} data-testid="commission-policy-rate" />
            </Form.Item>
            {OVERDUE_BUCKETS.map((b) => (
              <Form.Item key={b} label={`${OVERDUE_BUCKET_LABELS[b]}扣减（%）`} name={b} rules={[percentRule]}>
                <Input style={{ width: 110 }} data-testid={`commission-policy-${b}`} />
              </Form.Item>
            ))}
          </Space>
          <Space align="end">
            <Form.Item label="说明" name="note">
              <Input maxLength={200} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" data-testid="commission-policy-issue">发布新版本</Button>
            </Form.Item>
          </Space>
        </Form>
      )}
      {(error ?? versions.error) && <Alert type="error" showIcon title={error ?? versions.error} style={{ marginBottom: 16 }} />}
      <Table<CommissionPolicyDto>
        size="small"
        rowKey="versionNo"
        loading={versions.loading}
        dataSource={versions.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未发布版本' }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', render: (n: number, v) => <>第 {n} 版 {v.inForce && <Tag color="success">现行</Tag>}</> },
          { title: '生效日期', dataIndex: 'effectiveFrom' },
          { title: '回款提成', dataIndex: 'rateBps', render: (b: number) => formatBps(b) },
          ...OVERDUE_BUCKETS.map((b) => ({ title: `${OVERDUE_BUCKET_LABELS[b]}扣减`, key: b, render: (_: unknown, v: CommissionPolicyDto) => formatBps(v.overdueRates[b]) })),
          { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          { title: '发布人', dataIndex: 'issuedByName' },
          { title: '发布时间', dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </Card>
  )
}
