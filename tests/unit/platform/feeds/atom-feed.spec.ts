import { describe, expect, it } from 'vitest'
import { atomFeed, escapeXml } from '@/platform/feeds/rules/atom-feed'

describe('Atom feed', () => {
  const xml = atomFeed({
    id: 'http://site.test/policies',
    title: '政策文件',
    url: 'http://site.test/policies',
    selfUrl: 'http://site.test/feeds/policies.xml',
    updated: '2026-01-02T03:04:05.000Z',
    author: '成都市人口和计划生育委员会',
    entries: [
      { id: 'http://site.test/policies/a', title: '关于<b>“A&B”</b>的通知', url: 'http://site.test/policies/a', updated: '2026-01-02T03:04:05.000Z' },
    ],
  })

  it('is well-formed Atom with escaped text', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(xml).toContain('<title>关于&lt;b&gt;“A&amp;B”&lt;/b&gt;的通知</title>')
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://site.test/feeds/policies.xml"/>')
    expect(xml.match(/<entry>/g)).toHaveLength(1)
  })

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd')).toBe('abcd')
  })
})
