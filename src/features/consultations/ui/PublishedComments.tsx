import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Comment = { id: string | number; comment: string; receivedAt: string }

/** The comments published after a second person approved their redacted copy; none before. */
export function PublishedComments({ comments, script }: { comments: Comment[]; script: Script }) {
  const t = textIn(script)
  return (
    <PageSection script={script} id="comments-title" heading="公开的意见">
      {comments.length === 0 ? (
        <p>{t('暂无公开的意见。群众同意公开的意见，经工作人员去除个人信息并审核后显示在这里。')}</p>
      ) : (
        <ol className="published-comments">
          {comments.map((comment) => (
            <li key={comment.id} id={`comment-${comment.id}`}>
              <p className="content-item__meta">
                {t('收到：')}
                <DayTime value={comment.receivedAt} />
              </p>
              <p className="published-comments__text">{t(comment.comment)}</p>
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  )
}
