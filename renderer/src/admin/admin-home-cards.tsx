import { Button, Card, Descriptions, Empty, Flex, List, Statistic, Tag, Typography } from 'antd'
import { Link } from 'react-router-dom'
import type { AdminOverview } from '../../../shared/api'
import { docTypeLabel } from '../doc-types/labels'
import { formatDateTime } from '../format/datetime'

const cardStyles = { body: { padding: '12px 16px' } }
const missing = <Typography.Text type="secondary">未填写</Typography.Text>
const orMissing = (text: string) => (text ? text : missing)

export function UsersCard({ users }: { users: AdminOverview['users'] }) {
  return (
    <Card size="small" title="用户" extra={<Link to="/users" data-testid="admin-home-users-link">用户管理</Link>} styles={cardStyles} style={{ height: '100%' }}>
      <Flex gap={32} data-testid="admin-home-users">
        <Statistic title="在用" value={users.enabled} suffix="人" />
        <Statistic title="停用" value={users.total - users.enabled} suffix="人" />
        <Statistic title="系统管理员" value={users.admins} suffix="人" />
      </Flex>
    </Card>
  )
}

export function CompanyCard({ company, onEdit }: { company: AdminOverview['company']; onEdit(): void }) {
  return (
    <Card
      size="small"
      title="公司资料"
      extra={<Button type="link" size="small" onClick={onEdit} data-testid="admin-home-company-edit">编辑</Button>}
      styles={cardStyles}
      style={{ height: '100%' }}
    >
      <Descriptions size="small" column={2} data-testid="admin-home-company">
        <Descriptions.Item label="公司名称" span={2}>{company.name}</Descriptions.Item>
        <Descriptions.Item label="地址" span={2}>{orMissing(company.address)}</Descriptions.Item>
        <Descriptions.Item label="纳税人识别号"><span className="tabular-nums">{orMissing(company.taxNumber)}</span></Descriptions.Item>
        <Descriptions.Item label="合同章保管人">{company.sealKeeperName ?? <Typography.Text type="secondary">尚未指定</Typography.Text>}</Descriptions.Item>
        <Descriptions.Item label="开户行">{orMissing(company.bankName)}</Descriptions.Item>
        <Descriptions.Item label="银行账号"><span className="tabular-nums">{orMissing(company.bankAccount)}</span></Descriptions.Item>
      </Descriptions>
    </Card>
  )
}

/** R22: numbers are gapless per type and month, so the counters are shown and never edited. */
export function NumberingCard({ numbering }: { numbering: AdminOverview['numbering'] }) {
  const month = `${numbering.period.slice(0, 4)} 年 ${Number(numbering.period.slice(4))} 月`
  return (
    <Card size="small" title={`单据编号 · ${month}`} styles={cardStyles} style={{ height: '100%' }}>
      <List
        size="small"
        dataSource={numbering.counters}
        data-testid="admin-home-numbering"
        renderItem={(c) => (
          <List.Item data-testid={`admin-home-counter-${c.docType}`}>
            <Flex justify="space-between" style={{ width: '100%' }}>
              <span>
                {docTypeLabel(c.docType)}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>{c.prefix}</Typography.Text>
              </span>
              <span className="tabular-nums">{c.lastNumber ? `最新 ${c.lastNumber}` : '本月未编号'}</span>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        编号按类型、按月连续生成，不跳号、不可修改。
      </Typography.Text>
    </Card>
  )
}

export function ChainsCard({ chains }: { chains: AdminOverview['chains'] }) {
  return (
    <Card size="small" title="审批流程" extra={<Link to="/workflows" data-testid="admin-home-chains-link">查看与编辑</Link>} styles={cardStyles} style={{ height: '100%' }}>
      <List
        size="small"
        dataSource={chains}
        data-testid="admin-home-chains"
        renderItem={(c) => (
          <List.Item extra={<Typography.Text type="secondary">{c.steps} 步 · 第 {c.version} 版</Typography.Text>}>
            <List.Item.Meta title={c.name} description={`${docTypeLabel(c.docType)} · ${c.updatedByName} ${formatDateTime(c.updatedAt)}`} />
          </List.Item>
        )}
      />
    </Card>
  )
}

export function BackupsCard({ backups }: { backups: AdminOverview['backups'] }) {
  return (
    <Card size="small" title="数据备份" styles={cardStyles} style={{ height: '100%' }}>
      <div data-testid="admin-home-backups">
        {backups.backend === 'postgres' ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            数据保存在 PostgreSQL 数据库服务器上，备份由服务器负责，请向数据库管理员确认备份计划。
          </Typography.Paragraph>
        ) : backups.files.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无备份：每天首次启动并通过检查后自动备份" />
        ) : (
          <>
            <List
              size="small"
              dataSource={backups.files.slice(0, 5)}
              renderItem={(f) => (
                <List.Item extra={<Tag variant="outlined">{f.reason === 'daily' ? '每日' : '升级前'}</Tag>}>
                  <span className="tabular-nums">{formatDateTime(f.at)}</span>
                </List.Item>
              )}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              共保留 {backups.files.length} 份（最多 30 份），每份备份后均经完整性检查。
            </Typography.Text>
          </>
        )}
      </div>
    </Card>
  )
}
