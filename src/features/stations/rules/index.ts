export type { DatedException, OpenState, OpeningHours, TimeSlot, Weekday } from './opening-hours'
export {
  WEEKDAY_LABELS,
  openState,
  parseOpeningHoursText,
  validateOpeningHours,
  weeklyTable,
} from './opening-hours'
export { officialDay, type OfficialDay } from '@/platform/calendar/china-calendar'
export {
  CHENGDU_BOUNDS,
  EARTH_MEAN_RADIUS_M,
  distanceMetres,
  formatDistance,
  isInChengduArea,
  isValidCoordinate,
  sortByDistance,
  type Coordinate,
} from './distance'
export { csvField, csvLine, decodeCsvBytes, parseCsv, type CsvRecord } from './csv'
export { exceptionsToText, parseExceptionsText } from './exceptions-text'
export {
  STATION_CSV_COLUMNS,
  readStationCsv,
  type StationCsvLookups,
  type StationCsvProblem,
  type StationCsvResult,
  type StationCsvRow,
} from './station-csv'
export {
  PHONE_NUMBER,
  STATION_KEY,
  STATION_KEY_HINT,
  STATION_TYPES,
  isStationType,
  stationTypeFromText,
  stationTypeLabel,
  type StationType,
} from './station-types'
export { boundingBox, formatNear, parseNear, roundCoordinate } from './near'
export { openingHoursToText } from './hours-text'
export { directionsHref, telHref, type DirectionsTarget } from './links'
