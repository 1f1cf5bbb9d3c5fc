import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, InputNumber, Table, Typography, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { FormListFieldData } from 'antd/es/form/FormList'
import type { PriceListItemDto } from '../../../../shared/api'
import { applicationInput } from '../../../../shared/doc-types/application/application-api'
import { formatYuan, parseYuan, plainYuan } from '../../../../shared/money'
import { zodRule } from '../../forms/zod-rule'
import type { ApplicationFormValues, LineValues } from './application-form-values'
import { YuanInput } from '../../policy/yuan-input'
import { lineFen } from './application-form-values'
import { BelowFloorTag } from '../../documents/below-floor-tag'
import { ProductSelect, type ProductOption } from '../../documents/product-select'

const quantitySchema = applicationInput.shape.lines.element.shape.quantity

/** 单价 in 元 as typed: the same checks as the core's fen schema, said in the user's terms. */
export const priceRule = (what: string) => ({
  validator: async (_rule: unknown, value: string | undefined) => {
    if (!value?.trim()) throw new Error(`请输入${what}`)
    const fen = parseYuan(value)
    if (fen === null) throw new Error('格式不正确，如 1234.50')
    if (fen <= 0) throw new Error(`${what}须大于 0`)
  },
})

interface Props {
  form: FormInstance<ApplicationFormValues>
  items: Map<number, PriceListItemDto>
  options: ProductOption[]
}

/** 产品明细: product from the policy in force, quantity, unit price (defaults to the list price), amount. */
export function ApplicationLinesEditor({ form, items, options }: Props) {
  const lines = (Form.useWatch('lines', form) ?? []) as LineValues[]

  const columns = (remove: (index: number) => void, count: number): ColumnsType<FormListFieldData> => [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_, field) => field.name + 1 },
    {
      title: '产品',
      key: 'product',
      render: (_, field) => (
        <Form.Item name={[field.name, 'productId']} rules={[{ required: true, message: '请选择产品' }]} style={{ margin: 0 }}>
          <ProductSelect
            options={options}
            testId={`app-line-${field.name}-product`}
            // R1: a product just chosen brings its list price as the default unit price; the user may lower it.
            onPicked={(item) => {
              if (!item) return
              form.setFieldValue(['lines', field.name, 'unitPrice'], plainYuan(item.listPriceFen))
              void form.validateFields([['lines', field.name, 'unitPrice']]).catch(() => undefined)
            }}
          />
        </Form.Item>
      ),
    },
    {
      title: '单位',
      key: 'unit',
      width: 56,
      align: 'center',
      render: (_, field) => items.get(lines[field.name]?.productId ?? 0)?.unit ?? '—',
    },
    {
      title: '数量',
      key: 'quantity',
      width: 110,
      render: (_, field) => (
        <Form.Item name={[field.name, 'quantity']} rules={[zodRule(quantitySchema)]} style={{ margin: 0 }}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid={`app-line-${field.name}-quantity`} />
        </Form.Item>
      ),
    },
    {
      title: '单价（元）',
      key: 'price',
      width: 150,
      render: (_, field) => {
        const item = items.get(lines[field.name]?.productId ?? 0)
        const price = parseYuan(lines[field.name]?.unitPrice ?? '')
        return (
          <>
            <Form.Item name={[field.name, 'unitPrice']} rules={[priceRule('单价')]} style={{ margin: 0 }}>
              <YuanInput data-testid={`app-line-${field.name}-price`} />
            </Form.Item>
            {item && price !== null && price > 0 && (
              <div style={{ marginTop: 4 }}>
                <BelowFloorTag unitPriceFen={price} floorPriceFen={item.floorPriceFen} />
              </div>
            )}
          </>
        )
      },
    },
    {
      title: '牌价 / 底价（元）',
      key: 'list',
      width: 140,
      align: 'right',
      render: (_, field) => {
        const item = items.get(lines[field.name]?.productId ?? 0)
        if (!item) return '—'
        return (
          <div className="tabular-nums" style={{ lineHeight: 1.4 }}>
            <div>{formatYuan(item.listPriceFen)}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              底价 {formatYuan(item.floorPriceFen)}
            </Typography.Text>
          </div>
        )
      },
    },
    {
      title: '金额（元）',
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_, field) => {
        const fen = lineFen(lines[field.name])
        return (
          <span className="tabular-nums" data-testid={`app-line-${field.name}-amount`}>
            {fen === null ? '—' : formatYuan(fen)}
          </span>
        )
      },
    },
    {
      title: '',
      key: 'remove',
      width: 48,
      align: 'center',
      render: (_, field) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={count <= 1}
          onClick={() => remove(field.name)}
          aria-label={`删除第 ${field.name + 1} 行`}
          data-testid={`app-line-${field.name}-remove`}
        />
      ),
    },
  ]

  return (
    <Form.List
      name="lines"
      rules={[{ validator: async (_rule, value: unknown[] | undefined) => { if (!value?.length) throw new Error('至少要有一行产品') } }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            bordered
            rowKey="key"
            pagination={false}
            dataSource={fields}
            columns={columns(remove, fields.length)}
            scroll={{ x: 960 }}
            onRow={(field) => ({ role: 'row', 'data-testid': `app-line-${field.name}` })}
            data-testid="app-lines"
          />
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 8 }} disabled={fields.length >= 200} data-testid="app-line-add">
            添加产品
          </Button>
        </>
      )}
    </Form.List>
  )
}
