import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Empty, Flex, Input, Popconfirm, Segmented, Table, Tag, Typography } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { Link } from 'react-router-dom'
import { CERTIFICATE_STATUS_LABELS, type QcCertificateDto } from '../../../../shared/doc-types/inbound/qc-certificate'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { useLoaded } from '../../hooks/use-loaded'
import { useCanCall } from '../../session/can-call'
import { IssueCertificateModal } from './issue-certificate-modal'

type Status = 'issued' | 'used' | 'voided' | 'all'
const STATUS_COLORS = { issued: 'blue', used: 'green', voided: 'default' } as const
const PAGE_SIZE = 50

/**
 * 合格证 (R7): qc issues certificates here and voids an unused one (R24: never one an inbound slip
 * carries); production sees which wait for an inbound slip (待入库).
 */
export function QcCertificatesPage() {
  const { message } = App.useApp()
  const canIssue = useCanCall('qcCertificates.issue')
  const [status, setStatus] = useState<Status>('issued')
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [issuing, setIssuing] = useState(false)
  const { data, loading, error, reload } = useLoaded(
    `${status}|${search}|${page}`,
    () => call('qcCertificates.list', { status, search: search || undefined, page, pageSize: PAGE_SIZE }),
    (m) => m.startsWith('qcCertificates.') || m === 'inbound.create' || m === 'documents.act',
  )
  const products = useLoaded('products', () => call('products.list', {}))

  const voidOne = async (cert: QcCertificateDto) => {
    try {
      await call('qcCertificates.void', { id: cert.id, reason: '质检员作废' })
      message.success(`合格证 ${cert.certNo} 已作废`)
    } catch (e) {
      message.error(errorText(e))
    }
  }

  return (
    <Card>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>合格证</Typography.Title>
          <Segmented<Status>
            value={status}
            onChange={(s) => { setStatus(s); setPage(1) }}
            options={[{ value: 'issued', label: '待入库' }, { value: 'used', label: '已使用' }, { value: 'voided', label: '已作废' }, { value: 'all', label: '全部' }]}
            data-testid="cert-status"
          />
          <Input.Search allowClear placeholder="合格证号或批号" style={{ width: 200 }} onSearch={(v) => { setSearch(v.trim()); setPage(1) }} />
        </Flex>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload}>刷新</Button>
          {canIssue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="cert-issue-open">签发合格证</Button>
          )}
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<QcCertificateDto>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.rows ?? []}
        data-testid="cert-table"
        onRow={(r) => ({ 'data-testid': `cert-row-${r.certNo}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={status === 'issued' ? '没有待入库的合格证' : '没有合格证'} /> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage, showTotal: (n) => `共 ${n} 张` }}
        columns={[
          { title: '合格证号', dataIndex: 'certNo', width: 130, render: (no: string) => <span className="tabular-nums">{no}</span> },
          { title: '产品', dataIndex: 'productName', render: (_: string, r) => `${r.productCode} ${r.productName}`, ellipsis: true },
          { title: '规格型号', dataIndex: 'spec', ellipsis: true },
          { title: '数量', dataIndex: 'quantity', width: 90, align: 'right', render: (q: number, r) => <span className="tabular-nums">{q} {r.unit}</span> },
          { title: '批号', dataIndex: 'batchNo', width: 110 },
          { title: '检验日期', dataIndex: 'inspectedOn', width: 100, render: (d: string) => <span className="tabular-nums">{d}</span> },
          { title: '检验员', dataIndex: 'inspectorName', width: 80 },
          {
            title: '生产通知单',
            dataIndex: 'productionNoticeNo',
            width: 130,
            render: (no: string | null, r) => (no && r.productionNoticeId ? <Link to={`/documents/${r.productionNoticeId}`} className="tabular-nums">{no}</Link> : '—'),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: QcCertificateDto['status'], r) => (
              <span>
                <Tag color={STATUS_COLORS[s]}>{CERTIFICATE_STATUS_LABELS[s]}</Tag>
                {r.usedByDocumentId && <Link to={`/documents/${r.usedByDocumentId}`} className="tabular-nums">{r.usedByDocNo}</Link>}
              </span>
            ),
          },
          ...(canIssue
            ? [{
                title: '',
                key: 'void',
                width: 60,
                render: (_: unknown, r: QcCertificateDto) =>
                  r.status === 'issued' && (
                    <Popconfirm title={`作废合格证 ${r.certNo}？`} okText="作废" cancelText="取消" onConfirm={() => voidOne(r)}>
                      <Button type="link" size="small" danger data-testid={`cert-void-${r.certNo}`}>作废</Button>
                    </Popconfirm>
                  ),
              }]
            : []),
        ]}
      />
      <IssueCertificateModal
        open={issuing}
        products={products.data ?? []}
        onClose={() => setIssuing(false)}
        onIssued={(no) => {
          setIssuing(false)
          message.success(`合格证 ${no} 已签发`)
        }}
      />
    </Card>
  )
}
