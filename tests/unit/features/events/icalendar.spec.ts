import { describe, expect, it } from 'vitest'
import { escapeText, eventCalendar, foldLine, formatUtc } from '@/features/events/rules/icalendar'

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

describe('iCalendar (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('writes UTC times with Z', () => {
    expect(formatUtc('2026-03-05T09:30:00+08:00')).toBe('20260305T013000Z')
  })

  it('folds lines at 75 octets without cutting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'婚育新风进万家'.repeat(20)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true)
    // Each piece is valid UTF-8 on its own: no replacement characters after a round trip.
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part)
    expect(unfold(folded)).toBe(line)
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
  })

  it('builds a complete calendar with CRLF endings and a stable UID', () => {
    const event = {
      uid: 'event-42@example.gov.cn',
      title: '关爱女孩, 从我做起; 主题宣传日（全角，；不转义）',
      startsAt: '2026-03-05T09:30:00+08:00',
      endsAt: '2026-03-05T11:30:00+08:00',
      location: '锦江区春熙路街道,人民路109号',
      description: '免费参加。\n现场提供咨询。',
      url: 'https://example.gov.cn/events/guan-ai-nv-hai',
      updatedAt: '2026-02-01T00:00:00Z',
    }
    const text = eventCalendar(event, { productId: '-//Chengdu//Family planning site//ZH' })
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = unfold(text).split('\r\n')
    expect(lines).toContain('UID:event-42@example.gov.cn')
    expect(lines).toContain('DTSTART:20260305T013000Z')
    expect(lines).toContain('DTEND:20260305T033000Z')
    expect(lines).toContain('DTSTAMP:20260201T000000Z')
    expect(lines).toContain('SUMMARY:关爱女孩\\, 从我做起\\; 主题宣传日（全角，；不转义）')
    expect(lines).toContain('LOCATION:锦江区春熙路街道\\,人民路109号')
    expect(lines).toContain('DESCRIPTION:免费参加。\\n现场提供咨询。')
    expect(lines).toContain('URL:https://example.gov.cn/events/guan-ai-nv-hai')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(eventCalendar(event, { productId: 'x' })).toBe(eventCalendar(event, { productId: 'x' }))
  })

  it('gives an event without an end one hour', () => {
    const text = eventCalendar({ uid: 'u', title: 't', startsAt: '2026-03-05T01:00:00Z' }, { productId: 'x', now: new Date('2026-01-01T00:00:00Z') })
    expect(text).toContain('DTSTART:20260305T010000Z\r\nDTEND:20260305T020000Z')
    expect(text).not.toContain('LOCATION')
  })
})
