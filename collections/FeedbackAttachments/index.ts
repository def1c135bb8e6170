import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { uploadFieldLabels } from '@/platform/media/upload-field-labels'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { RESIDENT_SUBMISSION, residentFormOrHandler } from '@/features/feedback/access/residentSubmission'
import { checkUploadContent } from '@/platform/media/checkUploadContent'
import { cleanUploadContent } from '@/platform/media/cleanUploadContent'
import { sandboxedFileHeaders } from '@/platform/media/sandboxedFileHeaders'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

/**
 * Files residents attach to messages. Never public: Payload serves each file only to those who
 * may read this collection (handlers and administrators).
 */
export const FeedbackAttachments: CollectionConfig = {
  slug: 'feedback-attachments',
  labels: collectionLabels('留言附件', 'Message attachment'),
  admin: { group: ADMIN_GROUPS.messages, hidden: ({ user }) => !user?.roles?.some((r: string) => r === 'admin' || r === 'handler') },
  access: { read: canHandleFeedback, create: residentFormOrHandler, update: () => false, delete: () => false },
  // Residents' files were cleaned by the form already (submitFeedback); a handler's upload is cleaned here.
  hooks: { beforeOperation: [checkUploadContent(['jpeg', 'png', 'webp', 'pdf'], 5 * 1024 * 1024), cleanUploadContent((req) => Boolean(req.context?.[RESIDENT_SUBMISSION]))] },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR || 'data/uploads', 'feedback'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    disableLocalStorage: false,
    modifyResponseHeaders: sandboxedFileHeaders({ download: true }),
  },
  fields: [...uploadFieldLabels(), { name: 'note', type: 'text', maxLength: 100, label: { zh: '说明', en: 'Note' } }],
}
