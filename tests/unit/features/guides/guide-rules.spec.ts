import { describe, expect, it } from 'vitest'
import { governmentService, onlineAddressProblem } from '@/features/guides/rules'

describe('the online service address of a guide', () => {
  it('accepts an empty one or an https address', () => {
    for (const ok of [undefined, null, '', 'https://tfwb.example.gov.cn/item?id=1']) expect(onlineAddressProblem(ok)).toBeNull()
  })

  it('refuses scripts, plain http, bare words and quotes, in Chinese', () => {
    for (const bad of ['javascript:alert(1)', 'http://example.test/', 'tfwb', 'https://x.test/"onmouseover=', 42]) {
      expect(onlineAddressProblem(bad)).toMatch(/网址|https:\/\//)
    }
  })
})

describe('GovernmentService structured data', () => {
  it('names the service, its provider, the city, the online channel and the phone', () => {
    const data = governmentService({ title: '生育登记', summary: '说明', url: 'https://example.test/guides/a', provider: '成都市卫生健康委员会', audience: '夫妻', onlineUrl: 'https://tfwb.example/', phone: '028-12345' })
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      name: '生育登记',
      areaServed: { '@type': 'City', name: '成都市' },
      provider: { '@type': 'GovernmentOrganization', name: '成都市卫生健康委员会' },
      availableChannel: { '@type': 'ServiceChannel', serviceUrl: 'https://tfwb.example/', servicePhone: { telephone: '028-12345' } },
    })
  })

  it('leaves out what the guide does not have', () => {
    const data = governmentService({ title: '生育登记', summary: '说明', url: 'https://example.test/guides/a', provider: '委员会' })
    expect(data).not.toHaveProperty('audience')
    expect(data.availableChannel).toEqual({ '@type': 'ServiceChannel' })
  })
})
