import type { FeedbackAbout } from './types'

const POLICY = /^policy:([a-z0-9-]{1,80})$/
const PLACE = /^(station|district):([A-Za-z0-9-]{1,40})$/

/**
 * 'policy:<slug>', 'station:<id>' or 'district:<id>' from the link the resident followed.
 * Anything else is dropped without an error: the resident never typed it, so they could not fix it.
 */
export function parseAbout(value: unknown): FeedbackAbout | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const policy = POLICY.exec(text)
  if (policy) return { type: 'policy', key: policy[1] }
  const place = PLACE.exec(text)
  if (place) return { type: place[1] as 'station' | 'district', key: place[2] }
  return undefined
}
