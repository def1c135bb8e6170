import type { CollectionBeforeChangeHook } from 'payload'
import { consultationPhase } from '@/features/consultations/rules'
import { relationId } from '@/features/moderation/server/copy-record'
import { refusal } from '@/platform/errors/refusal'

/** A comment is taken only for a published consultation, between its opening and closing days. */
export const acceptOnlyWhileOpen: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const id = relationId(data.consultation)
  const consultation =
    id === null
      ? null
      : await req.payload
          .findByID({ collection: 'consultations', id, depth: 0, select: { opensOn: true, closesOn: true }, overrideAccess: false, user: null, req })
          .catch(() => null)
  if (!consultation) throw refusal('找不到这项征求意见')
  if (consultationPhase(consultation, new Date()) !== 'open') throw refusal('这项征求意见现在不接受意见（尚未开始或已经截止）')
  return data
}
