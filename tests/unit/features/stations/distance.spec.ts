import { describe, expect, it } from 'vitest'
import {
  distanceMetres,
  formatDistance,
  isInChengduArea,
  isValidCoordinate,
  sortByDistance,
} from '@/features/stations/rules'

const tianfuSquare = { lat: 30.6574, lng: 104.0658 }
const eastStation = { lat: 30.6296, lng: 104.1418 }

describe('distanceMetres', () => {
  it('measures Tianfu Square to Chengdu East Railway Station', () => {
    // Independent check: spherical law of cosines with R = 6 371 008.8 m gives 7 900.56 m
    expect(distanceMetres(tianfuSquare, eastStation)).toBeCloseTo(7900.56, 0)
    expect(distanceMetres(eastStation, tianfuSquare)).toBeCloseTo(7900.56, 0)
  })

  it('is zero for the same point and 111.2 km for one degree of latitude', () => {
    expect(distanceMetres(tianfuSquare, tianfuSquare)).toBe(0)
    expect(distanceMetres({ lat: 30, lng: 104 }, { lat: 31, lng: 104 })).toBeCloseTo(111_195, -1)
  })
})

describe('formatDistance', () => {
  it.each([
    [0, '0 米'],
    [850.4, '850 米'],
    [999.4, '999 米'],
    [999.6, '1.0 公里'],
    [1234, '1.2 公里'],
    [7900.56, '7.9 公里'],
    [9960, '10 公里'],
    [12_345, '12 公里'],
  ])('%d m → %s', (m, text) => {
    expect(formatDistance(m)).toBe(text)
  })

  it('refuses nonsense', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError)
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError)
  })
})

describe('coordinates', () => {
  it.each([
    [tianfuSquare, true],
    [{ lat: 91, lng: 104 }, false],
    [{ lat: 30, lng: 181 }, false],
    [{ lat: 0, lng: 0 }, false],
    [{ lat: Number.NaN, lng: 104 }, false],
    [{ lat: '30.6', lng: 104 }, false],
    [null, false],
  ])('isValidCoordinate(%j) → %s', (c, ok) => {
    expect(isValidCoordinate(c as never)).toBe(ok)
  })

  it.each([
    [tianfuSquare, true],
    [{ lat: 30.39, lng: 104.55 }, true], // Jianyang
    [{ lat: 30.99, lng: 103.62 }, true], // Dujiangyan
    [{ lat: 30.59, lng: 103.3 }, true], // Dayi
    [{ lat: 104.0658, lng: 30.6574 }, false], // swapped
    [{ lat: 29.56, lng: 106.55 }, false], // Chongqing
    [{ lat: 31.13, lng: 104.4 }, true], // Pengzhou/Shifang edge is inside the rough box
  ])('isInChengduArea(%j) → %s', (c, inside) => {
    expect(isInChengduArea(c)).toBe(inside)
  })
})

describe('sortByDistance', () => {
  it('puts the nearest first and stations without coordinates last, in their order', () => {
    const stations = [
      { name: '东站', at: eastStation },
      { name: '未定位甲', at: null },
      { name: '春熙路', at: { lat: 30.6539, lng: 104.0775 } },
      { name: '未定位乙', at: { lat: 0, lng: 0 } },
      { name: '天府广场', at: tianfuSquare },
    ]
    const sorted = sortByDistance(stations, tianfuSquare, (s) => s.at)
    expect(sorted.map((s) => s.item.name)).toEqual([
      '天府广场',
      '春熙路',
      '东站',
      '未定位甲',
      '未定位乙',
    ])
    expect(sorted[0].metres).toBe(0)
    expect(sorted[3].metres).toBeNull()
  })
})
