import { FilterActions, FilterForm, FilterSelect } from '@/platform/site-shell/ui/FilterForm'
import { Pagination } from '@/platform/site-shell/ui/Pagination'
import { listPosition, withCursor } from '@/platform/content/rules/list-paging'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { formatDay } from '@/platform/site-shell/format-date'
import { findPublishedReplies } from '@/features/replies/server/published-replies'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

export const generateMetadata = fixedPageMetadata({
  title: '留言选登',
  description: '群众留言及答复选登：收到日期、答复日期、答复部门、问题和答复，不公开留言人的任何个人信息。',
  path: '/feedback/replies',
  section: 'feedback',
  types: { 'application/atom+xml': '/feeds/replies.xml' },
})

const kindLabel = (value: string) => FEEDBACK_KINDS.find((kind) => kind.value === value)?.label ?? ''
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '')

export default async function RepliesPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const kind = FEEDBACK_KINDS.some((k) => k.value === one(query.kind)) ? one(query.kind) : ''
  const page = Math.min(Math.max(Number.parseInt(one(query.page), 10) || 1, 1), 1000)
  const replies = await findPublishedReplies({ page, kind, position: listPosition(query, page) })
  const hrefFor = (n: number) => `/feedback/replies?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/feedback', label: '互动交流' }]} />
      <h1>{t('留言选登')}</h1>
      <p className="lead">
        {t('经留言人同意、隐去个人信息后公开的留言和答复。公开前由工作人员逐条核对，不公开姓名、电话、邮箱、住址、身份证号和健康信息。')}
      </p>
      <FilterForm script={script} action="/feedback/replies" search={false}>
        <FilterSelect script={script} id="replies-kind" name="kind" label="类型" all="全部" value={kind} options={FEEDBACK_KINDS} />
        <FilterActions script={script} submit="筛选" />
      </FilterForm>
      <p role="status">{t(`共 ${replies.totalDocs} 条`)}</p>
      {replies.docs.length === 0 ? (
        <p>{t('暂无公开的留言。')}</p>
      ) : (
        <ol className="reply-list">
          {replies.docs.map((reply) => (
            <li key={reply.id}>
              <article className="panel" aria-labelledby={`reply-${reply.id}`}>
                <h2 id={`reply-${reply.id}`}>
                  <span className="tag">{t(kindLabel(reply.kind))}</span> {t(reply.subject)}
                </h2>
                <p className="reply__meta">
                  {t('收到')}：<time dateTime={reply.receivedAt}>{formatDay(reply.receivedAt)}</time> · {t('答复')}：
                  <time dateTime={reply.repliedAt}>{formatDay(reply.repliedAt)}</time>
                  {reply.department ? ` · ${t(reply.department)}` : ''}
                </p>
                <h3>{t('留言')}</h3>
                <p className="reply__body">{t(reply.question)}</p>
                <h3>{t('答复')}</h3>
                <p className="reply__body">{t(reply.answer)}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        script={script}
        page={replies.page}
        totalPages={replies.totalPages}
        hrefFor={hrefFor}
        older={replies.older && withCursor(hrefFor(1), 'older', replies.older)}
        newer={replies.newer && withCursor(hrefFor(1), 'newer', replies.newer)}
      />
    </div>
  )
}
