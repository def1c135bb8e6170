import { describe, expect, it } from 'vitest'
import {
  answerClock,
  applyStep,
  clockOf,
  correctionDeadline,
  correctionLapsed,
  extensionProblem,
  openSteps,
  stepProblem,
  type ApplicationState,
} from '@/features/disclosure/rules'

// Instants written in Beijing time, as the office reads them.
const at = (local: string) => new Date(`${local}+08:00`)

describe('the answer deadline: 20 working days from receipt', () => {
  it('counts from the day after a working-day receipt', () => {
    // Mon 2 Nov 2026: 3–6, 9–13, 16–20, 23–27 Nov are 19 working days, 30 Nov the 20th.
    expect(answerClock({ receivedAt: at('2026-11-02T10:00:00') })).toMatchObject({ running: true, deadline: '2026-11-30', usedDays: 0 })
  })

  it('counts a request received on a Saturday from the next working day', () => {
    // Sat 31 Oct: Monday 2 Nov is day 1, Friday 27 Nov day 20.
    expect(answerClock({ receivedAt: at('2026-10-31T21:00:00') })).toMatchObject({ deadline: '2026-11-27' })
  })

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // Received Sat 3 Oct 2026 (holiday until 7 Oct); 8, 9, 10 (调休上班) Oct are days 1–3,
    // 12–16, 19–23, 26–30 Oct days 4–18, 2 and 3 Nov days 19 and 20.
    expect(answerClock({ receivedAt: at('2026-10-03T09:00:00') })).toMatchObject({ deadline: '2026-11-03' })
  })

  it('takes Beijing time for the day of receipt, whatever the server clock says', () => {
    // 23:30 on Friday 30 Oct in Chengdu is still Friday (15:30 UTC): day 1 is Monday 2 Nov.
    expect(answerClock({ receivedAt: new Date('2026-10-30T15:30:00Z') })).toMatchObject({ deadline: '2026-11-27' })
  })
})

describe('the extension', () => {
  it('adds its working days to the limit', () => {
    // 30 Nov + 20 working days: 1–4, 7–11, 14–18, 21–25, 28 Dec.
    expect(answerClock({ receivedAt: at('2026-11-02T10:00:00'), extensionDays: 20 })).toMatchObject({ deadline: '2026-12-28', limitDays: 40 })
  })

  it('is granted once, for 1 to 20 working days, before the deadline passes', () => {
    const clock = answerClock({ receivedAt: at('2026-11-02T10:00:00') })
    expect(extensionProblem(clock, false, 20, at('2026-11-30T17:00:00'))).toBeUndefined()
    expect(extensionProblem(clock, true, 5, at('2026-11-10T10:00:00'))).toMatch(/只能延长一次/)
    expect(extensionProblem(clock, false, 21, at('2026-11-10T10:00:00'))).toMatch(/1 至 20/)
    expect(extensionProblem(clock, false, 0, at('2026-11-10T10:00:00'))).toMatch(/1 至 20/)
    expect(extensionProblem(clock, false, 10, at('2026-12-01T09:00:00'))).toMatch(/已过/)
  })
})

describe('补正: the clock stops while the applicant is asked to correct', () => {
  const receivedAt = at('2026-11-02T10:00:00')
  const requestedAt = at('2026-11-06T15:00:00')

  it('is stopped from the request until the answer, keeping the days already used', () => {
    // 3–6 Nov used (4); stopped while unanswered.
    expect(answerClock({ receivedAt, corrections: [{ requestedAt }] })).toEqual({ running: false, limitDays: 20, usedDays: 4 })
    // Answered Wed 18 Nov: 16 days left run 19, 20, 23–27, 30 Nov and 1–4, 7–10 Dec.
    const clock = answerClock({ receivedAt, corrections: [{ requestedAt, answeredAt: at('2026-11-18T11:00:00') }] })
    expect(clock).toMatchObject({ running: true, deadline: '2026-12-10', usedDays: 4 })
  })

  it('gives the applicant the working days set, then the application lapses', () => {
    // 15 working days from Fri 6 Nov: 9–13, 16–20, 23–27 Nov.
    const due = correctionDeadline(requestedAt, 15)
    expect(due).toBe('2026-11-27')
    expect(correctionLapsed(due, at('2026-11-27T23:30:00'))).toBe(false)
    expect(correctionLapsed(due, at('2026-11-28T00:10:00'))).toBe(true)
  })

  it('counts a correction request sent on the day of receipt as using no days', () => {
    const clock = answerClock({ receivedAt, corrections: [{ requestedAt: at('2026-11-02T16:00:00'), answeredAt: at('2026-11-02T18:00:00') }] })
    expect(clock).toMatchObject({ deadline: '2026-11-30', usedDays: 0 })
  })
})

describe('the steps of an application', () => {
  const received: ApplicationState = { status: 'received', receivedAt: at('2026-11-02T10:00:00').toISOString(), corrections: [] }
  const now = at('2026-11-06T15:00:00')

  it('offers the answer, one 补正 and one extension while it is handled', () => {
    expect(openSteps(received, now)).toEqual(['request-correction', 'extend', 'answer'])
  })

  it('asks for 补正 once only, and then offers only recording it, or lapse once its time is up', () => {
    const waiting = applyStep(received, { kind: 'request-correction', what: '请说明文件的年份', days: 15 }, now)
    expect(waiting.status).toBe('awaiting-correction')
    expect(waiting.corrections[0]).toMatchObject({ dueDay: '2026-11-27', what: '请说明文件的年份' })
    expect(openSteps(waiting, at('2026-11-20T10:00:00'))).toEqual(['record-correction'])
    expect(stepProblem(waiting, { kind: 'lapse' }, at('2026-11-20T10:00:00'))).toMatch(/尚未届满/)
    expect(openSteps(waiting, at('2026-11-30T10:00:00'))).toEqual(['lapse'])
    expect(applyStep(waiting, { kind: 'lapse' }, at('2026-11-30T10:00:00')).status).toBe('lapsed')

    const corrected = applyStep(waiting, { kind: 'record-correction', text: '2025 年印发的文件' }, at('2026-11-18T11:00:00'))
    expect(corrected.status).toBe('received')
    expect(clockOf(corrected)).toMatchObject({ deadline: '2026-12-10' })
    expect(stepProblem(corrected, { kind: 'request-correction', what: '再补充' }, at('2026-11-19T10:00:00'))).toMatch(/一次性告知/)
  })

  it('records the approval of an extension, and refuses one without an approver', () => {
    expect(stepProblem(received, { kind: 'extend', days: 10, approvedBy: '', reason: '需要调档' }, now)).toMatch(/负责人同意/)
    const extended = applyStep(received, { kind: 'extend', days: 10, approvedBy: '王主任', reason: '需要调取档案' }, now)
    expect(extended.extension).toMatchObject({ days: 10, approvedBy: '王主任' })
    expect(clockOf(extended)).toMatchObject({ limitDays: 30, deadline: '2026-12-14' })
    expect(openSteps(extended, now)).toEqual(['request-correction', 'answer'])
  })

  it('asks of each answer type what the letter must say', () => {
    const problem = (answer: Parameters<typeof stepProblem>[1] & { kind: 'answer' }) => stepProblem(received, answer, now)
    expect(problem({ kind: 'answer', answer: { type: 'disclosed', provided: '见附件' } })).toBeUndefined()
    expect(problem({ kind: 'answer', answer: { type: 'disclosed' } })).toMatch(/公开的信息/)
    expect(problem({ kind: 'answer', answer: { type: 'partly-disclosed', provided: '名单', reason: 'third-party', explanation: '涉及个人隐私' } })).toMatch(/不予公开的部分/)
    expect(problem({ kind: 'answer', answer: { type: 'withheld', reason: 'nonsense', explanation: '理由' } })).toMatch(/法律依据/)
    expect(problem({ kind: 'answer', answer: { type: 'withheld', reason: 'state-secret', explanation: '' } })).toMatch(/理由/)
    expect(problem({ kind: 'answer', answer: { type: 'unavailable', reason: 'not-held', explanation: '经检索无此文件' } })).toBeUndefined()
    expect(problem({ kind: 'answer', answer: { type: 'referred', reason: 'other-body', explanation: '由区卫健局制作' } })).toMatch(/机关名称/)
    const answered = applyStep(received, { kind: 'answer', answer: { type: 'not-processed', reason: 'repeated', explanation: '已于上月答复' } }, now)
    expect(answered.status).toBe('answered')
    expect(openSteps(answered, now)).toEqual([])
  })
})
