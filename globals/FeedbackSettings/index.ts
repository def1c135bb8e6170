import type { GlobalConfig } from 'payload'
import { canHandleFeedback } from '../../src/access/canHandleFeedback'
import { isAdmin } from '../../src/access/isAdmin'
import { DEFAULT_REPLY_LIMITS, MAX_TOTAL_WORKING_DAYS } from '../../src/domain/feedback-handling'

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
    group: { zh: '互动交流', en: 'Messages' },
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
  ],
}
