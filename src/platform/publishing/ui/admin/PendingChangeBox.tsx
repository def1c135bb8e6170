import type { CollectionSlug, UIFieldServerProps } from 'payload'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { isPendingChange, isUnapprovedNew, pendingDecisionRefusal } from '@/platform/publishing/rules/pending-change'
import { mayPublish } from '@/platform/publishing/rules/review-rule'
import { actorOf } from '@/platform/publishing/review/save-kind'
import { PendingChangeButtons } from './PendingChangeButtons'

type FieldLike = { name?: string; type?: string; label?: unknown; relationTo?: unknown; options?: { value: string; label: unknown }[] }

const zh = (label: unknown, fallback: string) =>
  typeof label === 'string' ? label : label && typeof label === 'object' && 'zh' in label ? String((label as { zh: unknown }).zh) : fallback

/** A value as staff read it: an option's label, a related record's name, or the text itself. */
async function shown(req: UIFieldServerProps['req'], field: FieldLike | undefined, value: unknown): Promise<string> {
  if (value == null || value === '') return '（空）'
  const option = field?.options?.find((o) => o.value === value)
  if (option) return zh(option.label, String(value))
  if (field?.type === 'relationship' && typeof field.relationTo === 'string') {
    const related = await req.payload.findByID({ collection: field.relationTo as never, id: value as string, depth: 0, overrideAccess: true, req }).catch(() => null)
    const title = req.payload.collections[field.relationTo as CollectionSlug]?.config.admin?.useAsTitle ?? 'name'
    return related ? String((related as Record<string, unknown>)[title] ?? value) : String(value)
  }
  return String(value)
}

/**
 * Top of the sidebar of services, districts, policy documents and images: what an editor changed
 * that waits for a reviewer, and the buttons this person may use (the endpoint checks again).
 */
export async function PendingChangeBox({ data, id, req, collectionSlug }: UIFieldServerProps) {
  const actor = actorOf(req)
  const editor = Boolean(actor && !mayPublish(actor))
  const config = req.payload.collections[collectionSlug as CollectionSlug]?.config
  const newRecordsWait = config?.custom?.newRecordsWait === true
  if (id == null || !data) {
    if (!editor) return null
    return <p style={{ margin: '0 0 1.5rem' }}>{newRecordsWait ? '保存后须由审核员审核通过，才对公众显示。' : '保存后即可使用；之后修改名称等公开内容须经审核员审核才生效。'}</p>
  }
  const pending = isPendingChange(data.pendingChange) ? data.pendingChange : null
  const fields = (config?.fields ?? []) as FieldLike[]
  const rows = pending
    ? await Promise.all(
        Object.entries(pending.changes).map(async ([name, value]) => {
          const field = fields.find((f) => f.name === name)
          return { name, label: zh(field?.label, name), before: await shown(req, field, data[name]), after: await shown(req, field, value) }
        }),
      )
    : []
  const author = pending
    ? ((await req.payload.findByID({ collection: 'users', id: pending.by, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)) as { name?: string } | null)
    : null
  const mayDecide = pending ? pendingDecisionRefusal(actor, pending) === null : false
  const mayRequestRemoval = editor && collectionSlug === 'media' && !pending?.remove

  return (
    <section aria-labelledby="pending-change-title" style={{ marginBottom: '1.5rem', paddingBottom: '1rem', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <h2 id="pending-change-title" style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        审核
      </h2>
      {pending?.added ? (
        <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }} data-pending-change="new">
          新建的记录，待审核（{author?.name?.trim() || '工作人员'}，{formatBeijingMinute(pending.at)}）：审核通过前不对公众显示。
        </p>
      ) : isUnapprovedNew(data.reviewState) ? (
        <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }} data-pending-change="returned">
          这条新建记录已被退回，不对公众显示。{editor ? '修改后保存，即再次提交审核。' : '编辑修改并保存后会再次提交审核。'}
        </p>
      ) : pending ? (
        <>
          <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }} data-pending-change="yes">
            有待审核的修改（{author?.name?.trim() || '工作人员'}，{formatBeijingMinute(pending.at)}）：审核通过前，公众看到的仍是原内容。
          </p>
          <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1.2em' }}>
            {rows.map((row) => (
              <li key={row.name}>
                {row.label}：{row.before} → {row.after}
              </li>
            ))}
            {pending.remove ? <li>申请删除这条记录</li> : null}
          </ul>
        </>
      ) : (
        <p style={{ margin: '0 0 0.5rem' }}>{editor ? '您对名称等公开内容的修改，保存后须由审核员审核通过才生效。' : '没有待审核的修改。'}</p>
      )}
      <PendingChangeButtons collection={collectionSlug} id={id} mayDecide={mayDecide} mayRequestRemoval={mayRequestRemoval} waiting={pending && !mayDecide ? '等待另一位审核员审核。' : ''} newRecord={Boolean(pending?.added)} />
    </section>
  )
}
