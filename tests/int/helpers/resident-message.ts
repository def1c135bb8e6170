import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { submitFeedback, type SubmissionInput } from '@/features/feedback/server/submit-feedback'

/** A complaint as a resident fills in the form, with a phone number typed the way people do. */
export const RESIDENT_COMPLAINT = {
  kind: 'complaint',
  subject: '服务站周末不开门',
  message: '上周六上午我到社区计生服务室领取避孕药具，门口没有贴开放时间，电话也无人接听。',
  name: '王小明',
  phone: '138 1234 5678',
  email: 'resident@example.test',
  replyBy: 'email',
  publishConsent: 'yes',
}

/** A complaint whose resident names herself and her number in the text, which must never be published. */
export const SELF_NAMING_COMPLAINT = {
  ...RESIDENT_COMPLAINT,
  subject: '社区服务室周末不开门',
  message: '我叫李秀英，电话 13912345678。上周六我到社区计生服务室领取避孕药具，门口没有贴开放时间。',
  name: '李秀英',
  phone: '13912345678',
  email: 'li@example.test',
}

/** What the message form hands to submitFeedback: these fields, no files, a fresh idempotency token. */
export const residentMessage = (fields: Record<string, unknown>, extra: Partial<SubmissionInput> = {}): SubmissionInput => ({
  fields,
  files: [],
  idempotencyToken: crypto.randomUUID(),
  proofOfWork: undefined,
  honeypot: '',
  ...extra,
})

/** Submits a message and returns the acknowledgement; a refusal fails the test with its errors. */
export async function submitResidentMessage(payload: Payload, fields: Record<string, unknown>, extra: Partial<SubmissionInput> = {}) {
  const result = await submitFeedback(payload, residentMessage(fields, extra))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result
}
