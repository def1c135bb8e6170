import type { Access } from 'payload'
import { hasRole } from './roles'

/** Reviewers and administrators: the second person of the two-person rule. */
export const canReviewContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')
