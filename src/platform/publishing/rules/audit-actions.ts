import { DESK_ACTIONS } from './desk'

/** The audit log's names for the publishing desk's steps (`publishing.*`). */
export const PUBLISHING_AUDIT_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DESK_ACTIONS).map(([action, facts]) => [`publishing.${action}`, `发布流程：${facts.label}`]),
)
