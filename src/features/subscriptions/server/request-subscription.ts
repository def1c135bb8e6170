import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { SUBSCRIBE_ADDRESS, SUBSCRIBE_FORM } from '@/features/subscriptions/access/subscriptionAccess'
import { choiceInWords } from '@/features/subscriptions/rules/choice-words'
import type { SubscriptionChoice } from '@/features/subscriptions/rules/subscription-choice'
import { subscriptionConfirm } from '@/features/subscriptions/email/subscriptionConfirm'
import { queueEmail } from '@/platform/email/queue-email'
import { manageUrl, tokenOf, unsubscribeHeaders } from './subscription-links'

/**
 * The subscribe form's step, as a visitor whose request context names the address: a new address
 * gets a pending row and the confirmation e-mail; a pending one its new choice, a new link (older
 * links stop working) and the e-mail again; a confirmed one only an e-mail with its manage link
 * (whoever typed the address cannot change someone else's subscription). The answer on the page is
 * the same in all three cases, so the form tells nobody whether an address is subscribed.
 */
export async function requestSubscription(payload: Payload, email: string, choice: SubscriptionChoice): Promise<void> {
  const req = await createLocalReq({ context: { [SUBSCRIBE_FORM]: true, [SUBSCRIBE_ADDRESS]: email } }, payload)
  const asForm = { req, overrideAccess: false, user: null, depth: 0 } as const
  await initTransaction(req)
  try {
    const found = await payload.find({ collection: 'email-subscriptions', where: { email: { equals: email } }, limit: 1, ...asForm })
    const existing = found.docs[0]
    const subscription =
      !existing
        ? await payload.create({ collection: 'email-subscriptions', data: { email, status: 'pending', tokenVersion: 0, ...choice }, ...asForm })
        : existing.status === 'pending'
          ? await payload.update({ collection: 'email-subscriptions', id: existing.id, data: { ...choice, tokenVersion: (existing.tokenVersion ?? 0) + 1 }, ...asForm })
          : existing
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const token = tokenOf(subscription)
    const message = subscriptionConfirm({
      siteName: settings.siteName,
      choice: choiceInWords(choice),
      manageUrl: manageUrl(token),
      alreadyConfirmed: subscription.status === 'confirmed',
    })
    await queueEmail(req, { to: email, ...message, kind: 'subscription-confirm', headers: unsubscribeHeaders(token) })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
