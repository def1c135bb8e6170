/** 主题分类 and 有效性 of policy notices: one list, used by the collection, filters and pages. */
export const POLICY_TOPICS = [
  { value: 'family-planning', label: '计划生育', code: 'JS' },
  { value: 'reproductive-health', label: '生殖健康', code: 'SZ' },
  { value: 'maternal-child', label: '妇幼保健', code: 'FY' },
  { value: 'floating-population', label: '流动人口', code: 'LD' },
  { value: 'rewards-assistance', label: '奖励扶助', code: 'JL' },
  { value: 'hiv-prevention', label: '艾滋病防治', code: 'FA' },
  { value: 'administration', label: '综合政务', code: 'ZW' },
] as const

export const POLICY_VALIDITY = [
  { value: 'in-force', label: '现行有效' },
  { value: 'amended', label: '已修订' },
  { value: 'repealed', label: '已废止' },
  { value: 'expired', label: '已失效' },
] as const

export type PolicyTopic = (typeof POLICY_TOPICS)[number]['value']
export type PolicyValidity = (typeof POLICY_VALIDITY)[number]['value']

export const topicLabel = (value: string | null | undefined) =>
  POLICY_TOPICS.find((topic) => topic.value === value)?.label ?? ''
export const validityLabel = (value: string | null | undefined) =>
  POLICY_VALIDITY.find((validity) => validity.value === value)?.label ?? ''
