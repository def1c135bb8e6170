import type { FieldAccess } from 'payload'
import { hasRole } from './roles'

export const adminOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
