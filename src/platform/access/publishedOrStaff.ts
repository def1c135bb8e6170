import type { Access } from 'payload'

/** Staff see drafts; everyone else only what is published (a query, so the database filters). */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (user && user.collection === 'users') return true
  return { _status: { equals: 'published' } }
}
