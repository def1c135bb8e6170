'use server'

import { submitFeedbackAction, type FeedbackFormState } from './submit-action'

/**
 * 对本文件有疑问？ on a notice page: a message of kind 咨询 about that notice, through the same
 * checks, limits and receipt as the message form. The short form asks only for the question, an
 * optional e-mail (then the answer is e-mailed) and the consent to publish.
 */
export async function askAboutNoticeAction(previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  form.set('kind', 'consultation')
  const email = form.get('email')
  form.set('replyBy', typeof email === 'string' && email.trim() ? 'email' : 'none')
  return submitFeedbackAction(previous, form)
}
