import { expect } from 'vitest'
import { newClientIp } from '../http/feedback-form'

export type Outcome = 'refused' | 'stored' | 'ignored'
export type Answer = { status: number; body: string; headers: Headers }

/** Text a response must never contain: stack frames, internal paths, database error text. */
export const INTERNALS = ['    at ', 'node_modules', 'SQLITE_', 'syntax error', 'drizzle', '/work/']
/** Keys and values that would mean a secret or a resident's contact details leaked. */
export const SECRETS = [/"hash"\s*:\s*"/, /"salt"\s*:\s*"/, /"accessKeyHash"\s*:\s*"/, /"resetPasswordToken"\s*:\s*"/, /"apiKey"\s*:\s*"/, /"contact"\s*:\s*\{/]

/** Counts of what happened, per class of input, for the closing table. */
export class Tally {
  private rows = new Map<string, { inputs: Set<string>; refused: number; stored: number; ignored: number }>()

  add(kind: string, input: string, outcome: Outcome) {
    const row = this.rows.get(kind) ?? { inputs: new Set<string>(), refused: 0, stored: 0, ignored: 0 }
    row.inputs.add(input)
    row[outcome] += 1
    this.rows.set(kind, row)
  }

  inputCount() {
    return [...this.rows.values()].reduce((sum, row) => sum + row.inputs.size, 0)
  }

  table() {
    const lines = [['class', 'inputs', 'requests', 'refused 4xx/message', 'stored inert', 'ignored'].join(' | ')]
    let totals = [0, 0, 0, 0, 0]
    for (const [kind, row] of this.rows) {
      const values = [row.inputs.size, row.refused + row.stored + row.ignored, row.refused, row.stored, row.ignored]
      totals = totals.map((total, index) => total + values[index])
      lines.push([kind, ...values].join(' | '))
    }
    lines.push(['total', ...totals].join(' | '))
    return lines.join('\n')
  }
}

/** Node's default --max-http-header-size (request line and headers together). */
const NODE_MAX_HEADER_SIZE = 16 * 1024

/** Sends one request from its own simulated address and reads the answer; network errors fail the case. */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const headers = new Headers(init.headers)
  if (!headers.has('X-Forwarded-For')) headers.set('X-Forwarded-For', newClientIp())
  try {
    const response = await fetch(url, { redirect: 'manual', ...init, headers, signal: AbortSignal.timeout(30_000) })
    return { status: response.status, body: await response.text(), headers: response.headers }
  } catch (error) {
    // Node's HTTP server refuses a request line and headers over its 16 KB limit with 431 and closes
    // the socket before any application code runs; a client still writing a megabyte-long address
    // sees only the broken pipe. That is a refusal, not a failure (nginx in front answers 414).
    const code = (error as { cause?: { code?: string } }).cause?.code
    const headLength = url.length + [...headers].reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0)
    if ((code === 'EPIPE' || code === 'ECONNRESET') && headLength > NODE_MAX_HEADER_SIZE) return { status: 431, body: '', headers: new Headers() }
    throw error
  }
}

/** The checks every answer must pass, whatever the input. */
export function expectSafe(label: string, answer: Answer, injected?: string) {
  expect({ label, status: answer.status }).toSatisfy(({ status }: { status: number }) => status < 500, `${label} answered ${answer.status}`)
  for (const marker of INTERNALS) expect({ label, leaks: answer.body.includes(marker) ? marker : null }).toEqual({ label, leaks: null })
  for (const secret of SECRETS) expect({ label, secret: secret.test(answer.body) ? String(secret) : null }).toEqual({ label, secret: null })
  const html = answer.headers.get('content-type')?.includes('text/html')
  if (html && injected && /[<>"]/.test(injected)) {
    expect({ label, unescaped: answer.body.includes(injected) }).toEqual({ label, unescaped: false })
  }
  if (html) {
    expect({ label, scriptLink: /\s(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(answer.body) }).toEqual({ label, scriptLink: false })
  }
}

/** A GET or JSON answer that did not fail: refused when 4xx, otherwise treated as harmless text. */
export const outcomeOf = (answer: Answer): Outcome => (answer.status >= 400 ? 'refused' : 'ignored')
