import type { Access, CollectionConfig } from 'payload'
import { mayPublish } from '@/platform/publishing/rules/review-rule'
import { actorOf } from './save-kind'

/**
 * Only reviewers and administrators may save with `_status: 'published'`. Payload's admin asks the
 * update access with that status to decide whether to show 发布 and 定时发布, so editors see
 * neither; who last edited is checked on the save itself (./hooks.ts), where the document is known.
 */
const publishingNeedsReviewer =
  (base: Access | undefined): Access =>
  (args) => {
    if (args.data?._status === 'published' && !mayPublish(actorOf(args.req))) return false
    return base ? base(args) : Boolean(args.req.user)
  }

export function withReviewAccess(access: CollectionConfig['access'] = {}): CollectionConfig['access'] {
  return { ...access, create: publishingNeedsReviewer(access.create), update: publishingNeedsReviewer(access.update) }
}
