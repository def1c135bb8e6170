import type { Access } from 'payload'
import { PUBLIC_REVIEW_STATES } from '@/platform/publishing/rules/pending-change'

/**
 * Staff read every record; everyone else only those approved for the public (a query, so the
 * database filters: lists, look-ups, relations populated into pages, files), within what the
 * collection's own read rule allows.
 */
export const approvedOrStaff =
  (read: Access | undefined): Access =>
  async (args) => {
    const { user } = args.req
    if (user && user.collection === 'users') return read ? read(args) : true
    const own = read ? await read(args) : true
    if (own === false) return false
    const approved = { reviewState: { in: [...PUBLIC_REVIEW_STATES] } }
    return own === true ? approved : { and: [own, approved] }
  }
