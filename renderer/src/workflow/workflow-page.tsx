import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { WorkflowDto } from '../../../shared/api'
import { docTypeLabel } from '../doc-types/labels'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { WorkflowSteps } from './workflow-steps'

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; workflows: WorkflowDto[] }

/** 审批流程: the chains the engine runs (WORKFLOW.md defaults), one per document type. Read-only for now. */
export function WorkflowPage() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })

  useEffect(() => {
    let stale = false
    call('workflow.list', {})
      .then((workflows) => stale || setLoaded({ kind: 'ready', workflows }))
      .catch((error: unknown) => stale || setLoaded({ kind: 'error', message: errorText(error) }))
    return () => {
      stale = true
    }
  }, [])

  return (
    <Card>
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          审批流程
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="workflow-note">
          按《销售业务流程》设定的签批顺序，系统据此派发待办。编辑流程将在后续版本提供。
        </Typography.Text>
      </Flex>
      {loaded.kind === 'loading' && <Skeleton active />}
      {loaded.kind === 'error' && <Alert type="error" showIcon title={loaded.message} data-testid="workflow-error" />}
      {loaded.kind === 'ready' && loaded.workflows.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未配置审批流程" />
      )}
      {loaded.kind === 'ready' && (
        <Flex vertical gap={12}>
          {loaded.workflows.map((workflow) => (
            <Card
              key={workflow.docType}
              size="small"
              title={workflow.name || docTypeLabel(workflow.docType)}
              styles={{ body: { padding: '16px 16px 12px' } }}
            >
              <WorkflowSteps workflow={workflow} />
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  )
}
