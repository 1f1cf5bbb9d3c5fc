import { Select, Typography } from 'antd'
import type { PriceListItemDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

export interface ProductOption {
  value: number
  label: string
  item: PriceListItemDto | null
  search: string
}

/**
 * Options from the price list in force (R1), plus any product of a saved application that has since left
 * it (shown, so the user sees why the core answers PRODUCT_NOT_IN_POLICY, and can replace it).
 */
export function productOptions(items: PriceListItemDto[], extra: Array<{ productId: number; productCode: string; productName: string; spec: string }>): ProductOption[] {
  const options: ProductOption[] = items.map((item) => ({
    value: item.productId,
    label: `${item.code} ${item.name}`,
    item,
    search: `${item.code} ${item.name} ${item.spec}`.toLowerCase(),
  }))
  for (const line of extra) {
    if (options.some((o) => o.value === line.productId)) continue
    options.push({
      value: line.productId,
      label: `${line.productCode} ${line.productName}（不在现行价目表）`,
      item: null,
      search: `${line.productCode} ${line.productName} ${line.spec}`.toLowerCase(),
    })
  }
  return options
}

interface Props {
  value?: number
  onChange?: (value: number) => void
  options: ProductOption[]
  testId: string
  /** Only when the user picks a product (not when the form list shifts rows): the line takes its list price. */
  onPicked?: (item: PriceListItemDto | null) => void
}

/** 产品: searched by code, name or spec; each option shows code, name, spec and the list price. */
export function ProductSelect({ value, onChange, options, testId, onPicked }: Props) {
  return (
    <Select<number, ProductOption>
      value={value}
      onChange={(id, option) => {
        onChange?.(id)
        onPicked?.(Array.isArray(option) ? null : (option?.item ?? null))
      }}
      placeholder="编码、名称或规格"
      options={options}
      showSearch={{ filterOption: (input, option) => !!option && option.search.includes(input.trim().toLowerCase()) }}
      optionRender={(option) => {
        const item = option.data.item
        return (
          <div style={{ lineHeight: 1.4 }}>
            <div>
              <Typography.Text className="tabular-nums">{item?.code ?? ''}</Typography.Text>{' '}
              <Typography.Text strong>{item ? item.name : option.data.label}</Typography.Text>
            </div>
            {item && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.spec || '—'}　{item.unit}　牌价 ¥{formatYuan(item.listPriceFen)}
              </Typography.Text>
            )}
          </div>
        )
      }}
      popupMatchSelectWidth={360}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  )
}
