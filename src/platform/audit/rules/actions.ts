/** What an audit entry records. Feedback handling adds its own `feedback.*` steps beside these. */
export const AUDIT_ACTIONS = {
  create: '新建',
  update: '修改',
  autosave: '自动保存草稿',
  publish: '发布',
  unpublish: '撤销发布',
  delete: '删除',
  login: '登录成功',
  'login-failure': '登录失败',
  'login-locked': '登录被拒（管理员锁定）',
  'login-throttled': '登录被延缓（失败次数较多）',
  'login-deactivated': '登录被拒（账户已停用）',
  'account-deactivate': '停用账户',
  'account-reactivate': '重新启用账户',
  'account-lock': '锁定账户',
  'mfa-enable': '设置动态验证码',
  'mfa-reset': '重置动态验证码',
  'mfa-recovery-code': '使用恢复码确认身份',
  'role-change': '角色变更',
  export: '导出审计日志',
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

/** Entries written without a logged-in staff member: residents' submissions and background jobs. */
export const ANONYMOUS_ACTOR = '未登录（群众或系统任务）'

type Status = string | null | undefined

/**
 * The action of a saved document. Publishing status matters only for collections with drafts.
 * `before` is the latest version (a pending draft, if any), `publicBefore` the document itself as
 * the public saw it. A draft saved over a published page is an update (the page stays public);
 * publishing pending changes is a publish; a save that turns the document itself into a draft is
 * an unpublish.
 */
export function changeAction(input: {
  operation: 'create' | 'update'
  before?: Status
  publicBefore?: Status
  after?: Status
  savingDraft?: boolean
  autosave?: boolean
}): AuditAction {
  const { operation, before, after, savingDraft, autosave } = input
  const publicBefore = input.publicBefore ?? before
  if (operation === 'create') return after === 'published' ? 'publish' : 'create'
  if (autosave) return 'autosave'
  if (savingDraft) return 'update'
  if (after === 'published' && before !== 'published') return 'publish'
  if (after === 'draft' && publicBefore === 'published') return 'unpublish'
  return 'update'
}
