import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { formatDay } from '@/platform/site-shell/format-date'

export type ChangeNote = { id?: string | null; date?: string | null; note?: string | null }

/** Dated public notes of substantive changes, newest first; nothing for a page without any. */
export function ChangeNotes({ notes, script }: { notes?: ChangeNote[] | null; script: Script }) {
  const shown = (notes ?? []).filter((item) => item.note && item.date).reverse()
  if (shown.length === 0) return null
  const t = textIn(script)
  return (
    <PageSection script={script} id="change-notes-heading" heading="修改记录" className="change-notes">
      <ul>
        {shown.map((item, index) => (
          <li key={item.id ?? index}>
            <time dateTime={item.date!}>{formatDay(item.date)}</time> {t(item.note!)}
          </li>
        ))}
      </ul>
    </PageSection>
  )
}
