import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Flex, Result, Row, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router-dom'
import { ERROR_MESSAGES } from '../../../shared/errors'
import { docTypeLabel } from '../doc-types/labels'
import { formatDateTime } from '../format/datetime'
import { DocumentActions } from './document-actions'
import { bodyTitle, DocumentBodyView } from './document-body'
import { DocumentChain } from './document-chain'
import { DocumentFamily } from './document-family'
import { DocumentSummary } from './document-summary'
import { RejectionNotice } from './rejection-notice'
import { DocumentExtras } from './document-extras'
import { DocumentHeader } from './document-header'
import { DocumentTrail } from './document-trail'
import { StateTag } from './state-tag'
import { parseId, useDocumentView } from './use-document-view'

/** Back where the user came from (the queue, usually); to the queue when the page was opened directly. */
function useBack() {
  const navigate = useNavigate()
  const location = useLocation()
  return () => (location.key === 'default' ? navigate('/') : navigate(-1))
}

/** Route /documents/:id — any document: header, chain, actions, body by type, audit trail. */
export function DocumentPage() {
  const id = parseId(useParams().id)
  const { view, error, loading, reload, replace } = useDocumentView(id)
  const back = useBack()
  // Set when the core answered STALE_VERSION: someone acted on the version this page shows.
  const [stale, setStale] = useState(false)
  useEffect(() => setStale(false), [view])

  if (!view) {
    if (loading) {
      return (
        <Flex justify="center" style={{ padding: 80 }}>
          <Spin size="large" />
        </Flex>
      )
    }
    return (
      <Result
        status="warning"
        title="无法打开单据"
        subTitle={error}
        data-testid="doc-error"
        extra={[
          <Button key="retry" type="primary" onClick={reload}>
            重试
          </Button>,
          <Button key="back" onClick={back}>
            返回
          </Button>,
        ]}
      />
    )
  }

  const { header } = view
  const typeLabel = docTypeLabel(header.docType)
  return (
    <Flex vertical gap={12} data-testid="doc-page" data-doc-id={header.id} data-version={header.version}>
      {header.closedAt !== null && (
        // R19: closed (by 关闭 or the monthly 关闭清理), the document keeps its state and can only be read.
        <Alert
          type="info"
          showIcon
          title="已关闭，只能查看"
          description={`这张单据已于 ${formatDateTime(header.closedAt)} 关闭，不能再办理、修改或作废。`}
          data-testid="doc-closed"
        />
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={ERROR_MESSAGES.STALE_VERSION}
          description="这张单据在您打开之后已被他人办理或修改，请刷新后查看最新状态再操作。"
          action={
            <Button type="primary" size="small" icon={<ReloadOutlined />} onClick={reload} data-testid="doc-stale-reload">
              刷新
            </Button>
          }
          data-testid="doc-stale"
        />
      )}
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Flex align="center" gap={12} wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label="返回" data-testid="doc-back" />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="doc-type">
              {typeLabel}
            </Typography.Title>
            <Typography.Text className="tabular-nums" style={{ fontSize: 16 }}>
              {header.docNo}
            </Typography.Text>
            <StateTag docType={header.docType} state={header.state} closed={header.closedAt !== null} />
          </Flex>
          <Flex gap={8} wrap align="center">
            <DocumentExtras view={view} onChanged={reload} />
            <DocumentActions view={view} onDone={replace} onStale={() => setStale(true)} />
            <Button icon={<ReloadOutlined />} onClick={reload} loading={loading} aria-label="刷新" title="刷新" data-testid="doc-reload" />
          </Flex>
        </Flex>
        <DocumentHeader header={header} chain={view.chain} />
      </Card>
      <DocumentSummary view={view} />
      <RejectionNotice view={view} />
      <Card size="small" title="审批流程">
        <DocumentChain chain={view.chain} />
      </Card>
      <DocumentFamily family={view.family} />
      <Row gutter={[12, 12]}>
        <Col span={24} xxl={17}>
          <Card size="small" title={bodyTitle(view)}>
            <DocumentBodyView view={view} onChanged={reload} />
          </Card>
        </Col>
        <Col span={24} xxl={7}>
          <Card size="small" title="办理记录">
            <DocumentTrail docType={header.docType} trail={view.trail} />
          </Card>
        </Col>
      </Row>
    </Flex>
  )
}
