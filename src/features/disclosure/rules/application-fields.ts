/**
 * The facts of an application form (政府信息公开申请表), each held once: values stored, labels
 * shown to applicants and staff. The 2019 Regulations dropped the purpose field, so there is none.
 */
export const APPLICANT_TYPES = [
  { value: 'citizen', label: '公民' },
  { value: 'organisation', label: '法人或者其他组织' },
] as const

/**
 * 法人或者其他组织 by kind, the columns of the national annual-report template (商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他).
 */
export const ORGANISATION_KINDS = [
  { value: 'business', label: '商业企业' },
  { value: 'research', label: '科研机构' },
  { value: 'public-interest', label: '社会公益组织' },
  { value: 'legal-service', label: '法律服务机构' },
  { value: 'other', label: '其他' },
] as const

export const ID_TYPES = [
  { value: 'resident-id', label: '居民身份证', for: 'citizen' },
  { value: 'passport', label: '护照', for: 'citizen' },
  { value: 'hk-macao-permit', label: '港澳居民来往内地通行证', for: 'citizen' },
  { value: 'taiwan-permit', label: '台湾居民来往大陆通行证', for: 'citizen' },
  { value: 'credit-code', label: '统一社会信用代码', for: 'organisation' },
  { value: 'other', label: '其他有效证件', for: 'any' },
] as const

/** 所需信息的指定提供载体形式. */
export const PREFERRED_FORMS = [
  { value: 'paper', label: '纸质' },
  { value: 'email', label: '电子邮件' },
  { value: 'disc', label: '光盘' },
  { value: 'inspection', label: '现场查阅' },
] as const

/** 获取信息的方式. */
export const COLLECTION_MANNERS = [
  { value: 'post', label: '邮寄' },
  { value: 'email', label: '电子邮件' },
  { value: 'pick-up', label: '自行领取' },
  { value: 'on-site', label: '当场阅读、抄录' },
] as const

export type ApplicantType = (typeof APPLICANT_TYPES)[number]['value']
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]['value']
export type IdType = (typeof ID_TYPES)[number]['value']
export type PreferredForm = (typeof PREFERRED_FORMS)[number]['value']
export type CollectionManner = (typeof COLLECTION_MANNERS)[number]['value']

const labelOf = (list: readonly { value: string; label: string }[], value: unknown) =>
  list.find((item) => item.value === value)?.label ?? String(value ?? '')

export const applicantTypeLabel = (value: unknown) => labelOf(APPLICANT_TYPES, value)
export const organisationKindLabel = (value: unknown) => labelOf(ORGANISATION_KINDS, value)
export const idTypeLabel = (value: unknown) => labelOf(ID_TYPES, value)
export const preferredFormLabel = (value: unknown) => labelOf(PREFERRED_FORMS, value)
export const collectionMannerLabel = (value: unknown) => labelOf(COLLECTION_MANNERS, value)

/** Payload select options from one of the lists above. */
export const optionsOf = (list: readonly { value: string; label: string }[]) => list.map(({ value, label }) => ({ value, label }))

export const APPLICATION_LIMITS = {
  name: 60,
  idNumber: 30,
  phone: 30,
  email: 100,
  address: 200,
  description: 3000,
  correction: 3000,
} as const
