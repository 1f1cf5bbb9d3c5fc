import { Card, Tabs } from 'antd'
import { useSearchParams } from 'react-router-dom'
import { useCanCall } from '../session/can-call'
import { PriceListList } from './price-list-list'
import { ProductList } from './product-list'

const TABS = [
  { key: 'products', label: '产品' },
  { key: 'price-lists', label: '价目表' },
] as const
type PolicyTab = (typeof TABS)[number]['key']

/** 销售政策 (R1): the product catalogue and the versioned price lists, one tab each. */
export function PolicyPage() {
  const [params, setParams] = useSearchParams()
  // Need-to-know: price lists (list and floor prices, 价格浮动权) only for posts the core answers.
  const seesPrices = useCanCall('priceLists.list')
  const tab: PolicyTab = seesPrices && params.get('tab') === 'price-lists' ? 'price-lists' : 'products'

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'products' ? {} : { tab: key })}
        items={TABS.filter(({ key }) => seesPrices || key === 'products').map(({ key, label }) => ({
          key,
          label: <span data-testid={`policy-tab-${key}`}>{label}</span>,
          children: key === tab ? key === 'products' ? <ProductList /> : <PriceListList /> : null,
        }))}
      />
    </Card>
  )
}
