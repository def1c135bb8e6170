import { zh } from '@/platform/admin/labels'
import type { Field, FieldAccess } from 'payload'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user && user.collection === 'users')

/** The pending change (set by the server only, ./hooks.ts) and the box that shows it with its buttons. */
export const pendingChangeFields: Field[] = [
  {
    name: 'pendingChangeBox',
    type: 'ui',
    label: zh('待审核的修改', 'Pending change'),
    admin: { position: 'sidebar', components: { Field: '/platform/publishing/ui/admin/PendingChangeBox#PendingChangeBox' } },
  },
  {
    name: 'pendingChange',
    type: 'json',
    access: { read: staffOnly },
    label: { zh: '待审核的修改', en: 'Pending change' },
    admin: { hidden: true },
  },
]
