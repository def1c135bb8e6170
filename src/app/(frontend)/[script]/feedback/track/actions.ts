'use server'

import config from '@payload-config'
import { getPayload } from 'payload'
import { isScript, inScript } from '@/lib/chinese-script'
import { formatDayTime } from '@/lib/format-date'
import { statusLabel } from '@/lib/feedback-status'
import { trackFeedback } from '@/lib/track-feedback'

export type TrackedMessage = {
  trackingCode: string
  subject: string
  status: string
  steps: { label: string; at: string }[]
  reply?: string
  repliedAt?: string
  replyDepartment?: string
}

export type TrackState = { status: 'idle' } | { status: 'error'; message: string; code: string } | { status: 'found'; message: TrackedMessage }

export async function trackFeedbackAction(_previous: TrackState, form: FormData): Promise<TrackState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const t = (text: string) => inScript(script, text)
  const code = String(form.get('code') ?? '').slice(0, 40)
  const payload = await getPayload({ config })
  const result = await trackFeedback(payload, code, form.get('key'))
  if (!result.ok) return { status: 'error', message: t(result.message), code }
  const doc = result.message
  return {
    status: 'found',
    message: {
      trackingCode: doc.trackingCode,
      subject: t(doc.subject),
      status: t(statusLabel(doc.status)),
      steps: (doc.timeline ?? []).map((step) => ({ label: t(statusLabel(step.status)), at: formatDayTime(step.at) })),
      reply: doc.reply ? t(doc.reply) : undefined,
      repliedAt: doc.repliedAt ? formatDayTime(doc.repliedAt) : undefined,
      replyDepartment: doc.replyDepartment ? t(doc.replyDepartment) : undefined,
    },
  }
}
