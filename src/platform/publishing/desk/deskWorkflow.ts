import type { WorkflowPart } from '@/platform/publishing/workflow-part'
import { deskFields, deskPanel } from './fields'
import { keepDeskRecord } from './hooks'
import { deskActionEndpoint } from './endpoint'

/**
 * The publishing desk: explicit states (草稿 → 待审核 → 退回修改 | 已通过 → 已发布 or 已定时;
 * 已撤回, 已取消发布), one endpoint for its steps, and the record every other save keeps.
 * Drafts are saved by hand (no autosave: opening the create view creates nothing).
 */
export const deskWorkflow: WorkflowPart = {
  leadingFields: deskPanel,
  fields: deskFields,
  hooks: { beforeChange: [keepDeskRecord] },
  endpoints: (slug) => [{ path: '/:id/actions/:action', method: 'post', handler: deskActionEndpoint(slug) }],
  // The state (with the 定时 mark) is a column of every list.
  admin: (admin = {}) => ({ ...admin, defaultColumns: [...(admin.defaultColumns ?? []).filter((c) => c !== '_status'), 'deskState'] }),
  versions: (versions) => {
    const base = typeof versions === 'object' ? versions : {}
    const drafts = typeof base.drafts === 'object' ? base.drafts : {}
    return { ...base, drafts: { ...drafts, autosave: false, schedulePublish: false } }
  },
}
