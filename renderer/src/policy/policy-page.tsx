import { Card, Tabs } from 'antd'
import { useSearchParams } from 'react-router-dom'
import { useCanCall } from '../session/can-call'
import { PriceListInForce } from './price-list-in-force'
import { PriceListList } from './price-list-list'
import { ProductList } from './product-list'

// The page opens on the prices in force (issue 10): that is what 销售政策 is read for all day.
const TABS = [
  { key: 'in-force', label: '现行价目' },
  { key: 'price-lists', label: '价目表版本' },
  { key: 'products', label: '产品' },
] as const
type PolicyTab = (typeof TABS)[number]['key']
const DEFAULT_TAB: PolicyTab = 'in-force'

function isPolicyTab(key: string | null): key is PolicyTab {
  return TABS.some((tab) => tab.key === key)
}

/** 销售政策 (R1): the price list in force, every issued version, and the product catalogue, one tab each. */
export function PolicyPage() {
  const [params, setParams] = useSearchParams()
  // Need-to-know: price lists (list and floor prices, 价格浮动权) only for posts the core answers.
  const seesPrices = useCanCall('priceLists.list')
  const asked = params.get('tab')
  const fallback: PolicyTab = seesPrices ? DEFAULT_TAB : 'products'
  const tab: PolicyTab = isPolicyTab(asked) && (seesPrices || asked === 'products') ? asked : fallback
  const show = (key: string) => setParams(key === fallback ? {} : { tab: key })

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={show}
        items={TABS.filter(({ key }) => seesPrices || key === 'products').map(({ key, label }) => ({
          key,
          label: <span data-testid={`policy-tab-${key}`}>{label}</span>,
          children: key !== tab ? null : key === 'in-force' ? <PriceListInForce onShowVersions={() => show('price-lists')} /> : key === 'products' ? <ProductList /> : <PriceListList />,
        }))}
      />
    </Card>
  )
}
