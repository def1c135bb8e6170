import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  HANDLING_STATUSES,
  STATUS_LABELS,
  canChangeStatus,
  checkStatusChange,
} from '@/features/feedback/rules/handling'
import { FEEDBACK_STATUSES } from '@/features/feedback/rules/feedback-status'

describe('handling statuses', () => {
  it('are the statuses the site already stores, with the same labels', () => {
    expect([...HANDLING_STATUSES]).toEqual(FEEDBACK_STATUSES.map((status) => status.value))
    for (const { value, label } of FEEDBACK_STATUSES) expect(STATUS_LABELS[value]).toBe(label)
  })
})

describe('canChangeStatus', () => {
  const legal = [
    ['received', 'accepted'],
    ['received', 'declined'],
    ['received', 'transferred'],
    ['accepted', 'assigned'],
    ['assigned', 'replied'],
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
