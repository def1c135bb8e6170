import type { HandlingStatus } from './statuses'

export type HandlingState = {
  status: HandlingStatus
  /** How many times the resident has sent the reply back; once is allowed. */
  reopenCount: number
  extended: boolean
  /** Working days from receipt to the reply deadline, extension included. */
  limitDays: number
  handlerId?: string
  department?: string
  declineReason?: string
  transferredTo?: string
  transferReason?: string
  extensionReason?: string
  returnReason?: string
  replyText?: string
  replyDepartment?: string
}

export type HandlingAction =
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | { type: 'transfer'; to: string; reason: string }
  | { type: 'assign'; handlerId?: string; department?: string }
  | { type: 'reply'; text: string; department?: string }
  | { type: 'close' }
  | { type: 'reopen' }
  /** The handler sends the message back to the dispatcher (退回): unassigned again, clock running. */
  | { type: 'return'; reason: string }
  | { type: 'extend'; reason: string; workingDays: number }

export type HandlingActionType = HandlingAction['type']

export type HandlingResult = { ok: true; state: HandlingState } | { ok: false; message: string }
