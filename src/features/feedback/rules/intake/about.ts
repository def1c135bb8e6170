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

const QUESTION_SUBJECT_MAX = 60

/** The subject of a question asked on a notice's page: 对《title》的疑问, shortened to fit 60 characters. */
export function noticeQuestionSubject(title: string): string {
  const full = `对《${title.trim()}》的疑问`
  if ([...full].length <= QUESTION_SUBJECT_MAX) return full
  const room = QUESTION_SUBJECT_MAX - [...'对《…》的疑问'].length
  return `对《${[...title.trim()].slice(0, room).join('')}…》的疑问`
}
