import { CHENGDU_BOUNDS, PHONE_NUMBER, STATION_KEY, STATION_KEY_HINT, validateOpeningHours } from '@/features/stations/rules'
import { openingHoursOf, type StationHoursFields } from '@/features/stations/rules/station-hours'

// Field validators return true or a Chinese message that the admin shows beside the field.

export const validateKey = (value: unknown) =>
  typeof value === 'string' && STATION_KEY.test(value) ? true : `编号无效：${STATION_KEY_HINT}`

const B = CHENGDU_BOUNDS

export const validateLatitude = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '请填写纬度，例如 30.657'
  if (value < B.minLat || value > B.maxLat) {
    const swapped = value >= B.minLng && value <= B.maxLng
    return `纬度应在 ${B.minLat}–${B.maxLat} 之间（成都市范围）${swapped ? '，可能与经度填反了' : ''}`
  }
  return true
}

export const validateLongitude = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '请填写经度，例如 104.066'
  if (value < B.minLng || value > B.maxLng) {
    const swapped = value >= B.minLat && value <= B.maxLat
    return `经度应在 ${B.minLng}–${B.maxLng} 之间（成都市范围）${swapped ? '，可能与纬度填反了' : ''}`
  }
  return true
}

export const validatePhone = (value: unknown) =>
  typeof value === 'string' && PHONE_NUMBER.test(value.replace(/\s/g, '')) ? true : '电话号码格式无法识别，例如 028-86123456 或 12320'

/** The whole week and its special days are checked together, since slots can overlap across days. */
export const validateHours = (_value: unknown, { data }: { data: Partial<StationHoursFields> }) => {
  const problems = validateOpeningHours(openingHoursOf(data))
  return problems.length ? problems.join('；') : true
}
