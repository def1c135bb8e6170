import type { PolicyNotice } from '@/payload-types'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/** Rich text of one paragraph, as the admin's editor saves it. */
export const richText = (text: string) => lexicalParagraphs([text])

/** A complete policy notice, ready to save; a test changes only the fields it is about. */
export const policyNotice = (overrides: Partial<PolicyNotice> = {}) => ({
  title: '关于做好流动人口计划生育服务的通知',
  kind: 'document' as const,
  issuingAuthority: '成都市人口和计划生育委员会',
  dateWritten: '2010-05-06',
  topic: 'floating-population' as const,
  validity: 'in-force' as const,
  body: richText('流动人口与户籍人口享有同等的计划生育服务。'),
  ...overrides,
})
