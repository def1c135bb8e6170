import { normaliseEmail } from '@/features/feedback/rules/personal-data/email'
import {
  isSubscriptionSection,
  isSubscriptionTopic,
  type SubscriptionFrequency,
  type SubscriptionSection,
  type SubscriptionTopic,
} from './sections'

export type SubscriptionChoice = {
  sections: SubscriptionSection[]
  topics: SubscriptionTopic[]
  frequency: SubscriptionFrequency
}

export type ChoiceResult = { ok: true; choice: SubscriptionChoice } | { ok: false; message: string }

/** Unknown values are dropped, duplicates merged; at least one section or topic is required. */
export function readChoice(input: { sections: unknown[]; topics: unknown[]; frequency: unknown }): ChoiceResult {
  const sections = [...new Set(input.sections.filter(isSubscriptionSection))]
  const topics = [...new Set(input.topics.filter(isSubscriptionTopic))]
  if (sections.length === 0 && topics.length === 0) {
    return { ok: false, message: '请至少选择一个栏目或一个政策主题。' }
  }
  const frequency: SubscriptionFrequency = input.frequency === 'weekly' ? 'weekly' : 'immediate'
  return { ok: true, choice: { sections, topics, frequency } }
}

export type SubscribeResult = { ok: true; email: string; choice: SubscriptionChoice } | { ok: false; message: string; field: 'email' | 'choice' }

/** The subscribe form: one e-mail address (nothing else about the person) and a choice. */
export function readSubscribeForm(input: { email: unknown; sections: unknown[]; topics: unknown[]; frequency: unknown }): SubscribeResult {
  const raw = typeof input.email === 'string' ? input.email.slice(0, 300) : ''
  const email = raw.trim() ? normaliseEmail(raw) : undefined
  if (!email) return { ok: false, field: 'email', message: raw.trim() ? '电子邮箱格式不正确，请检查后重新填写，例如 name@example.com。' : '请填写电子邮箱。' }
  const choice = readChoice(input)
  if (!choice.ok) return { ok: false, field: 'choice', message: choice.message }
  return { ok: true, email, choice: choice.choice }
}
