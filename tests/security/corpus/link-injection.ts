import type { TextCase } from './types'

/** Links that would run script or smuggle content if rendered as a link target. */
const payloads = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'data:application/x-msdownload;base64,TVqQAAMAAAAEAAAA',
  '<a href="javascript:alert(1)">查看政策</a>',
  '[点击这里](javascript:alert(1))',
  '//evil.example/phish',
  'https://evil.example@cdjsw.gov.cn/',
  'http://127.0.0.1:22/',
  'file:///etc/passwd',
  'blob:https://evil.example/uuid',
  '\\\\evil.example\\share',
]

export const linkInjection: TextCase[] = payloads.map((value, index) => ({ name: `link-${index + 1}`, value }))
