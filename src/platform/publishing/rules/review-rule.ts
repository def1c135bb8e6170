/**
 * The reviewer rule of the publishing workflow, as a pure decision: editors write drafts; only a
 * reviewer or an administrator publishes or unpublishes, never the person who last edited the
 * draft. An administrator may publish their own edit only with a reason; the page is then flagged
 * until a reviewer other than the one who forced it approves it.
 */

export type Id = string | number

/** Who saves. `null` is the system (seed, imports run by an operator, a schedule without a user). */
export type Actor = { id: Id; roles: readonly string[] } | null

/** What a save does to the public page. */
export type SaveKind = 'draft' | 'publish' | 'unpublish'

/** The workflow fields of the document as it stands before the save. */
export type ReviewState = {
  lastEditedBy?: Id | null
  awaitingReview?: boolean | null
  forcedBy?: Id | null
}

/** Workflow fields a save sets (only the keys present change). */
export type ReviewFlags = {
  lastEditedBy?: Id
  lastEditedAt?: string
  approvedBy?: Id | null
  approvedAt?: string | null
  awaitingReview?: boolean
  forcedBy?: Id | null
  forcePublishReason?: string | null
}

export type ReviewDecision = { allowed: true; flags: ReviewFlags } | { allowed: false; status: number; message: string }

export const REVIEW_MESSAGES = {
  publishNeedsReviewer: '只有审核员或管理员可以发布内容。您的修改可以保存为草稿，请由审核员审核后发布。',
  unpublishNeedsReviewer: '只有审核员或管理员可以撤下已发布的内容。',
  ownEditByReviewer: '这是您本人最后修改的内容，不能由您本人审核发布。请另一位审核员审核后发布。',
  ownEditByAdmin:
    '这是您本人最后修改的内容，须由另一位审核员审核后发布。管理员如确需直接发布，请填写“未经审核发布的理由”，页面将标记为待审核。',
} as const

const sameId = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)

export const mayPublish = (actor: Actor) => actor === null || actor.roles.includes('admin') || actor.roles.includes('reviewer')

/**
 * May `actor` make this save, and which workflow fields result? `isNew` counts the actor as the
 * author of a document created and published in one step. `now` is an ISO timestamp.
 */
export function decideReview(input: {
  kind: SaveKind
  actor: Actor
  state: ReviewState
  isNew?: boolean
  forceReason?: string | null
  now: string
}): ReviewDecision {
  const { kind, actor, state, now } = input
  // The system acts for an operator who ran a command on the server; it changes no approval.
  if (actor === null) return { allowed: true, flags: {} }

  if (kind === 'draft') return { allowed: true, flags: { lastEditedBy: actor.id, lastEditedAt: now } }

  if (!mayPublish(actor)) {
    const message = kind === 'publish' ? REVIEW_MESSAGES.publishNeedsReviewer : REVIEW_MESSAGES.unpublishNeedsReviewer
    return { allowed: false, status: 403, message }
  }

  // Taking a page down needs no second person; a page that is no longer public awaits no review.
  if (kind === 'unpublish') return { allowed: true, flags: { awaitingReview: false, forcedBy: null, forcePublishReason: null } }

  const author = input.isNew ? actor.id : state.lastEditedBy
  const ownEdit = sameId(author, actor.id)
  const reason = input.forceReason?.trim() ?? ''

  if (ownEdit) {
    if (!actor.roles.includes('admin')) return { allowed: false, status: 403, message: REVIEW_MESSAGES.ownEditByReviewer }
    if (!reason) return { allowed: false, status: 403, message: REVIEW_MESSAGES.ownEditByAdmin }
    return {
      allowed: true,
      flags: { awaitingReview: true, forcedBy: actor.id, forcePublishReason: reason, approvedBy: null, approvedAt: null },
    }
  }

  // The one who forced a page out cannot approve it, even after someone else edited the draft.
  if (state.awaitingReview && sameId(state.forcedBy, actor.id)) return { allowed: true, flags: {} }

  return {
    allowed: true,
    flags: { approvedBy: actor.id, approvedAt: now, awaitingReview: false, forcedBy: null, forcePublishReason: null },
  }
}
