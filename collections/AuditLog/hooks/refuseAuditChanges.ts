import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Even server code with overrideAccess cannot change or remove history. */
export const refuseAuditChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') {
    throw new APIError('审计记录不能修改或删除。', 403, undefined, true)
  }
  return args
}
