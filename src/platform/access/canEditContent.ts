import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff who write or review public content. Handlers answer messages and do not edit pages. */
export const canEditContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
