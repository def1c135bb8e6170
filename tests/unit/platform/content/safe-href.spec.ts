import { describe, expect, it } from 'vitest'
import { safeHref } from '@/platform/content/rules/safe-href'

describe('links in staff-written content', () => {
  it('keeps web, mail, phone and same-site links', () => {
    expect(safeHref('https://www.gov.cn/x')).toBe('https://www.gov.cn/x')
    expect(safeHref('mailto:a@b.cn')).toBe('mailto:a@b.cn')
    expect(safeHref('tel:12320')).toBe('tel:12320')
    expect(safeHref('/policies/chengbanfa-2004-5')).toBe('/policies/chengbanfa-2004-5')
    expect(safeHref('#section-2')).toBe('#section-2')
  })

  it('neutralises script, data and protocol-relative links', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', '//evil.example/x', 'vbscript:x', '', null]) {
      expect(safeHref(bad)).toBe('#')
    }
  })
})
