import { FEEDBACK_LIMITS } from '@/features/feedback/rules/intake/kinds'

/** The form's strings by key, as the page passes them (converted for the reader's script). */
export type FeedbackFormText = Record<string, string>

/** Every string of the message form, in Simplified Chinese; pages pass them converted for the reader. */
export const FEEDBACK_FORM_TEXT: FeedbackFormText = {
  errorTitle: '提交前请修改以下问题',
  kind: '您要留言的类型',
  aboutLabel: '涉及：',
  subject: '标题',
  subjectHint: '用一句话概括，4 到 60 个字。',
  message: '留言内容',
  messageHint: '请写清事情的经过、地点和您的诉求，不超过 5000 字。请不要填写身份证号码。',
  attachments: '附件（可选）',
  attachmentsHint: '可上传照片或 PDF，最多 3 个，每个不超过 5 MB。照片中的位置等信息会被自动去除。',
  contact: '联系方式（可选）',
  contactHint: '不留联系方式也可以留言，凭查询码查看答复。如希望我们通过电话或邮件答复，请填写相应的联系方式。',
  name: '姓名或称呼',
  phone: '电话（手机或固定电话）',
  email: '电子邮箱',
  replyBy: '希望的答复方式',
  'reply-none': '我自己凭查询码在网上查看',
  'reply-email': '发送电子邮件告诉我',
  'reply-phone': '打电话给我',
  publishConsent: '是否同意公开您的留言和答复？',
  publishConsentHint: '公开时会隐去姓名、电话、邮箱、地址、证件号码和健康信息，只在“留言选登”中展示问题和答复。',
  'consent-yes': '同意隐去个人信息后公开',
  'consent-no': '不同意公开',
  privacyTitle: '我们如何使用您的信息',
  privacyBody:
    '您的留言只由负责办理的工作人员查看，用于答复和改进工作；联系方式平时以遮盖形式显示，工作人员查看完整信息时会留下记录。留言办结满三年后，我们会删除或匿名化其中的个人信息。我们不会要求您提供身份证号码，也不会把您的信息用于其他目的或提供给无关单位。',
  honeypot: '请勿填写此项',
  submit: '提交留言',
  submitting: '正在提交…',
  successTitle: '您的留言已收到',
  trackingCode: '查询码',
  accessKey: '查询密码',
  keepKey: '请记下或截图保存查询码和查询密码。查询密码只显示这一次，我们也无法找回；凭两者可以随时查看办理进度和答复。',
  moderation: '由于未完成人机验证，您的留言将先经人工审核，再进入办理流程。',
  trackLink: '查看办理进度',
  receiptKept: `为防止意外丢失，本页会在这台设备上保留 ${FEEDBACK_LIMITS.receiptMinutes} 分钟（刷新也不会消失）。在公用电脑上，记下后请点击下面的按钮。`,
  receiptClear: '我已记下，清除本页显示',
}
