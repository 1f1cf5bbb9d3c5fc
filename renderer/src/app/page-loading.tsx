import { Spin } from 'antd'

/** What shows while a page's own chunk loads (app-root.tsx, layout's outlet): a spinner where the page goes. */
export function PageLoading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 240, height: '100%' }} data-testid="page-loading">
      <Spin size="large" />
    </div>
  )
}
