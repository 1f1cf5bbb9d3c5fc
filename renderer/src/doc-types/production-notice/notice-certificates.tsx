import { Table, Tag } from 'antd'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { SIGNED_NOTICE_STATES } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { Section } from '../../documents/section'
import { useLoaded } from '../../hooks/use-loaded'
import { useCanCall } from '../../session/can-call'
import { noticeCertifyLines, type CertifyLine } from '../inbound/notice-certify-lines'

/**
 * R6 → R7: on a signed notice, for those who read the certificate register (qc, production, warehouse,
 * planner): each product's quantity and the certificates issued for the notice — what qc's 出具合格证 waits for.
 */
export function NoticeCertificates({ header }: { header: DocumentHeaderDto }) {
  const mayRead = useCanCall('qcCertificates.list')
  const signed = (SIGNED_NOTICE_STATES as readonly string[]).includes(header.state)
  const lines = useLoaded(
    `${header.id}|${header.version}|${mayRead && signed}`,
    () => (mayRead && signed ? noticeCertifyLines(header.id) : Promise.resolve([] as CertifyLine[])),
    (m) => m.startsWith('qcCertificates.'),
  )
  if (!mayRead || !signed) return null
  return (
    <Section title="合格证" testId="notice-certificates">
      <Table<CertifyLine>
        size="small"
        rowKey="productId"
        pagination={false}
        loading={lines.loading}
        dataSource={lines.data ?? []}
        columns={[
          { title: '产品', dataIndex: 'productName', render: (_: string, l) => `${l.productCode} ${l.productName}` },
          { title: '通知数量', dataIndex: 'noticeQuantity', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
          { title: '已出具合格证', dataIndex: 'certified', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
          {
            title: '状态',
            key: 'state',
            width: 140,
            render: (_: unknown, l) =>
              l.lacking > 0 ? <Tag color="warning">尚缺 {l.lacking} {l.unit}</Tag> : <Tag color="success">已覆盖</Tag>,
          },
        ]}
      />
    </Section>
  )
}
