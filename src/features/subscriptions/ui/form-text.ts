// The forms' own words, for the server pages to put into the reader's script. Not in the forms'
// files: a value exported from a 'use client' module reaches a server component as a client
// reference, not as the array (the built site answered /subscriptions with a 500).

export const SUBSCRIBE_TEXT = [
  '请查收确认邮件',
  '我们已向',
  '发送了一封确认邮件。请打开邮件中的链接并点击“确认订阅”；确认之前，我们不会向您发送任何更新提醒。',
  '如果几分钟内没有收到，请检查垃圾邮件箱，或确认邮箱地址后重新订阅。',
  '电子邮箱',
  '只用于发送您订阅的更新提醒。',
  '订阅',
]

export const MANAGE_TEXT = ['订阅邮箱', '请确认这是您本人的订阅。确认之后，我们才会发送更新提醒。', '确认订阅', '保存', '退订', '退订后，您的电子邮箱会从订阅名单中删除。', '退订全部']
