import { describe, expect, it } from 'vitest'
import { event } from '@/features/events/rules/structured-data'
import { legislation } from '@/features/policies/rules/structured-data'
import { openingHoursSpecification, station } from '@/features/stations/rules/structured-data'
import { article, faqPage, governmentOrganization, jsonLdScript } from '@/platform/site-shell/rules/structured-data'
import type { OpeningHours } from '@/features/stations/rules'

const hours: OpeningHours = {
  slots: [
    { weekday: 1, opens: '08:30', closes: '17:30' },
    { weekday: 2, opens: '08:30', closes: '17:30' },
    { weekday: 6, opens: '09:00', closes: '12:00' },
  ],
  exceptions: [
    { date: '2026-10-01', closed: true },
    { date: '2026-10-08', closed: false, slots: [{ opens: '09:00', closes: '11:00' }] },
  ],
  closedOnPublicHolidays: true,
}

describe('structured data', () => {
  it('describes the authority as a GovernmentOrganization serving Chengdu', () => {
    const data = governmentOrganization({ name: '成都市人口和计划生育委员会', url: 'http://site.test/', address: '成都市锦江区', telephone: ['12320'] })
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('GovernmentOrganization')
    expect(data.areaServed).toEqual({ '@type': 'City', name: '成都市' })
    expect(data.telephone).toEqual(['12320'])
  })

  it('describes a notice as Legislation with its document number and Beijing dates', () => {
    const data = legislation({
      title: '关于进一步做好流动人口计划生育服务的通知',
      url: 'http://site.test/policies/a',
      documentNumber: '成人口发〔2004〕3号',
      // 16:30 UTC on 13 January is already 14 January in Beijing.
      datePublished: '2004-01-13T16:30:00.000Z',
      dateWritten: '2004-01-10T00:00:00.000Z',
    })
    expect(data).toMatchObject({
      '@type': 'Legislation',
      name: '关于进一步做好流动人口计划生育服务的通知',
      legislationIdentifier: '成人口发〔2004〕3号',
      datePublished: '2004-01-14',
      legislationDate: '2004-01-10',
      inLanguage: 'zh-CN',
      legislationJurisdiction: '成都市',
      url: 'http://site.test/policies/a',
    })
  })

  it('leaves out fields that have no value instead of writing them empty', () => {
    const data = legislation({ title: 'A', url: 'http://site.test/policies/a', documentNumber: null, datePublished: null })
    expect(data).not.toHaveProperty('legislationIdentifier')
    expect(data).not.toHaveProperty('datePublished')
    expect(data).not.toHaveProperty('legislationDate')
  })

  it('describes an outreach article as an Article published by the authority', () => {
    const data = article({ title: '婚育新风进万家', url: 'http://site.test/outreach/a', datePublished: '2026-03-01T02:00:00.000Z', publisher: '成都市卫健委' })
    expect(data).toMatchObject({ '@type': 'Article', headline: '婚育新风进万家', datePublished: '2026-03-01T10:00:00+08:00' })
    expect(data.publisher).toEqual({ '@type': 'GovernmentOrganization', name: '成都市卫健委' })
  })

  it('gives an Event start and end times with the +08:00 offset and a Place', () => {
    const data = event({ title: '义诊', url: 'http://site.test/events/a', startsAt: '2026-03-05T01:30:00.000Z', endsAt: '2026-03-05T03:30:00.000Z', place: '春熙路广场', organizer: '成都市卫健委' })
    expect(data.startDate).toBe('2026-03-05T09:30:00+08:00')
    expect(data.endDate).toBe('2026-03-05T11:30:00+08:00')
    expect(data.location).toMatchObject({ '@type': 'Place', name: '春熙路广场' })
  })

  it('groups weekly hours by time and writes closed days as 00:00-00:00', () => {
    const spec = openingHoursSpecification(hours)
    expect(spec[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '08:30', closes: '17:30' })
    expect(spec[1]).toMatchObject({ dayOfWeek: ['https://schema.org/Saturday'], opens: '09:00', closes: '12:00' })
    expect(spec).toContainEqual({ '@type': 'OpeningHoursSpecification', validFrom: '2026-10-01', validThrough: '2026-10-01', opens: '00:00', closes: '00:00' })
    expect(spec).toContainEqual({ '@type': 'OpeningHoursSpecification', validFrom: '2026-10-08', validThrough: '2026-10-08', opens: '09:00', closes: '11:00' })
  })

  it('describes a clinic station as MedicalClinic with geo and phone, an office as Place', () => {
    const base = { name: '锦江区计划生育服务站', url: 'http://site.test/stations/jinjiang-001', address: '锦江区东大街 1 号', telephone: ['028-86123456'], lat: 30.657, lng: 104.066, hours }
    const clinic = station({ ...base, clinic: true })
    expect(clinic['@type']).toBe('MedicalClinic')
    expect(clinic.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 30.657, longitude: 104.066 })
    expect(clinic.telephone).toBe('028-86123456')
    expect(clinic.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: '锦江区东大街 1 号', addressCountry: 'CN' })
    expect(Array.isArray(clinic.openingHoursSpecification)).toBe(true)
    expect(station({ ...base, clinic: false })['@type']).toBe('Place')
  })

  it('builds an FAQPage of questions and accepted answers', () => {
    const data = faqPage([{ question: '在哪里检测？', answer: '到自愿咨询检测点。' }])
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity).toEqual([{ '@type': 'Question', name: '在哪里检测？', acceptedAnswer: { '@type': 'Answer', text: '到自愿咨询检测点。' } }])
  })
})

describe('jsonLdScript', () => {
  const hostile = faqPage([{ question: '</script><script>alert(1)</script>', answer: 'A & B <!-- \u2028 \u2029 >' }])
  const text = jsonLdScript(hostile)

  it('never contains characters that could end the script element or a line in old parsers', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(text.toLowerCase()).not.toContain('</script')
  })

  it('still parses back to the same object', () => {
    expect(JSON.parse(text)).toEqual(hostile)
  })
})
