import type { CollectionConfig } from 'payload'
import { COLLECTION_MANNERS, PREFERRED_FORMS, optionsOf } from '@/features/disclosure/rules'
import { residentFormOrHandler } from '@/features/feedback/access/residentSubmission'
import { handlerOrTrackingLookup } from '@/features/feedback/access/trackingLookup'
import { hasRole } from '@/platform/access/roles'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'
import { nobody } from '@collections/Feedback/fields/access'
import { applicationStep } from './endpoints/applicationStep'
import { revealApplicant } from './endpoints/revealApplicant'
import { applicantFields } from './fields/applicant'
import { handlingFields } from './fields/handling'
import { deriveApplicationFields } from './hooks/deriveApplicationFields'
import { maskMessageForStaff } from '@collections/Feedback/hooks/maskMessageForStaff'
import { queueApplicationEmails } from './hooks/queueApplicationEmails'

/**
 * Applications for government information (依申请公开). Its own collection beside `feedback`,
 * sharing that feature's parts (tracking code and key, access rules, working days, masks,
 * outbox): see src/features/disclosure/README.md. Nothing is ever deleted.
 */
export const DisclosureApplications: CollectionConfig = {
  slug: 'disclosure-applications',
  labels: collectionLabels('依申请公开', 'Information request'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'applicantType', 'status', 'answerDueDay', 'receivedAt'],
    listSearchableFields: ['trackingCode'],
    components: {
      beforeListTable: ['/features/disclosure/ui/admin/DisclosureDeskLink#DisclosureDeskLink'],
      views: {
        edit: {
          desk: {
            Component: '/features/disclosure/ui/admin/ApplicationDeskView#ApplicationDeskView',
            path: '/desk',
            tab: { label: '办理', href: '/desk', order: 0 },
            meta: { title: '办理政府信息公开申请' },
          },
          letter: {
            Component: '/features/disclosure/ui/admin/ReplyLetterView#ReplyLetterView',
            path: '/letter',
            tab: { label: '答复书', href: '/letter', order: 1 },
            meta: { title: '政府信息公开申请答复书' },
          },
        },
      },
    },
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'handler'),
  },
  indexes: [{ fields: ['status', 'answerDueDay'] }],
  access: {
    read: handlerOrTrackingLookup,
    create: residentFormOrHandler,
    update: ({ req }) => hasRole(req.user, 'admin', 'handler'),
    delete: () => false,
  },
  endpoints: [
    { path: '/:id/reveal-applicant', method: 'post', handler: revealApplicant },
    { path: '/:id/steps/:step', method: 'post', handler: applicationStep },
  ],
  hooks: {
    beforeChange: [deriveApplicationFields],
    afterChange: [queueApplicationEmails],
  },
  fields: [
    { name: 'trackingCode', type: 'text', unique: true, index: true, required: true, label: zh('查询码', 'Tracking code'), admin: { readOnly: true }, access: { update: nobody } },
    ...handlingFields,
    ...applicantFields,
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 3000,
      label: zh('所需信息的描述', 'Information sought'),
      access: { update: nobody },
      hooks: { afterRead: [maskMessageForStaff] },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'preferredForm', type: 'select', required: true, label: zh('提供形式', 'Form'), options: optionsOf(PREFERRED_FORMS), access: { update: nobody }, admin: { readOnly: true } },
        { name: 'collectionManner', type: 'select', required: true, label: zh('获取方式', 'Manner'), options: optionsOf(COLLECTION_MANNERS), access: { update: nobody }, admin: { readOnly: true } },
      ],
    },
    {
      // Set by the retention job (src/features/disclosure/server/application-retention.ts); the tracking page then shows a notice.
      name: 'anonymisedAt',
      type: 'date',
      label: zh('申请人信息删除时间', 'Applicant details removed'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: zh('办结满保存期限后自动删除申请人个人信息（见“留言办理时限”中的保存期限）。', 'Set by the retention job.') },
    },
    { name: 'accessKeyHash', type: 'text', label: zh('查询密码（散列）', 'Access key hash'), required: true, index: true, access: { read: nobody, update: nobody }, admin: { hidden: true } },
    { name: 'idempotencyToken', type: 'text', label: zh('防重复提交标记', 'Idempotency token'), unique: true, index: true, access: { read: nobody, update: nobody }, admin: { hidden: true } },
  ],
}
