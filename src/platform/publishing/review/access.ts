import type { Access, CollectionConfig } from 'payload'
import { mayPublish } from '@/platform/publishing/rules/review-rule'
import { hasDeskStep } from '@/platform/publishing/desk/step-context'
import { actorOf } from './save-kind'

/**
 * A person saves with `_status: 'published'` only inside a step of the publishing desk (which
 * marks its save, ../desk/step-context.ts). Payload's admin asks the update access with that
 * status to decide whether to show its own 发布 and 定时发布 buttons, so nobody sees them: the
 * desk's buttons take their place.
 */
const publishingNeedsReviewer =
  (base: Access | undefined): Access =>
  (args) => {
    const actor = actorOf(args.req)
    if (args.data?._status === 'published' && (!mayPublish(actor) || (actor && !hasDeskStep(args.req)))) return false
    return base ? base(args) : Boolean(args.req.user)
  }

export function withReviewAccess(access: CollectionConfig['access'] = {}): CollectionConfig['access'] {
  return { ...access, create: publishingNeedsReviewer(access.create), update: publishingNeedsReviewer(access.update) }
}
