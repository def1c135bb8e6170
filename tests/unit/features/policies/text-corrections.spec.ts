import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyTextCorrections, decodeNoticeBytes, parseNoticeText } from '@/features/policies/rules/notice-text'
import { FOUNDING_NOTICE_CORRECTIONS } from '@/seed/demo-notices'

describe('corrections an editor makes to a flagged passage', () => {
  it('replaces each garbled passage once and reports the ones not found', () => {
    const { text, missing } = applyTextCorrections('甲?;乙丙，甲?;乙丙', [
      { garbled: '甲?;乙', corrected: '甲乙' },
      { garbled: '不存在', corrected: 'x' },
    ])
    expect(text).toBe('甲乙丙，甲?;乙丙')
    expect(missing).toEqual([{ garbled: '不存在', corrected: 'x' }])
  })

  it('restores the two garbled passages of the founding notice, which then imports without a mojibake warning', () => {
    const raw = decodeNoticeBytes(fs.readFileSync('src/seed/notices/notice-chengdu-2004-5.txt'))
    expect(parseNoticeText(raw).warnings.filter((warning) => warning.includes('乱码'))).toHaveLength(2)
    const { text, missing } = applyTextCorrections(raw, FOUNDING_NOTICE_CORRECTIONS)
    expect(missing).toEqual([])
    const parsed = parseNoticeText(text)
    expect(parsed.warnings.filter((warning) => warning.includes('乱码'))).toEqual([])
    const body = parsed.blocks.map((block) => block.text).join('\n')
    expect(body).toContain('队伍作风好。基层计划生育机构稳定')
    expect(body).toContain('确保基层特别是乡、村计划生育工作人员')
  })
})
