import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import type { User } from '@/payload-types'
import { writeAudit } from '@/platform/audit/writeAudit'
import {
  DESK_ACTIONS,
  deskActionRefusal,
  deskInputProblem,
  isDeskState,
  parseBeijingMinute,
  RESTORE_NOTE_PREFIX,
  type DeskAction,
  type DeskFacts,
  type DeskInput,
  type DeskState,
} from '@/platform/publishing/rules/desk'
import type { ReviewFlags } from '@/platform/publishing/rules/review-rule'
import { DESK_OWNED } from './fields'
import { publicContent } from './public-content'
import { cancelScheduledPublications, queueScheduledPublication } from './scheduled-publication'
import { withDeskStep, type DeskStep } from './step-context'

/** The collections with a publishing desk (those given withPublishingWorkflow in payload.config.ts). */
export const DESK_COLLECTIONS = ['policy-notices', 'outreach-articles', 'events', 'health-topics', 'service-guides', 'open-government-pages', 'open-government-reports', 'service-stations', 'consultations'] as const
export type DeskCollection = (typeof DESK_COLLECTIONS)[number]
export const isDeskCollection = (value: unknown): value is DeskCollection => (DESK_COLLECTIONS as readonly unknown[]).includes(value)

export type DeskResult = { ok: true; doc: Record<string, unknown>; state: DeskState } | { ok: false; status: number; message: string }

type Doc = Record<string, unknown>

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | null | undefined)

const stateOf = (doc: Doc | null): DeskState | null => (doc && isDeskState(doc.deskState) ? doc.deskState : doc ? 'draft' : null)

const titleOf = (collection: string, doc: Doc) => String(doc[collection === 'service-stations' ? 'name' : 'title'] ?? '').trim()

const TITLE_MISSING = '请先填写标题并保存草稿，再进行这一步。'

/** The version visitors see (null when nothing is public) and the newest version. */
async function versionsOf(req: PayloadRequest, collection: string, id: string | number) {
  const slug = collection as CollectionSlug
  const latest = (await req.payload
    .findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Doc | null
  const main = latest ? ((await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, req }).catch(() => null)) as Doc | null) : null
  return { latest, main }
}

const approval = (user: User, now: string): ReviewFlags => ({ approvedBy: user.id, approvedAt: now, awaitingReview: false, forcedBy: null, forcePublishReason: null })

type Plan = { draft: boolean; data: Doc; desk: Doc; review: ReviewFlags; fromPublic?: boolean }

/** What each step saves: the draft flag, the data, the desk's record and the approval record. */
function planOf(action: DeskAction, user: User, input: DeskInput, latest: Doc, now: string): Plan {
  const reason = (input.reason ?? '').trim()
  const liveState: DeskState = (latest.withdrawal as { withdrawn?: boolean } | null)?.withdrawn ? 'withdrawn' : 'published'
  const publish = { draft: false, data: { _status: 'published' }, desk: { deskState: liveState, scheduledAt: null, scheduledBy: null } }
  switch (action) {
    case 'submit':
      return {
        draft: true,
        data: {},
        desk: { deskState: 'submitted', submittedBy: user.id, submittedAt: now, submitNote: (input.note ?? '').trim() || null, returnRemark: null, returnedBy: null },
        review: {},
      }
    case 'return':
      return { draft: true, data: {}, desk: { deskState: 'returned', returnRemark: (input.remark ?? '').trim(), returnedBy: user.id }, review: {} }
    case 'approve':
      return { draft: true, data: {}, desk: { deskState: 'approved' }, review: { approvedBy: user.id, approvedAt: now } }
    case 'schedule':
      return {
        draft: true,
        data: {},
        desk: { deskState: 'scheduled', scheduledAt: parseBeijingMinute(input.at), scheduledBy: user.id },
        review: { approvedBy: user.id, approvedAt: now },
      }
    case 'unschedule':
      return { draft: true, data: {}, desk: { deskState: 'approved', scheduledAt: null, scheduledBy: null }, review: {} }
    case 'publish':
    case 'publishScheduled':
      return { ...publish, review: approval(user, now) }
    case 'forcePublish':
      return { ...publish, review: { awaitingReview: true, forcedBy: user.id, forcePublishReason: reason, approvedBy: null, approvedAt: null } }
    case 'withdraw':
      return { draft: false, fromPublic: true, data: { _status: 'published', withdrawal: { withdrawn: true, reason } }, desk: { deskState: 'withdrawn' }, review: {} }
    case 'unpublish':
      return {
        draft: false,
        fromPublic: true,
        data: { _status: 'draft', replacementPath: (input.replacementPath ?? '').trim() || null },
        desk: { deskState: 'unpublished', unpublishReason: reason, scheduledAt: null, scheduledBy: null },
        review: { awaitingReview: false, forcedBy: null, forcePublishReason: null },
      }
    case 'restore':
      return {
        draft: false,
        fromPublic: true,
        data: { _status: 'published', withdrawal: { withdrawn: false }, changeKind: 'substantive', changeNote: `${RESTORE_NOTE_PREFIX}${reason}` },
        desk: { deskState: 'published', unpublishReason: null },
        review: {},
      }
    case 'confirm':
      return { draft: false, fromPublic: true, data: { _status: 'published' }, desk: {}, review: approval(user, now) }
  }
}

/**
 * One step of the publishing desk, taken by `user` on a document of a public content collection:
 * the state machine (rules/desk.ts) decides, then the step is saved with its mark so the hooks
 * accept it, as the user (overrideAccess: false). A step on the public page (withdraw, unpublish,
 * restore, confirm) saves the public text and keeps any newer draft as it was. Pass `req` to run
 * inside its transaction; `byScheduler` only from the scheduled-publication job.
 */
export async function takeDeskAction(
  payload: Payload,
  user: User | null,
  collection: string,
  id: string | number,
  action: DeskAction,
  input: DeskInput = {},
  options: { req?: PayloadRequest; byScheduler?: boolean } = {},
): Promise<DeskResult> {
  if (!isDeskCollection(collection)) return { ok: false, status: 404, message: '这类内容没有审核流程。' }
  if (!user || user.collection !== 'users') return { ok: false, status: 401, message: '请先以工作人员账号登录。' }
  const req = options.req ?? (await createLocalReq({ user: user as never }, payload))
  req.user = { ...user, collection: 'users' } as never

  const { latest, main } = await versionsOf(req, collection, id)
  if (!latest) return { ok: false, status: 404, message: '找不到这条内容，或您无权查看。' }
  const state = stateOf(latest)!
  const mainState = main?._status === 'published' || main?.deskState === 'unpublished' ? stateOf(main) : null
  const facts: DeskFacts = {
    state,
    publicState: mainState,
    submittedBy: idOf(latest.submittedBy),
    awaitingReview: Boolean(main?.awaitingReview),
    forcedBy: idOf(main?.forcedBy),
  }
  const actor = { id: user.id, roles: (user.roles ?? []) as string[] }
  const refused = deskActionRefusal(facts, action, actor, options.byScheduler)
  if (refused) return { ok: false, ...refused }
  const problem = deskInputProblem(action, input, new Date())
  if (problem) return { ok: false, status: 400, message: problem }
  if (!titleOf(collection, latest)) return { ok: false, status: 400, message: TITLE_MISSING }

  const now = new Date().toISOString()
  const plan = planOf(action, user, input, latest, now)
  const step: DeskStep = { action, collection, id: String(id), data: plan.desk, reviewFlags: plan.review }
  const pending = plan.fromPublic && main && latest.updatedAt !== main.updatedAt ? latest : null
  const base = plan.fromPublic ? ((await publicContent(req, collection, id)) ?? {}) : {}
  const save = () =>
    req.payload.update({
      collection: collection as CollectionSlug,
      id,
      data: { ...base, ...plan.data },
      draft: plan.draft,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  const doc = (await withDeskStep(req, step, save)) as unknown as Doc

  if (action === 'schedule') {
    await cancelScheduledPublications(req, collection, id)
    await queueScheduledPublication(req, { collection, docId: String(id), scheduledAt: String(plan.desk.scheduledAt), scheduledBy: String(user.id) })
  } else if (action === 'unschedule' || !plan.draft) {
    await cancelScheduledPublications(req, collection, id)
  }
  if (pending) await keepPendingDraft(req, collection, id, pending)

  const reason = input.reason || input.remark || input.note
  await writeAudit(req, {
    action: `publishing.${action}`,
    targetCollection: collection,
    targetId: id,
    summary: `“${titleOf(collection, latest).slice(0, 40)}”：${DESK_ACTIONS[action].label}${reason ? `（${String(reason).trim().slice(0, 100)}）` : ''}`,
  })
  return { ok: true, doc, state: (doc.deskState as DeskState) ?? DESK_ACTIONS[action].to }
}

/** Saves the newer draft again after a step on the public page, with its author and desk record. */
async function keepPendingDraft(req: PayloadRequest, collection: string, id: string | number, pending: Doc) {
  const content = Object.fromEntries(Object.entries(pending).filter(([key]) => !['id', 'createdAt', 'updatedAt', '_status'].includes(key)))
  const desk = Object.fromEntries(DESK_OWNED.map((field) => [field, idOf(pending[field]) ?? null]))
  const step: DeskStep = {
    action: 'submit',
    collection,
    id: String(id),
    data: desk,
    reviewFlags: { lastEditedBy: idOf(pending.lastEditedBy) ?? undefined, lastEditedAt: (pending.lastEditedAt as string) ?? undefined },
  }
  await withDeskStep(req, step, () =>
    req.payload.update({ collection: collection as CollectionSlug, id, data: content, draft: true, depth: 0, overrideAccess: true, req }),
  )
}

/** The scheduled-publication job's step: publishes as the scheduler if the schedule still stands. */
export async function publishScheduled(req: PayloadRequest, input: { collection: string; docId: string; scheduledAt: string; scheduledBy: string }): Promise<boolean> {
  const scheduler = (await req.payload.findByID({ collection: 'users', id: input.scheduledBy, depth: 0, overrideAccess: true, req }).catch(() => null)) as User | null
  if (!scheduler) return false
  const latest = (await req.payload
    .findByID({ collection: input.collection as CollectionSlug, id: input.docId, depth: 0, draft: true, overrideAccess: true, req })
    .catch(() => null)) as Doc | null
  if (!latest || latest.deskState !== 'scheduled' || Date.parse(String(latest.scheduledAt)) !== Date.parse(input.scheduledAt)) return false
  const result = await takeDeskAction(req.payload, { ...scheduler, collection: 'users' }, input.collection, input.docId, 'publishScheduled', {}, { req, byScheduler: true })
  if (!result.ok) throw new Error(`scheduled publication refused: ${result.message}`)
  return true
}
