import { describe, expect, it } from 'vitest'
import { monitoringMeta, monitoringPubDate } from '@/platform/site-shell/rules/monitoring-meta'

const site = { siteName: '成都市人口和计划生育委员会', siteDomain: 'www.cdpop.gov.cn', siteIdCode: '5101000001' }

describe('government monitoring meta tags', () => {
  it('writes PubDate as YYYY-MM-DD HH:MM in Beijing time', () => {
    expect(monitoringPubDate('2004-01-13T17:05:00.000Z')).toBe('2004-01-14 01:05')
    expect(monitoringPubDate(null)).toBe('')
    expect(monitoringPubDate('not a date')).toBe('')
  })

  it('gives every tag DOMAIN.md lists for an article page', () => {
    const tags = monitoringMeta(site, { name: '政策文件', type: '政策文件' }, { title: '关于A的通知', publishedAt: '2026-03-01T02:00:00.000Z', contentSource: '成都市人民政府办公厅' })
    expect(tags).toEqual({
      SiteName: '成都市人口和计划生育委员会',
      SiteDomain: 'www.cdpop.gov.cn',
      SiteIDCode: '5101000001',
      ColumnName: '政策文件',
      ColumnType: '政策文件',
      ArticleTitle: '关于A的通知',
      PubDate: '2026-03-01 10:00',
      ContentSource: '成都市人民政府办公厅',
    })
  })

  it('gives only the site tags on a page that is no article, and leaves out empty values', () => {
    expect(monitoringMeta({ ...site, siteIdCode: '' })).toEqual({ SiteName: site.siteName, SiteDomain: site.siteDomain })
    const noDate = monitoringMeta(site, { name: '服务网点', type: '服务网点' }, { title: '某服务站', publishedAt: null })
    expect(noDate).not.toHaveProperty('PubDate')
    expect(noDate).not.toHaveProperty('ContentSource')
    expect(noDate.ArticleTitle).toBe('某服务站')
  })
})
