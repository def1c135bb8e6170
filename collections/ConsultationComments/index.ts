import type { CollectionConfig } from 'payload'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { isAdmin } from '@/platform/access/isAdmin'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'
import { residentCommentOnly } from '@/features/consultations/access/residentComment'
import { COMMENT_LIMITS } from '@/features/consultations/rules'
import { acceptOnlyWhileOpen } from './hooks/acceptOnlyWhileOpen'
import { draftCommentCopy } from './hooks/draftCommentCopy'

const nobody = () => false
const asSent = { access: { update: nobody }, admin: { readOnly: true } } as const
// Removed by the retention job once the consultation has been closed for the period (src/features/consultations/server/comment-retention.ts).
const removedLater = { ...asSent, admin: { readOnly: true, description: zh('征求意见截止满保存期限后自动删除（见“留言办理时限”）。', 'Removed after the retention period.') } } as const

/**
 * A resident's comment on a consultation, exactly as sent. Never public: with the resident's
 * consent a redacted public copy is drafted on the moderation desk (公开版本审核), and only an
 * approved copy reaches `published-comments`. Read by handlers and administrators only.
 */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: collectionLabels('征求意见来件', 'Consultation comment'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'comment',
    defaultColumns: ['comment', 'consultation', 'publishConsent', 'createdAt'],
    description: zh('群众对征求意见稿提交的意见原文，仅办理员和管理员可见。同意公开的意见在“公开版本审核”中去除个人信息、经另一人批准后公开。', 'Residents’ comments as sent.'),
    components: { beforeListTable: ['/features/consultations/ui/admin/CommentCounts#CommentCounts'] },
  },
  access: { read: canHandleFeedback, create: residentCommentOnly, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [acceptOnlyWhileOpen], afterChange: [draftCommentCopy] },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true, label: zh('征求意见', 'Consultation'), ...asSent },
    { name: 'comment', type: 'textarea', required: true, maxLength: COMMENT_LIMITS.commentMax, label: zh('意见内容', 'Comment'), ...asSent },
    { name: 'name', type: 'text', maxLength: COMMENT_LIMITS.nameMax, label: zh('称呼（选填）', 'Name'), ...removedLater },
    { name: 'contact', type: 'text', maxLength: COMMENT_LIMITS.contactMax, label: zh('联系方式（选填）', 'Contact'), ...removedLater },
    { name: 'publishConsent', type: 'checkbox', defaultValue: false, index: true, label: zh('同意公开（去除个人信息后）', 'Consents to publication'), ...asSent },
  ],
}
