/** The audit log's names for the handling steps of residents' messages (`feedback.*`). */
export const FEEDBACK_AUDIT_ACTIONS = {
  'feedback.create': '收到留言',
  'feedback.status': '留言状态变更',
  'feedback.assign': '留言交办',
  'feedback.reply': '答复留言',
  'feedback.extend': '留言延期',
  'feedback.rate': '群众评价',
  'feedback.note': '新增内部备注',
  'feedback.merge': '留言合并办理',
  'feedback.merge-undo': '撤销合并办理',
  'feedback.reveal-contact': '查看留言人联系方式',
  'feedback.template-name': '答复模板填入留言人姓名',
  'feedback.receipt-emailed': '发送留言回执邮件',
  'feedback.anonymise': '到期删除留言人个人信息',
} as const
