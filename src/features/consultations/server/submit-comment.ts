import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { RESIDENT_COMMENT } from '@/features/consultations/access/residentComment'
import { consultationPhase, validateCommentInput, type CommentField } from '@/features/consultations/rules'

export type CommentResult = { ok: true; publishConsent: boolean } | { ok: false; errors: Partial<Record<CommentField, string>>; formError?: string }

const NOT_OPEN = '这项征求意见现在不接受意见（尚未开始或已经截止），您的意见没有提交。'

/**
 * Checks and saves one comment on a published, open consultation, as a visitor. Its public copy
 * (with consent) is drafted on the moderation desk in the same transaction; nothing is public.
 * `admit` counts the attempt against the rate limits: the seconds to wait, or 0.
 */
export async function submitComment(
  payload: Payload,
  input: { slug: unknown; fields: Record<string, unknown>; admit?: () => Promise<number> },
): Promise<CommentResult> {
  if (typeof input.fields.website === 'string' && input.fields.website.trim() !== '') return { ok: false, errors: {}, formError: '提交未成功，请刷新页面后重试。' }
  const slug = typeof input.slug === 'string' ? input.slug.slice(0, 80) : ''
  const found = await payload.find({
    collection: 'consultations',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { opensOn: true, closesOn: true },
    overrideAccess: false,
    user: null,
  })
  const consultation = found.docs[0]
  if (!consultation || consultationPhase(consultation, new Date()) !== 'open') return { ok: false, errors: {}, formError: NOT_OPEN }
  const validation = validateCommentInput(input.fields)
  if (!validation.ok) return { ok: false, errors: validation.errors }
  const wait = (await input.admit?.()) ?? 0
  if (wait > 0) return { ok: false, errors: {}, formError: `提交过于频繁，请在约 ${Math.max(1, Math.ceil(wait / 60))} 分钟后再试。` }

  const req = await createLocalReq({ context: { [RESIDENT_COMMENT]: true } }, payload)
  await initTransaction(req)
  try {
    const { comment, name, contact, publishConsent } = validation.data
    await payload.create({
      collection: 'consultation-comments',
      data: { consultation: consultation.id, comment, name, contact, publishConsent },
      req,
      overrideAccess: false,
      user: null,
    })
    await commitTransaction(req)
    return { ok: true, publishConsent }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
