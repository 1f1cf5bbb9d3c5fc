import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Select, Table, Typography, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { FormListFieldData } from 'antd/es/form/FormList'
import { useMemo, type HTMLAttributes } from 'react'
import type { ProductDto } from '../../../shared/api'
import { parseYuan } from '../../../shared/money'
import { EMPTY_ITEM, itemSchema, type IssueValues } from './issue-values'
import { YuanInput, yuanProblem } from './yuan-input'

const CELL = { style: { marginBottom: 0 } }

interface Props {
  form: FormInstance<IssueValues>
  /** Every product, inactive ones too, so a copied line of a since-retired product still reads. */
  products: ProductDto[]
}

/** The lines of a new price list (R1): product, 牌价, 底价 in 元; each checked as the core would. */
export function IssueItemsTable({ form, products }: Props) {
  // Only the chosen products re-render the table; typing a price does not (useWatch compares the selection).
  const chosen: (number | null)[] = Form.useWatch((values: IssueValues) => (values.items ?? []).map((item) => item?.productId ?? null), form) ?? []
  const byId = useMemo(() => new Map(products.map((p) => [p.id, p])), [products])
  const missing = products.filter((p) => p.active && !chosen.includes(p.id))

  const productOptions = (index: number) =>
    products
      .filter((p) => p.active || p.id === chosen[index])
      .map((p) => ({
        value: p.id,
        label: `${p.code} ${p.name}`,
        disabled: !p.active || chosen.some((id, other) => other !== index && id === p.id),
      }))

  const columns = (remove: (index: number) => void): ColumnsType<FormListFieldData> => [
    { title: '序号', key: 'no', width: 56, align: 'right', render: (_: unknown, field) => <span className="tabular-nums">{field.name + 1}</span> },
    {
      title: '产品',
      key: 'product',
      render: (_: unknown, field) => (
        <Form.Item
          {...CELL}
          name={[field.name, 'productId']}
          rules={[
            {
              validator: async (_rule, value: number | undefined) => {
                if (value === undefined || value === null) throw new Error('请选择产品')
                if (byId.get(value)?.active === false) throw new Error('该产品已停用，请删除此行')
                const first = chosen.indexOf(value)
                if (first !== -1 && first !== field.name) throw new Error(`与第 ${first + 1} 行重复`)
              },
            },
          ]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择产品（可输入编码或名称）"
            options={productOptions(field.name)}
            style={{ width: '100%', minWidth: 220 }}
            data-testid={`issue-item-product-${field.name}`}
          />
        </Form.Item>
      ),
    },
    {
      title: '规格型号',
      key: 'spec',
      width: 150,
      ellipsis: { showTitle: true },
      render: (_: unknown, field) => byId.get(chosen[field.name] ?? -1)?.spec || '—',
    },
    { title: '单位', key: 'unit', width: 60, render: (_: unknown, field) => byId.get(chosen[field.name] ?? -1)?.unit ?? '—' },
    {
      title: '牌价（元）',
      key: 'list',
      width: 176,
      render: (_: unknown, field) => (
        <Form.Item
          {...CELL}
          name={[field.name, 'listPrice']}
          rules={[{ validator: async (_rule, value: unknown) => throwIf(yuanProblem(value, itemSchema.shape.listPriceFen, '请输入牌价')) }]}
        >
          <YuanInput aria-label={`第 ${field.name + 1} 行牌价`} data-testid={`issue-item-list-${field.name}`} />
        </Form.Item>
      ),
    },
    {
      title: '底价（元）',
      key: 'floor',
      width: 176,
      render: (_: unknown, field) => (
        <Form.Item
          {...CELL}
          name={[field.name, 'floorPrice']}
          dependencies={[['items', field.name, 'listPrice']]}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                throwIf(yuanProblem(value, itemSchema.shape.floorPriceFen, '请输入底价'))
                const listFen = parseYuan(String(getFieldValue(['items', field.name, 'listPrice']) ?? ''))
                if (listFen === null || listFen <= 0) return
                // The line schema's own refinement: 底价不能高于牌价.
                const result = itemSchema.safeParse({ productId: 1, listPriceFen: listFen, floorPriceFen: parseYuan(String(value)) })
                throwIf(result.error?.issues.find((issue) => issue.path[0] === 'floorPriceFen')?.message ?? null)
              },
            }),
          ]}
        >
          <YuanInput aria-label={`第 ${field.name + 1} 行底价`} data-testid={`issue-item-floor-${field.name}`} />
        </Form.Item>
      ),
    },
    {
      title: '操作',
      key: 'remove',
      width: 64,
      render: (_: unknown, field) => (
        <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除第 ${field.name + 1} 行`} onClick={() => remove(field.name)} data-testid={`issue-item-remove-${field.name}`} />
      ),
    },
  ]

  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_rule, items: unknown[] | undefined) => {
            if (!items || items.length === 0) throw new Error('价目表至少要有一个产品')
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            columns={columns(remove)}
            dataSource={fields}
            // Every line stays mounted: antd validates only mounted fields, so no pagination here.
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: '还没有产品，请点下方“添加产品”' }}
            onRow={(field) => ({ 'data-testid': `issue-item-row-${field.name}` } as HTMLAttributes<HTMLElement>)}
            data-testid="issue-items"
          />
          <Form.ErrorList errors={errors} />
          <Flex gap={8} align="center" style={{ marginTop: 8 }}>
            <Button icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_ITEM })} data-testid="issue-item-add">
              添加产品
            </Button>
            <Button
              disabled={missing.length === 0}
              onClick={() => missing.forEach((p) => add({ ...EMPTY_ITEM, productId: p.id }))}
              data-testid="issue-item-add-missing"
            >
              添加其余在用产品{missing.length > 0 ? `（${missing.length}）` : ''}
            </Button>
            <Typography.Text type="secondary">共 {fields.length} 个产品</Typography.Text>
          </Flex>
        </>
      )}
    </Form.List>
  )
}

function throwIf(problem: string | null): void {
  if (problem) throw new Error(problem)
}
