import { Checkbox } from 'antd'
import { ROLE_KEYS, ROLES, type RoleKey } from '../../../shared/roles'

/**
 * 岗位 as a grid of check boxes, every post in view at once; one person may hold several posts
 * (WORKFLOW.md). Not a dropdown: at 1366×768 its list of fourteen posts opened upwards over the name,
 * login and password fields of 新建用户 (issue 10). Each box carries `role-option-<key>` for e2e.
 */
export function RoleSelect({ value, onChange, testId }: { value?: RoleKey[]; onChange?: (roles: RoleKey[]) => void; testId: string }) {
  return (
    <Checkbox.Group<RoleKey> value={value ?? []} onChange={(roles) => onChange?.(roles)} data-testid={testId} style={{ width: '100%' }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', rowGap: 6, columnGap: 8, width: '100%' }}>
        {ROLE_KEYS.map((role) => (
          <Checkbox key={role} value={role} data-testid={`role-option-${role}`}>
            {ROLES[role]}
          </Checkbox>
        ))}
      </div>
    </Checkbox.Group>
  )
}
