'use client'

import { Button, useAllFormFields, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import {
  editedValues,
  readUnsavedEdits,
  restoreSteps,
  savedSince,
  unsavedEditsKey,
  type FormFieldStates,
  type UnsavedEdits,
} from '@/platform/publishing/rules/unsaved-edits'

const box = {
  margin: '0 0 1.25rem',
  padding: '0.75rem 1rem',
  border: '2px solid var(--theme-warning-500)',
  borderRadius: 'var(--style-radius-m)',
  background: 'var(--theme-warning-50)',
  color: 'var(--theme-elevation-1000)',
} as const

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null // storage switched off: nothing is kept, nothing breaks
  }
}

type Shown = { fields: FormFieldStates; ready: boolean; offer: UnsavedEdits | null; updatedAt: string | null }

/** Writes the copy of what is typed and not saved, or removes it once nothing is left unsaved. */
function keepEdits(key: string, { fields, ready, offer, updatedAt }: Shown) {
  // Before the kept copy was read, or while it waits for an answer, it is not overwritten.
  if (!ready || offer) return
  const store = storage()
  const values = editedValues(fields)
  if (Object.keys(values).length === 0) return store?.removeItem(key)
  const previous = readUnsavedEdits(store?.getItem(key) ?? null, new Date())
  const kept: UnsavedEdits = { keptAt: new Date().toISOString(), documentUpdatedAt: previous?.documentUpdatedAt ?? updatedAt, values }
  try {
    store?.setItem(key, JSON.stringify(kept))
  } catch {
    // storage full: the page still works, the copy is just not kept
  }
}

/**
 * Keeps what staff typed in this browser until the server has saved it: a refused save (wrong
 * address, an expired session, a rule), a closed tab or a lost connection no longer loses the work.
 * On opening the page again it offers 恢复 or 丢弃. Public content only (the publishing desk's
 * collections): residents' messages never reach the browser's storage.
 */
export function UnsavedEditsKeeper() {
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const { id, collectionSlug, data, savedDocumentData } = useDocumentInfo()
  const key = unsavedEditsKey(collectionSlug ?? '', id)
  const [offer, setOffer] = useState<UnsavedEdits | null>(null)
  const [note, setNote] = useState('')
  const [ready, setReady] = useState(false)
  const updatedAt = ((savedDocumentData ?? data)?.updatedAt as string | undefined) ?? null

  useEffect(() => {
    setOffer(readUnsavedEdits(storage()?.getItem(key) ?? null, new Date()))
    setReady(true)
  }, [key])

  // What the page shows now, for the timer, the tab closing and the view going away alike.
  const latest = useRef({ fields: fields as FormFieldStates, ready, offer, updatedAt })
  latest.current = { fields: fields as FormFieldStates, ready, offer, updatedAt }

  useEffect(() => {
    const keep = () => keepEdits(key, latest.current)
    window.addEventListener('pagehide', keep)
    return () => {
      window.removeEventListener('pagehide', keep)
      keep()
    }
  }, [key])

  useEffect(() => {
    const timer = setTimeout(() => keepEdits(key, latest.current), 600)
    return () => clearTimeout(timer)
  }, [fields, ready, offer, key, updatedAt])

  if (!offer) return note ? <p role="status" style={{ margin: '0 0 1rem' }}>{note}</p> : null

  const restore = () => {
    const { steps, skipped } = restoreSteps(offer, Object.keys(fields))
    for (const step of steps) {
      dispatchFields({ type: 'UPDATE', path: step.path, value: step.value, ...(step.remount ? { initialValue: step.value } : {}) })
    }
    setModified(true)
    setOffer(null)
    setNote(`已恢复 ${steps.length} 处未保存的修改${skipped ? `（${skipped} 处所在的栏目已不存在，未能恢复）` : ''}，请核对后保存。`)
  }
  const discard = () => {
    storage()?.removeItem(key)
    setOffer(null)
    setNote('已丢弃未保存的修改。')
  }

  return (
    <div role="alert" data-unsaved-edits style={box}>
      <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }}>本页有未保存的修改</p>
      <p style={{ margin: '0 0 0.5rem' }}>
        这台电脑的浏览器保留了您在 {formatBeijingMinute(offer.keptAt)}（北京时间）填写但没有保存成功的内容，共 {Object.keys(offer.values).length} 处。
        {savedSince(offer, updatedAt) ? '此后这篇文档已被保存过，恢复会覆盖那次保存的相应内容。' : ''}
      </p>
      <Button buttonStyle="primary" size="small" onClick={restore} margin={false}>
        恢复未保存的修改
      </Button>{' '}
      <Button buttonStyle="secondary" size="small" onClick={discard} margin={false}>
        丢弃
      </Button>
    </div>
  )
}
