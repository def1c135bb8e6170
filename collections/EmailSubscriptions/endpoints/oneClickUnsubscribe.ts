import type { PayloadHandler } from 'payload'
import { unsubscribeByLink } from '@/features/subscriptions/server/manage-subscription'
import { manageUrl } from '@/features/subscriptions/server/subscription-links'

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/**
 * RFC 8058 one-click unsubscribe: the mail provider POSTs `List-Unsubscribe=One-Click` to the URL
 * of the List-Unsubscribe header, without cookies or a page; one POST deletes the subscription.
 * An unknown or outdated token gets the same 200 (nothing to unsubscribe, nothing to learn).
 */
export const oneClickUnsubscribe: PayloadHandler = async (req) => {
  await unsubscribeByLink(req.payload, req.searchParams.get('token'))
  return plain(200, '已退订，今后不会再向此邮箱发送本站的更新提醒。')
}

/** Someone opening the header's address in a browser lands on the manage page instead. */
export const openUnsubscribeLink: PayloadHandler = async (req) => {
  const token = req.searchParams.get('token') ?? ''
  return new Response(null, { status: 303, headers: { Location: manageUrl(token), 'Cache-Control': 'no-store' } })
}
