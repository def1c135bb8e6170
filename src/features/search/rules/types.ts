/** What the site search covers, in the order results are grouped; labels are for residents. */
export const SEARCH_TYPES = [
  { value: 'guide', label: '办事指南' },
  { value: 'policy', label: '政策文件' },
  { value: 'health', label: '健康与防艾' },
  { value: 'outreach', label: '婚育新风' },
  { value: 'event', label: '活动' },
  { value: 'station', label: '服务网点' },
  { value: 'consultation', label: '征求意见' },
  { value: 'reply', label: '留言选登' },
] as const

export type SearchType = (typeof SEARCH_TYPES)[number]['value']

export function isSearchType(value: unknown): value is SearchType {
  return SEARCH_TYPES.some((type) => type.value === value)
}
