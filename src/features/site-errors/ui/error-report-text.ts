/** The 网站找错 form's words, in Simplified Chinese; the page converts them for 繁体 readers. */
export const ERROR_REPORT_TEXT = {
  errorTitle: '提交前请修改以下内容',
  pageUrl: '出错页面的网址',
  pageUrlHint: '从页面底部“网站找错”进入时已自动填好；也可以粘贴其他页面的网址。',
  description: '哪里有错',
  descriptionHint: '例如：错别字、链接打不开、信息过期、页面显示不正常。请尽量写明位置，最多 1000 字。',
  email: '联系邮箱（选填）',
  emailHint: '留下邮箱，我们会把核实结果发给您；不需要答复可以留空。我们不会用于其他用途，办结满三个月后删除。',
  honeypot: '网站（请留空）',
  submit: '提交',
  submitting: '正在提交…',
  doneTitle: '感谢您的报告',
  doneReference: '报告编号',
  doneDue: '我们将在以下日期前核实处理',
  doneEmail: '如果您留了邮箱，处理结果会发到您的邮箱。',
  doneBack: '返回出错的页面',
} as const

export type ErrorReportText = Record<keyof typeof ERROR_REPORT_TEXT, string>
