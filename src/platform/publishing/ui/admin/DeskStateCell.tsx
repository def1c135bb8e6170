'use client'

import type { DefaultCellComponentProps } from 'payload'
import { DESK_STATE_LABELS, formatBeijingMinute, isDeskState } from '@/platform/publishing/rules/desk'

/** The desk state in a list, with the time of a scheduled publication (the 定时 mark). */
export function DeskStateCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (!isDeskState(cellData)) return <span>{DESK_STATE_LABELS.draft}</span>
  if (cellData === 'scheduled') {
    return (
      <span>
        <strong>定时</strong> {formatBeijingMinute((rowData as { scheduledAt?: string } | undefined)?.scheduledAt)}
      </span>
    )
  }
  return <span>{DESK_STATE_LABELS[cellData]}</span>
}
