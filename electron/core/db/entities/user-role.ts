import { EntitySchema } from 'typeorm'

export interface UserRoleRow {
  userId: number
  role: string
}

export const UserRoleEntity = new EntitySchema<UserRoleRow>({
  name: 'UserRole',
  tableName: 'user_roles',
  columns: {
    userId: { name: 'user_id', type: 'integer', primary: true },
    role: { type: 'varchar', length: 32, primary: true },
  },
  indices: [{ name: 'idx_user_roles_role', columns: ['role', 'userId'] }],
  foreignKeys: [{ name: 'fk_user_roles_user', target: 'User', columnNames: ['userId'], referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
})
