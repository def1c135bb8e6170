import type { DeskAction, DeskField } from '@/features/feedback/rules/workbench'
import type { StaffDirectory } from '@/features/feedback/server/workbench/queues'
import { AssigneeFields } from './AssigneeFields'

export type DeskTemplateChoice = {
  /** The templates that fit this step, as links that bring one into the box (no JavaScript). */
  offered: { id: string; title: string; href: string }[]
  /** The one chosen: its text goes into the box, placeholders and all, and is shown filled. */
  chosen?: { title: string; body: string; preview: string }
}

type Props = {
  action: DeskAction
  messageId: string | number
  returnTo: string
  directory: StaffDirectory
  templates?: DeskTemplateChoice
}

function Field({ field, id, value }: { field: DeskField; id: string; value?: string }) {
  const common = { id, name: field.name, required: field.required, defaultValue: value }
  return (
    <>
      <label htmlFor={id}>{field.label}{field.required ? '（必填）' : ''}</label>
      {field.kind === 'textarea' ? <textarea {...common} rows={field.name === 'text' ? 8 : 3} maxLength={field.name === 'text' ? 10000 : 1000} /> : null}
      {field.kind === 'text' ? <input {...common} type="text" maxLength={80} /> : null}
      {field.kind === 'number' ? <input {...common} type="number" min={1} max={15} inputMode="numeric" /> : null}
    </>
  )
}

/** One legal next step as its own small form and button: posts to the desk endpoint, comes back here. */
export function DeskStepForm({ action, messageId, returnTo, directory, templates }: Props) {
  const prefix = `step-${action.key}`
  const assignee = action.fields.some((f) => f.kind === 'department')
  const chosen = templates?.chosen
  return (
    <form id={prefix} method="post" action={`/api/feedback/${messageId}/actions/${action.key}`} className="workbench-step" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{action.label}</h3>
      {templates && templates.offered.length > 0 ? (
        <p className="workbench-templates">
          模板：
          {templates.offered.map((t) => (
            <a key={t.id} href={t.href}>{t.title}</a>
          ))}
        </p>
      ) : null}
      {chosen ? (
        <div className="workbench-preview" role="region" aria-label={`模板“${chosen.title}”预览`}>
          <strong>预览（发出时按留言填入；留言人未留姓名时称“网友”）</strong>
          <p>{chosen.preview}</p>
        </div>
      ) : null}
      <input type="hidden" name="returnTo" value={returnTo} />
      {assignee ? <AssigneeFields directory={directory} idPrefix={prefix} /> : null}
      {action.fields.filter((f) => f.kind !== 'department' && f.kind !== 'handler').map((field) => (
        <Field key={field.name} field={field} id={`${prefix}-${field.name}`} value={field.fromTemplate ? chosen?.body : undefined} />
      ))}
      <div>
        <button type="submit" className={`btn ${action.key === 'reply' || action.key === 'accept' ? 'btn--style-primary' : 'btn--style-secondary'} btn--size-small`}>
          {action.label}
        </button>
      </div>
    </form>
  )
}
