import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { nextWithdrawal, withdrawalProblem, type WithdrawalState } from '@/platform/publishing/rules/withdrawal'
import { refusal } from '@/platform/errors/refusal'
import { publicAddress } from './public-address'
import { applyRetirements } from './retire-addresses'

type PublicState = { address: string | null; withdrawal: WithdrawalState | null }

const stateKey = (collection: string, id: unknown) => `publicState:${collection}:${String(id)}`

/** The version visitors see is the document's main row (drafts live only among its versions). */
async function publicState(req: PayloadRequest, collection: string, id: unknown): Promise<PublicState> {
  if (id === undefined || id === null) return { address: null, withdrawal: null }
  const row = (await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })) as Record<string, any> | null
  if (!row || row._status !== 'published') return { address: null, withdrawal: null }
  return { address: publicAddress(collection, row), withdrawal: row.withdrawal ?? null }
}

/**
 * Server-sets the withdrawal date (kept while the page stays withdrawn) and requires a public
 * reason when a withdrawn page is published; remembers where the page was public before the save.
 */
export const prepareWithdrawal: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const before = operation === 'update' ? await publicState(req, collection.slug, originalDoc?.id) : { address: null, withdrawal: null }
  req.context[stateKey(collection.slug, originalDoc?.id)] = before
  const incoming: WithdrawalState | null = data.withdrawal ?? originalDoc?.withdrawal ?? null
  if (data._status === 'published') {
    const problem = withdrawalProblem(incoming)
    if (problem) throw refusal(problem, 400)
  }
  data.withdrawal = nextWithdrawal(before.withdrawal ?? originalDoc?.withdrawal, incoming, new Date())
  return data
}

/** A page that left its address (unpublished, or moved to a new one) leaves a 410 or a redirect. */
export const retireOldAddress: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const before = (req.context[stateKey(collection.slug, doc.id)] as PublicState | undefined) ?? { address: null, withdrawal: null }
  const after = await publicState(req, collection.slug, doc.id)
  await applyRetirements(req, `${collection.slug}:${doc.id}`, before.address, after.address, doc.replacementPath, doc.deskState === 'unpublished' ? doc.unpublishReason : null)
  return doc
}

export const retireDeletedAddress: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const before = doc?._status === 'published' ? publicAddress(collection.slug, doc) : null
  await applyRetirements(req, `${collection.slug}:${doc?.id}`, before, null, doc?.replacementPath)
  return doc
}
