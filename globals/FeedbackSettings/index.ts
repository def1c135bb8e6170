import type { GlobalConfig } from 'payload'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { isAdmin } from '@/platform/access/isAdmin'
import { DEFAULT_REPLY_LIMITS, MAX_TOTAL_WORKING_DAYS } from '@/features/feedback/rules/handling'
import { FEEDBACK_RETENTION } from '@/features/feedback/rules/retention'
import { COMMENT_CONTACT_RETENTION } from '@/features/consultations/rules'
import { APPLICATION_RETENTION } from '@/features/disclosure/rules'
import { ERROR_REPORT_CONTACT_RETENTION } from '@/features/site-errors/rules'
import { retentionMonthsField } from '@/platform/retention/retention-field'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

const limit = (name: keyof typeof DEFAULT_REPLY_LIMITS, zh: string) => ({
  name,
  type: 'number' as const,
  required: true,
  min: 1,
  max: MAX_TOTAL_WORKING_DAYS,
  defaultValue: DEFAULT_REPLY_LIMITS[name],
  label: { zh, en: name },
})

/** Time limits for handling messages, in working days counted on the official calendar. */
export const FeedbackSettings: GlobalConfig = {
  slug: 'feedback-settings',
  label: { zh: '留言办理时限', en: 'Message time limits' },
  admin: {
    group: ADMIN_GROUPS.messages,
    description: { zh: `按工作日计算（法定节假日不计，调休上班日计入），收到当天不计。合计不得超过 ${MAX_TOTAL_WORKING_DAYS} 个工作日。只影响新收到的留言。`, en: 'Working days; new messages only.' },
  },
  access: { read: canHandleFeedback, update: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [limit('acceptance', '受理时限'), limit('consultation', '咨询答复时限'), limit('suggestion', '建议答复时限')],
    },
    {
      type: 'row',
      fields: [limit('complaint', '投诉答复时限'), limit('report', '举报答复时限'), limit('praise', '表扬答复时限')],
    },
    {
      name: 'dueSoonWorkingDays',
      type: 'number',
      required: true,
      min: 0,
      max: 5,
      defaultValue: 1,
      label: { zh: '临近到期提醒（剩余工作日）', en: 'Due-soon threshold' },
    },
    retentionMonthsField(
      'retentionMonths',
      FEEDBACK_RETENTION,
      '个人信息保存期限（办结后月数）',
      '留言办结（或不予受理、转办）满此期限后，每天自动匿名化：删除姓名、联系方式、留言和答复内容及附件，保留统计所需的类型、时间和办理结果。留言表单告知群众的是“办结满三年”。',
    ),
    {
      type: 'row',
      fields: [
        retentionMonthsField(
          'commentRetentionMonths',
          COMMENT_CONTACT_RETENTION,
          '征求意见来件：称呼和联系方式保存期限（截止后月数）',
          '征求意见截止满此期限后，每天自动删除来件的称呼和联系方式；意见内容保留，意见采纳情况的统计不变。',
        ),
        retentionMonthsField(
          'applicationRetentionMonths',
          APPLICATION_RETENTION,
          '依申请公开：申请人信息保存期限（办结后月数）',
          '答复或视为放弃满此期限后，每天自动删除申请人的姓名、证件号码、联系方式和通信地址（答复书中的也一并删除）；申请内容、答复和年度报告的统计保留。纸质和电子档案按档案管理规定另行保管。',
        ),
        retentionMonthsField(
          'errorReportRetentionMonths',
          ERROR_REPORT_CONTACT_RETENTION,
          '网站找错：联系邮箱保存期限（办结后月数）',
          '答复或不予处理满此期限后，每天自动删除报告人留下的邮箱；报告内容保留。',
        ),
      ],
    },
    {
      name: 'publicNumbers',
      type: 'textarea',
      maxLength: 2000,
      label: { zh: '可公开的电话和地址（每行一个）', en: 'Public numbers and addresses' },
      admin: {
        description: {
          zh: '本机关和服务网点对外公布的电话、地址等，例如 028-86123456。公开版本中出现这些内容时不再提示为个人信息。12320、12345 等全国热线已默认包含。',
          en: 'Published numbers and addresses of the authority, never flagged as personal data.',
        },
      },
    },
  ],
}
