import path from 'node:path'
import type { CollectionConfig, ImageSize } from 'payload'
import { withPendingChanges } from '@/platform/publishing/pending-change/withPendingChanges'
import { anyone } from '@/platform/access/anyone'
import { canEditContent } from '@/platform/access/canEditContent'
import { canReviewContent } from '@/platform/access/canReviewContent'
import { checkUploadContent } from '@/platform/media/checkUploadContent'
import { cleanUploadContent } from '@/platform/media/cleanUploadContent'
import { sandboxedFileHeaders } from '@/platform/media/sandboxedFileHeaders'
import { uploadFieldLabels } from '@/platform/media/upload-field-labels'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const IMAGE_SIZES: ImageSize[] = [
  { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 78 } } },
  { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 78 } } },
  { name: 'large', width: 1440, formatOptions: { format: 'webp', options: { quality: 75 } } },
]

export const Media: CollectionConfig = withPendingChanges({
  slug: 'media',
  labels: collectionLabels('图片', 'Image'),
  admin: { group: ADMIN_GROUPS.content },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canReviewContent },
  // Checked by content, then re-encoded: what is stored and served is pixels only.
  hooks: { beforeOperation: [checkUploadContent(['jpeg', 'png', 'webp'], 10 * 1024 * 1024), cleanUploadContent()] },
  upload: {
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR || 'data/uploads', 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'small',
    modifyResponseHeaders: sandboxedFileHeaders({ download: false }),
  },
  fields: [
    ...uploadFieldLabels(IMAGE_SIZES.map((size) => size.name)),
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { zh: '替代文字（供读屏软件朗读）', en: 'Alternative text' },
    },
  ],
}, ['alt'])
