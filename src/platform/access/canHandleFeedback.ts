import type { Access } from 'payload'
import { hasRole } from './roles'

/** Residents' messages are for handlers and administrators only; editors and reviewers never see them. */
export const canHandleFeedback: Access = ({ req: { user } }) => hasRole(user, 'admin', 'handler')
