import { describe, expect, it } from 'vitest'
import { readSubscribeForm } from '@/features/subscriptions/rules/subscription-choice'
import { readSubscriptionToken, signSubscriptionToken } from '@/features/subscriptions/rules/subscription-token'
import { wantsItem, type PublishedItem } from '@/features/subscriptions/rules/matching'
import { digestItems, digestSince, isDigestDue, isStalePending, type DigestSubscriber } from '@/features/subscriptions/rules/digest'
import { sendTimes } from '@/features/subscriptions/rules/send-pace'

const SECRET = 'unit-test-secret'

describe('the subscribe form', () => {
  it('keeps one normalised address and known sections and topics only', () => {
    const result = readSubscribeForm({ email: ' Li@Example.COM ', sections: ['policies', 'nope', 'policies'], topics: ['hiv-prevention', 'x'], frequency: 'weekly' })
    expect(result).toEqual({ ok: true, email: 'Li@example.com', choice: { sections: ['policies'], topics: ['hiv-prevention'], frequency: 'weekly' } })
  })

  it('refuses a missing or malformed address and an empty choice, in Chinese', () => {
    expect(readSubscribeForm({ email: '', sections: ['events'], topics: [], frequency: 'immediate' })).toMatchObject({ ok: false, field: 'email', message: '请填写电子邮箱。' })
    expect(readSubscribeForm({ email: 'a@b', sections: ['events'], topics: [], frequency: 'immediate' })).toMatchObject({ ok: false, field: 'email' })
    expect(readSubscribeForm({ email: 'a@example.com', sections: [], topics: [], frequency: 'immediate' })).toMatchObject({ ok: false, field: 'choice' })
  })

  it('takes anything but "weekly" as immediate', () => {
    const result = readSubscribeForm({ email: 'a@example.com', sections: ['events'], topics: [], frequency: 'hourly' })
    expect(result.ok && result.choice.frequency).toBe('immediate')
  })
})

describe('subscription tokens', () => {
  it('round-trips and is bound to id, version and secret', () => {
    const token = signSubscriptionToken(SECRET, { id: '42', version: 3 })
    expect(readSubscriptionToken(SECRET, token)).toEqual({ id: '42', version: 3 })
    expect(readSubscriptionToken('other-secret', token)).toBeNull()
    const [, , mac] = token.split('.')
    expect(readSubscriptionToken(SECRET, `43.3.${mac}`)).toBeNull()
    expect(readSubscriptionToken(SECRET, `42.4.${mac}`)).toBeNull()
  })

  it('never throws on rubbish', () => {
    for (const bad of [undefined, 12, '', '...', 'a.b.c', '42.x.abc', `${'9'.repeat(200)}`, '42.1.abc.def']) {
      expect(readSubscriptionToken(SECRET, bad)).toBeNull()
    }
  })
})

const item = (section: PublishedItem['section'], publishedAt: string, topic?: string): PublishedItem => ({ section, publishedAt, topic, title: `${section} ${publishedAt}`, path: `/${section}/x` })

describe('who wants what', () => {
  it('takes a whole section, or policy notices of a chosen topic only', () => {
    const topicOnly = { sections: [], topics: ['hiv-prevention'] }
    expect(wantsItem(topicOnly, item('policies', '2026-01-01', 'hiv-prevention'))).toBe(true)
    expect(wantsItem(topicOnly, item('policies', '2026-01-01', 'administration'))).toBe(false)
    expect(wantsItem(topicOnly, item('health', '2026-01-01', 'hiv-prevention'))).toBe(false)
    expect(wantsItem({ sections: ['policies'], topics: [] }, item('policies', '2026-01-01', null as unknown as string))).toBe(true)
  })
})

describe('the weekly digest', () => {
  const now = new Date('2026-03-09T00:00:00Z')
  const weekly = (over: Partial<DigestSubscriber> = {}): DigestSubscriber => ({ sections: ['events', 'health'], topics: ['family-planning'], frequency: 'weekly', status: 'confirmed', confirmedAt: '2026-01-01T00:00:00Z', ...over })

  it('is due a week after the last digest (an hour of slack), only for confirmed weekly subscribers', () => {
    expect(isDigestDue(weekly({ lastDigestAt: '2026-03-02T00:30:00Z' }), now)).toBe(true)
    expect(isDigestDue(weekly({ lastDigestAt: '2026-03-02T01:30:00Z' }), now)).toBe(false)
    expect(isDigestDue(weekly({ frequency: 'immediate' }), now)).toBe(false)
    expect(isDigestDue(weekly({ status: 'pending' }), now)).toBe(false)
    expect(isDigestDue(weekly({ confirmedAt: '2026-03-05T00:00:00Z' }), now)).toBe(false)
  })

  it('holds what was published since the last digest (at most a week), wanted, newest first', () => {
    const items = [
      item('events', '2026-03-08T10:00:00Z'),
      item('health', '2026-03-03T10:00:00Z'),
      item('outreach', '2026-03-07T10:00:00Z'),
      item('policies', '2026-03-06T10:00:00Z', 'family-planning'),
      item('policies', '2026-03-06T11:00:00Z', 'administration'),
      item('events', '2026-02-20T10:00:00Z'),
      item('events', '2026-03-10T10:00:00Z'),
    ]
    expect(digestItems(weekly({ lastDigestAt: '2026-03-02T00:00:00Z' }), items, now).map((i) => i.publishedAt)).toEqual([
      '2026-03-08T10:00:00Z',
      '2026-03-06T10:00:00Z',
      '2026-03-03T10:00:00Z',
    ])
    expect(digestItems(weekly({ lastDigestAt: '2026-03-05T00:00:00Z' }), items, now)).toHaveLength(2)
    expect(digestSince(weekly({ lastDigestAt: null, confirmedAt: null }), now).toISOString()).toBe('2026-03-02T00:00:00.000Z')
  })

  it('forgets a request that was not confirmed within 7 days', () => {
    expect(isStalePending({ status: 'pending', createdAt: '2026-03-01T23:00:00Z' }, now)).toBe(true)
    expect(isStalePending({ status: 'pending', createdAt: '2026-03-03T00:00:00Z' }, now)).toBe(false)
    expect(isStalePending({ status: 'confirmed', createdAt: '2020-01-01T00:00:00Z' }, now)).toBe(false)
  })
})

describe('the sending pace', () => {
  const now = new Date('2026-03-09T08:00:30Z')
  it('sends up to the rate in the current minute, then one minute after another', () => {
    const times = sendTimes(5, 2, now).map((t) => t.toISOString())
    expect(times).toEqual([
      '2026-03-09T08:00:30.000Z',
      '2026-03-09T08:00:30.000Z',
      '2026-03-09T08:01:00.000Z',
      '2026-03-09T08:01:00.000Z',
      '2026-03-09T08:02:00.000Z',
    ])
  })

  it('counts e-mails already waiting in the outbox', () => {
    const scheduled = [new Date('2026-03-09T08:00:40Z'), new Date('2026-03-09T08:01:00Z')]
    expect(sendTimes(3, 2, now, scheduled).map((t) => t.toISOString())).toEqual([
      '2026-03-09T08:00:30.000Z',
      '2026-03-09T08:01:00.000Z',
      '2026-03-09T08:02:00.000Z',
    ])
    expect(sendTimes(0, 10, now)).toEqual([])
  })
})
