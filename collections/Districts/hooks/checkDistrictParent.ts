import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** A street belongs to exactly one county-level area; a county-level area to none. */
export const checkDistrictParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  if (kind === 'county') return { ...data, parent: null }
  const parentId = data.parent === undefined ? originalDoc?.parent : data.parent
  const id = typeof parentId === 'object' && parentId !== null ? parentId.id : parentId
  const parent = id
    ? await req.payload.findByID({ collection: 'districts', id, depth: 0, req, disableErrors: true, select: { kind: true } })
    : null
  if (!parent || parent.kind !== 'county') {
    throw new ValidationError({ collection: 'districts', errors: [{ path: 'parent', message: '街道（乡镇）须选择所属的区（市）县' }] }, req.t)
  }
  return data
}
