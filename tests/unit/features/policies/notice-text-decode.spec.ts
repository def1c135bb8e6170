import { describe, expect, it } from 'vitest'
import { decodeNoticeBytes, NoticeImportError, parseNoticeText } from '@/features/policies/rules/notice-text'

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((byte) => parseInt(byte, 16)))

// GB18030 bytes of a short Simplified notice, derived once with a GBK encoder:
// 关于做好计划生育工作的通知 / 成卫发〔2005〕12号 / 各区县： / 一、工作要求 / 请认真落实。 / 二○○五年三月一日
const GB18030_NOTICE = hex(
  'b9d8d3dad7f6bac3bcc6bbaec9fad3fdb9a4d7f7b5c4cda8d6aa0ab3c9cec0b7a2a1b232303035a1b33132bac50a' +
    'b8f7c7f8cfd8a3ba0ad2bba1a2b9a4d7f7d2aac7f30ac7ebc8cfd5e6c2e4cab5a1a30ab6fea1f0a1f0cee5c4eac8' +
    'fdd4c2d2bbc8d5',
)

function failureOf(run: () => unknown): NoticeImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof NoticeImportError) return error
    throw error
  }
  throw new Error('expected a NoticeImportError')
}

function pseudoRandomBytes(length: number): Uint8Array {
  let seed = 42
  return Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 256
  })
}

describe('decodeNoticeBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode('关于通知')
    expect(decodeNoticeBytes(utf8)).toBe('关于通知')
    expect(decodeNoticeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('关于通知')
  })

  it('reads GBK / GB18030', () => {
    expect(decodeNoticeBytes(hex('b9d8d3dacda8d6aa'))).toBe('关于通知')
    const text = decodeNoticeBytes(GB18030_NOTICE)
    expect(text.split('\n')[0]).toBe('关于做好计划生育工作的通知')
    const parsed = parseNoticeText(text)
    expect(parsed.documentNumber).toBe('成卫发〔2005〕12号')
    expect(parsed.dateWritten).toBe('2005-03-01')
    expect(parsed.wasTraditional).toBe(false)
    expect(parsed.blocks).toEqual([
      { type: 'heading', text: '一、工作要求' },
      { type: 'paragraph', text: '请认真落实。' },
    ])
  })

  it('reads UTF-16 with a byte order mark', () => {
    const units = [...'关于通知'].flatMap((char) => {
      const code = char.charCodeAt(0)
      return [code & 0xff, code >> 8]
    })
    expect(decodeNoticeBytes(Uint8Array.from([0xff, 0xfe, ...units]))).toBe('关于通知')
  })

  it('refuses binary data', () => {
    const random = pseudoRandomBytes(2000)
    random[10] = 0
    expect(failureOf(() => decodeNoticeBytes(random)).reason).toBe('binary')
    const png = hex('89504e470d0a1a0a0000000d49484452')
    expect(failureOf(() => decodeNoticeBytes(png)).message).toBe('这不是文本文件')
    const controls = new TextEncoder().encode('关于\u0001\u0002\u0003\u0004通知'.repeat(20))
    expect(failureOf(() => decodeNoticeBytes(controls)).reason).toBe('binary')
  })

  it('refuses empty files', () => {
    expect(failureOf(() => decodeNoticeBytes(new Uint8Array())).reason).toBe('empty')
    const blank = new TextEncoder().encode(' \r\n\t\u3000\n')
    const error = failureOf(() => decodeNoticeBytes(blank))
    expect(error.reason).toBe('empty')
    expect(error.message).toBe('文件是空的')
    expect(failureOf(() => decodeNoticeBytes(hex('efbbbf'))).reason).toBe('empty')
  })

  it('reads a mostly ASCII GBK file as GBK, not as damaged UTF-8', () => {
    const ascii = new TextEncoder().encode('Notice 2004 '.repeat(200))
    const bytes = Uint8Array.from([...ascii, ...hex('b9d8d3da')])
    expect(decodeNoticeBytes(bytes).endsWith('关于')).toBe(true)
  })

  it('keeps a UTF-8 file with one damaged byte as UTF-8', () => {
    const good = new TextEncoder().encode('关于开展计划生育优质服务工作的通知。'.repeat(20))
    const damaged = Uint8Array.from([...good.subarray(0, 30), 0xff, ...good.subarray(30)])
    expect(decodeNoticeBytes(damaged)).toContain('\uFFFD')
    expect(decodeNoticeBytes(damaged)).toContain('计划生育')
  })
})
