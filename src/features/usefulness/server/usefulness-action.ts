'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { readUsefulnessForm } from '@/features/usefulness/rules/usefulness-answer'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { recordAnswer } from './record-answer'

export type UsefulnessState = { status: 'idle' } | { status: 'thanks'; useful: boolean } | { status: 'error'; message: string }

/**
 * "这个页面对您有帮助吗？": without JavaScript the form posts to the page itself and the page
 * comes back with the thank-you in place of the form. A well-formed answer counts against the
 * reader's address (RATE_LIMIT_USEFULNESS_PER_ADDRESS per hour).
 */
export async function answerUsefulnessAction(_previous: UsefulnessState, form: FormData): Promise<UsefulnessState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const t = (text: string) => inScript(script, text)
  const read = readUsefulnessForm({ path: form.get('path'), useful: form.get('useful'), reason: form.get('reason') })
  if (!read.ok) return { status: 'error', message: t(read.message) }
  const wait = await consumeRequestLimits(['usefulness'], await headers())
  if (wait > 0) return { status: 'error', message: t(`提交过于频繁，请在约 ${Math.max(1, Math.ceil(wait / 60))} 分钟后再试。`) }
  try {
    await recordAnswer(await getPayload({ config }), read.answer)
  } catch (error) {
    console.error('saving a usefulness answer failed', error)
    return { status: 'error', message: t('暂时无法保存您的回答，请稍后再试。') }
  }
  return { status: 'thanks', useful: read.answer.useful }
}
