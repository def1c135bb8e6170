import { csvLine, parseCsv } from './csv'
import { isInChengduArea } from './distance'
import { parseExceptionsText } from './exceptions-text'
import { parseOpeningHoursText, validateOpeningHours, type DatedException, type TimeSlot } from './opening-hours'
import { PHONE_NUMBER, STATION_KEY, STATION_KEY_HINT, stationTypeFromText, type StationType } from './station-types'

/** The documented header (docs/stations-csv.md). Column order is free; names are what count. */
export const STATION_CSV_COLUMNS = [
  'key',
  'name',
  'type',
  'district',
  'street',
  'address',
  'phones',
  'lat',
  'lng',
  'services',
  'hours',
  'closed_on_holidays',
  'exceptions',
  'accessibility',
  'last_verified',
] as const

export type StationCsvColumn = (typeof STATION_CSV_COLUMNS)[number]

const REQUIRED: StationCsvColumn[] = ['key', 'name', 'type', 'district', 'address', 'lat', 'lng', 'hours', 'last_verified']

/** What the directory already knows, so names in the file can be matched to records. */
export type StationCsvLookups = {
  districts: { code: string; name: string; streets: { code: string; name: string }[] }[]
  services: { code: string; name: string }[]
}

export type StationCsvRow = {
  line: number
  key: string
  name: string
  type: StationType
  districtCode: string
  streetCode: string | null
  address: string
  phones: string[]
  lat: number
  lng: number
  serviceCodes: string[]
  slots: TimeSlot[]
  closedOnPublicHolidays: boolean
  exceptions: DatedException[]
  accessibility: string
  lastVerified: string
}

export type StationCsvProblem = { line: number; key?: string; message: string }

export type StationCsvResult = { rows: StationCsvRow[]; problems: StationCsvProblem[] }

const YES = /^(?:是|y|yes|true|1|休息|闭馆)$/i
const NO = /^(?:否|n|no|false|0|开放|照常)$/i
const LIST_SEPARATORS = /[;；、|]/
const PHONE_SEPARATORS = /[;；、,，/|]|\s{2,}/

const isRealDate = (date: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === date
}

// 2025/6/3 and 2025年6月3日 are what spreadsheets and people write
function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim()
}

const normaliseName = (text: string) => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')

function matchByCodeOrName<T extends { code: string; name: string }>(items: T[], text: string): T | undefined {
  const wanted = normaliseName(text)
  return items.find((item) => item.code === text.trim().toLowerCase() || normaliseName(item.name) === wanted)
}

function readNumber(text: string): number | undefined {
  const t = text.trim()
  if (!/^-?\d{1,3}(?:\.\d+)?$/.test(t)) return undefined
  return Number(t)
}

/**
 * Reads a stations CSV. Rows with problems are reported by line (in Chinese, for staff) and left
 * out; every other row comes back ready to store. Nothing here touches the database.
 */
export function readStationCsv(text: string, lookups: StationCsvLookups): StationCsvResult {
  const parsed = parseCsv(text)
  const problems: StationCsvProblem[] = []
  if (parsed.error) problems.push({ line: parsed.error.line, message: parsed.error.message })
  const [header, ...records] = parsed.records
  if (!header) return { rows: [], problems: problems.length ? problems : [{ line: 1, message: '文件是空的：第 1 行应为表头' }] }

  const names = header.fields.map((f) => f.trim().toLowerCase())
  const missing = REQUIRED.filter((column) => !names.includes(column))
  if (missing.length) {
    return {
      rows: [],
      problems: [{ line: header.line, message: `第 ${header.line} 行（表头）缺少列：${missing.join('、')}。表头应为：${csvLine([...STATION_CSV_COLUMNS])}` }],
    }
  }
  const unknown = names.filter((n) => n && !(STATION_CSV_COLUMNS as readonly string[]).includes(n))
  if (unknown.length) {
    problems.push({ line: header.line, message: `第 ${header.line} 行（表头）：不认识的列“${unknown.join('、')}”，已忽略` })
  }

  const rows: StationCsvRow[] = []
  const seenKeys = new Map<string, number>()
  for (const record of records) {
    const cell = (column: StationCsvColumn) => {
      const at = names.indexOf(column)
      return at >= 0 ? (record.fields[at] ?? '').trim() : ''
    }
    const line = record.line
    const key = cell('key')
    const rowProblems: string[] = []
    const problem = (message: string) => rowProblems.push(message)

    if (record.fields.length !== names.length) {
      problem(`有 ${record.fields.length} 列，表头有 ${names.length} 列；含逗号的内容请用英文双引号括起来`)
    }
    for (const column of REQUIRED) if (!cell(column)) problem(`“${column}”列不能为空`)

    if (key && !STATION_KEY.test(key)) problem(`编号“${key}”无效：${STATION_KEY_HINT}`)
    if (key && seenKeys.has(key)) problem(`编号“${key}”与第 ${seenKeys.get(key)} 行重复`)
    if (key && !seenKeys.has(key)) seenKeys.set(key, line)

    const type = cell('type') ? stationTypeFromText(cell('type')) : undefined
    if (cell('type') && !type) problem(`网点类型“${cell('type')}”无法识别`)

    const district = cell('district') ? matchByCodeOrName(lookups.districts, cell('district')) : undefined
    if (cell('district') && !district) problem(`区（市）县“${cell('district')}”不存在，请使用后台“区域”中的名称`)
    const street = district && cell('street') ? matchByCodeOrName(district.streets, cell('street')) : undefined
    if (district && cell('street') && !street) problem(`街道（乡镇）“${cell('street')}”不属于${district.name}，或尚未在后台“区域”中添加`)

    const lat = readNumber(cell('lat'))
    const lng = readNumber(cell('lng'))
    if (cell('lat') && cell('lng')) {
      if (lat === undefined || lng === undefined) problem(`坐标“${cell('lat')}, ${cell('lng')}”不是数字`)
      else if (!isInChengduArea({ lat, lng })) {
        const swapped = isInChengduArea({ lat: lng, lng: lat })
        problem(`坐标 ${lat}, ${lng} 不在成都市范围内${swapped ? '（纬度和经度可能填反了）' : ''}`)
      }
    }

    const phones = cell('phones').split(PHONE_SEPARATORS).map((p) => p.trim()).filter(Boolean)
    for (const phone of phones) if (!PHONE_NUMBER.test(phone.replace(/\s/g, ''))) problem(`电话“${phone}”格式无法识别`)

    const serviceCodes: string[] = []
    for (const name of cell('services').split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean)) {
      const service = matchByCodeOrName(lookups.services, name)
      if (service) serviceCodes.push(service.code)
      else problem(`服务项目“${name}”不存在`)
    }

    let slots: TimeSlot[] = []
    if (cell('hours')) {
      const hours = parseOpeningHoursText(cell('hours'))
      if (hours.ok) slots = hours.slots
      else problem(`开放时间无法识别：${hours.message}`)
    }
    let exceptions: DatedException[] = []
    if (cell('exceptions')) {
      const parsedExceptions = parseExceptionsText(cell('exceptions'))
      if (parsedExceptions.ok) exceptions = parsedExceptions.exceptions
      else problem(parsedExceptions.message)
      for (const e of exceptions) if (e.closed !== true && e.slots.length > 2) problem(`特殊日期 ${e.date} 最多填写两个时间段`)
    }
    const holidays = cell('closed_on_holidays')
    if (holidays && !YES.test(holidays) && !NO.test(holidays)) problem(`“closed_on_holidays”应填“是”或“否”，而不是“${holidays}”`)
    const closedOnPublicHolidays = !NO.test(holidays)
    if (slots.length) {
      for (const message of validateOpeningHours({ slots, exceptions, closedOnPublicHolidays })) problem(message)
    }

    const lastVerified = normaliseDate(cell('last_verified'))
    if (cell('last_verified') && !isRealDate(lastVerified)) problem(`核实日期“${cell('last_verified')}”无效，应写成 2026-03-01`)

    if (cell('name').length > 100) problem('名称超过 100 个字')
    if (cell('address').length > 200) problem('地址超过 200 个字')

    if (rowProblems.length) {
      for (const message of rowProblems) problems.push({ line, ...(key ? { key } : {}), message: `第 ${line} 行${key ? `（${key}）` : ''}：${message}` })
      continue
    }
    rows.push({
      line,
      key,
      name: cell('name'),
      type: type!,
      districtCode: district!.code,
      streetCode: street?.code ?? null,
      address: cell('address'),
      phones,
      lat: lat!,
      lng: lng!,
      serviceCodes,
      slots,
      closedOnPublicHolidays,
      exceptions,
      accessibility: cell('accessibility'),
      lastVerified,
    })
  }
  return { rows, problems }
}
