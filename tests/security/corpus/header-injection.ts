import type { TextCase } from './types'

/** CR/LF and other control characters that would split headers or e-mail fields. */
const payloads = [
  '张三\r\nBcc: victim@example.com',
  '张三\nBcc: victim@example.com',
  '张三\rSet-Cookie: payload-token=forged',
  'a@example.com\r\nBcc: victim@example.com',
  'a@example.com%0d%0aBcc:victim@example.com',
  '主题\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>',
  '%0d%0aLocation:%20https://evil.example',
  '\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0',
  '主题\u0085Bcc: victim@example.com',
  '主题\u2028Bcc: victim@example.com',
  '主题\u0000空字符',
  '\u001b[31m终端转义\u001b[0m',
  '主题\u000bvertical tab\u000cform feed',
  '\u0008\u0008\u0008退格',
  'X-Forwarded-Host: evil.example\r\n',
]

export const headerInjection: TextCase[] = payloads.map((value, index) => ({ name: `crlf-${index + 1}`, value }))
