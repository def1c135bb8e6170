import type { Where } from 'payload'

/**
 * The one condition every public list, feed, sitemap and related-item block adds: published and
 * not withdrawn. A withdrawn page stays readable at its address (so `getXBySlug` does not use
 * this), but nothing links to it any more.
 */
export const NOT_WITHDRAWN: Where = { 'withdrawal.withdrawn': { not_equals: true } }

export const LISTED: Where = { and: [{ _status: { equals: 'published' } }, NOT_WITHDRAWN] }

/** `where` narrowed to what public lists show. */
export function listedWhere(where?: Where): Where {
  return where && Object.keys(where).length > 0 ? { and: [LISTED, where] } : LISTED
}
