import { describe, expect, it } from 'vitest'
import { barChart, niceStep, scaleTicks } from '@/features/open-data/rules'

describe('chart scale', () => {
  it('steps by 1, 2 or 5 times a power of ten, never below one message', () => {
    expect(niceStep(7)).toBe(2)
    expect(niceStep(4213)).toBe(1000)
    expect(niceStep(100)).toBe(20)
    expect(niceStep(3)).toBe(1)
    expect(niceStep(0)).toBe(1)
  })

  it('tops the scale at a round number above the largest value', () => {
    expect(scaleTicks(7)).toEqual({ top: 8, values: [0, 2, 4, 6, 8] })
    expect(scaleTicks(4213)).toEqual({ top: 5000, values: [0, 1000, 2000, 3000, 4000, 5000] })
    expect(scaleTicks(10)).toEqual({ top: 10, values: [0, 2, 4, 6, 8, 10] })
    expect(scaleTicks(0)).toEqual({ top: 1, values: [0, 1] })
  })

  it('uses a fixed top for percentages', () => {
    expect(scaleTicks(37, 100)).toEqual({ top: 100, values: [0, 20, 40, 60, 80, 100] })
  })
})

describe('grouped bars', () => {
  const chart = barChart({
    categories: [{ label: '1月', sublabel: '2026' }, { label: '2月' }],
    series: [
      { key: 'received', label: '收到', values: [8, 4] },
      { key: 'replied', label: '答复', values: [6, null] },
    ],
    width: 252,
    height: 160,
  })

  it('lays out one slot per category inside the plot area', () => {
    // plot: left 52, right 244, top 14, bottom 114 → slots 96 wide
    expect(chart.plot).toEqual({ left: 52, top: 14, right: 244, bottom: 114 })
    expect(chart.slots).toEqual([
      { x: 52, width: 96, centre: 100, label: '1月', sublabel: '2026' },
      { x: 148, width: 96, centre: 196, label: '2月', sublabel: undefined },
    ])
  })

  it('draws bars side by side, heights in proportion to the scale, none for a missing value', () => {
    // scale top 8; each bar is 0.8 × 96 / 2 = 38.4 wide, starting 9.6 into its slot
    expect(chart.top).toBe(8)
    expect(chart.bars).toEqual([
      { series: 0, category: 0, x: 61.6, y: 14, width: 38.4, height: 100, value: 8 },
      { series: 0, category: 1, x: 157.6, y: 64, width: 38.4, height: 50, value: 4 },
      { series: 1, category: 0, x: 100, y: 39, width: 38.4, height: 75, value: 6 },
    ])
  })

  it('places tick marks from the baseline up, with their labels', () => {
    expect(chart.ticks).toEqual([
      { value: 0, y: 114, label: '0' },
      { value: 2, y: 89, label: '2' },
      { value: 4, y: 64, label: '4' },
      { value: 6, y: 39, label: '6' },
      { value: 8, y: 14, label: '8' },
    ])
  })

  it('adds the unit to tick labels and keeps zero bars on the baseline', () => {
    const rates = barChart({ categories: [{ label: '咨询' }], series: [{ key: 'rate', label: '按时答复率', values: [0] }], max: 100, unit: '%' })
    expect(rates.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%'])
    expect(rates.bars[0]).toMatchObject({ height: 0, y: rates.plot.bottom })
  })
})
