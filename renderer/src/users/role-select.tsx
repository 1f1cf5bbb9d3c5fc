import { Select } from 'antd'
import { ROLE_KEYS, ROLES, type RoleKey } from '../../../shared/roles'

// The test id reaches the visible option row (antd passes data-* through), so e2e can pick a post.
const ROLE_OPTIONS = ROLE_KEYS.map((role) => ({ value: role, label: ROLES[role], 'data-testid': `role-option-${role}` }))

/** 岗位 multi-select with the Chinese names; one person may hold several posts (WORKFLOW.md). */
export function RoleSelect({ value, onChange, testId }: { value?: RoleKey[]; onChange?: (roles: RoleKey[]) => void; testId: string }) {
  return (
    <Select<RoleKey[]>
      mode="multiple"
      placeholder="选择一个或多个岗位"
      value={value}
      onChange={onChange}
      options={ROLE_OPTIONS}
      optionFilterProp="label"
      allowClear
      // 14 posts: no need for a virtual list, and every option stays in the DOM for e2e tests.
      virtual={false}
      listHeight={320}
      data-testid={testId}
    />
  )
}
