import { describe, expect, it } from 'vitest'
import { GONE_SECTIONS, goneSectionOf } from '@/platform/publishing/withdrawal/gone-sections'

describe('the 410 page of each section', () => {
  it('sends readers to the section list under the navigation label', () => {
    expect(GONE_SECTIONS).toEqual({
      policies: { list: '/policies', label: '政策文件' },
      outreach: { list: '/outreach', label: '婚育新风' },
      events: { list: '/events', label: '活动' },
      health: { list: '/health', label: '健康与防艾' },
      guides: { list: '/guides', label: '办事指南' },
      stations: { list: '/stations', label: '服务网点' },
      consultations: { list: '/consultations', label: '征求意见' },
      'annual-reports': { list: '/open-government/annual-reports', label: '政府信息公开工作年度报告' },
      site: { list: '/', label: '首页' },
    })
  })

  it('finds the section of a retired address, and the home page for anything else', () => {
    expect(goneSectionOf('/policies/chengbanfa-2004-5')).toBe('policies')
    expect(goneSectionOf('/events/x')).toBe('events')
    expect(goneSectionOf('/open-government/annual-reports/2025')).toBe('annual-reports')
    expect(goneSectionOf('/open-government/guide')).toBe('site')
    expect(goneSectionOf('/feedback/replies')).toBe('site')
    expect(goneSectionOf('/constructor/x')).toBe('site')
  })
})
