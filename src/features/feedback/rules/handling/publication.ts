import { findPersonalData, redactPersonalData, type PersonalDataHit } from '@/features/feedback/rules/personal-data/personal-data'

export type PublicVersion = { subject: string; question: string; answer: string }

const KIND_LABELS: Record<PersonalDataHit['kind'], string> = {
  phone: '电话号码',
  'id-card': '身份证号',
  email: '邮箱地址',
  name: '姓名',
}

/** A first redaction of the message and reply, for the handler to check and edit. */
export function draftPublicVersion(source: PublicVersion, knownNames: readonly string[]): PublicVersion {
  return {
    subject: redactPersonalData(source.subject, knownNames).slice(0, 60),
    question: redactPersonalData(source.question, knownNames),
    answer: redactPersonalData(source.answer, knownNames),
  }
}

export type PublicationFlag = { field: keyof PublicVersion; kind: PersonalDataHit['kind']; text: string }

/** Personal details still present in the public version, field by field. */
export function flagPersonalData(version: Partial<PublicVersion>, knownNames: readonly string[]): PublicationFlag[] {
  const fields: (keyof PublicVersion)[] = ['subject', 'question', 'answer']
  return fields.flatMap((field) =>
    findPersonalData(version[field] ?? '', knownNames).map(({ kind, text }) => ({ field, kind, text })),
  )
}

const FIELD_LABELS: Record<keyof PublicVersion, string> = { subject: '标题', question: '留言内容', answer: '答复内容' }

/** Why the version cannot be approved yet, or null when it can. */
export function publicationRefusal(version: Partial<PublicVersion>, knownNames: readonly string[]): string | null {
  for (const field of ['subject', 'question', 'answer'] as const) {
    if (!version[field]?.trim()) return `请填写公开版本的${FIELD_LABELS[field]}`
  }
  const flags = flagPersonalData(version, knownNames)
  if (flags.length === 0) return null
  const listed = flags.slice(0, 5).map((flag) => `${FIELD_LABELS[flag.field]}中的${KIND_LABELS[flag.kind]}“${flag.text}”`)
  return `公开版本中仍有个人信息，请删去后再批准：${listed.join('；')}`
}

export function describeFlag(flag: PublicationFlag): string {
  return `${FIELD_LABELS[flag.field]}：${KIND_LABELS[flag.kind]}“${flag.text}”`
}
