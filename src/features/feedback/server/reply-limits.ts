import config from '@payload-config'
import { getPayload } from 'payload'
import { readReplyLimits } from './feedback-settings'

/** The working days allowed per kind of message, as the open-data page states them. */
export async function replyLimits() {
  return readReplyLimits(await getPayload({ config }))
}
