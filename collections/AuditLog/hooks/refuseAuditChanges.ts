import type { CollectionBeforeOperationHook } from 'payload'
import { refusal } from '@/platform/errors/refusal'

/** Even server code with overrideAccess cannot change or remove history. */
export const refuseAuditChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') {
    throw refusal('审计记录不能修改或删除。', 403)
  }
  return args
}
