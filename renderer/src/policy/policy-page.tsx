import { Card, Tabs } from 'antd'
import { useSearchParams } from 'react-router-dom'
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
  const asked = params.get('tab')
  const tab: PolicyTab = isPolicyTab(asked) ? asked : DEFAULT_TAB
  const show = (key: string) => setParams(key === DEFAULT_TAB ? {} : { tab: key })

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={show}
        items={TABS.map(({ key, label }) => ({
          key,
          label: <span data-testid={`policy-tab-${key}`}>{label}</span>,
          children: key !== tab ? null : key === 'in-force' ? <PriceListInForce onShowVersions={() => show('price-lists')} /> : key === 'products' ? <ProductList /> : <PriceListList />,
        }))}
      />
    </Card>
  )
}
