/** What the detector can find; one source for labels and masks. */
export type PersonalDataKind =
  | 'phone'
  | 'id-card'
  | 'email'
  | 'name'
  | 'qq'
  | 'wechat'
  | 'bank-card'
  | 'plate'
  | 'address'
  | 'health'

export type PersonalDataHit = {
  kind: PersonalDataKind
  /** Why it was flagged, for the admin: 疑似手机号, 疑似住址 … */
  reason: string
  text: string
  /** UTF-16 offset into the searched text, as String.prototype.slice counts. */
  index: number
}

type KindFacts = { label: string; mask: string }

const FACTS: Record<PersonalDataKind, KindFacts> = {
  phone: { label: '电话号码', mask: '【手机号已隐去】' },
  'id-card': { label: '身份证号', mask: '【身份证号已隐去】' },
  email: { label: '邮箱地址', mask: '【邮箱已隐去】' },
  name: { label: '姓名', mask: '【姓名已隐去】' },
  qq: { label: 'QQ号', mask: '【QQ号已隐去】' },
  wechat: { label: '微信号', mask: '【微信号已隐去】' },
  'bank-card': { label: '银行卡号', mask: '【银行卡号已隐去】' },
  plate: { label: '车牌号', mask: '【车牌号已隐去】' },
  address: { label: '住址', mask: '【住址已隐去】' },
  health: { label: '健康信息', mask: '【健康信息已隐去】' },
}

const mapFacts = (pick: (facts: KindFacts) => string) =>
  Object.fromEntries(Object.entries(FACTS).map(([kind, facts]) => [kind, pick(facts)])) as Record<
    PersonalDataKind,
    string
  >

/** What each kind is called in a refusal: 电话号码, 住址 … */
export const PERSONAL_DATA_LABELS = mapFacts((facts) => facts.label)

/** What replaces each kind in a redacted text: 【手机号已隐去】 … */
export const PERSONAL_DATA_MASKS = mapFacts((facts) => facts.mask)

/** A mask already in the text (from an earlier redaction), so that it is never read as data. */
export const MASK_IN_TEXT = /【[^【】\n]{1,10}已隐去】/g
