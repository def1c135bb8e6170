'use server'

import config from '@payload-config'
import { getPayload } from 'payload'
import { describeDueAt, ratingLabel } from '@/features/feedback/rules/handling'
import { ANONYMISED_NOTICE } from '@/features/feedback/rules/retention'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { formatDay, formatDayTime } from '@/platform/site-shell/format-date'
import { rateReply, reopenMessage } from './feedback-follow-up'
import { statusLabel } from '@/features/feedback/rules/handling'
import { trackFeedback } from './track-feedback'

export type TrackedMessage = {
  trackingCode: string
  subject: string
  status: string
  steps: { label: string; at: string }[]
  /** When the next answer is due, for a message still being handled. */
  due?: string
  outcome?: string
  reply?: string
  repliedAt?: string
  replyDepartment?: string
  rating?: string
  canRate: boolean
  canReopen: boolean
  /** The reply is a letter the reader may print (an answer to an application for information). */
  printable?: boolean
  /** The office asks the reader for something (a 补正): the question, answered on this page. */
  answerRequest?: { prompt: string }
}

export type TrackState =
  | { status: 'idle' }
  | { status: 'error'; message: string; code: string }
  | { status: 'found'; message: TrackedMessage; code: string; key: string; notice?: string; error?: string }

/**
 * One action for the tracking page's three forms (look up, rate, reopen), so that without
 * JavaScript every answer comes back on the same page with the message still shown.
 */
export async function trackFeedbackAction(_previous: TrackState, form: FormData): Promise<TrackState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const t = (text: string) => inScript(script, text)
  const code = String(form.get('code') ?? '').slice(0, 40)
  const key = String(form.get('key') ?? '').slice(0, 80)
  const payload = await getPayload({ config })
  const intent = form.get('intent')
  const followUp =
    intent === 'rate'
      ? await rateReply(payload, code, key, form.get('rating'), form.get('ratingComment'))
      : intent === 'reopen'
        ? await reopenMessage(payload, code, key)
        : null
  const result = await trackFeedback(payload, code, key)
  if (!result.ok) return { status: 'error', message: t(result.message), code }
  const doc = result.message
  const now = new Date()
  const replied = doc.status === 'replied' || doc.status === 'closed'
  const ratedThisReply = Boolean(doc.ratedAt && doc.repliedAt && doc.ratedAt >= doc.repliedAt)
  const anonymised = Boolean(doc.anonymisedAt)
  const outcome =
    anonymised ? ANONYMISED_NOTICE
    : doc.status === 'declined' ? `不予受理。理由：${doc.declineReason ?? ''}`
    : doc.status === 'transferred' ? `已转交${doc.transferredTo ?? '有关单位'}办理。理由：${doc.transferReason ?? ''}`
    // 已答复 is not 已办结: say which, and what the resident can still do.
    : doc.status === 'replied' ? '已答复，尚未办结。如对答复不满意，您可以在下方评价并申请重新办理一次。'
    : doc.status === 'closed' ? '已办结。'
    : doc.mergedAt ? '其他群众也反映了相同的问题，您的来信与之合并办理，答复时会同时答复您；您的查询码不变。'
    : undefined
  return {
    status: 'found',
    code,
    key,
    notice: followUp?.ok ? t(followUp.notice) : undefined,
    error: followUp && !followUp.ok ? t(followUp.message) : undefined,
    message: {
      trackingCode: doc.trackingCode,
      subject: t(doc.subject),
      status: t(statusLabel(doc.status)),
      steps: (doc.timeline ?? []).map((step) => ({ label: t(statusLabel(step.status)), at: formatDayTime(step.at) })),
      due: doc.dueAt ? t(`${doc.status === 'received' ? '受理' : '答复'}期限：${formatDay(doc.dueAt)}（${describeDueAt(new Date(doc.dueAt), now).text.replace(/（.*）/, '')}）`) : undefined,
      outcome: outcome ? t(outcome) : undefined,
      reply: replied && !anonymised && doc.reply ? t(doc.reply) : undefined,
      repliedAt: replied && doc.repliedAt ? formatDayTime(doc.repliedAt) : undefined,
      replyDepartment: replied && doc.replyDepartment ? t(doc.replyDepartment) : undefined,
      rating: ratedThisReply && doc.rating ? t(ratingLabel(doc.rating)) : undefined,
      canRate: replied && !anonymised && !ratedThisReply,
      canReopen: doc.status === 'replied' && ratedThisReply && doc.rating === 'unsatisfied' && (doc.reopenCount ?? 0) < 1,
    },
  }
}
