/**
 * The open-government pages staff write through the publishing desk, each at a fixed address
 * under /open-government, and the parts each must have (one source for the collection and the page).
 */
export const OPEN_GOVERNMENT_PAGES = [{ value: 'guide', label: '政府信息公开指南', href: '/open-government/guide' }] as const

export type OpenGovernmentPageKey = (typeof OPEN_GOVERNMENT_PAGES)[number]['value']

/** The parts of the 政府信息公开指南 (条例第十二条), in reading order; every one is required. */
export const GUIDE_PARTS = [
  { name: 'published', heading: '主动公开的政府信息' },
  { name: 'howToApply', heading: '如何申请公开' },
  { name: 'timeLimits', heading: '答复时限' },
  { name: 'fees', heading: '收费' },
  { name: 'remedies', heading: '救济途径' },
] as const

export type GuidePartName = (typeof GUIDE_PARTS)[number]['name']
