import type { SubscriptionChoice } from './subscription-choice'
import { SUBSCRIPTION_FREQUENCIES, sectionLabel, topicLabelOf } from './sections'

/** A choice in words, for e-mails and the manage page: "政策文件、活动；政策主题：计划生育；每周汇总一次". */
export function choiceInWords(choice: Pick<SubscriptionChoice, 'sections' | 'topics' | 'frequency'>): string {
  const parts = []
  if (choice.sections.length) parts.push(choice.sections.map(sectionLabel).join('、'))
  if (choice.topics.length) parts.push(`政策主题：${choice.topics.map(topicLabelOf).join('、')}`)
  parts.push(SUBSCRIPTION_FREQUENCIES.find((f) => f.value === choice.frequency)?.label ?? '')
  return parts.join('；')
}
