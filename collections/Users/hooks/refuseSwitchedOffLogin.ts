import type { CollectionBeforeLoginHook } from 'payload'
import { loginBar } from '@/features/accounts/rules/account-state'
import { noteLoginRefusal } from '@/features/accounts/server/login-context'
import { refusal } from '@/platform/errors/refusal'

/** After a correct password: a deactivated or locked account gets no session (Payload revokes it). */
export const refuseSwitchedOffLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  const bar = loginBar(user, new Date())
  if (bar) {
    noteLoginRefusal(req, bar.kind)
    throw refusal(bar.message, 403)
  }
  return user
}
