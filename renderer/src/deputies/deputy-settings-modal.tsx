import { Alert, App, Button, DatePicker, Flex, Form, Modal, Select, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import type { DeputyCandidateDto, DeputyDto } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { formatDateTime } from '../format/datetime'
import { useMe } from '../session/session-context'

interface DeputyFormValues {
  principalUserId?: number
  deputyUserId: number
  range: [Dayjs, Dayjs]
}

/** A period as the office reads it: 生效中 while today is inside it, 已撤销 / 已结束 / 未开始 otherwise. */
function periodStatus(period: DeputyDto, today: string) {
  if (period.revokedAt) return <Tag>已撤销</Tag>
  if (period.to < today) return <Tag>已结束</Tag>
  if (period.from > today) return <Tag color="blue">未开始</Tag>
  return <Tag color="green">生效中</Tag>
}

/**
 * 代理设置 (代理审批, issue 10): name who signs for me while I am away, for a period of days (both ends
 * included, Beijing time), and revoke it. The core decides who may (only the principal, or an
 * administrator for anyone) and refuses overlaps; this shows its answer.
 */
export function DeputySettingsModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const me = useMe()
  const isAdmin = me.roles.includes('admin')
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<DeputyFormValues>()
  const [periods, setPeriods] = useState<DeputyDto[]>([])
  const [candidates, setCandidates] = useState<DeputyCandidateDto[]>([])
  const [principals, setPrincipals] = useState<DeputyCandidateDto[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    try {
      setPeriods(await call('deputies.list', {}))
      setCandidates(await call('deputies.candidates', {}))
      if (isAdmin) setPrincipals((await call('users.list', {})).filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.name })))
    } catch (caught) {
      setError(errorText(caught))
    }
  }, [isAdmin])

  useEffect(() => {
    if (open) void load()
    else {
      form.resetFields()
      setError(null)
    }
  }, [open, load, form])

  const submit = async (values: DeputyFormValues) => {
    setSaving(true)
    setError(null)
    try {
      const set = await call('deputies.set', {
        ...(values.principalUserId ? { principalUserId: values.principalUserId } : {}),
        deputyUserId: values.deputyUserId,
        from: values.range[0].format('YYYY-MM-DD'),
        to: values.range[1].format('YYYY-MM-DD'),
      })
      message.success(`已设置：${set.from} 至 ${set.to} 由 ${set.deputyName} 代 ${set.principalName} 审批`)
      form.resetFields()
      await load()
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  const revoke = (period: DeputyDto) =>
    modal.confirm({
      title: '撤销代理',
      content: `撤销后 ${period.deputyName} 不能再代 ${period.principalName} 审批，已代签的单据不受影响。`,
      okText: '撤销',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await call('deputies.revoke', { id: period.id })
          await load()
        } catch (caught) {
          setError(errorText(caught))
        }
      },
    })

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const options = (people: DeputyCandidateDto[]) => people.map((p) => ({ value: p.id, label: p.name, 'data-testid': `deputy-option-${p.id}` }))

  return (
    <Modal open={open} title="代理设置" onCancel={onClose} footer={null} width={760} destroyOnHidden data-testid="deputy-modal">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        出差或休假时，指定一位同事在这段时间内代您审批：您的待办会出现在代理人的待办中，审批记录写作“代理人 代 您”。
        代理人起草的单据、或他已签过上一步的单据，仍须由他人审批。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="deputy-error" />}
      <Form<DeputyFormValues> form={form} layout="inline" onFinish={(values) => void submit(values)} data-testid="deputy-form" style={{ rowGap: 8 }}>
        {isAdmin && (
          <Form.Item name="principalUserId" label="被代理人">
            <Select style={{ width: 120 }} placeholder="本人" allowClear options={options(principals)} data-testid="deputy-principal" />
          </Form.Item>
        )}
        <Form.Item name="deputyUserId" label="代理人" rules={[{ required: true, message: '请选择代理人' }]}>
          <Select style={{ width: 120 }} showSearch={{ optionFilterProp: 'label' }} options={options(candidates)} data-testid="deputy-user" />
        </Form.Item>
        <Form.Item name="range" label="期间" rules={[{ required: true, message: '请选择代理期间' }]}>
          <DatePicker.RangePicker style={{ width: 240 }} data-testid="deputy-range" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="deputy-submit">设置代理</Button>
        </Form.Item>
      </Form>
      <Table<DeputyDto>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        dataSource={periods}
        pagination={false}
        scroll={{ y: 260 }}
        locale={{ emptyText: '还没有代理设置' }}
        data-testid="deputy-table"
        columns={[
          { title: '被代理人', dataIndex: 'principalName', width: 100 },
          { title: '代理人', dataIndex: 'deputyName', width: 100 },
          { title: '期间', key: 'period', width: 200, className: 'tabular-nums', render: (_, p) => `${p.from} 至 ${p.to}` },
          { title: '状态', key: 'status', width: 80, render: (_, p) => periodStatus(p, today) },
          { title: '设置', key: 'created', render: (_, p) => <Typography.Text type="secondary">{p.createdByName} {formatDateTime(p.createdAt)}</Typography.Text> },
          {
            title: '', key: 'revoke', width: 70,
            render: (_, p) =>
              !p.revokedAt && p.to >= today && (p.principalUserId === me.id || isAdmin) ? (
                <Button size="small" type="link" danger onClick={() => revoke(p)} data-testid={`deputy-revoke-${p.id}`}>撤销</Button>
              ) : null,
          },
        ]}
      />
      <Flex justify="end" style={{ marginTop: 12 }}>
        <Button onClick={onClose}>关闭</Button>
      </Flex>
    </Modal>
  )
}
