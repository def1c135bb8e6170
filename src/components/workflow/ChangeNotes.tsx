import type { Script } from '@/lib/chinese-script'

export type ChangeNote = { id?: string | null; date?: string | null; note?: string | null }

/** Dated public notes of substantive changes (being written by the review workflow). */
export function ChangeNotes(_props: { notes?: ChangeNote[] | null; script: Script }) {
  return null
}
