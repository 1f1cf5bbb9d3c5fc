import { Steps, Tag, Typography } from 'antd'
import type { WorkflowDto, WorkflowStepDto } from '../../../shared/api'
import { roleLabel } from '../../../shared/roles'

/**
 * Who acts at a step: a post, the drafter's superior with the post that stands in when there is none, or
 * a countersign (会签) of several posts side by side — all of them, or any n.
 */
export function actorText(actor: WorkflowStepDto['actor']): string {
  switch (actor.kind) {
    case 'role':
      return roleLabel(actor.role)
    case 'drafterManager':
      return `起草人的上级（无则 ${roleLabel(actor.fallbackRole)}）`
    case 'countersign': {
      const posts = actor.roles.map(roleLabel).join('、')
      return actor.need >= actor.roles.length ? `会签：${posts}（全部签）` : `会签：${posts}（任 ${actor.need} 个岗位签）`
    }
  }
}

function StepContent({ actor, condition }: { actor: string; condition: string | null }) {
  return (
    <>
      <div style={{ color: 'rgba(0, 0, 0, 0.75)' }}>{actor}</div>
      {condition && (
        <Tag color="orange" variant="outlined" style={{ marginTop: 4, whiteSpace: 'normal' }}>
          {condition}
        </Tag>
      )}
    </>
  )
}

/** One document type's chain, read-only: 起草 then each signing step with its actor and condition. */
export function WorkflowSteps({ workflow }: { workflow: WorkflowDto }) {
  const drafters = workflow.drafterRoles.map(roleLabel).join('、') || '—'
  // A definition, not a document's progress: every step is drawn alike (numbered, none "done").
  const items = [
    { key: 'draft', title: '起草', status: 'process' as const, content: <StepContent actor={drafters} condition={null} /> },
    ...workflow.steps.map((step) => ({
      key: step.key,
      title: step.name,
      status: 'process' as const,
      content: <StepContent actor={actorText(step.actor)} condition={step.condition} />,
    })),
  ]
  return (
    <div data-testid={`workflow-${workflow.docType}`}>
      {workflow.steps.length === 0 ? (
        <Typography.Text type="secondary">起草（{drafters}）后无须审批</Typography.Text>
      ) : (
        <Steps size="small" current={-1} items={items} titlePlacement="vertical" responsive={false} />
      )}
    </div>
  )
}
