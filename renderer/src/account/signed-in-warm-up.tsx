import { Alert, Badge, Button, Card, Checkbox, DatePicker, Empty, Flex, Input, Layout, Menu, Select, Spin, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import { memo, useEffect, useState } from 'react'

/*
 * Issue 10, "from 登录 to the queue painted": a good part of that time was antd building the styles of
 * every component on the signed-in screen (layout, menu, tabs, filters, the queue table) on its first
 * render, after the click. While the login screen waits for the user to type, this renders those
 * components once, out of sight and out of the accessibility tree, when the page is idle: their styles
 * are generated and kept (antd keeps them once injected) and their code is compiled, so the layout's
 * real first render after 登录 has less to do. Nothing here calls the core or holds data.
 *
 * It must still be mounted while the signed-in screen renders for the first time: antd's style cache
 * (@ant-design/cssinjs useGlobalCache) counts the components using each style and forgets a style's
 * computed rules when the count drops to zero, so a warm-up unmounted with the login page (as it once
 * was) left the layout to compute every style again. The app root therefore mounts it beside the
 * login screen and keeps it through the hand-over, until the browser is idle after the signed-in screen;
 * memo: nothing the login form does re-renders it (a click on 登录 re-rendered it, ~40 ms on the way).
 */

const COLUMNS = [
  { key: 'a', title: 'a', dataIndex: 'a', width: 120 },
  { key: 'b', title: 'b', dataIndex: 'b' },
]

function WarmUpTree() {
  return (
    <Layout>
      <Layout.Sider theme="light">
        <Menu mode="inline" selectedKeys={['a']} items={[{ type: 'group', key: 'g', label: 'g', children: [{ key: 'a', label: 'a' }, { key: 'b', label: 'b' }] }]} />
      </Layout.Sider>
      <Layout>
        <Layout.Header>
          <Flex gap={8}>
            <Typography.Text>a</Typography.Text>
            <Tag>a</Tag>
            <Tooltip title="a" open={false}>
              <Button size="small">a</Button>
            </Tooltip>
          </Flex>
        </Layout.Header>
        <Layout.Content>
          <Card>
            <Tabs items={[{ key: 'a', label: <Badge count={1} size="small">a</Badge> }, { key: 'b', label: 'b' }]} />
            <Flex gap={8} wrap>
              <Select style={{ width: 120 }} options={[{ value: 'a', label: 'a' }]} />
              <DatePicker.RangePicker />
              <Input.Search allowClear />
              <Button type="primary">a</Button>
              <Checkbox />
            </Flex>
            <Alert type="info" title="a" />
            <Table size="small" columns={COLUMNS} dataSource={[]} pagination={false} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }} />
            <Spin />
          </Card>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

/**
 * Mounted by the app root for the whole session: shows the warm-up tree once the page is idle while
 * someone is signed out, and removes it once the page is idle again after they signed in.
 */
export const SignedInWarmUp = memo(function SignedInWarmUp({ signedOut }: { signedOut: boolean }) {
  const [show, setShow] = useState(false)
  useEffect(() => whenIdle(() => setShow(signedOut)), [signedOut])
  if (!show) return null
  return (
    <div aria-hidden="true" inert style={{ position: 'fixed', left: -20_000, top: 0, width: 1366, height: 768, overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none' }}>
      <WarmUpTree />
    </div>
  )
})

/** Runs `then` when the page is idle (at the latest after a second); returns the cancel. */
function whenIdle(then: () => void): () => void {
  const idle = window.requestIdleCallback
  if (idle) {
    const id = idle(then, { timeout: 1000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(then, 200)
  return () => window.clearTimeout(id)
}
