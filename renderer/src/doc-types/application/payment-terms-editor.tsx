import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Flex, Form, Input, Table, Typography, type FormInstance } from 'antd'
import type { FormListFieldData } from 'antd/es/form/FormList'
import { applicationInput } from '../../../../shared/doc-types/application/application-api'
import { formatYuan, parseYuan, plainYuan } from '../../../../shared/money'
import { parsePercent } from '../../../../shared/percent'
import { zodRule } from '../../forms/zod-rule'
import { YuanInput } from '../../policy/yuan-input'
import { checkTerms, type ApplicationFormValues, type InstalmentValues } from './application-form-values'
import { priceRule } from './application-lines-editor'
import { TermsCheckAlert } from './terms-check-alert'

const labelSchema = applicationInput.shape.instalments.element.shape.label

const percentRule = {
  validator: async (_rule: unknown, value: string | undefined) => {
    if (!value?.trim()) throw new Error('请输入预付比例（没有预付款填 0）')
    if (parsePercent(value) === null) throw new Error('请输入 0–100 之间的比例，最多两位小数')
  },
}

/** 付款条件: prepayment as a share of the total (R6: production waits for it), then the instalments. */
export function PaymentTermsEditor({ form }: { form: FormInstance<ApplicationFormValues> }) {
  const values = Form.useWatch([], form) as Partial<ApplicationFormValues> | undefined
  const check = checkTerms(values ?? {})

  /** Puts the difference on the last instalment (or a new 尾款), so the terms add up to the fen. */
  const fill = () => {
    const diff = check.differenceFen
    if (diff === null || diff === 0) return
    const instalments: InstalmentValues[] = [...(form.getFieldValue('instalments') ?? [])]
    const last = instalments.at(-1)
    const lastFen = last?.amount ? (parseYuan(last.amount) ?? 0) : 0
    if (last && lastFen + diff > 0) instalments[instalments.length - 1] = { ...last, amount: plainYuan(lastFen + diff) }
    else if (diff > 0) instalments.push({ label: '尾款', amount: plainYuan(diff) })
    else return
    form.setFieldValue('instalments', instalments)
    void form.validateFields([['instalments']], { recursive: true }).catch(() => undefined)
  }

  return (
    <Flex vertical gap={12}>
      <Flex align="start" gap={16} wrap>
        <Form.Item label="预付比例" name="prepaymentPercent" layout="horizontal" required rules={[percentRule]} style={{ margin: 0 }}>
          <Input suffix="%" inputMode="decimal" placeholder="如 30" style={{ width: 140 }} data-testid="app-prepayment" />
        </Form.Item>
        <Typography.Text style={{ lineHeight: '32px' }}>
          预付款金额：
          <Typography.Text strong className="tabular-nums" data-testid="app-prepayment-amount" data-fen={check.prepaymentFen ?? ''}>
            {check.prepaymentFen === null ? '—' : `¥${formatYuan(check.prepaymentFen)}`}
          </Typography.Text>
        </Typography.Text>
      </Flex>
      <Form.List name="instalments">
        {(fields, { add, remove }) => (
          <div>
            <Table<FormListFieldData>
              size="small"
              bordered
              rowKey="key"
              pagination={false}
              dataSource={fields}
              locale={{ emptyText: '无分期：全部以预付款结清' }}
              style={{ maxWidth: 720 }}
              onRow={(field) => ({ role: 'row', 'data-testid': `app-instalment-${field.name}` })}
              data-testid="app-instalments"
              columns={[
                {
                  title: '款项名称',
                  key: 'label',
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'label']} rules={[zodRule(labelSchema)]} style={{ margin: 0 }}>
                      <Input maxLength={20} placeholder="如 发货款、验收款、质保金" data-testid={`app-instalment-${field.name}-label`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '到期日',
                  key: 'dueDate',
                  width: 160,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'dueDate']} rules={[{ required: true, message: '请选择到期日' }]} style={{ margin: 0 }}>
                      <DatePicker style={{ width: '100%' }} data-testid={`app-instalment-${field.name}-due`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '金额（元）',
                  key: 'amount',
                  width: 170,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'amount']} rules={[priceRule('金额')]} style={{ margin: 0 }}>
                      <YuanInput data-testid={`app-instalment-${field.name}-amount`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  key: 'remove',
                  width: 48,
                  align: 'center',
                  render: (_, field) => (
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除该期" data-testid={`app-instalment-${field.name}-remove`} />
                  ),
                },
              ]}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ label: `第 ${fields.length + 1} 期` })}
              disabled={fields.length >= 24}
              style={{ marginTop: 8, width: 720, maxWidth: '100%' }}
              data-testid="app-instalment-add"
            >
              添加分期
            </Button>
          </div>
        )}
      </Form.List>
      <TermsCheckAlert check={check} onFill={fill} />
    </Flex>
  )
}
