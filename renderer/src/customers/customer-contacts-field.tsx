import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, Typography, type FormRule } from 'antd'
import type { z } from 'zod'
import type { ContactDto } from '../../../shared/api'
import { contactFields, isBlankContact } from './customer-schema'

const MAX_CONTACTS = 20

/** A contact field's schema, except on a row left wholly blank: that row is dropped on save. */
function contactRule(index: number, schema: z.ZodType, whenEmpty?: unknown): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (isBlankContact(getFieldValue(['contacts', index]) as Partial<ContactDto> | undefined)) return
      const missing = value === '' || value === undefined || value === null
      const result = schema.safeParse(missing ? whenEmpty : value)
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入有误')
    },
  })
}

/** 联系人: name, phone, title per row; the list may be empty, at most 20 as the core allows. */
export function CustomerContactsField() {
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && <Typography.Text type="secondary">暂无联系人</Typography.Text>}
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start" data-testid={`customer-contact-row-${field.name}`}>
              <Form.Item name={[field.name, 'name']} style={{ marginBottom: 0, width: 160 }} dependencies={[['contacts', field.name, 'phone'], ['contacts', field.name, 'title']]} rules={[contactRule(field.name, contactFields.name)]}>
                <Input placeholder="姓名" maxLength={32} aria-label="联系人姓名" data-testid={`customer-contact-name-${field.name}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} style={{ marginBottom: 0, width: 200 }} dependencies={[['contacts', field.name, 'name'], ['contacts', field.name, 'title']]} rules={[contactRule(field.name, contactFields.phone)]}>
                <Input placeholder="电话" maxLength={32} aria-label="联系人电话" data-testid={`customer-contact-phone-${field.name}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} style={{ marginBottom: 0, flex: 1 }} rules={[contactRule(field.name, contactFields.title, '')]}>
                <Input placeholder="职务（可不填）" maxLength={32} aria-label="联系人职务" data-testid={`customer-contact-title-${field.name}`} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label="删除联系人"
                onClick={() => remove(field.name)}
                data-testid={`customer-contact-remove-${field.name}`}
              />
            </Flex>
          ))}
          <div>
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_CONTACTS}
              onClick={() => add({ name: '', phone: '', title: '' })}
              data-testid="customer-contact-add"
            >
              添加联系人
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  )
}
