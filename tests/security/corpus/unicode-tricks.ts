import type { TextCase } from './types'

/**
 * Zero-width, bidirectional override and other confusing characters, plus lone surrogates.
 * Invalid UTF-8 byte sequences are sent as raw bytes by the spec (see invalidUtf8Bytes).
 */
const payloads = [
  '计划\u200b生育',
  '计划\u200c\u200d生育',
  '\ufeff政策',
  '\u2060\u2061\u2062\u2063',
  '订单\u202egnp.exe',
  '\u202d覆盖\u202c',
  '\u2066隔离\u2069',
  '\u200f\u200e方向标记',
  'ｓｃｒｉｐｔ全角',
  '＜script＞alert(1)＜/script＞',
  '\ud800孤立代理',
  '\udfff孤立代理',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301'.repeat(50),
  '\u0000',
  '𠮷𠮷𠮷 扩展汉字',
  '👨‍👩‍👧‍👦'.repeat(100),
  '\u3000\u3000\u3000',
  '\u00a0\u2000\u2001\u2002',
  '\ufffe\uffff',
  'Ǆǅǆ ﬁ ǈ',
]

export const unicodeTricks: TextCase[] = payloads.map((value, index) => ({ name: `unicode-${index + 1}`, value }))

/** Byte sequences that are not valid UTF-8: overlong, truncated, surrogate halves, stray continuation bytes. */
export const invalidUtf8Bytes: { name: string; bytes: number[] }[] = [
  { name: 'utf8-stray-continuation', bytes: [0x80, 0x81, 0x82] },
  { name: 'utf8-overlong-slash', bytes: [0xc0, 0xaf] },
  { name: 'utf8-overlong-nul', bytes: [0xc0, 0x80] },
  { name: 'utf8-truncated-3byte', bytes: [0xe8, 0xae] },
  { name: 'utf8-surrogate-half', bytes: [0xed, 0xa0, 0x80] },
  { name: 'utf8-above-max', bytes: [0xf4, 0x90, 0x80, 0x80] },
  { name: 'utf8-ff-fe', bytes: [0xff, 0xfe, 0xfd] },
  { name: 'utf8-gbk-bytes', bytes: [0xbc, 0xc6, 0xbb, 0xae, 0xc9, 0xfa, 0xd3, 0xfd] },
  { name: 'utf8-mixed', bytes: [0x61, 0xe8, 0x62, 0xc3, 0x28] },
  { name: 'utf8-five-byte', bytes: [0xf8, 0x88, 0x80, 0x80, 0x80] },
]
