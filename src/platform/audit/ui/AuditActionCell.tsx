'use client'

type Props = { cellData?: unknown; labels: Readonly<Record<string, string>> }

/** The audit list's 操作 column: the action by its Chinese name (the code stays in the CSV). */
export function AuditActionCell({ cellData, labels }: Props) {
  const action = typeof cellData === 'string' ? cellData : ''
  return <span title={action}>{labels[action] ?? action}</span>
}
