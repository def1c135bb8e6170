'use client'

import { useEffect, useId, useRef, useState } from 'react'
import type { AltchaWidgetElement } from 'altcha'
import type {} from 'altcha/types/react'

/**
 * The feedback form's proof of work: the self-hosted ALTCHA widget (bundled from the `altcha`
 * package, served from our own origin). Placed inside the form, it adds the hidden field `name`
 * (default `altcha`) carrying the solved challenge; the server checks it with
 * verifyFeedbackSolution (src/platform/security/proof-of-work.ts).
 *
 * - Starts by itself: when anything in the form gets focus (so it is usually done before the
 *   resident submits) and on submit otherwise; a submit made while it is still working is held
 *   and sent once it is done. The checkbox also works by keyboard: Space (native) or Enter.
 * - Never blocks a post: if it fails, the next submit goes through without proof and the server
 *   sends the message to moderation, as it does without JavaScript.
 * - CSP: the widget runs its workers from blob: URLs (worker-src 'self' blob:), adds one <style>
 *   element (style-src 'unsafe-inline') and fetches /feedback-challenge (connect-src 'self');
 *   PBKDF2 uses WebCrypto, so no WebAssembly or eval is needed.
 */

type WidgetState = 'unverified' | 'verifying' | 'verified' | 'error' | 'expired' | 'code'

const CHALLENGE_URL = '/feedback-challenge'
const LANGUAGE = 'zh-cn'

/** The widget's own texts (its i18n keys) in Simplified Chinese. */
const STRINGS: Record<string, string> = {
  label: '我不是机器人',
  verifying: '正在验证…',
  verified: '已验证',
  error: '验证未完成。可以直接再次提交，留言会经人工审核后受理。',
  expired: '验证已过期，提交时会自动重新验证。',
  waitAlert: '正在验证，请稍候…',
  verificationRequired: '需要验证',
  verify: '验证',
  loading: '加载中…',
  reload: '重新加载',
  cancel: '取消',
  enterCode: '输入验证码',
  enterCodeAria: '输入您听到的验证码。按空格键播放音频。',
  enterCodeFromImage: '请输入下图中的验证码。',
  getAudioChallenge: '获取语音验证码',
  ariaLinkLabel: 'ALTCHA（官方网站）',
  footer: '',
}

/** Read out by the live region: the widget changes its label text, which screen readers do not announce. */
const ANNOUNCE: Partial<Record<WidgetState, string>> = {
  verifying: '正在进行防机器人验证，请稍候。',
  verified: '防机器人验证已完成。',
  error: '防机器人验证未完成。可以直接提交，留言会经人工审核后受理。',
  expired: '防机器人验证已过期，提交时会自动重新验证。',
}

// No footer or logo links to a third-party site; no pointer/scroll collection (our server never asks for it).
const CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false })

export function ProofOfWork({ name = 'altcha' }: { name?: string }) {
  const [ready, setReady] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const widgetRef = useRef<AltchaWidgetElement>(null)
  const noteId = useId()

  // Load the widget (a code-split chunk from /_next/static, no CDN) and its Chinese texts.
  useEffect(() => {
    let active = true
    import('altcha').then(
      () => {
        const { i18n } = globalThis.$altcha
        i18n.set(LANGUAGE, { ...i18n.get(LANGUAGE), ...STRINGS })
        if (active) setReady(true)
      },
      // Chunk failed to load: no widget; the form posts without proof and goes to moderation.
      () => {},
    )
    return () => {
      active = false
    }
  }, [])

  useEffect(() => {
    const widget = widgetRef.current
    if (!ready || !widget) return
    const form = widget.closest('form')
    // The widget's methods exist only once it has mounted.
    const stateOf = () => (typeof widget.getState === 'function' ? (widget.getState() as WidgetState) : undefined)
    const start = () => {
      if (typeof widget.verify === 'function') void widget.verify()
    }
    const reset = () => {
      if (typeof widget.reset === 'function') widget.reset()
    }

    let previous: WidgetState | undefined
    let solving = false
    /** A submit the widget itself is handling (auto="onsubmit"): it posts the form when solved. */
    let widgetSubmitting = false
    /** A submit held by us while a solve started on focus finishes. */
    let waiting: { submitter: HTMLElement | null } | null = null

    const resubmit = (submitter: HTMLElement | null) => {
      if (!form?.isConnected) return
      try {
        form.requestSubmit(submitter ?? undefined)
      } catch {
        form.requestSubmit() // the submitter is gone or no longer a submit button of this form
      }
    }

    const describeCheckbox = () => {
      widget.querySelector('input[type="checkbox"]')?.setAttribute('aria-describedby', noteId)
    }

    const onStateChange = (event: Event) => {
      const state = (event as CustomEvent<{ state?: WidgetState }>).detail?.state
      if (!state) return
      if (state === 'verifying') solving = true
      if (state === 'verified' || state === 'error' || state === 'unverified') solving = false
      if (state === 'verified' || state === 'error' || state === 'unverified') widgetSubmitting = false
      // A solved challenge aged out while the form was being filled in: drop the stale payload so the
      // next focus or submit solves a fresh one. (Expiry during a solve means the device clock is off;
      // the server judges expiry by its own clock, so that solve is still worth finishing.)
      if (state === 'expired' && previous === 'verified') reset()
      if (waiting && state === 'verified') {
        const { submitter } = waiting
        waiting = null
        resubmit(submitter)
      } else if (waiting && state === 'error') {
        waiting = null // the error text tells the resident to submit again
      }
      setAnnouncement(state === 'unverified' ? (previous === 'expired' ? (ANNOUNCE.expired ?? '') : '') : (ANNOUNCE[state] ?? ''))
      previous = state
    }

    const onFocusIn = () => {
      if (stateOf() === 'unverified') start()
    }

    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== form) return
      const state = stateOf()
      if (state === 'verified') {
        // The payload is single use: once this post has read the field, later posts need a new one.
        setTimeout(reset, 0)
        return
      }
      if (state === 'unverified') {
        widgetSubmitting = true // the widget cancels this submit, solves, then submits again
        return
      }
      if (state === 'verifying' || state === 'expired') {
        event.preventDefault()
        event.stopImmediatePropagation()
        if (widgetSubmitting) return
        waiting = { submitter: event.submitter }
        if (state === 'expired' && !solving) start()
      }
      // 'error', or not mounted yet: let the post through; the server sends it to moderation.
    }

    const onFormReset = () => {
      waiting = null
      widgetSubmitting = false
    }

    // Enter on the checkbox starts it too (Space works natively); never an implicit form submit.
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target
      if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'checkbox') return
      event.preventDefault()
      const state = stateOf()
      if (state !== 'verifying' && state !== 'verified') target.click()
    }

    describeCheckbox()
    widget.addEventListener('load', describeCheckbox)
    widget.addEventListener('statechange', onStateChange)
    widget.addEventListener('keydown', onKeyDown)
    form?.addEventListener('focusin', onFocusIn)
    form?.addEventListener('submit', onSubmit, { capture: true })
    form?.addEventListener('reset', onFormReset)
    return () => {
      widget.removeEventListener('load', describeCheckbox)
      widget.removeEventListener('statechange', onStateChange)
      widget.removeEventListener('keydown', onKeyDown)
      form?.removeEventListener('focusin', onFocusIn)
      form?.removeEventListener('submit', onSubmit, { capture: true })
      form?.removeEventListener('reset', onFormReset)
    }
  }, [ready, noteId])

  return (
    <div className="form-group proof-of-work">
      <noscript>
        <p className="hint">未启用 JavaScript 也可以提交，留言会经人工审核后受理。</p>
      </noscript>
      {ready ? (
        <>
          <p className="hint" id={noteId}>
            防机器人验证：提交时浏览器会自动完成一次计算（通常一两秒），无需勾选；也可以用 Tab
            键移到“我不是机器人”复选框，按空格键或回车键提前完成。验证状态会自动朗读。
          </p>
          <altcha-widget
            ref={widgetRef}
            challenge={CHALLENGE_URL}
            name={name}
            auto="onsubmit"
            display="standard"
            type="checkbox"
            language={LANGUAGE}
            configuration={CONFIGURATION}
          />
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </>
      ) : null}
    </div>
  )
}
