import { COPY_ACTIONS } from './copy-status'

/** The audit log's names for steps on the public copies of replies and comments (`moderation.*`). */
export const MODERATION_AUDIT_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COPY_ACTIONS).map(([action, facts]) => [`moderation.${action}`, `公开文本：${facts.label}`]),
)
