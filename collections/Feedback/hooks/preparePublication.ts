import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { draftPublicVersion, publicationRefusal } from '@/features/feedback/rules/handling'
import { refusal } from '@/platform/errors/refusal'

/** Names the resident gave, so that the checks find them wherever they occur in the text. */
export async function residentNames(req: PayloadRequest, id: string | number | undefined): Promise<string[]> {
  if (id === undefined) return []
  const stored = await req.payload
    .findByID({ collection: 'feedback', id, depth: 0, select: { contact: true }, overrideAccess: true, req })
    .catch(() => null)
  const name = stored?.contact?.name?.trim()
  return name && name.length >= 2 ? [name] : []
}

/**
 * On each new reply to a message whose resident agreed to publication, fills in a redacted public
 * version for the handler to check (unless one is already approved). Approval is refused while the checks still find personal
 * details, and is possible only for a replied message with the resident's consent.
 */
export const preparePublication: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const consent = data.publishConsent ?? originalDoc?.publishConsent
  const publication = { ...(originalDoc?.publication ?? {}), ...(data.publication ?? {}) }
  const status = data.status ?? originalDoc?.status
  const names = await residentNames(req, originalDoc?.id)
  // A new reply (the first, or one after reopening) refreshes a version not yet approved.
  const newReply = status === 'replied' && originalDoc?.status !== 'replied'
  if (consent && ((newReply && !publication.approved) || ((status === 'replied' || status === 'closed') && !publication.question))) {
    const draft = draftPublicVersion(
      { subject: originalDoc?.subject ?? '', question: originalDoc?.message ?? '', answer: data.reply ?? originalDoc?.reply ?? '' },
      names,
    )
    Object.assign(publication, draft, { approved: false })
  }
  if (publication.approved) {
    if (!consent) throw refusal('留言人未同意公开，不能在“留言选登”中公开')
    if (status !== 'replied' && status !== 'closed') throw refusal('留言答复后才能公开')
    const problem = publicationRefusal(publication, names)
    if (problem) throw refusal(problem)
  }
  return { ...data, publication }
}
