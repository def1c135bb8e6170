'use client'

import { useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Template = { id: string | number; title: string; kind?: string | null; body: string }

/** Above the reply box: start from a standard wording (fitting the message's kind), then adapt it. */
export function ReplyTemplatePicker() {
  const { value, setValue } = useField<string>({ path: 'reply' })
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const [templates, setTemplates] = useState<Template[]>([])
  const [chosen, setChosen] = useState('')
  useEffect(() => {
    fetch('/api/reply-templates?limit=100&depth=0&sort=title', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body) => setTemplates(body.docs ?? []))
      .catch(() => setTemplates([]))
  }, [])
  const fitting = templates.filter((template) => !template.kind || template.kind === kind)
  if (fitting.length === 0) return null
  const insert = () => {
    const template = fitting.find((t) => String(t.id) === chosen)
    if (!template) return
    setValue(value ? `${value}\n\n${template.body}` : template.body)
  }
  return (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '0 0 1rem', flexWrap: 'wrap' }}>
      <label htmlFor="reply-template">答复模板</label>
      <select id="reply-template" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">请选择</option>
        {fitting.map((template) => (
          <option key={template.id} value={String(template.id)}>
            {template.title}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={insert} disabled={!chosen}>
        插入到答复
      </button>
    </div>
  )
}
