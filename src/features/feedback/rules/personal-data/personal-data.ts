// What the rest of the site uses of the personal-data detector (handling/ imports only this file).
export { PUBLIC_NUMBERS } from './allow-list'
export { findPersonalData, type PersonalDataArgument, type PersonalDataOptions } from './detect'
export {
  PERSONAL_DATA_LABELS,
  PERSONAL_DATA_MASKS,
  type PersonalDataHit,
  type PersonalDataKind,
} from './kinds'
export { redactPersonalData } from './redaction'
export { maskForStaff } from './staff-mask'
