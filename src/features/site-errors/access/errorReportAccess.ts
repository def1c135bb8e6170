import type { Access, PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'

/**
 * The public form (our server code) marks its request context; REST and GraphQL callers cannot
 * set a request context, so no one creates a report around the form's checks and limits.
 */
export const ERROR_REPORT_SUBMISSION = 'errorReportSubmission'

export const isErrorReportSubmission = (req: PayloadRequest) => req.context?.[ERROR_REPORT_SUBMISSION] === true

/** Who works the 网站找错 queue: the site's editors, the handlers of messages and administrators. */
export const mayHandleErrorReports = (user: PayloadRequest['user']) => hasRole(user, 'admin', 'editor', 'handler')

export const errorReportForm: Access = ({ req }) => isErrorReportSubmission(req)

export const errorReportStaff: Access = ({ req }) => mayHandleErrorReports(req.user)
