import type { TypedUser } from 'payload'

/** How a public page reads its document: who asks, and whether the latest draft is wanted. */
export type PageReader = { draft: boolean; overrideAccess: false; user: TypedUser | null }

/** An anonymous visitor reading published content: what every cached page is built from. */
export const VISITOR: PageReader = { draft: false, overrideAccess: false, user: null }
