export type { DatedException, OpenState, OpeningHours, TimeSlot, Weekday } from './opening-hours'
export {
  WEEKDAY_LABELS,
  openState,
  parseOpeningHoursText,
  validateOpeningHours,
  weeklyTable,
} from './opening-hours'
export { officialDay, type OfficialDay } from '../china-calendar'
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
