'use client'

import { useEffect, useState } from 'react'

type Props = { accepted: string[]; preferred: string }

/** Shown only when this page was opened at an address the server does not accept for staff. */
export function WrongAddressWarning({ accepted, preferred }: Props) {
  const [here, setHere] = useState<{ origin: string; rest: string } | null>(null)
  useEffect(() => {
    setHere({ origin: window.location.origin, rest: `${window.location.pathname}${window.location.search}` })
  }, [])
  if (!here || accepted.includes(here.origin)) return null
  const target = `${preferred}${here.rest}`
  return (
    <div
      role="alert"
      data-wrong-address
      style={{
        margin: '0 0 1rem',
        padding: '0.75rem 1rem',
        border: '2px solid var(--theme-error-500)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-error-50)',
        color: 'var(--theme-elevation-1000)',
      }}
    >
      <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }}>请改用本站的正式地址登录和编辑</p>
      <p style={{ margin: 0 }}>
        您现在打开的地址是 {here.origin}，在这里登录后，所有保存都会被拒绝，填写的内容会丢失。请打开 <a href={target}>{preferred}</a>
        {accepted.length > 1 ? `（也可使用 ${accepted.filter((o) => o !== preferred).join('、')}）` : ''}后再继续。
      </p>
    </div>
  )
}
