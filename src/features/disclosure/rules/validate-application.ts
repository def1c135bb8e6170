import { checkEmail, checkPhone } from '@/features/feedback/rules/intake/fields'
import { looksLikeMarkup } from '@/features/feedback/rules/intake/markup'
import { characterCount, foldFullWidth, formText, hasControlCharacters, hasLineBreak } from '@/features/feedback/rules/intake/text'
import { isIdCardNumber } from '@/features/feedback/rules/personal-data/id-card'
import {
  APPLICANT_TYPES,
  APPLICATION_LIMITS as L,
  COLLECTION_MANNERS,
  ID_TYPES,
  ORGANISATION_KINDS,
  PREFERRED_FORMS,
  type ApplicantType,
  type CollectionManner,
  type IdType,
  type OrganisationKind,
  type PreferredForm,
} from './application-fields'
import { isCreditCode } from './credit-code'

export type ApplicationInput = {
  applicantType: ApplicantType
  /** 法人或者其他组织 only: which kind, for the annual report's columns. */
  organisationKind?: OrganisationKind
  name: string
  idType: IdType
  idNumber: string
  phone: string
  email?: string
  address?: string
  description: string
  preferredForm: PreferredForm
  collectionManner: CollectionManner
}

export type ApplicationField = keyof ApplicationInput
export type ApplicationErrors = Partial<Record<ApplicationField, string>>
export type ApplicationValidation = { ok: true; data: ApplicationInput } | { ok: false; errors: ApplicationErrors }

const pick = <T extends string>(list: readonly { value: T }[], value: string) => list.find((item) => item.value === value)?.value

function lineProblem(value: string, max: number, what: string): string | undefined {
  if (!value) return `请填写${what}。`
  if (hasLineBreak(value) || hasControlCharacters(value)) return `${what}请写在一行内，不要包含特殊字符。`
  if (characterCount(value) > max) return `${what}不能超过 ${max} 个字。`
  if (looksLikeMarkup(value)) return `${what}中请不要包含网页代码。`
  return undefined
}

function idProblem(type: IdType, number: string): string | undefined {
  if (!number) return '请填写证件号码。'
  if (type === 'resident-id' && !isIdCardNumber(number)) return '居民身份证号码不正确，请核对（18 位，最后一位可能是 X）。'
  if (type === 'credit-code' && !isCreditCode(number)) return '统一社会信用代码不正确，请核对（18 位数字或大写字母）。'
  if (!/^[A-Z0-9()（）-]{5,30}$/.test(number)) return '证件号码只能包含字母和数字，长度 5 至 30 位。'
  return undefined
}

/**
 * Checks a submitted application (政府信息公开申请). Only the form's own fields are read; no
 * purpose is asked. What the chosen form and manner need is required with them: an e-mail
 * address for 电子邮件, a postal address for 邮寄.
 */
export function validateApplicationInput(raw: Record<string, unknown>): ApplicationValidation {
  const errors: ApplicationErrors = {}

  const applicantType = pick(APPLICANT_TYPES, formText(raw, 'applicantType'))
  if (!applicantType) errors.applicantType = '请选择申请人类型：公民，或者法人或者其他组织。'

  const organisationKind = applicantType === 'organisation' ? pick(ORGANISATION_KINDS, formText(raw, 'organisationKind')) : undefined
  if (applicantType === 'organisation' && !organisationKind) errors.organisationKind = '请选择单位类型：商业企业、科研机构、社会公益组织、法律服务机构或者其他。'

  const name = formText(raw, 'name')
  const nameError = lineProblem(name, L.name, applicantType === 'organisation' ? '单位名称' : '姓名')
  if (nameError) errors.name = nameError

  const idType = pick(ID_TYPES, formText(raw, 'idType'))
  const fitting = idType && applicantType ? ID_TYPES.find((t) => t.value === idType && (t.for === 'any' || t.for === applicantType)) : undefined
  if (!fitting) errors.idType = applicantType === 'organisation' ? '请选择证照类型（法人或者其他组织一般为统一社会信用代码）。' : '请选择证件类型。'

  const idNumber = foldFullWidth(formText(raw, 'idNumber')).replace(/\s/g, '').toUpperCase()
  const idError = fitting && idType ? idProblem(idType, idNumber) : idNumber ? undefined : '请填写证件号码。'
  if (idError) errors.idNumber = idError

  const phoneText = formText(raw, 'phone')
  const phone = phoneText ? checkPhone(phoneText) : { error: '请填写联系电话，以便我们在需要时与您联系。' }
  if (phone.error) errors.phone = phone.error

  const emailText = formText(raw, 'email')
  const email = emailText ? checkEmail(emailText) : undefined
  if (email?.error) errors.email = email.error

  const address = formText(raw, 'address')
  const addressError = address ? lineProblem(address, L.address, '通信地址') : undefined
  if (addressError) errors.address = addressError

  const description = formText(raw, 'description')
  const count = characterCount(description)
  if (count < 10) errors.description = '请描述所需政府信息（不少于 10 个字），如文件名称、文号或者其他便于查找的特征。'
  else if (count > L.description) errors.description = `所需信息的描述不能超过 ${L.description} 个字（现在 ${count} 个字）。`
  else if (hasControlCharacters(description, true) || looksLikeMarkup(description)) errors.description = '所需信息的描述中请不要包含网页代码或特殊字符。'

  const preferredForm = pick(PREFERRED_FORMS, formText(raw, 'preferredForm'))
  if (!preferredForm) errors.preferredForm = '请选择所需信息的提供形式。'
  const collectionManner = pick(COLLECTION_MANNERS, formText(raw, 'collectionManner'))
  if (!collectionManner) errors.collectionManner = '请选择获取信息的方式。'

  if ((preferredForm === 'email' || collectionManner === 'email') && !emailText) errors.email = '选择电子邮件时，请填写电子邮箱。'
  if (collectionManner === 'post' && !address) errors.address = '选择邮寄时，请填写通信地址（纸质材料寄往这里）。'
  if (preferredForm === 'inspection' && collectionManner !== 'on-site' && collectionManner) {
    errors.collectionManner = '现场查阅的信息请选择“当场阅读、抄录”。'
  }

  if (Object.keys(errors).length > 0 || !applicantType || !idType || !preferredForm || !collectionManner || !phone.value) return { ok: false, errors }
  const data: ApplicationInput = { applicantType, name, idType, idNumber, phone: phone.value, description, preferredForm, collectionManner }
  if (organisationKind) data.organisationKind = organisationKind
  if (email?.value) data.email = email.value
  if (address) data.address = address
  return { ok: true, data }
}
