'use client'

import type { KeyboardEvent, ReactNode } from 'react'

export const inputStyle = {
  width: '100%',
  maxWidth: '40rem',
  padding: '0.5rem',
  font: 'inherit',
  color: 'var(--theme-text)',
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 'var(--style-radius-s)',
}

type Props = { title: string; children: ReactNode; onEnter?: () => void }

/**
 * One step of the desk, a group with its own inputs and button. The desk sits inside Payload's
 * document form: Enter in one of its inputs would save the document, so it takes the step instead.
 */
export function DeskStep({ title, children, onEnter }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return
    event.preventDefault()
    onEnter?.()
  }
  return (
    <fieldset
      className="copy-desk__step"
      onKeyDown={onKeyDown}
      style={{ margin: '0 0 1rem', padding: '0.75rem 1rem 1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)' }}
    >
      <legend style={{ fontWeight: 600, padding: '0 0.25rem' }}>{title}</legend>
      {children}
    </fieldset>
  )
}
