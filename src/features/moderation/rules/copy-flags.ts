import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

/** The texts of a public copy by field name (subject, question, answer …). */
export type CopyTexts = Readonly<Record<string, string | null | undefined>>

/** A span the detector thinks may be personal, where it stands, and why. */
export type CopyFlag = { field: string; kind: string; text: string; index: number; reason: string }

/** A span the approver looked at and kept, saying why it is not personal (e.g. a public hotline). */
export type FlagConfirmation = { field: string; text: string; reason: string }

export type FlagOptions = { knownNames?: readonly string[]; allowList?: readonly string[] }

/** Every span of the copy that may be personal: the approver must remove or explain each. */
export function copyFlags(texts: CopyTexts, options: FlagOptions = {}): CopyFlag[] {
  return Object.entries(texts).flatMap(([field, text]) =>
    findPersonalData(text ?? '', { knownNames: options.knownNames ?? [], allowList: options.allowList ?? [] }).map((hit) => ({
      field,
      kind: hit.kind,
      text: hit.text,
      index: hit.index,
      reason: hit.reason,
    })),
  )
}

const MIN_REASON = 4

const sameSpan = (flag: CopyFlag, confirmation: FlagConfirmation) =>
  confirmation.field === flag.field && confirmation.text === flag.text

/** Flags that no confirmation with a real reason covers. */
export function unresolvedFlags(flags: readonly CopyFlag[], confirmations: readonly FlagConfirmation[]): CopyFlag[] {
  return flags.filter((flag) => !confirmations.some((c) => sameSpan(flag, c) && c.reason.trim().length >= MIN_REASON))
}

/** Only the confirmations that still match a flag of the approved text are kept on record. */
export function confirmationsInUse(flags: readonly CopyFlag[], confirmations: readonly FlagConfirmation[]): FlagConfirmation[] {
  return confirmations
    .filter((c) => flags.some((flag) => sameSpan(flag, c)))
    .map((c) => ({ field: c.field, text: c.text, reason: c.reason.trim() }))
}

export const FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze({ subject: '标题', question: '留言内容', answer: '答复内容' })

/** One line per flag, for a refusal or a list: 答复内容：疑似手机号“138 0013 8000”. */
export const describeFlag = (flag: CopyFlag) => `${FIELD_LABELS[flag.field] ?? flag.field}：${flag.reason}“${flag.text}”`

/** Why the copy cannot be approved yet, or null. */
export function approvalRefusal(texts: CopyTexts, flags: readonly CopyFlag[], confirmations: readonly FlagConfirmation[]): string | null {
  for (const [field, text] of Object.entries(texts)) {
    if (!text?.trim()) return `请先填写公开版本的${FIELD_LABELS[field] ?? field}`
  }
  const open = unresolvedFlags(flags, confirmations)
  if (open.length === 0) return null
  const listed = open.slice(0, 5).map(describeFlag).join('；')
  const more = open.length > 5 ? ` 等 ${open.length} 处` : ''
  return `以下内容可能是个人信息，请退回撰写人删去，或逐条说明为什么不是个人信息后再批准：${listed}${more}`
}

/** Public numbers and addresses staff allow, one per line in the settings. */
export const allowListFrom = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
