export type NoticeBlock =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }

export type ParsedNotice = {
  title: string
  documentNumber?: string
  addressees?: string
  dateWritten?: string
  sourceAuthority?: string
  blocks: NoticeBlock[]
  attachments: string[]
  references: string[]
  wasTraditional: boolean
  warnings: string[]
}

/** One cleaned line of the notice, with its 1-based line number in the original text. */
export type NoticeLine = { number: number; text: string }
