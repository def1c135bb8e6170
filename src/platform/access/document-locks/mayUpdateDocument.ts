import type { PayloadRequest, Where } from 'payload'

/**
 * Whether the request's user may update that document, by the collection's (or global's) own
 * update access: a query result is checked against the document itself.
 */
export async function mayUpdateDocument(req: PayloadRequest, target: { collection?: string; id?: string | number; global?: string }): Promise<boolean> {
  if (!req.user) return false
  if (target.global) {
    const global = req.payload.globals.config.find((entry) => entry.slug === target.global)
    const access = global?.access?.update
    return global ? Boolean(access ? await access({ req, data: {} }) : true) : false
  }
  const collection = target.collection ? req.payload.collections[target.collection as keyof typeof req.payload.collections] : undefined
  if (!collection || target.id === undefined) return false
  const access = collection.config.access?.update
  const allowed = access ? await access({ req, id: target.id as number, data: {} }) : true
  if (typeof allowed === 'boolean') return allowed
  const where: Where = { and: [{ id: { equals: target.id } }, allowed] }
  const { totalDocs } = await req.payload.count({ collection: collection.config.slug, where, overrideAccess: true, req })
  return totalDocs > 0
}
