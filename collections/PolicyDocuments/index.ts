import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { uploadFieldLabels } from '@/platform/media/upload-field-labels'
import { withPendingChanges } from '@/platform/publishing/pending-change/withPendingChanges'
import { anyone } from '@/platform/access/anyone'
import { canEditContent } from '@/platform/access/canEditContent'
import { isAdmin } from '@/platform/access/isAdmin'
import { checkUploadContent } from '@/platform/media/checkUploadContent'
import { cleanUploadContent } from '@/platform/media/cleanUploadContent'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

export const POLICY_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024

/** Attachments of policy notices: PDF and Office documents, checked by content. */
export const PolicyDocuments: CollectionConfig = withPendingChanges({
  slug: 'policy-documents',
  labels: collectionLabels('文件附件', 'Document'),
  admin: { group: ADMIN_GROUPS.content, useAsTitle: 'title' },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: isAdmin },
  hooks: {
    beforeOperation: [checkUploadContent(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods'], POLICY_DOCUMENT_MAX_BYTES), cleanUploadContent()],
  },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR || 'data/uploads', 'documents'),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
  },
  fields: [
    ...uploadFieldLabels(),
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { zh: '附件名称', en: 'Title' },
    },
  ],
}, ['title'])
