import { POLICY_TOPICS } from '@/features/policies/rules/policy-topics'

/**
 * What residents may subscribe to: one line per public section that publishes dated items. The
 * form, the collection's options, the e-mails and the publish hooks all read this list, so a new
 * section is one more line here plus `notifySubscribers('<value>')` on its
 * collection.
 */
export const SUBSCRIPTION_SECTIONS = [
  { value: 'policies', label: '政策文件', href: '/policies' },
  { value: 'outreach', label: '婚育新风', href: '/outreach' },
  { value: 'events', label: '活动', href: '/events' },
  { value: 'health', label: '健康与防艾', href: '/health' },
  { value: 'replies', label: '留言选登', href: '/feedback/replies' },
  { value: 'consultations', label: '征求意见', href: '/consultations' },
] as const

export type SubscriptionSection = (typeof SUBSCRIPTION_SECTIONS)[number]['value']

/** Policy notices can also be followed by their 主题分类 alone. */
export const SUBSCRIPTION_TOPICS = POLICY_TOPICS.map(({ value, label }) => ({ value, label }))
export type SubscriptionTopic = (typeof POLICY_TOPICS)[number]['value']

export const SUBSCRIPTION_FREQUENCIES = [
  { value: 'immediate', label: '有更新时立即发送' },
  { value: 'weekly', label: '每周汇总一次' },
] as const

export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]['value']

export const isSubscriptionSection = (value: unknown): value is SubscriptionSection =>
  SUBSCRIPTION_SECTIONS.some((section) => section.value === value)
export const isSubscriptionTopic = (value: unknown): value is SubscriptionTopic =>
  SUBSCRIPTION_TOPICS.some((topic) => topic.value === value)

export const sectionLabel = (value: string) => SUBSCRIPTION_SECTIONS.find((section) => section.value === value)?.label ?? value
export const topicLabelOf = (value: string) => SUBSCRIPTION_TOPICS.find((topic) => topic.value === value)?.label ?? value
