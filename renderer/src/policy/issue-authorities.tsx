import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, Radio, Select, Typography, type FormInstance } from 'antd'
import { ROLE_KEYS, ROLES, type RoleKey } from '../../../shared/roles'
import { authorityBpsSchema, type IssueValues } from './issue-values'
import { parsePercent } from '../../../shared/percent'

const ROLE_OPTIONS = ROLE_KEYS.filter((role) => role !== 'admin').map((role) => ({ value: role, label: ROLES[role] }))

/** R1 价格浮动权: per role, how far below the floor price it may approve (a percentage, or no limit). */
export function IssueAuthorities({ form }: { form: FormInstance<IssueValues> }) {
  const rows: { role: RoleKey | null; unlimited: boolean }[] =
    Form.useWatch((values: IssueValues) => (values.authorities ?? []).map((a) => ({ role: a?.role ?? null, unlimited: a?.unlimited ?? false })), form) ?? []

  return (
    <Form.List name="authorities">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && (
            <Typography.Text type="secondary">未设置：任何岗位都不能批准低于底价的单价。</Typography.Text>
          )}
          {fields.map((field) => {
            const unlimited = rows[field.name]?.unlimited ?? false
            return (
              <Flex key={field.key} gap={8} align="start" wrap data-testid={`issue-authority-row-${field.name}`}>
                <Form.Item
                  name={[field.name, 'role']}
                  style={{ marginBottom: 0 }}
                  rules={[
                    {
                      validator: async (_rule, role: RoleKey | undefined) => {
                        if (!role) throw new Error('请选择岗位')
                        if (rows.findIndex((r) => r.role === role) !== field.name) throw new Error('每个岗位只能设置一次价格浮动权')
                      },
                    },
                  ]}
                >
                  <Select<RoleKey>
                    placeholder="岗位"
                    options={ROLE_OPTIONS.map((o) => ({ ...o, disabled: rows.some((r, i) => i !== field.name && r.role === o.value) }))}
                    style={{ width: 150 }}
                    virtual={false}
                    listHeight={320}
                    data-testid={`issue-authority-role-${field.name}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unlimited']} style={{ marginBottom: 0 }}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: false, label: '限额' },
                      { value: true, label: '不限' },
                    ]}
                    onChange={() => void form.validateFields([['authorities', field.name, 'percent']]).catch(() => undefined)}
                    data-testid={`issue-authority-mode-${field.name}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'percent']}
                  style={{ marginBottom: 0 }}
                  hidden={unlimited}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, text: unknown) => {
                        if (getFieldValue(['authorities', field.name, 'unlimited'])) return
                        if (typeof text !== 'string' || text.trim() === '') throw new Error('请输入比例')
                        const bps = parsePercent(text)
                        if (bps === null) throw new Error('请输入百分比，如 5 或 5.5，最多两位小数')
                        const result = authorityBpsSchema.safeParse(bps)
                        if (!result.success) throw new Error(result.error.issues[0]?.message ?? '比例有误')
                      },
                    }),
                  ]}
                >
                  <Input
                    prefix="低于底价 ≤"
                    suffix="%"
                    inputMode="decimal"
                    maxLength={6}
                    style={{ width: 170 }}
                    styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                    data-testid={`issue-authority-percent-${field.name}`}
                  />
                </Form.Item>
                {unlimited && (
                  <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                    可批准任何低于底价的单价
                  </Typography.Text>
                )}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="删除此岗位的浮动权"
                  onClick={() => remove(field.name)}
                  data-testid={`issue-authority-remove-${field.name}`}
                />
              </Flex>
            )
          })}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ unlimited: false, percent: '' })} data-testid="issue-authority-add">
              添加岗位
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  )
}
