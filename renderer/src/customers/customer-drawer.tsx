import { EditOutlined, FundOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Skeleton, Table, Typography } from 'antd'
import type { ContactDto, CustomerDto } from '../../../shared/api'
import { Link } from 'react-router-dom'
import { call } from '../api/client'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'
import { useCanCall } from '../session/can-call'
import { CreditRatingTag } from './credit-rating-tag'
import { CustomerContractsTable } from './customer-contracts-table'
import { creditDaysText, creditLimitText, creditTermsOf } from './credit-terms'

interface Props {
  customerId: number | null
  onClose(): void
  onEdit(customer: CustomerDto): void
  onProposeCredit(customer: CustomerDto): void
}

const dash = (text: string) => text || '—'

/** One customer's file: credit terms first (what sales asks about), then the invoicing data and contacts. */
export function CustomerDrawer({ customerId, onClose, onEdit, onProposeCredit }: Props) {
  const canEdit = useCanCall('customers.save')
  const canPropose = useCanCall('creditChanges.propose')
  // Contract amounts are for sales, finance and the general manager (need-to-know): the core refuses the rest.
  const canReadContracts = useCanCall('customers.contracts')
  // Issue 14: the customer page (credit used, aging, history) for sales, the GM and finance.
  const canOpenPage = useCanCall('customers.page')
  // Read fresh each time it opens (and after any save): the version must be the current one to edit.
  const { data, loading, error } = useLoaded(
    String(customerId),
    async () => (customerId === null ? null : call('customers.get', { id: customerId })),
    (method) => method === 'customers.save' || method === 'creditChanges.propose',
  )
  // While a save reloads it, the same customer stays on screen; another one never shows under this id.
  const customer = !error && data?.id === customerId ? data : null
  return (
    <Drawer
      open={customerId !== null}
      onClose={onClose}
      size={620}
      title={<span data-testid="customer-drawer-title">{customer?.name ?? '客户档案'}</span>}
      extra={
        customer && (
          <Flex gap={8}>
            {canOpenPage && (
              <Link to={`/customers/${customer.id}`} data-testid="customer-drawer-page">
                <Button icon={<FundOutlined />}>客户页</Button>
              </Link>
            )}
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(customer)} data-testid="customer-drawer-edit">
                编辑
              </Button>
            )}
            {canPropose && (
              <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => onProposeCredit(customer)} data-testid="customer-credit-propose">
                申请调整信用
              </Button>
            )}
          </Flex>
        )
      }
      data-testid="customer-drawer"
    >
      {loading && !customer && <Skeleton active />}
      {error && <Alert type="error" showIcon title={error} data-testid="customer-drawer-error" />}
      {customer && (
        <>
          <CreditTerms customer={customer} />
          {canReadContracts && (
            <>
              <Typography.Title level={5}>合同</Typography.Title>
              <div style={{ marginBottom: 24 }}>
                <CustomerContractsTable customerId={customer.id} />
              </div>
            </>
          )}
          <Descriptions
            title="基本信息"
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'code', label: '统一社会信用代码', children: <span className="tabular-nums">{customer.creditCode}</span> },
              { key: 'address', label: '地址', children: dash(customer.address) },
              // Need-to-know: the core sends bank and invoicing details to finance only; others get no row.
              ...(customer.bankName === undefined ? [] : [{ key: 'bank', label: '开户行', children: dash(customer.bankName) }]),
              ...(customer.bankAccount === undefined
                ? []
                : [{ key: 'account', label: '账号', children: <span className="tabular-nums">{dash(customer.bankAccount)}</span> }]),
              ...(customer.taxAddressPhone === undefined ? [] : [{ key: 'tax', label: '开票地址、电话', children: dash(customer.taxAddressPhone) }]),
              { key: 'created', label: '建档时间', children: <span className="tabular-nums">{formatDateTime(customer.createdAt)}</span> },
            ]}
            style={{ marginBottom: 24 }}
          />
          <Typography.Title level={5}>联系人</Typography.Title>
          <Table<ContactDto & { key: number }>
            size="small"
            rowKey="key"
            columns={[
              { title: '姓名', dataIndex: 'name', width: 120 },
              { title: '电话', dataIndex: 'phone', width: 180, render: (phone: string) => <span className="tabular-nums">{phone}</span> },
              { title: '职务', dataIndex: 'title', render: dash },
            ]}
            dataSource={customer.contacts.map((contact, key) => ({ ...contact, key }))}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无联系人" /> }}
            data-testid="customer-contacts"
          />
        </>
      )}
    </Drawer>
  )
}

/** 信用条款, when the core sent them (need-to-know: sales, the general manager and finance). */
function CreditTerms({ customer }: { customer: CustomerDto }) {
  const terms = creditTermsOf(customer)
  if (!terms) return null
  return (
    <>
      <Descriptions
        title="信用条款"
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'rating', label: '信用等级', children: <CreditRatingTag rating={terms.rating} /> },
          { key: 'limit', label: '信用额度（元）', children: <span className="tabular-nums">{creditLimitText(terms.creditLimitFen)}</span> },
          { key: 'days', label: '信用天数', children: <span className="tabular-nums">{creditDaysText(terms.creditDays)}</span> },
        ]}
        data-testid="customer-credit-terms"
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 24px' }}>
        信用等级、额度和天数只能通过信用变更单调整，由总经理审批（R2）。
      </Typography.Paragraph>
    </>
  )
}
