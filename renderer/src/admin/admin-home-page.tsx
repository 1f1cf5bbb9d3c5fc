import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import type { AdminOverview, CompanyView, UserDto } from '../../../shared/api'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'
import { BackupsCard, ChainsCard, CompanyCard, NumberingCard, UsersCard } from './admin-home-cards'
import { CompanyFormModal } from './company-form-modal'

interface Home {
  overview: AdminOverview
  users: UserDto[]
}

/**
 * 系统概览: the administrator's home (issue 10) instead of a 待办 that is always empty for them —
 * who works here, the company data on every printed form, this month's numbers (R22, read-only),
 * the chains and the backups.
 */
export function AdminHomePage() {
  const [editing, setEditing] = useState<CompanyView | null>(null)
  // Any write of the administrator may change what is shown (a user, the company, a chain).
  const { data, loading, error, reload } = useLoaded<Home>(
    'admin-home',
    async () => {
      const [overview, users] = await Promise.all([call('admin.overview', {}), call('users.list', {})])
      return { overview, users }
    },
    () => true,
  )

  return (
    <Card>
      <Flex align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          系统概览
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading && data !== undefined} data-testid="admin-home-reload">
          刷新
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="admin-home-error" />}
      {!data && loading && <Skeleton active />}
      {data && (
        <Row gutter={[16, 16]} data-testid="admin-home">
          <Col span={8}>
            <UsersCard users={data.overview.users} />
          </Col>
          <Col span={16}>
            <CompanyCard company={data.overview.company} onEdit={() => setEditing(data.overview.company)} />
          </Col>
          <Col span={8}>
            <NumberingCard numbering={data.overview.numbering} />
          </Col>
          <Col span={8}>
            <ChainsCard chains={data.overview.chains} />
          </Col>
          <Col span={8}>
            <BackupsCard backups={data.overview.backups} />
          </Col>
        </Row>
      )}
      <CompanyFormModal company={editing} users={data?.users ?? []} onClose={() => setEditing(null)} />
    </Card>
  )
}
