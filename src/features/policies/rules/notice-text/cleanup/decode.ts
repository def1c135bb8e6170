import { NoticeImportError } from '@/features/policies/rules/notice-text/errors'

const UTF8_BOM = [0xef, 0xbb, 0xbf]
// Old text files may hold a stray control character (e.g. a DOS end-of-file mark);
// binary files hold many.
const MAX_CONTROL_SHARE = 0.02
// A UTF-8 file with a handful of damaged bytes is still UTF-8: rare failures amid plenty of
// well-formed Han characters. GBK read as UTF-8 fails at nearly every Chinese character.
const MAX_REPLACEMENT_SHARE = 0.005
const MIN_HAN_PER_REPLACEMENT = 20

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, i) => bytes[i] === byte)

function decodeByEncoding(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes)
    const replacements = lenient.split('\uFFFD').length - 1
    const han = lenient.match(/\p{Script=Han}/gu)?.length ?? 0
    const damagedUtf8 =
      replacements <= lenient.length * MAX_REPLACEMENT_SHARE &&
      han >= replacements * MIN_HAN_PER_REPLACEMENT
    if (damagedUtf8) return lenient
    return new TextDecoder('gb18030').decode(bytes)
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0
  return controls / text.length > MAX_CONTROL_SHARE
}

/** The text of an uploaded notice: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. */
export function decodeNoticeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new NoticeImportError('empty')
  const text = decodeByEncoding(bytes).replace(/\u001a+$/, '')
  if (looksBinary(text)) throw new NoticeImportError('binary')
  if (!text.trim()) throw new NoticeImportError('empty')
  return text
}
