import type { Script } from '@/platform/site-shell/chinese-script'
import { ChangeNotes, type ChangeNote } from './ChangeNotes'
import { DraftPreviewNotice } from './DraftPreviewNotice'
import { WithdrawalBanner, type Withdrawal } from './WithdrawalBanner'

type Props = { doc: { changeNotes?: ChangeNote[] | null; withdrawal?: Withdrawal | null }; script: Script }

/** What a public content page says about its own publication: staff preview, withdrawal, then dated change notes. */
export function PublicationNotices({ doc, script }: Props) {
  return (
    <>
      <DraftPreviewNotice script={script} />
      <WithdrawalBanner withdrawal={doc.withdrawal} script={script} />
      <ChangeNotes notes={doc.changeNotes} script={script} />
    </>
  )
}
