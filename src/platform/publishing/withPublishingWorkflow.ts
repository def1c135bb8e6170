import type { CollectionConfig } from 'payload'
import type { WorkflowPart } from './workflow-part'
import { reviewWorkflow } from './review/reviewWorkflow'
import { withdrawalWorkflow } from './withdrawal/withdrawalWorkflow'
import { deskWorkflow } from './desk/deskWorkflow'

// Order matters for beforeChange: the review rule, then the withdrawal, then the desk's record.
const PARTS: WorkflowPart[] = [reviewWorkflow, withdrawalWorkflow, deskWorkflow]

function mergeHooks(base: CollectionConfig['hooks'] = {}, extra: CollectionConfig['hooks'] = {}) {
  const merged: Record<string, unknown[]> = { ...(base as Record<string, unknown[]>) }
  for (const [name, list] of Object.entries(extra as Record<string, unknown[]>)) {
    merged[name] = [...(merged[name] ?? []), ...list]
  }
  return merged as CollectionConfig['hooks']
}

/**
 * The publishing desk, review, scheduling, withdrawal and change notes for a public content collection (policy notices,
 * outreach, events, health topics, stations): one place, applied in payload.config.ts.
 */
export function withPublishingWorkflow(collection: CollectionConfig): CollectionConfig {
  return PARTS.reduce<CollectionConfig>(
    (config, part) => ({
      ...config,
      fields: [...(part.leadingFields ?? []), ...config.fields, ...(part.fields ?? [])],
      hooks: mergeHooks(config.hooks, part.hooks),
      versions: part.versions ? part.versions(config.versions) : config.versions,
      access: part.access ? part.access(config.access) : config.access,
      admin: part.admin ? part.admin(config.admin) : config.admin,
      endpoints: part.endpoints ? [...(config.endpoints || []), ...part.endpoints(config.slug)] : config.endpoints,
    }),
    collection,
  )
}
