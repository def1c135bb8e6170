import type { CollectionAfterChangeHook } from 'payload'
import { draftCopyForComment } from '@/features/moderation/server/draft-comment-copy'

/** With the resident's consent, a redacted public copy waits on the moderation desk; nothing is public yet. */
export const draftCommentCopy: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && doc.publishConsent) await draftCopyForComment(req, doc)
  return doc
}
