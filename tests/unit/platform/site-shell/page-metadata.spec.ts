import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('@/platform/site-shell/site-settings', () => ({
  getSiteSettings: async () => ({ siteName: '成都市计划生育与生殖健康服务网', authorityName: '成都市卫生健康委员会', siteIdCode: '5101000000' }),
}))

const { pageMetadata } = await import('@/platform/site-shell/page-metadata')

const serverUrlBefore = process.env.SERVER_URL
beforeAll(() => {
  process.env.SERVER_URL = 'https://www.example.gov.cn/'
})
afterAll(() => {
  if (serverUrlBefore === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = serverUrlBefore
})

describe('page metadata', () => {
  it('gives the absolute Simplified canonical URL, Open Graph, a summary card and the monitoring tags', async () => {
    const meta = await pageMetadata({
      script: 'hans',
      title: '健康与防艾',
      description: '生殖健康知识',
      path: '/health',
      column: { name: '健康与防艾', type: '健康与防艾' },
      types: { 'application/atom+xml': '/feeds/health.xml' },
    })
    expect(meta.alternates).toEqual({ canonical: 'https://www.example.gov.cn/health', types: { 'application/atom+xml': '/feeds/health.xml' } })
    expect(meta.openGraph).toMatchObject({ type: 'website', url: 'https://www.example.gov.cn/health', title: '健康与防艾', siteName: '成都市计划生育与生殖健康服务网', locale: 'zh_CN' })
    expect(meta.twitter).toMatchObject({ card: 'summary', title: '健康与防艾' })
    expect(meta.other).toEqual({
      SiteName: '成都市计划生育与生殖健康服务网',
      SiteDomain: 'www.example.gov.cn',
      SiteIDCode: '5101000000',
      ColumnName: '健康与防艾',
      ColumnType: '健康与防艾',
    })
  })

  it('writes Traditional text for the Traditional rendering but keeps the Simplified canonical URL', async () => {
    const meta = await pageMetadata({
      script: 'hant',
      title: '关于计划生育的通知',
      path: '/policies/a',
      column: { name: '政策文件', type: '政策文件' },
      article: { title: '关于计划生育的通知', publishedAt: '2026-03-01T02:00:00.000Z' },
    })
    expect(meta.alternates?.canonical).toBe('https://www.example.gov.cn/policies/a')
    expect(meta.title).toBe('關於計劃生育的通知')
    expect(meta.openGraph).toMatchObject({ type: 'article' })
    // Without a source of its own, an article's ContentSource is the authority.
    expect(meta.other).toMatchObject({ ArticleTitle: '關於計劃生育的通知', PubDate: '2026-03-01 10:00', ContentSource: '成都市衛生健康委員會', ColumnName: '政策文件' })
  })
})
