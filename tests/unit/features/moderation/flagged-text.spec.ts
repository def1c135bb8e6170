import { describe, expect, it } from 'vitest'
import type { CopyFlag } from '@/features/moderation/rules'
import { distinctFlags, flaggedSegments } from '@/features/moderation/ui/admin/flagged-text'

const flag = (text: string, index: number, field = 'answer'): CopyFlag => ({ field, kind: 'phone', text, index, reason: '疑似电话号码' })

describe('the desk marks flagged spans in the text', () => {
  it('cuts the text into plain runs and flags, in order, with the reason kept for a span', () => {
    const text = '请拨打 028-86123456 或 13800138000。'
    const flags = [flag('13800138000', 19), flag('028-86123456', 4)]
    const segments = flaggedSegments(text, flags, [{ field: 'answer', text: '028-86123456', reason: '本机关公开电话' }])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.map((s) => [s.text, s.flag?.index ?? null, s.keptBecause ?? null])).toEqual([
      ['请拨打 ', null, null],
      ['028-86123456', 4, '本机关公开电话'],
      [' 或 ', null, null],
      ['13800138000', 19, null],
      ['。', null, null],
    ])
  })

  it('leaves an overlapping span to the first, so no character shows twice', () => {
    const segments = flaggedSegments('电话 86123456', [flag('86123456', 3), flag('123456', 5)])
    expect(segments.map((s) => s.text)).toEqual(['电话 ', '86123456'])
  })

  it('asks the approver once for the same text in the same field', () => {
    const flags = [flag('86123456', 0), flag('86123456', 20), flag('86123456', 3, 'question')]
    expect(distinctFlags(flags).map((f) => [f.field, f.index])).toEqual([['answer', 0], ['question', 3]])
  })
})
