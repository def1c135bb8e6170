import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import {
  applyStep,
  isAnswerType,
  letterText,
  replyLetter,
  STEP_LABELS,
  stepProblem,
  type AnswerInput,
  type ApplicationStep,
  type StepKind,
} from '@/features/disclosure/rules'
import { writeAudit } from '@/platform/audit/writeAudit'
import { applicationStateOf } from './application-state'

export type StepOutcome = { ok: true; message: string; status: string } | { ok: false; message: string; httpStatus: number }

const text = (value: unknown, max = 5000) => (typeof value === 'string' ? value.trim().slice(0, max) : '')

/** A step as posted by the desk (form fields) or the applicant (the 补正 answer); null if unknown. */
export function stepFromFields(kind: string, fields: Record<string, unknown>): ApplicationStep | null {
  switch (kind as StepKind) {
    case 'request-correction':
      return { kind: 'request-correction', what: text(fields.what, 2000), days: fields.days ? Number(fields.days) : undefined }
    case 'record-correction':
      return { kind: 'record-correction', text: text(fields.text, 3000) }
    case 'extend':
      return { kind: 'extend', days: Number(fields.days), approvedBy: text(fields.approvedBy, 60), reason: text(fields.reason, 1000) }
    case 'lapse':
      return { kind: 'lapse' }
    case 'answer': {
      const type = text(fields.type, 40)
      const answer: AnswerInput = {
        type: (isAnswerType(type) ? type : '') as AnswerInput['type'],
        provided: text(fields.provided),
        withheldPart: text(fields.withheldPart, 2000),
        reason: text(fields.reason, 40) || undefined,
        explanation: text(fields.explanation, 3000),
        otherBody: text(fields.otherBody, 200),
      }
      return { kind: 'answer', answer }
    }
    default:
      return null
  }
}

const TIMELINE: Record<StepKind, string> = {
  'request-correction': '已告知补正，答复期限中止',
  'record-correction': '已收到补正，答复期限继续计算',
  extend: '经批准延长答复期限',
  answer: '已作出答复',
  lapse: '逾期未补正，视为放弃申请',
}

/**
 * Takes one step on an application, as staff (`user`) or as the system on the applicant's behalf
 * (`user` null, only for their 补正): the rules decide first; the new state, the reply letter,
 * the audit entry and the e-mail (queued by the collection's hook) are one transaction.
 */
export async function takeApplicationStep(payload: Payload, user: PayloadRequest['user'], id: string | number, step: ApplicationStep, now = new Date()): Promise<StepOutcome> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  try {
    const doc = await payload.findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!doc) {
      await killTransaction(req)
      return { ok: false, message: '找不到这件申请。', httpStatus: 404 }
    }
    const state = applicationStateOf(doc)
    const problem = stepProblem(state, step, now)
    if (problem) {
      await killTransaction(req)
      return { ok: false, message: problem, httpStatus: 409 }
    }
    const next = applyStep(state, step, now)
    const data: Record<string, unknown> = {
      status: next.status,
      corrections: next.corrections,
      extension: next.extension ?? undefined,
      timeline: [...(doc.timeline ?? []).map(({ label, at }) => ({ label, at })), { label: TIMELINE[step.kind], at: now.toISOString() }],
    }
    if (step.kind === 'answer') {
      const [settings, stored] = await Promise.all([
        payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
        payload.findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: true, req, select: { applicant: true } }),
      ])
      const letter = replyLetter({
        authority: settings.authorityName ?? settings.siteName,
        trackingCode: doc.trackingCode,
        applicantName: stored.applicant?.name ?? '申请人',
        organisation: doc.applicantType === 'organisation',
        receivedAt: doc.receivedAt,
        description: doc.description,
        preferredForm: doc.preferredForm,
        collectionManner: doc.collectionManner,
        extension: next.extension,
        answer: step.answer,
        answeredAt: now,
      })
      data.answer = { ...step.answer, answeredAt: now.toISOString(), answeredBy: user?.collection === 'users' ? user.id : undefined }
      data.letter = letterText(letter)
    }
    await payload.update({ collection: 'disclosure-applications', id, data, overrideAccess: true, req })
    await writeAudit(req, {
      action: `disclosure.${step.kind}`,
      targetCollection: 'disclosure-applications',
      targetId: doc.id,
      summary: `${STEP_LABELS[step.kind]}：${doc.trackingCode}`,
      ...(user ? {} : { actor: { email: '申请人（查询码和查询密码）' } }),
    })
    await commitTransaction(req)
    return { ok: true, message: `已${STEP_LABELS[step.kind]}。`, status: next.status }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
