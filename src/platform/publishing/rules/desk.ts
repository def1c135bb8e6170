/**
 * The publishing desk of every public content collection, as pure rules (GOV.UK Whitehall's
 * draft → submitted → rejected | approved → published or scheduled): the states, every step, who
 * may take it from where, and what each step must be told. The server (../desk/) and the admin
 * buttons both ask these functions; nothing else moves a document between states.
 */
import { isSitePath } from './retirement'
import { CHANGE_NOTE_MAX_LENGTH } from './change-notes'
import { WITHDRAWAL_REASON_MAX } from './withdrawal'

export const DESK_STATES = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished'] as const
export type DeskState = (typeof DESK_STATES)[number]

export const DESK_STATE_LABELS: Readonly<Record<DeskState, string>> = Object.freeze({
  draft: '草稿',
  submitted: '待审核',
  returned: '退回修改',
  approved: '已通过',
  scheduled: '已定时',
  published: '已发布',
  withdrawn: '已撤回',
  unpublished: '已取消发布',
})

export const DESK_STATE_OPTIONS = DESK_STATES.map((value) => ({ value, label: DESK_STATE_LABELS[value] }))

export const isDeskState = (value: unknown): value is DeskState => (DESK_STATES as readonly unknown[]).includes(value)

export type DeskAction =
  | 'submit'
  | 'return'
  | 'approve'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'publishScheduled'
  | 'withdraw'
  | 'unpublish'
  | 'restore'
  | 'forcePublish'
  | 'confirm'

/** What the actor must give with a step. */
type Needs = 'remark' | 'publicReason' | 'forceReason' | 'time'

type ActionFacts = {
  label: string
  from: readonly DeskState[]
  to: DeskState
  roles: readonly string[]
  /** Two people: never the one who submitted the text (who vouches for every change in it). */
  notTheSubmitter?: boolean
  needs?: Needs
  /** Taken by the job worker at the scheduled time, never by a button or the endpoint. */
  byScheduler?: boolean
  /** Only on a page published without review, by anyone but the one who forced it out. */
  onForcedOnly?: boolean
  /** Acts on the page visitors see (its public state), not on a newer draft of it. */
  onPublic?: boolean
}

const REVIEWERS = ['reviewer', 'admin'] as const
const WRITERS = ['editor', 'reviewer', 'admin'] as const
const BEFORE_PUBLICATION = ['draft', 'returned', 'submitted', 'approved'] as const

export const DESK_ACTIONS: Readonly<Record<DeskAction, ActionFacts>> = Object.freeze({
  submit: { label: '提交审核', from: ['draft', 'returned'], to: 'submitted', roles: WRITERS },
  return: { label: '退回修改', from: ['submitted', 'approved'], to: 'returned', roles: REVIEWERS, notTheSubmitter: true, needs: 'remark' },
  approve: { label: '审核通过', from: ['submitted'], to: 'approved', roles: REVIEWERS, notTheSubmitter: true },
  publish: { label: '发布', from: ['submitted', 'approved'], to: 'published', roles: REVIEWERS, notTheSubmitter: true },
  schedule: { label: '定时发布', from: ['submitted', 'approved'], to: 'scheduled', roles: REVIEWERS, notTheSubmitter: true, needs: 'time' },
  unschedule: { label: '取消定时', from: ['scheduled'], to: 'approved', roles: REVIEWERS },
  publishScheduled: { label: '按时发布', from: ['scheduled'], to: 'published', roles: REVIEWERS, notTheSubmitter: true, byScheduler: true },
  withdraw: { label: '撤回', from: ['published'], to: 'withdrawn', roles: REVIEWERS, needs: 'publicReason', onPublic: true },
  unpublish: { label: '取消发布', from: ['published', 'withdrawn'], to: 'unpublished', roles: REVIEWERS, needs: 'publicReason', onPublic: true },
  restore: { label: '恢复', from: ['withdrawn', 'unpublished'], to: 'published', roles: REVIEWERS, needs: 'publicReason', onPublic: true },
  forcePublish: { label: '未经审核发布', from: BEFORE_PUBLICATION, to: 'published', roles: ['admin'], needs: 'forceReason' },
  confirm: { label: '补充审核通过', from: ['published', 'withdrawn'], to: 'published', roles: REVIEWERS, onForcedOnly: true, onPublic: true },
})

export const isDeskAction = (value: unknown): value is DeskAction => typeof value === 'string' && Object.hasOwn(DESK_ACTIONS, value)

/** The steps a person may ask for through a button, REST, GraphQL or the local API. */
export const isRequestableDeskAction = (value: unknown): value is DeskAction => isDeskAction(value) && !DESK_ACTIONS[value].byScheduler

export type Id = string | number
export type DeskActor = { id: Id; roles: readonly string[] }

/** Where the document stands, as far as the desk needs to know. */
export type DeskFacts = {
  /** The state of the newest version (a draft of a published page is 'draft'). */
  state: DeskState
  /** The state of the version visitors see, when it differs from the newest one. */
  publicState?: DeskState | null
  submittedBy?: Id | null
  awaitingReview?: boolean | null
  forcedBy?: Id | null
}

/** What the actor gives with the step (only what the step needs is read). */
export type DeskInput = {
  /** 退回意见, shown to the writer. */
  remark?: string | null
  /** 提交说明, optional note to the reviewer. */
  note?: string | null
  /** Public reason of a withdrawal, unpublishing or restoring; an administrator's reason to publish unreviewed. */
  reason?: string | null
  /** Unpublishing: where the old address sends readers. */
  replacementPath?: string | null
  /** Scheduling: Beijing time, `YYYY-MM-DDTHH:mm` (a datetime-local value) or an ISO timestamp. */
  at?: string | null
}

export const RESTORE_NOTE_PREFIX = '恢复发布：'

export const DESK_LIMITS = {
  remark: 1000,
  note: 500,
  reason: WITHDRAWAL_REASON_MAX,
  /** A restoring's reason becomes a public change note, with its prefix. */
  restoreReason: CHANGE_NOTE_MAX_LENGTH - RESTORE_NOTE_PREFIX.length,
  scheduleDays: 366,
} as const

const sameId = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

/**
 * A time staff typed as Beijing time (`2026-12-03T10:15`, seconds optional and zero) or an ISO
 * timestamp with its zone, as an ISO timestamp; null when it is not a whole-minute time.
 */
export function parseBeijingMinute(text: string | null | undefined): string | null {
  const value = (text ?? '').trim()
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00)?$/.exec(value)
  if (local) {
    const [, y, mo, d, h, mi] = local.map(Number)
    const ms = Date.UTC(y, mo - 1, d, h, mi) - BEIJING_OFFSET_MS
    const back = new Date(ms + BEIJING_OFFSET_MS)
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null
    return new Date(ms).toISOString()
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null
  const ms = Date.parse(value)
  if (Number.isNaN(ms) || ms % MINUTE_MS !== 0) return null
  return new Date(ms).toISOString()
}

/** `2026-12-03 10:15`, Beijing time: the one date format of the desk. */
export function formatBeijingMinute(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN
  if (Number.isNaN(ms)) return ''
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** The next whole minute after `now`, at least `leadMinutes` ahead, as a datetime-local value in Beijing time. */
export function defaultScheduleValue(now: Date, leadMinutes = 60): string {
  const ms = Math.ceil((now.getTime() + leadMinutes * MINUTE_MS) / MINUTE_MS) * MINUTE_MS
  return formatBeijingMinute(new Date(ms).toISOString()).replace(' ', 'T')
}

export const DESK_MESSAGES = {
  notAllowed: (label: string) => `您的账号不能“${label}”。`,
  wrongState: (state: DeskState, label: string) => `这条内容现在是“${DESK_STATE_LABELS[state]}”，不能“${label}”。`,
  ownSubmission: '这是您本人提交审核的内容，须由另一位审核员审核。',
  ownForce: '这条内容是您本人未经审核发布的，须由另一位审核员补充审核。',
  notForced: '这条内容已经审核，无需补充审核。',
  scheduledOnly: '“按时发布”由系统在定时到达时执行，不能手动操作。',
  remark: '请写明需要修改的地方（退回意见，撰写人会看到）。',
  remarkTooLong: `退回意见请控制在 ${DESK_LIMITS.remark} 字以内。`,
  noteTooLong: `提交说明请控制在 ${DESK_LIMITS.note} 字以内。`,
  publicReason: (label: string) => `请填写向公众说明的${label}原因。`,
  reasonTooLong: (max: number) => `原因请控制在 ${max} 字以内。`,
  forceReason: '未经审核发布须填写理由，页面将标记为“未经审核发布”，直到另一位审核员补充审核。',
  replacement: '替代地址请填写以“/”开头的本站地址，例如 /policies/chengbanfa-2004-5。',
  time: '请按北京时间填写发布时间，精确到分钟，例如 2026-12-03 10:15。',
  timePast: '定时发布的时间须晚于现在至少 1 分钟。',
  timeFar: `定时发布的时间请选在 ${DESK_LIMITS.scheduleDays} 天以内。`,
} as const

export type DeskRefusal = { status: number; message: string }

/** Why the input of a step is not enough, or null. `now` is for scheduling. */
export function deskInputProblem(action: DeskAction, input: DeskInput, now: Date): string | null {
  const facts = DESK_ACTIONS[action]
  if (action === 'submit' && (input.note ?? '').trim().length > DESK_LIMITS.note) return DESK_MESSAGES.noteTooLong
  if (facts.needs === 'remark') {
    const remark = (input.remark ?? '').trim()
    if (remark.length < 2) return DESK_MESSAGES.remark
    if (remark.length > DESK_LIMITS.remark) return DESK_MESSAGES.remarkTooLong
  }
  if (facts.needs === 'publicReason' || facts.needs === 'forceReason') {
    const reason = (input.reason ?? '').trim()
    if (reason.length < 2) return facts.needs === 'forceReason' ? DESK_MESSAGES.forceReason : DESK_MESSAGES.publicReason(facts.label)
    const max = action === 'restore' ? DESK_LIMITS.restoreReason : DESK_LIMITS.reason
    if (reason.length > max) return DESK_MESSAGES.reasonTooLong(max)
  }
  if (action === 'unpublish' && input.replacementPath && !isSitePath(input.replacementPath.trim())) return DESK_MESSAGES.replacement
  if (facts.needs === 'time') {
    const at = parseBeijingMinute(input.at)
    if (!at) return DESK_MESSAGES.time
    const ms = Date.parse(at)
    if (ms < now.getTime() + MINUTE_MS - 1000) return DESK_MESSAGES.timePast
    if (ms > now.getTime() + DESK_LIMITS.scheduleDays * 24 * 60 * MINUTE_MS) return DESK_MESSAGES.timeFar
  }
  return null
}

/**
 * Why `actor` may not take `action` from where the document stands (role, state, the second
 * person), or null. The input is checked separately (deskInputProblem) so buttons can be offered
 * before anything is typed. `byScheduler` is true only for the job worker's own step.
 */
export function deskActionRefusal(facts: DeskFacts, action: DeskAction, actor: DeskActor | null, byScheduler = false): DeskRefusal | null {
  const step = DESK_ACTIONS[action]
  if (step.byScheduler && !byScheduler) return { status: 403, message: DESK_MESSAGES.scheduledOnly }
  if (!actor || !step.roles.some((role) => actor.roles.includes(role))) return { status: 403, message: DESK_MESSAGES.notAllowed(step.label) }
  const state = step.onPublic ? (facts.publicState ?? facts.state) : facts.state
  if (!step.from.includes(state)) return { status: 409, message: DESK_MESSAGES.wrongState(state, step.label) }
  if (step.notTheSubmitter && sameId(facts.submittedBy, actor.id)) return { status: 403, message: DESK_MESSAGES.ownSubmission }
  if (step.onForcedOnly) {
    if (!facts.awaitingReview) return { status: 409, message: DESK_MESSAGES.notForced }
    if (sameId(facts.forcedBy, actor.id)) return { status: 403, message: DESK_MESSAGES.ownForce }
  }
  return null
}

/** The steps this person may take now: the buttons the desk shows. */
export function availableDeskActions(facts: DeskFacts, actor: DeskActor | null): DeskAction[] {
  return (Object.keys(DESK_ACTIONS) as DeskAction[]).filter((action) => deskActionRefusal(facts, action, actor) === null)
}

/**
 * The state of the draft after a content change saved outside the desk's steps. A returned draft
 * stays returned (the writer is fixing it, the remark stays in view); any other change is a new
 * draft: an approval or a schedule covered the text as it was, not the changed one.
 */
export function stateAfterEdit(state: DeskState): DeskState {
  return state === 'returned' ? 'returned' : 'draft'
}

/** Whether the desk shows the public page as live in this state. */
export const isLiveState = (state: DeskState) => state === 'published' || state === 'withdrawn'
