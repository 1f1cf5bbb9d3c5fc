import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd'
import { docTypeLabel } from '../doc-types/labels'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'
import { WorkflowSteps } from './workflow-steps'

/** 审批流程: the chains the engine runs (WORKFLOW.md defaults), one per document type. Read-only for now. */
export function WorkflowPage() {
  const { data: workflows, loading, error } = useLoaded('workflows', () => call('workflow.list', {}))

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
      {loading && <Skeleton active />}
      {error && <Alert type="error" showIcon title={error} data-testid="workflow-error" />}
      {workflows?.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未配置审批流程" />
      )}
      {workflows && (
        <Flex vertical gap={12}>
          {workflows.map((workflow) => (
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
