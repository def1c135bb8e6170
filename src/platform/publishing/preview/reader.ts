import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'
import { VISITOR, type PageReader } from './visitor'

/**
 * Everyone reads as a visitor, except in Next's draft mode (turned on by /preview for staff),
 * where the page asks for the latest draft as the signed-in user. Payload's access rules decide
 * what that user may read: without a valid staff session the page reads what a visitor reads.
 */
export const pageReader = cache(async (): Promise<PageReader> => {
  if (!(await draftMode()).isEnabled) return VISITOR
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { draft: true, overrideAccess: false, user } : VISITOR
})
