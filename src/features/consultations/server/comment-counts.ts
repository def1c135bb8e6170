import type { Payload } from 'payload'

export type CommentCounts = { received: number; withConsent: number; awaitingReview: number; published: number }

/**
 * How many comments a consultation received, how many may be published, how many wait on the
 * moderation desk and how many are public. Counts only, never a comment's text: read as the
 * system on purpose, so the page's 共收到意见 N 条 and the editors' desk show the true number
 * although neither may read the comments themselves.
 */
export async function commentCounts(payload: Payload, consultation: string | number): Promise<CommentCounts> {
  const count = (collection: 'consultation-comments' | 'moderated-copies' | 'published-comments', where: object) =>
    payload.count({ collection, where: { consultation: { equals: consultation }, ...where }, overrideAccess: true }).then((r) => r.totalDocs)
  const [received, withConsent, awaitingReview, published] = await Promise.all([
    count('consultation-comments', {}),
    count('consultation-comments', { publishConsent: { equals: true } }),
    count('moderated-copies', { status: { in: ['drafting', 'submitted'] } }),
    count('published-comments', {}),
  ])
  return { received, withConsent, awaitingReview, published }
}
