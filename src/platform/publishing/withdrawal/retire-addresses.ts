import type { PayloadRequest } from 'payload'
import { retirementsAfterSave, type Retirement } from '@/platform/publishing/rules/retirement'

export const RETIRED_ADDRESSES = 'retired-addresses' as const

async function retire(req: PayloadRequest, source: string, retirement: Retirement, reason: string | null) {
  const data = { ...retirement, source, reason, retiredAt: new Date().toISOString() }
  const existing = await req.payload.find({ collection: RETIRED_ADDRESSES, where: { path: { equals: retirement.path } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs[0]) await req.payload.update({ collection: RETIRED_ADDRESSES, id: existing.docs[0].id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: RETIRED_ADDRESSES, data, overrideAccess: true, req })
  // Older redirects to the address now retired follow it, so visitors never take two hops to a 410.
  if (retirement.status === '308') {
    await req.payload.update({
      collection: RETIRED_ADDRESSES,
      where: { and: [{ target: { equals: retirement.path } }, { path: { not_equals: retirement.target } }] },
      data: { target: retirement.target },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Brings the retired addresses in line with a save or delete, in the caller's transaction: the
 * address the page is public at is live (its retirement removed); the one it left is retired, with
 * the reviewer's public reason for unpublishing it (shown on its 410 page), if there is one.
 */
export async function applyRetirements(req: PayloadRequest, source: string, before: string | null, after: string | null, replacement: unknown, reason?: unknown) {
  const { restore, retire: retirements } = retirementsAfterSave(before, after, typeof replacement === 'string' ? replacement : null)
  for (const path of restore) {
    await req.payload.delete({ collection: RETIRED_ADDRESSES, where: { path: { equals: path } }, overrideAccess: true, req })
  }
  const publicReason = typeof reason === 'string' && reason.trim() ? reason.trim().slice(0, 300) : null
  for (const retirement of retirements) await retire(req, source, retirement, publicReason)
}
