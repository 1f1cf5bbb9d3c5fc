import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import type { WorkflowDto } from '../../../shared/api'
import { docTypeLabel } from '../doc-types/labels'
import { call } from '../api/client'
import { formatDateTime } from '../format/datetime'
import { useLoaded } from '../hooks/use-loaded'
import { canCall } from '../session/can-call'
import { useMe } from '../session/session-context'
import { ChainEditorModal } from './chain-editor-modal'
import { WorkflowSteps } from './workflow-steps'

/**
 * 审批流程: the chains the engine runs, one per document type, each with its version. The administrator
 * edits one as its next version (chain-editor-modal.tsx); a document under way keeps the version it
 * was submitted under.
 */
export function WorkflowPage() {
  const me = useMe()
  const mayEdit = canCall(me.roles, 'workflow.save')
  const { data: workflows, loading, error } = useLoaded('workflows', () => call('workflow.list', {}), (method) => method === 'workflow.save')
  const [editing, setEditing] = useState<WorkflowDto | null>(null)

  return (
    <Card>
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          审批流程
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="workflow-note">
          系统按这些流程派发待办。修改后另存为新版本：之后提交的单据按新版本审批，在办单据仍按提交时的版本。
        </Typography.Text>
      </Flex>
      {loading && !workflows && <Skeleton active />}
      {error && <Alert type="error" showIcon title={error} data-testid="workflow-error" />}
      {workflows?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未配置审批流程" />}
      {workflows && (
        <Flex vertical gap={12}>
          {workflows.map((workflow) => (
            <Card
              key={workflow.docType}
              size="small"
              title={workflow.name || docTypeLabel(workflow.docType)}
              extra={
                <Flex gap={12} align="center">
                  <Typography.Text type="secondary" data-testid={`workflow-version-${workflow.docType}`}>
                    第 {workflow.version} 版 · {workflow.updatedByName} {formatDateTime(workflow.updatedAt)}
                  </Typography.Text>
                  {mayEdit && (
                    <Button size="small" onClick={() => setEditing(workflow)} data-testid={`workflow-edit-${workflow.docType}`}>
                      编辑
                    </Button>
                  )}
                </Flex>
              }
              styles={{ body: { padding: '16px 16px 12px' } }}
            >
              <WorkflowSteps workflow={workflow} />
            </Card>
          ))}
        </Flex>
      )}
      <ChainEditorModal chain={editing} onClose={() => setEditing(null)} />
    </Card>
  )
}
