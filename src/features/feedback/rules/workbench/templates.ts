/**
 * Reply templates: standard wording with placeholders that the desk fills from the message.
 * Staff see a preview with the resident's name masked; the real name goes in only when the text
 * is sent, and only if the resident gave one (otherwise a neutral form of address).
 */
export const TEMPLATE_PLACEHOLDERS = [
  { token: '{称呼}', hint: '留言人姓名；未留姓名时为“网友”' },
  { token: '{查询码}', hint: '留言的查询码' },
  { token: '{承办部门}', hint: '承办部门名称；未指定时为“本单位”' },
  { token: '{答复期限}', hint: '答复期限（日期）' },
  { token: '{办理结果}', hint: '在答复表单“办理结果”一栏填写的内容' },
] as const

export type TemplateValues = {
  /** The name the resident gave, if any (masked for a staff preview, real when sending). */
  name?: string
  trackingCode: string
  department?: string
  replyDueDay?: string
  result?: string
}

/** The actions a template can be written for: the ones whose form has a text to fill. */
export const TEMPLATE_ACTIONS = [
  { value: 'reply', label: '答复' },
  { value: 'decline', label: '不予受理' },
  { value: 'transfer', label: '转办' },
  { value: 'extend', label: '申请延期' },
  { value: 'return', label: '退回' },
] as const

export type TemplateAction = (typeof TEMPLATE_ACTIONS)[number]['value']

const KNOWN = /\{(称呼|查询码|承办部门|答复期限|办理结果)\}/g

/** Fills every known placeholder; unknown braces are left as written. */
export function fillTemplate(body: string, values: TemplateValues): string {
  const name = values.name?.trim()
  const fill: Record<string, string> = {
    称呼: name ? name : '网友',
    查询码: values.trackingCode,
    承办部门: values.department?.trim() || '本单位',
    答复期限: values.replyDueDay ?? '规定期限内',
    办理结果: values.result?.trim() ?? '',
  }
  return body.replace(KNOWN, (_, key: string) => fill[key])
}

/** Whether a text still holds placeholders to fill (so the server fills them when it is sent). */
export const hasPlaceholders = (text: string) => new RegExp(KNOWN.source).test(text)

/** The templates that fit a message: its kind or any kind, and the action's form. */
export function templatesFor<T extends { kind?: string | null; action?: string | null }>(templates: T[], kind: string, action: string): T[] {
  return templates.filter((t) => (!t.kind || t.kind === kind) && (t.action ?? 'reply') === action)
}
