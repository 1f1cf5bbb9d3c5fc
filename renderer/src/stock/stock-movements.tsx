import { Empty, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { StockMovementDto, StockRowDto } from '../../../shared/api'
import { DOCUMENT_TYPE_LABELS } from '../../../shared/document-types'
import { call } from '../api/client'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'

const typeLabel = (docType: string) => (DOCUMENT_TYPE_LABELS as Record<string, string>)[docType] ?? docType

/** The movements of one product, newest first: each with the document that moved the goods. */
export function StockMovements({ product }: { product: StockRowDto }) {
  const { data, loading } = useLoaded(String(product.productId), () => call('stock.movements', { productId: product.productId, pageSize: 200 }), (m) => m === 'documents.act')
  return (
    <Table<StockMovementDto>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.rows ?? []}
      pagination={false}
      scroll={{ y: 420 }}
      data-testid="stock-movements"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该产品还没有出入库记录" /> }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 136, render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span> },
        {
          title: '单据',
          dataIndex: 'docNo',
          render: (no: string, row) => (
            <Link to={`/documents/${row.documentId}`} className="tabular-nums" title={typeLabel(row.docType)}>{no}</Link>
          ),
        },
        {
          title: '入(+)/出(−)',
          dataIndex: 'quantity',
          width: 92,
          align: 'right',
          render: (q: number) => <span className="tabular-nums" style={{ color: q > 0 ? '#389e0d' : '#d46b08' }}>{q > 0 ? `+${q}` : q}</span>,
        },
        { title: '结存', dataIndex: 'balanceAfter', width: 72, align: 'right', render: (q: number) => <span className="tabular-nums">{q}</span> },
      ]}
    />
  )
}
