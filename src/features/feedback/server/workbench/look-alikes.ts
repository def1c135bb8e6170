import type { Payload } from 'payload'
import { LOOK_ALIKE_DAYS, lookAlikes } from '@/features/feedback/rules/workbench'

type Staff = { id: number | string; collection?: string } | null | undefined
type Message = { id: number | string; subject: string; message: string; createdAt: string }

/** How many recent messages a new one is compared with: the newest, so the cost stays bounded. */
const CANDIDATES = 300

export type LookAlike = { id: string; trackingCode: string; subject: string; status: string; createdAt: string; likeness: number; mergedInto: string }

/**
 * Messages of the 30 days before and after this one that look alike by their search tokens
 * (subject and masked text), read with the staff member's access; the most alike first.
 */
export async function lookAlikeMessages(payload: Payload, user: Staff, doc: Message): Promise<LookAlike[]> {
  const at = new Date(doc.createdAt).getTime()
  const span = LOOK_ALIKE_DAYS * 86_400_000
  const found = await payload.find({
    collection: 'feedback',
    where: {
      and: [
        { createdAt: { greater_than_equal: new Date(at - span).toISOString() } },
        { createdAt: { less_than_equal: new Date(at + span).toISOString() } },
        { id: { not_equals: doc.id } },
      ],
    },
    sort: '-createdAt',
    limit: CANDIDATES,
    depth: 0,
    select: { trackingCode: true, subject: true, message: true, status: true, createdAt: true, mergedInto: true },
    overrideAccess: false,
    user: user as never,
  })
  return lookAlikes(doc, found.docs as (Message & { trackingCode: string; status: string; mergedInto?: unknown })[]).map((c) => ({
    id: String(c.id),
    trackingCode: c.trackingCode,
    subject: c.subject,
    status: c.status,
    createdAt: c.createdAt,
    likeness: c.likeness,
    mergedInto: c.mergedInto && typeof c.mergedInto === 'object' ? String((c.mergedInto as { id: unknown }).id) : c.mergedInto ? String(c.mergedInto) : '',
  }))
}
