'use client'

import { useState } from 'react'

type Applicant = { name?: string; idNumber?: string; phone?: string; email?: string; address?: string }

/** "显示申请人信息": the unmasked details and description, through the audited endpoint. */
export function ApplicantReveal({ id }: { id: string | number }) {
  const [applicant, setApplicant] = useState<Applicant | null>(null)
  const [description, setDescription] = useState('')
  const [error, setError] = useState('')
  const reveal = async () => {
    setError('')
    const response = await fetch(`/api/disclosure-applications/${id}/reveal-applicant`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) setError(body.error ?? '无法显示申请人信息。')
    else {
      setApplicant(body.applicant)
      setDescription(body.description ?? '')
    }
  }
  if (!applicant) {
    return (
      <div>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reveal}>显示申请人信息和原文（将记入审计日志）</button>
        <p role="status" aria-live="polite">{error}</p>
      </div>
    )
  }
  const rows: [string, string | undefined][] = [['姓名或名称', applicant.name], ['证件号码', applicant.idNumber], ['联系电话', applicant.phone], ['电子邮箱', applicant.email], ['通信地址', applicant.address], ['申请原文', description]]
  return (
    <dl className="disclosure-facts">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{value || '（未填写）'}</dd>
        </div>
      ))}
    </dl>
  )
}
