import config from '@payload-config'
import { getPayload } from 'payload'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { isSitePath, normalisePath } from '@/platform/publishing/rules/retirement'

export type RetiredNotice = { reason: string | null; retiredAt: string }

/**
 * What the 410 page says about the address it answers for: the public reason given when the page
 * was unpublished and when. Read as an anonymous visitor (the retired addresses are public
 * routing data); nothing for an address that is not retired.
 */
export async function retiredNotice(from: unknown): Promise<RetiredNotice | null> {
  if (typeof from !== 'string' || from.length > 500 || !isSitePath(from)) return null
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'retired-addresses',
    where: { and: [{ path: { equals: normalisePath(from) } }, { status: { equals: '410' } }] },
    limit: 1,
    depth: 0,
    select: { reason: true, retiredAt: true },
    overrideAccess: false,
  })
  const entry = docs[0]
  return entry ? { reason: entry.reason?.trim() || null, retiredAt: formatBeijingMinute(entry.retiredAt).slice(0, 10) } : null
}
