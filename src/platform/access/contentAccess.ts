import type { CollectionConfig } from 'payload'
import { canEditContent } from './canEditContent'
import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * The public content collections (notices, outreach, events, health pages, stations): visitors
 * read what is published, staff also drafts and versions; editors and reviewers write (who may
 * publish is the publishing workflow's rule); only administrators delete.
 */
export const contentAccess: CollectionConfig['access'] = Object.freeze({
  read: publishedOrStaff,
  readVersions: isStaff,
  create: canEditContent,
  update: canEditContent,
  delete: isAdmin,
})
