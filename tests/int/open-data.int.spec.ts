import crypto from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateTrackingCode, hashAccessKey } from '@/features/feedback/rules/intake'
import { openDataCsv, type OpenDataFigures } from '@/features/open-data/rules'
import { rateReply } from '@/features/feedback/server/feedback-follow-up'
import { openDataFigures } from '@/features/open-data/server'
import type { Feedback, User } from '@/payload-types'
import { createStaff } from './helpers/staff-accounts'

// A known set of messages, handled through the real hooks with the clock moved to the days they
// arrived and were answered, so receivedMonth, repliedOnTime and workingDaysToReply are what
// the hooks compute. December 2025 and March 2026 have no public holidays, so working days can
// be counted by hand: Monday the 1st/2nd is the day of receipt and does not count.
let payload: Payload
let admin: User
let figures: OpenDataFigures
const departments: Record<string, number> = {}
const SECRET_WORDS = '开放数据测试留言的正文内容'

type Plan = {
  kind: Feedback['kind']
  at: string
  flagged?: boolean
  steps?: ('accept' | 'decline' | 'transfer')[]
  department?: string
  replyAt?: string
  rating?: 'satisfied' | 'basically' | 'unsatisfied'
}

const at = (iso: string) => vi.setSystemTime(new Date(iso))

async function handle(plan: Plan) {
  at(plan.at)
  const accessKey = `OPENDATA${crypto.randomBytes(12).toString('hex').toUpperCase()}`
  const trackingCode = generateTrackingCode(2025, (n) => crypto.randomBytes(n))
  const created = await payload.create({
    collection: 'feedback',
    data: {
      kind: plan.kind,
      status: 'received',
      subject: '开放数据测试',
      message: `${SECRET_WORDS}：请问生育登记需要哪些材料？`,
      trackingCode,
      accessKeyHash: hashAccessKey(accessKey),
      replyBy: 'none',
      publishConsent: false,
      needsModeration: plan.flagged ?? false,
    },
    overrideAccess: true,
  })
  const asAdmin = { collection: 'feedback' as const, id: created.id, user: admin, overrideAccess: false }
  for (const step of plan.steps ?? []) {
    if (step === 'accept') await payload.update({ ...asAdmin, data: { status: 'accepted' } })
    if (step === 'decline') await payload.update({ ...asAdmin, data: { status: 'declined', declineReason: '不属于本单位职责范围' } })
    if (step === 'transfer') await payload.update({ ...asAdmin, data: { status: 'transferred', transferredTo: '市医保局', transferReason: '属医保报销事项' } })
  }
  if (plan.department) await payload.update({ ...asAdmin, data: { status: 'assigned', department: departments[plan.department] } })
  if (plan.replyAt) {
    at(plan.replyAt)
    await payload.update({ ...asAdmin, data: { status: 'replied', reply: '您好，所需材料为夫妻双方身份证和结婚证。' } })
  }
  if (plan.rating) {
    const rated = await rateReply(payload, trackingCode, accessKey, plan.rating, '')
    if (!rated.ok) throw new Error(rated.message)
  }
  return created.id
}

const DEC = '2025-12-01T09:00:00+08:00'
const MAR = '2026-03-02T09:00:00+08:00'
const PLANS: Plan[] = [
  // December 2025
  { kind: 'consultation', at: DEC, steps: ['accept'], department: '生育服务处', replyAt: '2025-12-03T15:00:00+08:00', rating: 'satisfied' }, // 2 days, on time (limit 5)
  { kind: 'report', at: DEC, steps: ['accept'], department: '妇幼健康处', replyAt: '2025-12-10T15:00:00+08:00', rating: 'basically' }, // 7 days, on time (limit 15)
  { kind: 'praise', at: DEC, flagged: true }, // possible spam nobody looked at: not counted
  { kind: 'complaint', at: DEC, steps: ['decline'] },
  // March 2026
  { kind: 'consultation', at: MAR, steps: ['accept'], department: '生育服务处', replyAt: '2026-03-13T15:00:00+08:00', rating: 'unsatisfied' }, // 9 days, late (due 03-09)
  { kind: 'consultation', at: MAR, steps: ['accept'], department: '生育服务处', replyAt: '2026-03-04T10:00:00+08:00' }, // 2 days, on time
  { kind: 'complaint', at: MAR, steps: ['accept'], department: '妇幼健康处' }, // being handled
  { kind: 'suggestion', at: MAR, steps: ['accept'] },
  { kind: 'praise', at: MAR, steps: ['transfer'] },
  { kind: 'consultation', at: MAR }, // waiting for acceptance: counted
  { kind: 'complaint', at: MAR, flagged: true }, // not counted
  { kind: 'suggestion', at: MAR, flagged: true, steps: ['accept'] }, // flagged, but a handler accepted it: counted
  // Outside the period (November 2025): not counted
  { kind: 'consultation', at: '2025-11-20T09:00:00+08:00', steps: ['accept'] },
]

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await createStaff(payload, 'open-data-admin@example.test', ['admin'], '管理员')
  for (const name of ['生育服务处', '妇幼健康处']) {
    departments[name] = (await payload.create({ collection: 'departments', data: { name }, overrideAccess: true })).id
  }
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    for (const plan of PLANS) await handle(plan)
  } finally {
    vi.useRealTimers()
  }
  figures = await openDataFigures(payload, { now: new Date('2026-03-20T12:00:00+08:00'), months: 4 })
}, 120_000)

afterAll(() => vi.useRealTimers())

const counts = (row: object) => {
  const { received, accepted, declined, transferred, replied, repliedOnTime, rated, satisfied } = row as Record<string, number>
  return { received, accepted, declined, transferred, replied, repliedOnTime, rated, satisfied }
}
const rates = (row: object) => {
  const { onTimeRate, averageWorkingDays, satisfactionRate } = row as Record<string, number | null>
  return { onTimeRate, averageWorkingDays, satisfactionRate }
}

describe('open-data figures', () => {
  it('stored what the hooks compute for a late and an on-time reply', async () => {
    const stored = await payload.find({ collection: 'feedback', where: { firstRepliedAt: { exists: true } }, sort: 'createdAt', overrideAccess: true, showHiddenFields: true })
    const byMonth = stored.docs.map((doc) => [doc.receivedMonth, doc.workingDaysToReply, doc.repliedOnTime])
    expect(byMonth).toEqual(expect.arrayContaining([['2025-12', 2, true], ['2025-12', 7, true], ['2026-03', 9, false], ['2026-03', 2, true]]))
  })

  it('covers the period month by month, quiet months included', () => {
    expect(figures.from).toBe('2025-12')
    expect(figures.to).toBe('2026-03')
    expect(figures.months.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03'])
    const [dec, jan, feb, mar] = figures.months
    expect(counts(dec)).toEqual({ received: 3, accepted: 2, declined: 1, transferred: 0, replied: 2, repliedOnTime: 2, rated: 2, satisfied: 2 })
    expect(rates(dec)).toEqual({ onTimeRate: 100, averageWorkingDays: 4.5, satisfactionRate: 100 })
    for (const quiet of [jan, feb]) {
      expect(counts(quiet)).toEqual({ received: 0, accepted: 0, declined: 0, transferred: 0, replied: 0, repliedOnTime: 0, rated: 0, satisfied: 0 })
      expect(rates(quiet)).toEqual({ onTimeRate: null, averageWorkingDays: null, satisfactionRate: null })
    }
    expect(counts(mar)).toEqual({ received: 7, accepted: 5, declined: 0, transferred: 1, replied: 2, repliedOnTime: 1, rated: 1, satisfied: 0 })
    expect(rates(mar)).toEqual({ onTimeRate: 50, averageWorkingDays: 5.5, satisfactionRate: 0 })
  })

  it('adds up to the totals, leaving out unhandled possible spam and other months', () => {
    expect(counts(figures.total)).toEqual({ received: 10, accepted: 7, declined: 1, transferred: 1, replied: 4, repliedOnTime: 3, rated: 3, satisfied: 2 })
    expect(rates(figures.total)).toEqual({ onTimeRate: 75, averageWorkingDays: 5, satisfactionRate: 66.7 })
  })

  it('counts per kind, every kind listed', () => {
    const kinds = Object.fromEntries(figures.kinds.map((k) => [k.kind, { label: k.label, ...counts(k), ...rates(k) }]))
    expect(figures.kinds.map((k) => k.kind)).toEqual(['consultation', 'suggestion', 'complaint', 'praise', 'report'])
    expect(kinds.consultation).toEqual({ label: '咨询', received: 4, accepted: 3, declined: 0, transferred: 0, replied: 3, repliedOnTime: 2, rated: 2, satisfied: 1, onTimeRate: 66.7, averageWorkingDays: 4.3, satisfactionRate: 50 })
    expect(kinds.suggestion).toMatchObject({ received: 2, accepted: 2, replied: 0, onTimeRate: null, averageWorkingDays: null })
    expect(kinds.complaint).toMatchObject({ received: 2, accepted: 1, declined: 1, replied: 0 })
    expect(kinds.praise).toMatchObject({ received: 1, accepted: 0, transferred: 1 })
    expect(kinds.report).toEqual({ label: '举报', received: 1, accepted: 1, declined: 0, transferred: 0, replied: 1, repliedOnTime: 1, rated: 1, satisfied: 1, onTimeRate: 100, averageWorkingDays: 7, satisfactionRate: 100 })
  })

  it('counts per department, unassigned messages last', () => {
    expect(figures.departments.map((d) => [d.department, d.received, d.replied, d.onTimeRate, d.averageWorkingDays, d.satisfactionRate])).toEqual([
      ['生育服务处', 3, 3, 66.7, 4.3, 50],
      ['妇幼健康处', 2, 1, 100, 7, 100],
      ['未分配', 5, 0, null, null, null],
    ])
    expect(counts(figures.departments[2])).toMatchObject({ accepted: 2, declined: 1, transferred: 1 })
  })

  it('gives the same numbers in the CSV, and no text of any message', () => {
    const csv = openDataCsv(figures)
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','))
    expect(rows[1]).toEqual(['合计', '2025-12至2026-03', '10', '7', '1', '1', '4', '3', '75', '5', '3', '2', '66.7'])
    expect(rows.find((r) => r[1] === '2026-01')).toEqual(['按月', '2026-01', '0', '0', '0', '0', '0', '0', '', '', '0', '0', ''])
    expect(rows.find((r) => r[1] === '生育服务处')).toEqual(['按承办部门', '生育服务处', '3', '3', '0', '0', '3', '2', '66.7', '4.3', '2', '1', '50'])
    const everything = csv + JSON.stringify(figures)
    for (const secret of [SECRET_WORDS, '开放数据测试', '身份证和结婚证', '市医保局', 'FK-', 'OPENDATA']) expect(everything).not.toContain(secret)
  })

  it('takes the current month from the clock in Shanghai', async () => {
    // 2026-03-31 20:00 UTC is already 1 April in Shanghai: a new, empty month ends the period.
    const april = await openDataFigures(payload, { now: new Date('2026-03-31T20:00:00Z'), months: 2 })
    expect([april.from, april.to]).toEqual(['2026-03', '2026-04'])
    expect(april.total.received).toBe(7)
  })
})
