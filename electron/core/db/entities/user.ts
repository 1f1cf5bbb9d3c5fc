import { EntitySchema } from 'typeorm'
import { bool, idColumn, timestamp } from './columns'

export interface UserRow {
  id: number
  name: string
  login: string
  /** Lower-cased login: logins are unique regardless of case. */
  loginKey: string
  passwordHash: string
  mustChangePassword: boolean
  disabled: boolean
  failedAttempts: number
  lockedUntil: string | null
  createdAt: string
  updatedAt: string
  version: number
  /** The person who signs for this user where a chain names "the drafter's manager". */
  managerUserId: number | null
}

export const UserEntity = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: idColumn,
    name: { type: 'varchar', length: 32 },
    login: { type: 'varchar', length: 32 },
    loginKey: { name: 'login_key', type: 'varchar', length: 32, unique: true },
    passwordHash: { name: 'password_hash', type: 'varchar', length: 200 },
    mustChangePassword: { ...bool, name: 'must_change_password' },
    disabled: bool,
    failedAttempts: { name: 'failed_attempts', type: 'integer', default: 0 },
    lockedUntil: { ...timestamp(true), name: 'locked_until' },
    createdAt: { ...timestamp(), name: 'created_at' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    managerUserId: { name: 'manager_user_id', type: 'integer', nullable: true },
  },
})
