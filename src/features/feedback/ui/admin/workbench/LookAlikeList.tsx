import { statusLabel } from '@/features/feedback/rules/handling'
import type { LookAlike } from '@/features/feedback/server/workbench/look-alikes'
import { formatDay } from '@/platform/site-shell/format-date'
import { deskPath } from './workbench-paths'

type Props = { adminRoute: string; messageId: string | number; returnTo: string; alike: LookAlike[] }

const MERGEABLE = new Set(['received', 'accepted', 'assigned'])

/** Beside a new message: recent ones that look alike, each with a way to merge this one into it. */
export function LookAlikeList({ adminRoute, messageId, returnTo, alike }: Props) {
  return (
    <section aria-labelledby="desk-alike" className="workbench-alike">
      <h2 id="desk-alike">相似留言（近 30 天）</h2>
      <p>内容相近的留言可以合并办理：本留言并入所选留言，一次答复同时答复所有留言人，各自的查询码不变，并通知留言人。</p>
      <ul>
        {alike.map((other) => (
          <li key={other.id}>
            <a href={deskPath(adminRoute, other.id)}>{other.subject}</a>（{other.trackingCode}，{formatDay(other.createdAt)}，{statusLabel(other.status)}，相似度 {Math.round(other.likeness * 100)}%）
            {MERGEABLE.has(other.status) && !other.mergedInto ? (
              <form method="post" action={`/api/feedback/${messageId}/merge`} className="workbench-inline">
                <input type="hidden" name="returnTo" value={returnTo} />
                <input type="hidden" name="into" value={other.id} />
                <button type="submit" className="btn btn--style-secondary btn--size-small">并入此留言</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
