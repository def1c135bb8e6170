'use server'

import config from '@payload-config'
import { getPayload } from 'payload'
import { answerTypeLabel, APPLICATION_ANONYMISED_NOTICE, applicationStatusPublic } from '@/features/disclosure/rules'
import type { TrackState } from '@/features/feedback'
import { inScript, isScript } from '@/platform/site-shell/chinese-script'
import { formatDay, formatDayTime } from '@/platform/site-shell/format-date'
import { stepFromFields, takeApplicationStep } from './take-step'
import { findOwnApplication, NOT_FOUND, storedLetter } from './track-application'

/**
 * The tracking page of applications, on the messages' tracking form: look up by code and key,
 * read the reply letter, and send a 补正 when one is asked for (intent "answer").
 */
export async function trackApplicationAction(_previous: TrackState, form: FormData): Promise<TrackState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const t = (text: string) => inScript(script, text)
  const code = String(form.get('code') ?? '').slice(0, 40)
  const key = String(form.get('key') ?? '').slice(0, 80)
  const payload = await getPayload({ config })
  let doc = await findOwnApplication(payload, code, key)
  if (!doc) return { status: 'error', message: t(NOT_FOUND), code }
  let notice: string | undefined = doc.anonymisedAt ? APPLICATION_ANONYMISED_NOTICE : undefined
  let error: string | undefined
  if (form.get('intent') === 'answer') {
    const step = stepFromFields('record-correction', { text: form.get('answer') })
    const outcome = step ? await takeApplicationStep(payload, null, doc.id, step) : null
    if (outcome?.ok) notice = '已收到您的补正，答复期限继续计算。'
    else error = outcome?.message ?? '补正未能提交。'
    doc = (await findOwnApplication(payload, code, key)) ?? doc
  }
  const open = (doc.corrections ?? []).find((c) => !c.answeredAt)
  const answered = doc.status === 'answered'
  const letter = answered ? await storedLetter(payload, doc.id) : undefined
  const due =
    doc.status === 'received' && doc.answerDueDay
      ? `答复期限：${doc.answerDueDay}${doc.extension?.days ? `（已经批准延长 ${doc.extension.days} 个工作日）` : ''}`
      : doc.status === 'awaiting-correction' && open
        ? `补正期限：${open.dueDay}。补正期间答复期限中止，收到补正后继续计算。`
        : undefined
  return {
    status: 'found',
    code,
    key,
    notice: notice ? t(notice) : undefined,
    error: error ? t(error) : undefined,
    message: {
      trackingCode: doc.trackingCode,
      subject: t(`政府信息公开申请（${formatDay(doc.receivedAt)} 收到）`),
      status: t(applicationStatusPublic(doc.status)),
      steps: (doc.timeline ?? []).map((step) => ({ label: t(step.label), at: formatDayTime(step.at) })),
      due: due ? t(due) : undefined,
      outcome: answered && doc.answer?.type ? t(`答复类型：${answerTypeLabel(doc.answer.type)}`) : doc.status === 'lapsed' ? t(applicationStatusPublic('lapsed')) : undefined,
      reply: letter ? t(letter) : undefined,
      repliedAt: answered && doc.answer?.answeredAt ? formatDayTime(doc.answer.answeredAt) : undefined,
      replyDepartment: answered ? t('政府信息公开申请答复书') : undefined,
      printable: Boolean(letter),
      answerRequest: open && doc.status === 'awaiting-correction' ? { prompt: t(`需要补正的事项：${open.what}`) } : undefined,
      canRate: false,
      canReopen: false,
    },
  }
}
