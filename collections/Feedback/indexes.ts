import type { NamedIndex } from '@/platform/database/named-indexes'

/**
 * The workbench's queues (src/features/feedback/rules/workbench/queues.ts) as the database reads
 * them: 我的 and 本部门 by handler or department, then open status, then deadline (the sort by
 * time left); 待回访 by 已答复 + 不满意, or open + reopened. Measured with tests/bench/workbench-bench.mjs.
 */
export const FEEDBACK_INDEXES: readonly NamedIndex[] = [
  { table: 'feedback', fields: ['assignedTo', 'status', 'dueAt'] },
  { table: 'feedback', fields: ['department', 'status', 'dueAt'] },
  { table: 'feedback', fields: ['status', 'rating'] },
  { table: 'feedback', fields: ['status', 'reopenCount'] },
]
