import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ACCEPTED_STATUSES,
  FINISHED_STATUSES,
  HANDLING_STATUSES,
  OPEN_STATUSES,
  RESIDENT_TIMELINE_STATUSES,
  STATUS_LABELS,
  STATUS_OPTIONS,
  canChangeStatus,
  checkStatusChange,
  statusLabel,
} from '@/features/feedback/rules/handling'

describe('handling statuses', () => {
  const stored = [
    { value: 'received', label: '已收到' },
    { value: 'accepted', label: '已受理' },
    { value: 'declined', label: '不予受理' },
    { value: 'transferred', label: '已转办' },
    { value: 'assigned', label: '办理中' },
    { value: 'replied', label: '已答复' },
    { value: 'closed', label: '已办结' },
  ]

  it('are the statuses the site already stores, with the same labels', () => {
    expect([...HANDLING_STATUSES]).toEqual(stored.map((status) => status.value))
    for (const { value, label } of stored) expect(STATUS_LABELS[value as keyof typeof STATUS_LABELS]).toBe(label)
    expect(STATUS_OPTIONS).toEqual(stored)
    expect(statusLabel('replied')).toBe('已答复')
    expect(statusLabel('nonsense')).toBe('')
    expect(statusLabel(null)).toBe('')
  })

  it('derive the lists the queries, the retention job and the figures use', () => {
    expect([...OPEN_STATUSES]).toEqual(['received', 'accepted', 'assigned'])
    expect([...FINISHED_STATUSES].sort()).toEqual(['closed', 'declined', 'transferred'])
    expect([...ACCEPTED_STATUSES]).toEqual(['accepted', 'assigned', 'replied', 'closed'])
    expect([...RESIDENT_TIMELINE_STATUSES]).toEqual(['received', 'accepted', 'declined', 'transferred', 'assigned', 'replied', 'closed'])
  })
})

describe('canChangeStatus', () => {
  const legal = [
    ['received', 'accepted'],
    ['received', 'declined'],
    ['received', 'transferred'],
    ['accepted', 'assigned'],
    ['assigned', 'replied'],
    ['assigned', 'accepted'],
    ['replied', 'closed'],
    ['replied', 'assigned'],
  ]

  it('allows exactly the legal steps', () => {
    for (const from of HANDLING_STATUSES) {
      for (const to of HANDLING_STATUSES) {
        const expected = from === to || legal.some(([a, b]) => a === from && b === to)
        expect(canChangeStatus(from, to), `${from} → ${to}`).toBe(expected)
      }
    }
  })

  it('explains refusals in Chinese', () => {
    expect(checkStatusChange('received', 'replied')).toEqual({
      ok: false,
      message: '留言不能从“已收到”直接改为“已答复”',
    })
    expect(checkStatusChange('closed', 'assigned')).toEqual({
      ok: false,
      message: '留言已是“已办结”状态，不能再改为“办理中”',
    })
  })

  it('refuses a second reopening when the count is known', () => {
    expect(canChangeStatus('replied', 'assigned', { reopenCount: 0 })).toBe(true)
    expect(checkStatusChange('replied', 'assigned', { reopenCount: 1 })).toEqual({
      ok: false,
      message: '留言已重新办理过一次，不能再次重新办理',
    })
  })

  it('lets a new message start only as received', () => {
    expect(canChangeStatus(undefined, 'received')).toBe(true)
    expect(canChangeStatus(null, 'received')).toBe(true)
    expect(canChangeStatus(undefined, 'accepted')).toBe(false)
  })

  it('refuses unknown values', () => {
    expect(canChangeStatus('received', 'done')).toBe(false)
    expect(canChangeStatus('pending', 'accepted')).toBe(false)
    expect(canChangeStatus('received', undefined)).toBe(false)
  })
})

describe('src/features/feedback/rules/handling', () => {
  const dir = join(process.cwd(), 'src/features/feedback/rules/handling')
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts'))

  it('is plain TypeScript: no framework imports', () => {
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8')
      for (const [, from] of source.matchAll(/from '([^']+)'/g)) {
        expect(from, `${file} imports ${from}`).toMatch(/^(\.\/|@\/features\/feedback\/rules\/intake\/types$|@\/features\/feedback\/rules\/personal-data\/personal-data$|@\/platform\/calendar\/china-calendar$)/)
      }
    }
  })

  it('keeps its files small', () => {
    for (const file of files) {
      expect(readFileSync(join(dir, file), 'utf8').split('\n').length, file).toBeLessThanOrEqual(130)
    }
  })
})
