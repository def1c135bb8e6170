/** Helpers to post the message form the way a browser without JavaScript does. */
let counter = 0

// Test files may share one process (and so one pid) and each starts its own counter: a random
// start in 10.0.0.0/8 keeps their addresses, and so their rate-limit counts, apart.
const start = Math.floor(Math.random() * 2 ** 23)

/** A fresh simulated client address (the test server trusts X-Forwarded-For). */
export function newClientIp() {
  counter += 1
  const n = start + counter
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/** The hidden inputs of the first form on the page (Next's action fields, the token …). */
export function hiddenFields(html: string): Record<string, string> {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? ''
  const fields: Record<string, string> = {}
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1]
    const value = input[0].match(/value="([^"]*)"/)?.[1] ?? ''
    if (name) fields[name] = value.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  }
  return fields
}

export const VALID_MESSAGE = {
  kind: 'consultation',
  subject: '流动人口怎样办理生育登记',
  message: '我和爱人都是外地户籍，在成都工作三年了，想问在居住地可以办理生育登记吗？需要带什么材料？',
  name: '李女士',
  phone: '13912345678',
  email: '',
  replyBy: 'none',
  publishConsent: 'yes',
}

export async function openForm(baseUrl: string, ip: string) {
  const response = await fetch(`${baseUrl}/feedback/new`, { headers: { 'X-Forwarded-For': ip } })
  return hiddenFields(await response.text())
}

export async function postForm(
  baseUrl: string,
  ip: string,
  hidden: Record<string, string>,
  fields: Record<string, string>,
  files: { name: string; type: string; data: Uint8Array }[] = [],
  { path = '/feedback/new', headers = {} }: { path?: string; headers?: Record<string, string> } = {},
) {
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...hidden, ...fields })) body.append(name, value)
  for (const file of files) body.append('attachments', new Blob([Buffer.from(file.data)], { type: file.type }), file.name)
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body, headers: { 'X-Forwarded-For': ip, Accept: 'text/html', ...headers } })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

export const trackingCodeIn = (html: string) => html.match(/data-testid="tracking-code">(FK-\d{4}-[A-Z0-9]{6})</)?.[1]
export const accessKeyIn = (html: string) => html.match(/data-testid="access-key">([A-Z0-9-]{20,40})</)?.[1]
