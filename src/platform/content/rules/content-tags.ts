/**
 * The fixed topics outreach articles, events and health pages are tagged with. A fixed list (not a
 * collection): the topics come from the campaign itself, the values appear in addresses
 * (/outreach?tag=caring-for-girls) and the floating-population guide is built from one of them,
 * so staff must not rename or delete them by accident.
 */
export const CONTENT_TAGS = [
  { value: 'healthy-births', label: '优生优育' },
  { value: 'caring-for-girls', label: '关爱女孩' },
  { value: 'male-involvement', label: '男性参与' },
  { value: 'floating-population', label: '流动人口' },
  { value: 'reproductive-health', label: '生殖健康' },
  { value: 'hiv-prevention', label: '艾滋病防治' },
  { value: 'contraception', label: '避孕节育' },
  { value: 'policy-services', label: '政策服务' },
] as const

export type ContentTag = (typeof CONTENT_TAGS)[number]['value']

export const FLOATING_POPULATION_TAG: ContentTag = 'floating-population'

export function isContentTag(value: unknown): value is ContentTag {
  return CONTENT_TAGS.some((tag) => tag.value === value)
}

export function tagLabel(value: string): string {
  return CONTENT_TAGS.find((tag) => tag.value === value)?.label ?? value
}
