import { describe, expect, it } from 'vitest'
import { checkUploadedFile, detectFileKind, formatFileSize } from '@/platform/media/rules/file-signature'

const bytes = (text: string) => new TextEncoder().encode(text)
const pdf = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')
const exe = bytes('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00')
const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('\x14\x00\x06\x00[Content_Types].xml....word/document.xml')])
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

describe('file content checks', () => {
  it('recognises documents by their bytes', () => {
    expect(detectFileKind(pdf, 'a.pdf')).toBe('pdf')
    expect(detectFileKind(docx, 'a.docx')).toBe('docx')
    expect(detectFileKind(ole, 'a.doc')).toBe('doc')
    expect(detectFileKind(ole, 'a.xls')).toBe('xls')
    expect(detectFileKind(png, 'a.png')).toBe('png')
    expect(detectFileKind(exe, 'a.pdf')).toBeUndefined()
  })

  it('refuses a renamed executable with a message in Chinese', () => {
    const check = checkUploadedFile(exe, '通知.pdf', ['pdf', 'docx'])
    expect(check).toEqual({ ok: false, message: expect.stringContaining('文件内容不是允许的类型') })
  })

  it('refuses a real PDF named as something else, and a kind that is not allowed', () => {
    expect(checkUploadedFile(pdf, '通知.docx', ['pdf', 'docx'])).toMatchObject({ ok: false })
    expect(checkUploadedFile(png, '图.png', ['pdf'])).toMatchObject({ ok: false })
    expect(checkUploadedFile(pdf, '通知.PDF', ['pdf'])).toEqual({ ok: true, kind: 'pdf' })
  })

  it('states sizes the way readers expect', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(20_480)).toBe('20 KB')
    expect(formatFileSize(3_250_000)).toBe('3.1 MB')
  })
})
