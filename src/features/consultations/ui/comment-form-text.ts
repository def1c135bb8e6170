/** The comment form's words, in Simplified Chinese; the page converts them to the reader's script. */
export const COMMENT_FORM_TEXT = {
  heading: '提交意见',
  errorTitle: '提交未成功，请检查以下内容',
  comment: '您的意见',
  commentHint: '可以针对上面列出的问题，也可以针对征求意见稿的任何条款。请不要写身份证号、住址和健康状况等个人信息。',
  name: '称呼（选填）',
  contact: '电话或邮箱（选填）',
  contactHint: '仅供工作人员在需要时与您联系，不会公开；征求意见截止满六个月后删除。',
  publishConsent: '同意在去除个人信息后公开我的意见',
  publishConsentHint: '公开前由工作人员删去可能识别您的内容，并经另一位工作人员审核；不勾选则意见只供起草部门参考。',
  honeypot: '请不要填写此项',
  submit: '提交意见',
  submitting: '正在提交…',
  doneTitle: '已收到您的意见，谢谢！',
  doneConsent: '您同意公开的意见，经工作人员去除个人信息并审核后，会显示在本页“公开的意见”中。',
  doneNoConsent: '您的意见将只供起草部门参考，不会公开。',
  doneOutcome: '征求意见结束后，我们将在本页公布意见采纳情况。',
} as const

export type CommentFormText = Record<keyof typeof COMMENT_FORM_TEXT, string>
