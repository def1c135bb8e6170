import type { Access, PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'

/**
 * The public form (a server action of ours) marks its request context; REST and GraphQL callers
 * cannot set a request context, so they cannot create messages around the form's checks.
 */
export const RESIDENT_SUBMISSION = 'residentSubmission'

export const isResidentSubmission = (req: PayloadRequest) => req.context?.[RESIDENT_SUBMISSION] === true

export const residentFormOrHandler: Access = ({ req }) => isResidentSubmission(req) || hasRole(req.user, 'admin', 'handler')
