import type { CollectionAfterChangeHook } from 'payload'
import { draftCopyForReply } from '@/features/moderation/server/draft-copy'

/** 留言选登 starts here: a reply to a message with the resident's consent gets a public copy to write. */
export const draftPublicCopy: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update') await draftCopyForReply(req, doc, previousDoc?.status)
  return doc
}
