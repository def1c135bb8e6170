'use client'

import { useEffect, useRef } from 'react'

export type ActionNote = { ok: boolean; text: string }

/** The answer to a staff action under its buttons: focused when it appears, an alert when refused. */
export function ActionMessage({ message }: { message: ActionNote | null }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (message) ref.current?.focus()
  }, [message])
  if (!message) return null
  return (
    <p ref={ref} tabIndex={-1} role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? undefined : 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
      {message.text}
    </p>
  )
}
