import type { DeskMerges, MergeLink } from '@/features/feedback/server/workbench/undo-merge'
import type { directoryNames } from '@/features/feedback/server/workbench/queues'
import { MERGE_UNDO_REASON_MAX } from '@/features/feedback/rules/workbench'
import { formatDayTime } from '@/platform/site-shell/format-date'
import { deskPath } from './workbench-paths'

type Props = { adminRoute: string; messageId: string | number; returnTo: string; merges: DeskMerges; names: ReturnType<typeof directoryNames> }

/** 撤销合并 for one merged message, as a form of its own; shown only when the rule allows it now. */
function UndoForm({ mergedId, returnTo }: { mergedId: string; returnTo: string }) {
  const field = `undo-merge-${mergedId}`
  return (
    <form method="post" action={`/api/feedback/${mergedId}/undo-merge`} className="workbench-step" aria-label="撤销合并">
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor={field}>撤销合并的理由（内部，必填）</label>
      <textarea id={field} name="reason" required rows={2} maxLength={MERGE_UNDO_REASON_MAX} />
      <div>
        <button type="submit" className="btn btn--style-secondary btn--size-small">撤销合并</button>
      </div>
    </form>
  )
}

/** The desk's 合并办理: what this message was merged into, or which messages were merged into it. */
export function MergeSection({ adminRoute, messageId, returnTo, merges, names }: Props) {
  const by = (link: MergeLink) => `${formatDayTime(link.mergedAt)}由${names.handler(link.mergedById)}合并`
  return (
    <section aria-labelledby="desk-merge">
      <h2 id="desk-merge">合并办理</h2>
      {merges.into ? (
        <>
          <p>
            本留言已并入 <a href={deskPath(adminRoute, merges.into.id)}>{merges.into.subject}</a>（{merges.into.trackingCode}，{by(merges.into)}），
            那条留言答复时一并答复本留言人。
          </p>
          {merges.into.canUndo ? <UndoForm mergedId={String(messageId)} returnTo={returnTo} /> : null}
        </>
      ) : null}
      {merges.merged.length > 0 ? (
        <>
          <p>以下留言并入本留言，本留言答复时一并答复：</p>
          <ul>
            {merges.merged.map((link) => (
              <li key={link.id}>
                <a href={deskPath(adminRoute, link.id)}>{link.subject}</a>（{link.trackingCode}，{by(link)}）
                {link.canUndo ? <UndoForm mergedId={link.id} returnTo={returnTo} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
