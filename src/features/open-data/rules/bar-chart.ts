/**
 * Geometry of a grouped vertical bar chart, in SVG user units: the page draws it as server-side
 * SVG (no JavaScript). Kept free of React so the arithmetic is tested on its own.
 */
export type BarSeries = { key: string; label: string; values: (number | null)[] }
export type BarCategory = { label: string; sublabel?: string }

export type BarChartInput = {
  categories: BarCategory[]
  series: BarSeries[]
  /** Fixed top of the scale (100 for percentages); otherwise a round number above the largest value. */
  max?: number
  /** Appended to tick labels: '%' for rates. */
  unit?: string
  width?: number
  height?: number
}

export type Bar = { series: number; category: number; x: number; y: number; width: number; height: number; value: number }
export type Tick = { value: number; y: number; label: string }
export type CategorySlot = { x: number; width: number; centre: number; label: string; sublabel?: string }

export type BarChartGeometry = {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  top: number
  ticks: Tick[]
  slots: CategorySlot[]
  bars: Bar[]
}

const MARGIN = { left: 52, right: 8, top: 14, bottom: 46 }
const round = (n: number) => Math.round(n * 10) / 10

/** A step of 1, 2 or 5 × 10ⁿ (never below 1: the counts are whole messages) giving ≤ `target` steps. */
export function niceStep(max: number, target = 5): number {
  if (!(max > 0)) return 1
  const raw = max / target
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude
  return Math.max(1, step)
}

/** Tick values from 0 to the top of the scale, and that top. */
export function scaleTicks(largest: number, fixedMax?: number): { top: number; values: number[] } {
  if (fixedMax !== undefined && fixedMax > 0) {
    const step = niceStep(fixedMax, 5)
    return { top: fixedMax, values: Array.from({ length: Math.floor(fixedMax / step) + 1 }, (_, i) => i * step) }
  }
  const step = niceStep(largest, 5)
  const top = Math.max(step, Math.ceil(largest / step) * step)
  return { top, values: Array.from({ length: top / step + 1 }, (_, i) => i * step) }
}

export function barChart(input: BarChartInput): BarChartGeometry {
  const width = input.width ?? 640
  const height = input.height ?? 280
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom }
  const plotHeight = plot.bottom - plot.top
  const largest = Math.max(0, ...input.series.flatMap((s) => s.values.map((v) => v ?? 0)))
  const scale = scaleTicks(largest, input.max)
  const y = (value: number) => plot.bottom - (Math.min(value, scale.top) / scale.top) * plotHeight
  const unit = input.unit ?? ''

  const count = Math.max(1, input.categories.length)
  const slotWidth = (plot.right - plot.left) / count
  // A fifth of each slot is left empty, so groups read as groups.
  const barWidth = (slotWidth * 0.8) / Math.max(1, input.series.length)
  const slots = input.categories.map((category, i) => {
    const x = plot.left + i * slotWidth
    return { x: round(x), width: round(slotWidth), centre: round(x + slotWidth / 2), label: category.label, sublabel: category.sublabel }
  })
  const bars: Bar[] = []
  input.series.forEach((series, s) => {
    series.values.forEach((value, c) => {
      if (value === null || c >= input.categories.length) return
      const top = y(Math.max(0, value))
      bars.push({
        series: s,
        category: c,
        x: round(plot.left + c * slotWidth + slotWidth * 0.1 + s * barWidth),
        y: round(top),
        width: round(barWidth),
        height: round(plot.bottom - top),
        value,
      })
    })
  })
  return {
    width,
    height,
    plot,
    top: scale.top,
    ticks: scale.values.map((value) => ({ value, y: round(y(value)), label: `${value}${unit}` })),
    slots,
    bars,
  }
}
