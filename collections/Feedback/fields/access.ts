import type { FieldAccess } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { isResidentFollowUp } from '@/features/feedback/access/trackingLookup'

export const nobody: FieldAccess = () => false
export const handlersOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'handler')
/** The resident, through the tracking page's rating and reopening forms, and nobody else. */
export const residentOnly: FieldAccess = ({ req }) => isResidentFollowUp(req)
/** Status: handlers, or the resident asking to reopen (the hooks decide which moves are legal). */
export const handlersOrResident: FieldAccess = (args) => handlersOnly(args) || residentOnly(args)
