import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { InvoiceThresholdDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { formatDateTime } from '../../format/datetime'
import { useLoaded } from '../../hooks/use-loaded'
import { useCanCall } from '../../session/can-call'

interface Values { effectiveFrom?: Dayjs; percent?: number; note?: string }

/**
 * Route /invoice-thresholds — 开票条件 (R15): the sales policy's invoice threshold, versioned as prices are:
 * the version in force on a request's date decides it; before the first version the rule's 60 % holds.
 * The general manager issues a version from today or a later day; history is never edited.
 */
export function InvoiceThresholdPage() {
  const mayIssue = useCanCall('invoiceThresholds.issue')
  const versions = useLoaded('invoice-thresholds', () => call('invoiceThresholds.list', {}), (m) => m === 'invoiceThresholds.issue')
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const inForce = versions.data?.find((v) => v.inForce)
  const finish = async (v: Values) => {
    setError(null)
    try {
      const issued = await call('invoiceThresholds.issue', { effectiveFrom: v.effectiveFrom!.format('YYYY-MM-DD'), percent: v.percent!, note: v.note })
      message.success(`开票条件第 ${issued.versionNo} 版已发布，${issued.effectiveFrom} 起回款达 ${issued.percent}% 可申请开票`)
      form.resetFields()
    } catch (caught) {
      setError(errorText(caught))
    }
  }
  return (
    <Card title="开票条件" data-testid="invoice-threshold-page">
      <Typography.Paragraph data-testid="invoice-threshold-in-force">
        现行开票条件：合同已回款达到合同金额的 <b>{inForce?.percent ?? 60}%</b> 方可申请开票{inForce ? `（第 ${inForce.versionNo} 版，${inForce.effectiveFrom} 起）` : '（制度默认）'}。
      </Typography.Paragraph>
      {mayIssue && (
        <Form<Values> form={form} layout="inline" style={{ marginBottom: 16 }} initialValues={{ effectiveFrom: dayjs(), percent: inForce?.percent ?? 60 }}
          onFinish={(v) => void finish(v)}
          // Issuing a version cannot be undone: a date confirmed with Enter must not issue it by itself.
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && e.preventDefault()}
        >
          <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="invoice-threshold-from" />
          </Form.Item>
          <Form.Item label="回款比例（%）" name="percent" rules={[{ required: true, message: '请输入百分比' }]}>
            <InputNumber min={1} max={100} precision={0} data-testid="invoice-threshold-percent" />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <Input maxLength={200} style={{ width: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="invoice-threshold-issue">
            发布新版本
          </Button>
        </Form>
      )}
      {(error ?? versions.error) && <Alert type="error" showIcon title={error ?? versions.error} style={{ marginBottom: 16 }} />}
      <Table<InvoiceThresholdDto>
        size="small"
        rowKey="versionNo"
        loading={versions.loading}
        dataSource={versions.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未发布版本，按制度默认 60%' }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', render: (n: number, v) => <>第 {n} 版 {v.inForce && <Tag color="success">现行</Tag>}</> },
          { title: '生效日期', dataIndex: 'effectiveFrom' },
          { title: '回款比例', dataIndex: 'percent', render: (p: number) => `${p}%` },
          { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          { title: '发布人', dataIndex: 'issuedByName' },
          { title: '发布时间', dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </Card>
  )
}
