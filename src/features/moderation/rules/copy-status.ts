/**
 * A public copy of residents' text (留言选登 today, consultation comments later) goes through two
 * people: one writes it, another approves it. The statuses and every move, written once.
 */
export const COPY_STATUSES = ['drafting', 'submitted', 'published', 'withdrawn'] as const
export type CopyStatus = (typeof COPY_STATUSES)[number]

export const COPY_STATUS_LABELS: Readonly<Record<CopyStatus, string>> = Object.freeze({
  drafting: '起草中',
  submitted: '待审核',
  published: '已公开',
  withdrawn: '已撤下',
})

export const COPY_STATUS_OPTIONS = COPY_STATUSES.map((value) => ({ value, label: COPY_STATUS_LABELS[value] }))

export const isCopyStatus = (value: unknown): value is CopyStatus => (COPY_STATUSES as readonly unknown[]).includes(value)

export type CopyAction = 'submit' | 'return' | 'approve' | 'withdraw' | 'redraft'

type ActionFacts = {
  label: string
  from: CopyStatus
  to: CopyStatus
  /** Staff roles that may take it. */
  roles: readonly string[]
  /** The second person: never the one who wrote the copy. */
  notTheWriter: boolean
  /** What the actor must say: a remark for the writer, or a public-facing reason. */
  needsText?: string
}

export const COPY_ACTIONS: Readonly<Record<CopyAction, ActionFacts>> = Object.freeze({
  submit: { label: '提交审核', from: 'drafting', to: 'submitted', roles: ['handler', 'admin'], notTheWriter: false },
  return: { label: '退回修改', from: 'submitted', to: 'drafting', roles: ['reviewer', 'admin'], notTheWriter: true, needsText: '请写明需要修改的地方' },
  approve: { label: '批准公开', from: 'submitted', to: 'published', roles: ['reviewer', 'admin'], notTheWriter: true },
  withdraw: { label: '撤下', from: 'published', to: 'withdrawn', roles: ['handler', 'reviewer', 'admin'], notTheWriter: false, needsText: '请写明撤下的原因' },
  redraft: { label: '重新起草', from: 'withdrawn', to: 'drafting', roles: ['handler', 'admin'], notTheWriter: false },
})

export const isCopyAction = (value: unknown): value is CopyAction => typeof value === 'string' && Object.hasOwn(COPY_ACTIONS, value)

export type CopyActor = { id: string | number; roles: readonly string[] }
/** `writers`: everyone who wrote or changed the texts; none of them may approve. */
export type CopyState = { status: CopyStatus; writers: readonly (string | number)[] }

const MIN_TEXT = 4

/** Why the actor may not take the action now, in words for staff, or null when they may. */
export function copyActionRefusal(state: CopyState, action: CopyAction, actor: CopyActor | null, text = ''): string | null {
  const facts = COPY_ACTIONS[action]
  if (!actor || !facts.roles.some((role) => actor.roles.includes(role))) return `您的账号不能“${facts.label}”`
  if (state.status !== facts.from) {
    return `公开版本现在是“${COPY_STATUS_LABELS[state.status]}”，不能“${facts.label}”`
  }
  if (facts.notTheWriter && state.writers.some((writer) => String(writer) === String(actor.id))) {
    return '公开版本须由另一位工作人员审核：撰写人不能审核自己写的版本'
  }
  if (facts.needsText && text.trim().length < MIN_TEXT) return facts.needsText
  return null
}

/** The moves an actor may take from here: the buttons a desk shows. */
export function availableCopyActions(state: CopyState, actor: CopyActor | null): CopyAction[] {
  return (Object.keys(COPY_ACTIONS) as CopyAction[]).filter((action) => {
    const refusal = copyActionRefusal(state, action, actor, 'x'.repeat(MIN_TEXT))
    return refusal === null
  })
}

/** Staff edit the texts of a copy only while it is being written. */
export const textsEditableIn = (status: CopyStatus) => status === 'drafting'
