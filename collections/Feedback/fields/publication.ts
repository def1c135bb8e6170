import type { Field } from 'payload'
import { handlersOnly } from './access'
import { zh } from '@/platform/admin/labels'

const staff = { read: handlersOnly, create: handlersOnly, update: handlersOnly }

/**
 * 留言选登: the redacted text a handler approves for the public board. Filled in with a first
 * redaction when the reply is sent; approval is refused while personal details remain.
 */
export const publicationField: Field = {
  name: 'publication',
  type: 'group',
  label: zh('留言选登（公开版本）', 'Public version'),
  admin: {
    condition: (data) => Boolean(data?.publishConsent),
    description: zh('仅在群众同意公开时可用。请删去姓名、电话、邮箱、住址、身份证号和健康细节后再批准公开；系统会检查并提示。', 'Only with the resident’s consent.'),
  },
  access: staff,
  fields: [
    { name: 'subject', type: 'text', maxLength: 60, label: zh('公开标题', 'Subject') },
    { name: 'question', type: 'textarea', maxLength: 5000, label: zh('公开留言内容', 'Question') },
    { name: 'answer', type: 'textarea', maxLength: 10000, label: zh('公开答复内容', 'Answer') },
    { name: 'flags', type: 'ui', admin: { components: { Field: '/features/feedback/ui/admin/PersonalDataFlags#PersonalDataFlags' } } },
    { name: 'approved', type: 'checkbox', defaultValue: false, index: true, label: zh('批准在“留言选登”公开', 'Approved for publication') },
  ],
}
