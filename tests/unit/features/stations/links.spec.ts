import { describe, expect, it } from 'vitest'
import {
  boundingBox,
  directionsHref,
  distanceMetres,
  exceptionsToText,
  formatNear,
  openingHoursToText,
  parseExceptionsText,
  parseNear,
  parseOpeningHoursText,
  telHref,
} from '@/features/stations/rules'
import { DEFAULT_DIRECTIONS_URL, mapSettings } from '@/features/stations/server/map-config'
import { contentSecurityPolicy, mapTileSource } from '@/platform/security/security-headers.mjs'

describe('telHref', () => {
  it.each([
    ['028-86123456', 'tel:02886123456'],
    ['028-86123456转8001', 'tel:02886123456'],
    ['+86 28 8612 3456', 'tel:+862886123456'],
    ['12320', 'tel:12320'],
    ['请来电', null],
  ])('dials the number without separators or extension: %s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href)
  })
})

describe('directions link', () => {
  const station = { lat: 30.657123, lng: 104.066456, name: '锦江区 服务站&中心', address: '人民路1号' }
  it('fills the template, escaping the name', () => {
    expect(directionsHref(DEFAULT_DIRECTIONS_URL, station)).toBe(
      'https://uri.amap.com/marker?position=104.066456,30.657123&name=%E9%94%A6%E6%B1%9F%E5%8C%BA%20%E6%9C%8D%E5%8A%A1%E7%AB%99%26%E4%B8%AD%E5%BF%83&coordinate=wgs84&callnative=0',
    )
    expect(directionsHref('https://maps.example.org/?q={address}', station)).toBe('https://maps.example.org/?q=%E4%BA%BA%E6%B0%91%E8%B7%AF1%E5%8F%B7')
  })
  it('refuses templates that are not web addresses', () => {
    expect(directionsHref('javascript:alert({name})', station)).toBeNull()
  })
  it('is configured by environment, AMap by default, and can be switched off', () => {
    expect(mapSettings({})).toMatchObject({ tileUrl: null, directionsTemplate: DEFAULT_DIRECTIONS_URL, directionsName: '高德地图' })
    expect(mapSettings({ MAP_DIRECTIONS_URL: 'none' }).directionsTemplate).toBeNull()
    expect(mapSettings({ MAP_TILE_URL: 'https://tiles.example.gov.cn/{z}/{x}/{y}.png' }).tileUrl).toBe('https://tiles.example.gov.cn/{z}/{x}/{y}.png')
    expect(mapSettings({ MAP_TILE_URL: 'tiles.example.gov.cn' }).tileUrl).toBeNull()
  })
})

describe('Content-Security-Policy and map tiles', () => {
  it('allows images from no other origin unless a tile server is configured', () => {
    expect(contentSecurityPolicy('production', { tileUrl: '' })).toContain("img-src 'self' data: blob:;")
    expect(contentSecurityPolicy('production', { tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' })).toContain("img-src 'self' data: blob: https://*.tiles.example.org;")
    expect(mapTileSource('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe(' http://127.0.0.1:8080')
    expect(mapTileSource("https://evil.example'; script-src *")).toBe('')
  })
})

describe('near me', () => {
  it('reads ?near=lat,lng rounded to about 100 m, and only inside Chengdu', () => {
    expect(parseNear('30.65712,104.06634')).toEqual({ lat: 30.657, lng: 104.066 })
    expect(parseNear(' 30.6 , 104.1 ')).toEqual({ lat: 30.6, lng: 104.1 })
    expect(parseNear('39.904,116.407')).toBeNull()
    expect(parseNear('104.066,30.657')).toBeNull()
    expect(parseNear('')).toBeNull()
    expect(formatNear({ lat: 30.6, lng: 104.1 })).toBe('30.600,104.100')
  })

  it('draws a box that holds the whole circle', () => {
    const center = { lat: 30.657, lng: 104.066 }
    const box = boundingBox(center, 5000)
    for (const corner of [
      { lat: box.maxLat, lng: center.lng },
      { lat: box.minLat, lng: center.lng },
      { lat: center.lat, lng: box.maxLng },
      { lat: center.lat, lng: box.minLng },
    ]) {
      expect(distanceMetres(center, corner)).toBeGreaterThanOrEqual(4990)
      expect(distanceMetres(center, corner)).toBeLessThan(5010)
    }
  })
})

describe('opening hours as text', () => {
  it('groups days with the same times, and reads back to the same slots', () => {
    for (const text of [
      '周一至周五 08:30-12:00,13:30-17:30；周六 09:00-12:00',
      '每天 00:00-24:00',
      '周二、周四 09:00-11:30,14:00-16:30',
      '周一至周三、周五 09:00-17:00；周四 20:00-02:00',
    ]) {
      const parsed = parseOpeningHoursText(text)
      if (!parsed.ok) throw new Error(parsed.message)
      expect(openingHoursToText(parsed.slots)).toBe(text)
    }
  })

  it('reads and writes dated exceptions', () => {
    const parsed = parseExceptionsText('2026-12-18 休息（培训）；2026-12-5 09:00-12:00,14:00-16:00')
    expect(parsed).toEqual({
      ok: true,
      exceptions: [
        { date: '2026-12-18', closed: true, note: '培训' },
        { date: '2026-12-05', closed: false, slots: [{ opens: '09:00', closes: '12:00' }, { opens: '14:00', closes: '16:00' }] },
      ],
    })
    if (parsed.ok) expect(exceptionsToText(parsed.exceptions)).toBe('2026-12-18 休息（培训）；2026-12-05 09:00-12:00,14:00-16:00')
    expect(parseExceptionsText('2026-12-18')).toEqual({ ok: false, message: '特殊日期“2026-12-18”缺少“休息”或开放时间' })
    expect(parseExceptionsText('2026-12-18 9点')).toMatchObject({ ok: false, message: expect.stringContaining('特殊日期 2026-12-18') })
  })
})
