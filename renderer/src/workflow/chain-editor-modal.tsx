import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { WorkflowDto } from '../../../shared/api'
import type { StepDefinition, WorkflowDefinition } from '../../../shared/chain-definition'
import { ROLE_KEYS, roleLabel, type RoleKey } from '../../../shared/roles'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { choiceFor, choiceOf, choiceValue, conditionOf, conditionOptions, keptText, type ConditionChoice } from './chain-condition'

type ActorKind = StepDefinition['actor']['kind']

/** One step as the editor holds it: the actor split into its parts so each control changes one thing. */
interface StepRow {
  key: string
  name: string
  actorKind: ActorKind
  roles: RoleKey[]
  need: number
  choice: ConditionChoice
  evaluate?: StepDefinition['evaluate']
}

// The administrator approves nothing (WORKFLOW.md roles); the core refuses it too (CHAIN_ADMIN_STEP).
const SIGNING_ROLES = ROLE_KEYS.filter((r) => r !== 'admin')
const roleOptions = SIGNING_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))
const ACTOR_KINDS: { value: ActorKind; label: string }[] = [
  { value: 'role', label: '岗位' },
  { value: 'drafterManager', label: '起草人的上级' },
  { value: 'countersign', label: '会签' },
]

function rowOf(step: StepDefinition): StepRow {
  const { actor } = step
  const roles = actor.kind === 'role' ? [actor.role] : actor.kind === 'drafterManager' ? [actor.fallbackRole] : actor.roles
  return { key: step.key, name: step.name, actorKind: actor.kind, roles, need: actor.kind === 'countersign' ? actor.need : 1, choice: choiceOf(step.when), evaluate: step.evaluate }
}

function stepOf(row: StepRow): StepDefinition {
  const first = row.roles[0] ?? 'sales_manager'
  const actor: StepDefinition['actor'] =
    row.actorKind === 'role' ? { kind: 'role', role: first }
    : row.actorKind === 'drafterManager' ? { kind: 'drafterManager', fallbackRole: first }
    : { kind: 'countersign', roles: row.roles, need: row.need }
  const when = conditionOf(row.choice)
  return { key: row.key, name: row.name.trim(), actor, ...(when ? { when } : {}), ...(when && row.evaluate ? { evaluate: row.evaluate } : {}) }
}

/** A key no step of the chain has yet: letters only (the schema's /^[a-z][a-z_]+$/). */
function freshKey(rows: readonly StepRow[]): string {
  for (let n = 0; ; n++) {
    const letters = n.toString(26).split('').map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')
    const key = `step_${letters}`
    if (!rows.some((r) => r.key === key)) return key
  }
}

/**
 * 编辑审批流程 (issue 10): steps, who signs them and on what condition, saved as the chain's next
 * version. The core decides whether the chain can run (no approver, the administrator as signer, a post
 * nobody holds, a fact the type lacks) and this shows its refusal; documents already under way keep
 * the version they were submitted under.
 */
export function ChainEditorModal({ chain, onClose }: { chain: WorkflowDto | null; onClose(): void }) {
  const { message } = App.useApp()
  const [name, setName] = useState('')
  const [rows, setRows] = useState<StepRow[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!chain) return
    setName(chain.definition.name)
    setRows(chain.definition.steps.map(rowOf))
    setError(null)
  }, [chain])

  if (!chain) return null
  const floorRoles = SIGNING_ROLES.filter((r) => ['sales_manager', 'sales_head', 'sales_vp', 'general_manager'].includes(r))
  const options = conditionOptions(chain.facts, floorRoles)
  const update = (index: number, change: Partial<StepRow>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)))
  const move = (index: number, by: -1 | 1) =>
    setRows((all) => {
      const next = [...all]
      const [row] = next.splice(index, 1)
      next.splice(index + by, 0, row!)
      return next
    })

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      const definition: WorkflowDefinition = { ...chain.definition, name: name.trim(), steps: rows.map(stepOf) }
      const saved = await call('workflow.save', { version: chain.version, definition })
      message.success(`已保存为第 ${saved.version} 版：之后提交的单据按新流程审批，在办单据仍按提交时的流程`)
      onClose()
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={`编辑审批流程 · ${chain.name}（当前第 ${chain.version} 版）`}
      width={1080}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">保存后另存为第 {chain.version + 1} 版；在办单据不受影响。</Typography.Text>
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="chain-save">保存为新版本</Button>
          </Space>
        </Flex>
      }
    >
      <div data-testid="chain-editor">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="chain-error" />}
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>流程名称</Typography.Text>
        <Input value={name} maxLength={48} onChange={(e) => setName(e.target.value)} style={{ width: 280 }} data-testid="chain-name" />
      </Flex>
      <Table<StepRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="chain-steps"
        columns={[
          { title: '序', width: 40, render: (_v, _r, i) => i + 1 },
          {
            title: '步骤名称', width: 170,
            render: (_v, row, i) => <Input value={row.name} maxLength={48} status={row.name.trim() ? undefined : 'error'} onChange={(e) => update(i, { name: e.target.value })} data-testid={`step-name-${i}`} />,
          },
          {
            title: '办理人', width: 140,
            render: (_v, row, i) => (
              <Select<ActorKind> value={row.actorKind} options={ACTOR_KINDS} style={{ width: '100%' }} data-testid={`step-actor-${i}`}
                onChange={(actorKind) => update(i, { actorKind, roles: actorKind === 'countersign' ? row.roles : row.roles.slice(0, 1), need: Math.min(row.need, Math.max(1, row.roles.length)) })} />
            ),
          },
          {
            title: '岗位', width: 250,
            render: (_v, row, i) =>
              row.actorKind === 'countersign' ? (
                <Flex gap={4} align="center">
                  <Select<RoleKey[]> mode="multiple" value={row.roles} options={roleOptions} style={{ flex: 1, minWidth: 0 }} maxCount={6} data-testid={`step-roles-${i}`}
                    onChange={(roles) => update(i, { roles, need: Math.min(row.need, Math.max(1, roles.length)) })} />
                  <InputNumber min={1} max={Math.max(1, row.roles.length)} value={row.need} style={{ width: 64 }} onChange={(need) => update(i, { need: need ?? 1 })} title="需签岗位数" />
                </Flex>
              ) : (
                <Select<RoleKey> value={row.roles[0]} options={roleOptions} style={{ width: '100%' }} data-testid={`step-role-${i}`}
                  onChange={(role) => update(i, { roles: [role] })}
                  {...(row.actorKind === 'drafterManager' ? { prefix: '无上级时：' } : {})} />
              ),
          },
          {
            title: '条件',
            render: (_v, row, i) => (
              <Flex gap={4} align="center" wrap>
                <Select value={choiceValue(row.choice)} style={{ minWidth: 180, flex: 1 }} data-testid={`step-condition-${i}`}
                  options={row.choice.kind === 'keep' ? [...options, { value: 'keep', label: `保持原条件：${keptText(row.choice.condition)}` }] : options}
                  onChange={(value: string) => update(i, { choice: choiceFor(value, row.choice) })} />
                {row.choice.kind === 'amount' && (
                  <InputNumber<number> min={0} precision={2} addonAfter="元" style={{ width: 150 }} value={row.choice.fen / 100} data-testid={`step-amount-${i}`}
                    onChange={(yuan) => update(i, { choice: { kind: 'amount', fen: Math.round((yuan ?? 0) * 100) } })} />
                )}
                {row.choice.kind === 'above' && (
                  <InputNumber<number> min={0} style={{ width: 100 }} value={row.choice.above}
                    onChange={(above) => row.choice.kind === 'above' && update(i, { choice: { ...row.choice, above: above ?? 0 } })} />
                )}
                {row.evaluate === 'enter' && row.choice.kind !== 'none' && <Tag>到达该步时判断</Tag>}
              </Flex>
            ),
          },
          {
            title: '', width: 110,
            render: (_v, _row, i) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" />
                <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label="下移" />
                <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={rows.length === 1} onClick={() => setRows((all) => all.filter((_r, j) => j !== i))} aria-label="删除" data-testid={`step-delete-${i}`} />
              </Space>
            ),
          },
        ]}
      />
      <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} disabled={rows.length >= 12} data-testid="chain-add-step"
        onClick={() => setRows((all) => [...all, { key: freshKey(all), name: '', actorKind: 'role', roles: ['general_manager'], need: 1, choice: { kind: 'none' } }])}>
        添加步骤
      </Button>
      {(chain.definition.blocks?.length ?? 0) > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          本流程另有 {chain.definition.blocks!.length} 条拦截规则（不满足时拒绝提交），保存时原样保留。
        </Typography.Paragraph>
      )}
      </div>
    </Modal>
  )
}
