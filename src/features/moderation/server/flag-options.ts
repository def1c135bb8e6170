import type { PayloadRequest } from 'payload'
import { allowListFrom, type FlagOptions } from '@/features/moderation/rules'
import { relationId } from './copy-record'

/** Numbers that are public by nature and never personal: national hotlines and emergency lines. */
const ALWAYS_PUBLIC = ['12320', '12345', '12356', '110', '120', '119', '122']

/**
 * What the detector needs beyond the text: the resident's own name (read by the server, never
 * shown to the reviewer) and the public numbers and addresses staff allow in 留言办理时限 settings.
 */
export async function flagOptionsFor(req: PayloadRequest, copy: Record<string, unknown>): Promise<FlagOptions> {
  const comment = relationId(copy.comment)
  return comment === null ? flagOptionsForMessage(req, relationId(copy.source)) : flagOptionsForComment(req, comment)
}

/** A consultation comment's detector options: the name the resident gave, and the allowed numbers. */
export async function flagOptionsForComment(req: PayloadRequest, comment: string | number): Promise<FlagOptions> {
  const [stored, base] = await Promise.all([
    req.payload.findByID({ collection: 'consultation-comments', id: comment, depth: 0, select: { name: true }, overrideAccess: true, req }).catch(() => null),
    flagOptionsForMessage(req, null),
  ])
  const name = stored?.name?.trim()
  return { ...base, knownNames: name && name.length >= 2 ? [name] : [] }
}

export async function flagOptionsForMessage(req: PayloadRequest, source: string | number | null): Promise<FlagOptions> {
  const [message, settings] = await Promise.all([
    source === null
      ? null
      : req.payload.findByID({ collection: 'feedback', id: source, depth: 0, select: { contact: true }, overrideAccess: true, req }).catch(() => null),
    req.payload.findGlobal({ slug: 'feedback-settings', depth: 0, overrideAccess: true, req }),
  ])
  const name = message?.contact?.name?.trim()
  return {
    knownNames: name && name.length >= 2 ? [name] : [],
    allowList: [...ALWAYS_PUBLIC, ...allowListFrom((settings as { publicNumbers?: string | null }).publicNumbers)],
  }
}
