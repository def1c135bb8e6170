import type { Access, PayloadRequest } from 'payload'

/**
 * The comment form (a server action of ours) marks its request context after its checks; REST
 * and GraphQL callers cannot set a request context, so no comment is made around them.
 */
export const RESIDENT_COMMENT = 'residentComment'

export const isResidentComment = (req: PayloadRequest) => req.context?.[RESIDENT_COMMENT] === true

export const residentCommentOnly: Access = ({ req }) => isResidentComment(req)
