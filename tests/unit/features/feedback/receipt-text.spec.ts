import { describe, expect, it } from 'vitest'
import { receiptFileName, receiptText } from '@/features/feedback/rules/intake'

describe('the receipt as a text file', () => {
  const input = { siteName: '成都市卫生健康委员会', trackingCode: 'FK-2026-ABCD2345', accessKey: '3J8QK-9TZ4M', trackUrl: 'https://example.test/feedback/track?code=FK-2026-ABCD2345' }

  it('holds the code, the key, the address to track it and the due day, one per line', () => {
    const lines = receiptText({ ...input, replyDue: '2026年12月11日' }).split('\r\n')
    expect(lines[0]).toBe('成都市卫生健康委员会 留言回执')
    expect(lines).toContain('查询码：FK-2026-ABCD2345')
    expect(lines).toContain('查询密码：3J8QK-9TZ4M')
    expect(lines).toContain('答复期限：2026年12月11日前（节假日不计）')
    expect(lines).toContain(`查看办理进度和答复：${input.trackUrl}`)
  })

  it('leaves out the due day when it is not known', () => {
    expect(receiptText(input)).not.toContain('答复期限')
  })

  it('names the file after the code only, whatever the code holds', () => {
    expect(receiptFileName('FK-2026-ABCD2345')).toBe('liuyan-huizhi-FK-2026-ABCD2345.txt')
    expect(receiptFileName('FK"\r\n/../x')).toBe('liuyan-huizhi-FKx.txt')
  })
})
