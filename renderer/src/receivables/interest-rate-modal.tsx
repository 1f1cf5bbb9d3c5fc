import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { dailyRateText } from '../../../shared/aging'
import type { InterestRateDto } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'

interface Values { effectiveFrom?: Dayjs; bpsPerDay?: number; note?: string }

/**
 * R18 逾期利率: the daily rate (万分之几) the aging's interest uses, versioned like the invoice threshold.
 * Everyone who reads the aging sees the versions; the general manager issues one from today or later.
 */
export function InterestRateModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const mayIssue = useCanCall('overdueInterest.issue')
  const versions = useLoaded(`interest-rates|${open}`, () => (open ? call('overdueInterest.list', {}) : Promise.resolve([])), (m) => m === 'overdueInterest.issue')
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const issue = async () => {
    const v = await form.validateFields()
    setError(null)
    try {
      const issued = await call('overdueInterest.issue', { effectiveFrom: v.effectiveFrom!.format('YYYY-MM-DD'), bpsPerDay: v.bpsPerDay!, note: v.note })
      message.success(`逾期利率第 ${issued.versionNo} 版已发布：${issued.effectiveFrom} 起按${dailyRateText(issued.bpsPerDay)}计息`)
      form.resetFields()
    } catch (caught) {
      setError(errorText(caught))
    }
  }
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title="逾期利率"
      width={720}
      okText="发布新版本"
      cancelText="关闭"
      onOk={mayIssue ? () => void issue() : onClose}
      okButtonProps={{ style: mayIssue ? undefined : { display: 'none' }, ...({ 'data-testid': 'interest-rate-issue' } as object) }}
      data-testid="interest-rate-modal"
    >
      {mayIssue && (
        <Form<Values> form={form} layout="inline" style={{ marginBottom: 16 }} initialValues={{ effectiveFrom: dayjs(), bpsPerDay: 5 }}>
          <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label="日利率（万分之）" name="bpsPerDay" rules={[{ required: true, message: '请输入日利率' }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <Input maxLength={200} style={{ width: 180 }} />
          </Form.Item>
        </Form>
      )}
      {(error ?? versions.error) && <Alert type="error" showIcon title={error ?? versions.error} style={{ marginBottom: 16 }} />}
      <Table<InterestRateDto>
        size="small"
        rowKey="versionNo"
        loading={versions.loading}
        dataSource={versions.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未发布版本，按默认日万分之五计息' }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', render: (n: number, v) => <>第 {n} 版 {v.inForce && <Tag color="success">现行</Tag>}</> },
          { title: '生效日期', dataIndex: 'effectiveFrom' },
          { title: '日利率', dataIndex: 'bpsPerDay', render: (b: number) => dailyRateText(b) },
          { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          { title: '发布人', dataIndex: 'issuedByName' },
          { title: '发布时间', dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </Modal>
  )
}
