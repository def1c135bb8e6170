import { zh } from '@/platform/admin/labels'
import type { Field, FieldAccess } from 'payload'
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@/platform/publishing/rules/pending-change'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user && user.collection === 'users')

/** The pending change (set by the server only, ./hooks.ts) and the box that shows it with its buttons. */
export const pendingChangeFields: Field[] = [
  {
    name: 'pendingChangeBox',
    type: 'ui',
    label: zh('待审核的修改', 'Pending change'),
    admin: { disableListColumn: true, position: 'sidebar', components: { Field: '/platform/publishing/ui/admin/PendingChangeBox#PendingChangeBox' } },
  },
  {
    name: 'pendingChange',
    type: 'json',
    access: { read: staffOnly },
    label: { zh: '待审核的修改', en: 'Pending change' },
    admin: { hidden: true },
  },
  {
    // Set by the server only (./hooks.ts, ./endpoint.ts); visitors' reads filter on it (./access.ts).
    name: 'reviewState',
    type: 'select',
    defaultValue: 'in-force',
    index: true,
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    label: { zh: '审核状态', en: 'Review state' },
    // A list column and filter; the edit view says the same in words (the 审核 box above).
    admin: { readOnly: true, position: 'sidebar', condition: () => false },
  },
]
