/** The kinds of service point in Chengdu's family-planning network, in the order the list shows them. */
export const STATION_TYPES = [
  { value: 'county-station', label: '区（市）县计划生育服务站' },
  { value: 'township-station', label: '乡镇（街道）计划生育服务站' },
  { value: 'community-room', label: '村（社区）计划生育服务室' },
  { value: 'partner-hospital', label: '合作医院' },
  { value: 'vct-point', label: '艾滋病自愿咨询检测点' },
] as const

export type StationType = (typeof STATION_TYPES)[number]['value']

export const isStationType = (value: unknown): value is StationType =>
  STATION_TYPES.some((t) => t.value === value)

export const stationTypeLabel = (value: string | null | undefined): string =>
  STATION_TYPES.find((t) => t.value === value)?.label ?? ''

/** A type written in a spreadsheet: its code, its full label, or a short everyday name. */
const TYPE_ALIASES: Record<string, StationType> = {
  服务站: 'county-station',
  区县服务站: 'county-station',
  '区（市）县服务站': 'county-station',
  街道服务站: 'township-station',
  乡镇服务站: 'township-station',
  '乡镇（街道）服务站': 'township-station',
  服务室: 'community-room',
  社区服务室: 'community-room',
  村服务室: 'community-room',
  '村（社区）服务室': 'community-room',
  医院: 'partner-hospital',
  检测点: 'vct-point',
  自愿咨询检测点: 'vct-point',
  VCT: 'vct-point',
}

export function stationTypeFromText(text: string): StationType | undefined {
  const t = text.trim()
  if (isStationType(t)) return t
  const byLabel = STATION_TYPES.find((type) => type.label === t)
  if (byLabel) return byLabel.value
  return TYPE_ALIASES[t] ?? TYPE_ALIASES[t.toUpperCase()]
}

/** Stable keys end up in addresses (/stations/<key>) and in re-imports, so they stay plain. */
export const STATION_KEY = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

export const STATION_KEY_HINT = '只能使用小写字母、数字和连字符，例如 jinjiang-001'

// 028-86123456, 86123456, 13812345678, 12320, 028-86123456转8001
export const PHONE_NUMBER = /^(?:\+?86[- ]?)?(?:0\d{2,3}-?)?\d{5,8}(?:(?:转|-|#|ext\.?)\d{1,6})?$|^1\d{10}$|^\d{5}$/
