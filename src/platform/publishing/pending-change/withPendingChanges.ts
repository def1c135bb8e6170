import type { CollectionConfig } from 'payload'
import { pendingChangeFields } from './fields'
import { holdEditorsChanges, refuseEditorsDeletion } from './hooks'
import { pendingChangeEndpoint } from './endpoint'
import { approvedOrStaff } from './access'

/**
 * The two-person rule for a record pages are built from (services, districts, policy documents,
 * images): `guarded` fields changed by an editor wait for a reviewer (rules/pending-change.ts),
 * and an editor asks for a deletion instead of deleting. With `newRecordsWait`, an editor's new
 * record is also held back from the public until a reviewer approves it (services and districts:
 * residents see every one in the station filters). Images and policy documents reach residents
 * only through a page that is itself reviewed, so new ones are in force at once.
 */
export function withPendingChanges(collection: CollectionConfig, guarded: readonly string[], options: { newRecordsWait?: boolean } = {}): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const newRecordsWait = options.newRecordsWait === true
  return {
    ...collection,
    custom: { ...collection.custom, newRecordsWait },
    access: newRecordsWait ? { ...collection.access, read: approvedOrStaff(collection.access?.read) } : collection.access,
    fields: [...pendingChangeFields, ...collection.fields],
    hooks: {
      ...hooks,
      beforeChange: [holdEditorsChanges(guarded, newRecordsWait), ...(hooks.beforeChange ?? [])],
      beforeDelete: [refuseEditorsDeletion, ...(hooks.beforeDelete ?? [])],
    },
    endpoints: [...(collection.endpoints || []), { path: '/:id/pending-change/:step', method: 'post', handler: pendingChangeEndpoint(collection.slug) }],
  }
}
