import config from '@payload-config'
import { getPayload } from 'payload'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { readReplyLimits } from './feedback-settings'

/** The working days allowed per kind of message, as the open-data page states them. */
export const replyLimits = cachedForVisitors('reply-limits', ['feedback-settings'], async () => readReplyLimits(await getPayload({ config })))
