import { describe, expect, it } from 'vitest'
import { decideReview, REVIEW_MESSAGES, type Actor } from '@/platform/publishing/rules/review-rule'

const NOW = '2026-03-01T02:00:00.000Z'
const editor: Actor = { id: 1, roles: ['editor'] }
const reviewer: Actor = { id: 2, roles: ['reviewer'] }
const otherReviewer: Actor = { id: 3, roles: ['reviewer'] }
const admin: Actor = { id: 4, roles: ['admin'] }

describe('decideReview', () => {
  it('records the last editor on every draft save by a person', () => {
    expect(decideReview({ kind: 'draft', actor: editor, state: {}, now: NOW })).toEqual({ allowed: true, flags: { lastEditedBy: 1, lastEditedAt: NOW } })
  })

  it('refuses editors who publish or unpublish, with a Chinese reason and 403', () => {
    expect(decideReview({ kind: 'publish', actor: editor, state: { lastEditedBy: 2 }, now: NOW })).toEqual({
      allowed: false, status: 403, message: REVIEW_MESSAGES.publishNeedsReviewer,
    })
    expect(decideReview({ kind: 'unpublish', actor: editor, state: {}, now: NOW })).toMatchObject({ allowed: false, message: REVIEW_MESSAGES.unpublishNeedsReviewer })
  })

  it('refuses a reviewer who publishes their own last edit, comparing ids of either type', () => {
    expect(decideReview({ kind: 'publish', actor: reviewer, state: { lastEditedBy: '2' }, now: NOW })).toMatchObject({
      allowed: false, message: REVIEW_MESSAGES.ownEditByReviewer,
    })
    expect(decideReview({ kind: 'publish', actor: reviewer, state: {}, isNew: true, now: NOW })).toMatchObject({ allowed: false })
  })

  it('records an approval by another reviewer and clears any flag', () => {
    expect(decideReview({ kind: 'publish', actor: reviewer, state: { lastEditedBy: 1, awaitingReview: true, forcedBy: 4 }, now: NOW })).toEqual({
      allowed: true,
      flags: { approvedBy: 2, approvedAt: NOW, awaitingReview: false, forcedBy: null, forcePublishReason: null },
    })
  })

  it('lets an administrator publish their own edit only with a reason, and flags it', () => {
    expect(decideReview({ kind: 'publish', actor: admin, state: { lastEditedBy: 4 }, forceReason: ' ', now: NOW })).toMatchObject({
      allowed: false, message: REVIEW_MESSAGES.ownEditByAdmin,
    })
    expect(decideReview({ kind: 'publish', actor: admin, state: { lastEditedBy: 4 }, forceReason: ' 紧急 ', now: NOW })).toEqual({
      allowed: true,
      flags: { awaitingReview: true, forcedBy: 4, forcePublishReason: '紧急', approvedBy: null, approvedAt: null },
    })
  })

  it('keeps the flag when the one who forced the page publishes it again', () => {
    expect(decideReview({ kind: 'publish', actor: admin, state: { lastEditedBy: 1, awaitingReview: true, forcedBy: 4 }, now: NOW })).toEqual({ allowed: true, flags: {} })
    expect(decideReview({ kind: 'publish', actor: otherReviewer, state: { lastEditedBy: 1, awaitingReview: true, forcedBy: 4 }, now: NOW })).toMatchObject({
      flags: { awaitingReview: false, approvedBy: 3 },
    })
  })

  it('lets a reviewer take a page down and drops its flag', () => {
    expect(decideReview({ kind: 'unpublish', actor: reviewer, state: { lastEditedBy: 2, awaitingReview: true }, now: NOW })).toEqual({
      allowed: true, flags: { awaitingReview: false, forcedBy: null, forcePublishReason: null },
    })
  })

  it('lets the system act and records nothing', () => {
    for (const kind of ['draft', 'publish', 'unpublish'] as const) {
      expect(decideReview({ kind, actor: null, state: { lastEditedBy: 2 }, now: NOW })).toEqual({ allowed: true, flags: {} })
    }
  })
})
