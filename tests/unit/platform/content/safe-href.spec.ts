import { describe, expect, it } from 'vitest'
import { safeHref } from '@/platform/content/rules/safe-href'

describe('links in staff-written content', () => {
  it.each(['https://www.gov.cn/x', 'mailto:a@b.cn', 'tel:12320', '/policies/chengbanfa-2004-5', '#section-2'])(
    'keeps web, mail, phone and same-site links: %s',
    (href) => {
      expect(safeHref(href)).toBe(href)
    },
  )

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', '//evil.example/x', 'vbscript:x', '', null])(
    'neutralises script, data and protocol-relative links: %j',
    (bad) => {
      expect(safeHref(bad)).toBe('#')
    },
  )
})
