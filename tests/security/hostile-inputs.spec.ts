import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { accessKeyIn, hiddenFields, newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { hostileFiles } from './corpus/hostile-files'
import { headerInjection } from './corpus/header-injection'
import { linkInjection } from './corpus/link-injection'
import { markupInjection } from './corpus/markup-injection'
import { oversized } from './corpus/oversized'
import { pathTraversal } from './corpus/path-traversal'
import { apiQueries, graphqlQueries, sqlText } from './corpus/query-injection'
import { costlyRequests, refusedBeforeTheSite } from './corpus/costly-requests'
import type { TextCase } from './corpus/types'
import { invalidUtf8Bytes, unicodeTricks } from './corpus/unicode-tricks'
import { expectSafe, outcomeOf, send, Tally, type Answer } from './hostile-http'
import { demoToken } from '../http/staff-login'

const baseUrl = inject('baseUrl')
const tally = new Tally()
const tokens: Record<'admin' | 'handler' | 'editor', string> = { admin: '', handler: '', editor: '' }
let countsBefore: Record<string, number> = {}
let acknowledged = 0

const TEXT_CLASSES: [string, TextCase[]][] = [
  ['script/event-handler injection', markupInjection],
  ['javascript:/data: links', linkInjection],
  ['SQL/NoSQL text', sqlText],
  ['CR/LF header injection', headerInjection],
  ['path traversal', pathTraversal],
  ['zero-width/RTL/unicode', unicodeTricks],
  ['oversized fields', oversized],
]

/** Collections whose size no anonymous input may change (feedback grows only by acknowledged messages). */
const COUNTED = ['users', 'policy-notices', 'service-stations', 'media', 'published-replies', 'events', 'outreach-articles', 'feedback', 'feedback-attachments']


async function counts() {
  const result: Record<string, number> = {}
  for (const slug of COUNTED) {
    // A fresh connection each time: a keep-alive socket the server closed after a refused upload is not reused.
    const response = await fetch(`${baseUrl}/api/${slug}?limit=1&depth=0&draft=true`, { headers: { Authorization: `JWT ${tokens.admin}`, Connection: 'close' } })
    result[slug] = (await response.json()).totalDocs
  }
  return result
}

/**
 * As a browser encodes a value into an address: a lone surrogate (`'\ud800'`), which UTF-8 cannot
 * hold, goes as U+FFFD (encodeURIComponent would throw in the test instead of sending anything).
 */
const q = (value: string) => encodeURIComponent(new TextDecoder().decode(new TextEncoder().encode(value)))

/** Every public page and API that takes a query parameter, with the value in each parameter. */
function getTargets(value: string): string[] {
  const e = q(value)
  return [
    `/search?q=${e}&section=${e}&page=${e}`,
    `/policies?q=${e}&year=${e}&topic=${e}&authority=${e}&validity=${e}&page=${e}`,
    `/stations?q=${e}&district=${e}&street=${e}&service=${e}&type=${e}&near=${e}&open=${e}&page=${e}`,
    `/outreach?tag=${e}&page=${e}`,
    `/events?page=${e}`,
    `/feedback/replies?page=${e}`,
    `/feedback/track?code=${e}`,
    `/api/search-documents?where[title][like]=${e}&sort=${e}`,
    `/api/policy-notices?where[title][equals]=${e}&where[documentNumber][like]=${e}`,
    `/api/service-stations?where[name][like]=${e}&limit=${e}&depth=${e}`,
  ]
}

/** Paths with the value as a slug or file name. */
function pathTargets(value: string): string[] {
  const e = q(value)
  return [`/policies/${e}`, `/stations/${e}`, `/health/${e}`, `/outreach/${e}`, `/events/${e}/event.ics`, `/api/media/file/${e}`, `/api/feedback-attachments/file/${e}`]
}

/** Values of X-Forwarded-For that must never be recorded as they are (the test server trusts loopback). */
const FORGED_ADDRESSES: TextCase[] = [
  '=HYPERLINK("http://evil.example"',
  '<script>alert(1)</script>',
  "1.2.3.4' OR '1'='1",
  '999.1.1.1',
  'unknown',
  '198.51.100.9, =cmd|x',
  '::ffff:zzzz',
  'a'.repeat(300),
].map((value, index) => ({ name: `forged-address-${index + 1}`, value }))

const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  send(`${baseUrl}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) })

const SEARCH_QUERY = 'query($v: String) { SearchDocuments(where: { title: { like: $v } }) { totalDocs } PolicyNotices(where: { title: { equals: $v } }, sort: $v) { totalDocs } }'

beforeAll(async () => {
  for (const role of ['admin', 'handler', 'editor'] as const) {
    tokens[role] = await demoToken(baseUrl, role, { 'X-Forwarded-For': newClientIp() })
  }
  countsBefore = await counts()
})

afterAll(async () => {
  const after = await counts()
  expect(after).toEqual({ ...countsBefore, feedback: countsBefore.feedback + acknowledged, 'feedback-attachments': after['feedback-attachments'] })
  console.log(`\nHostile inputs: ${tally.inputCount()} inputs\n${tally.table()}\n`)
})

describe('hostile input, over HTTP against the built server', { timeout: 900_000 }, () => {
  it('has at least 200 inputs in the corpus', () => {
    const total = TEXT_CLASSES.reduce((sum, [, cases]) => sum + cases.length, 0) + apiQueries.length + graphqlQueries.length + invalidUtf8Bytes.length + hostileFiles().length + costlyRequests.length + FORGED_ADDRESSES.length
    expect(total).toBeGreaterThanOrEqual(200)
  })

  it('every text input in every query parameter, slug, redirect target and GraphQL variable', async () => {
    for (const [kind, cases] of TEXT_CLASSES) {
      for (const { name, value } of cases) {
        for (const path of [...getTargets(value), ...(kind === 'path traversal' || kind === 'javascript:/data: links' ? pathTargets(value) : [])]) {
          const answer = await send(`${baseUrl}${path}`)
          expectSafe(`${name} ${path.slice(0, 60)}`, answer, value)
          tally.add(kind, name, outcomeOf(answer))
        }
        const back = await send(`${baseUrl}/reader-settings?script=${q(value)}&back=${q(value)}`, { headers: /^[\x20-\x7e]*$/.test(value) ? { Referer: value } : {} })
        expectSafe(`${name} reader-settings`, back)
        const location = back.headers.get('location') ?? '/'
        expect({ name, location: /^\/(?![/\\])/.test(location) && !/[\r\n]/.test(location) }).toEqual({ name, location: true })
        expect(back.headers.get('set-cookie') ?? '').not.toMatch(/payload-token/)
        tally.add(kind, name, 'ignored')
        const gql = await graphql(SEARCH_QUERY, { v: value })
        expectSafe(`${name} graphql`, gql)
        tally.add(kind, name, outcomeOf(gql))
      }
    }
  })

  it('every text input in the message form, refused with a message or stored inert', async () => {
    const fields = ['subject', 'message', 'name', 'email', 'phone'] as const
    let turn = 0
    for (const [kind, cases] of TEXT_CLASSES) {
      if (kind === 'path traversal') continue // file names: sent as attachment names below
      for (const { name, value } of cases) {
        const field = fields[turn++ % fields.length]
        const ip = newClientIp()
        const answer = await postForm(baseUrl, ip, await openForm(baseUrl, ip), { ...VALID_MESSAGE, [field]: value })
        expectSafe(`${name} form ${field}`, { status: answer.status, body: answer.html, headers: answer.headers }, value)
        const code = trackingCodeIn(answer.html)
        if (!code) {
          expect({ name, refusedWithMessage: answer.status >= 400 || /class="(field-error|error-summary)/.test(answer.html) }).toEqual({ name, refusedWithMessage: true })
          tally.add(kind, name, 'refused')
          continue
        }
        acknowledged += 1
        await expectStoredInert(name, code, accessKeyIn(answer.html)!)
        tally.add(kind, name, 'stored')
      }
    }
  })

  it('every text input as the tracking form’s code and key', async () => {
    const page = await send(`${baseUrl}/feedback/track`)
    const hidden = hiddenFields(page.body)
    for (const [kind, cases] of TEXT_CLASSES) {
      for (const { name, value } of cases) {
        const answer = await postTrack(hidden, { code: value, key: value })
        expectSafe(`${name} track`, answer, value)
        expect(answer.body).not.toContain('data-testid="tracked-status"')
        tally.add(kind, name, answer.status >= 400 || /role="alert"/.test(answer.body) ? 'refused' : 'ignored')
      }
    }
  })

  it('operator injection, absurd depth/limit/sort and secret fields in REST queries, anonymous and as staff', async () => {
    const anonymous = ['users', 'feedback', 'feedback-attachments', 'audit-log', 'policy-notices', 'published-replies', 'search-documents', 'service-stations', 'media', 'events']
    for (const { name, query } of apiQueries) {
      for (const slug of anonymous) {
        const answer = await send(`${baseUrl}/api/${slug}?${query}`)
        expectSafe(`${name} /api/${slug}?${query}`, answer)
        if (['users', 'feedback', 'feedback-attachments', 'audit-log'].includes(slug) && answer.status === 200) {
          expect({ name, slug, docs: JSON.parse(answer.body).docs?.length ?? 0 }).toEqual({ name, slug, docs: 0 })
        }
        tally.add('SQL/NoSQL operators in where/sort/depth', name, outcomeOf(answer))
      }
      for (const [slug, token] of [['users', tokens.handler], ['feedback', tokens.handler], ['published-replies', tokens.editor]] as const) {
        const answer = await send(`${baseUrl}/api/${slug}?${query}`, { headers: { Authorization: `JWT ${token}` } })
        expectSafe(`${name} staff /api/${slug}?${query}`, answer)
        tally.add('SQL/NoSQL operators in where/sort/depth', name, outcomeOf(answer))
      }
      const page = await send(`${baseUrl}/policies?${query}`)
      expectSafe(`${name} /policies?${query}`, page)
      tally.add('SQL/NoSQL operators in where/sort/depth', name, outcomeOf(page))
    }
  })

  it('hostile GraphQL documents', async () => {
    for (const { name, query } of graphqlQueries) {
      for (const headers of [{}, { Authorization: `JWT ${tokens.handler}` }] as Record<string, string>[]) {
        const answer = await graphql(query, {}, headers)
        expectSafe(`${name} graphql`, answer)
        expect(answer.body).not.toMatch(/"(hash|salt|accessKeyHash)":"|13912345678/)
        tally.add('GraphQL', name, outcomeOf(answer))
      }
    }
  })

  it('costly API requests (conditions, paging, body size, versions, verification), refused in Chinese', async () => {
    for (const { name, path, init } of costlyRequests) {
      const answer = await send(`${baseUrl}${path}`, init)
      expectSafe(name, answer)
      expect({ name, refused: answer.status >= 400 || /"errors"/.test(answer.body), chinese: refusedBeforeTheSite(answer.status) || /[\u4e00-\u9fff]/.test(answer.body) }).toEqual({ name, refused: true, chinese: true })
      tally.add('costly API requests', name, 'refused')
    }
  })

  it('forged and malformed X-Forwarded-For never becomes a recorded address', async () => {
    for (const { name, value } of FORGED_ADDRESSES) {
      const answer = await send(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': value }, body: JSON.stringify({ email: 'forged-address@demo.cdjsw.local', password: 'wrong' }) })
      expectSafe(`${name} login`, answer)
      const log = JSON.parse((await send(`${baseUrl}/api/audit-log?where[actorEmail][equals]=forged-address@demo.cdjsw.local&sort=-at&limit=1&depth=0`, { headers: { Authorization: `JWT ${tokens.admin}` } })).body)
      // Each forged value's last entry is no address: the visitor is the test runner itself.
      expect({ name, ip: log.docs[0]?.ip }).toEqual({ name, ip: '127.0.0.1' })
      tally.add('forged X-Forwarded-For', name, 'ignored')
    }
  })

  it('invalid UTF-8 in query strings, JSON bodies and the message form', async () => {
    for (const { name, bytes } of invalidUtf8Bytes) {
      const encoded = bytes.map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('')
      for (const path of [`/search?q=${encoded}`, `/policies?q=${encoded}`, `/stations?q=${encoded}`, `/feedback/track?code=${encoded}`, `/api/policy-notices?where[title][like]=${encoded}`, `/policies/${encoded}`]) {
        const answer = await send(`${baseUrl}${path}`)
        expectSafe(`${name} ${path}`, answer)
        tally.add('invalid UTF-8', name, outcomeOf(answer))
      }
      const json = Buffer.concat([Buffer.from('{"email":"'), Buffer.from(bytes), Buffer.from('","password":"x"}')])
      for (const path of ['/api/users/login', '/api/graphql', '/api/feedback']) {
        const answer = await send(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json })
        expectSafe(`${name} POST ${path}`, answer)
        tally.add('invalid UTF-8', name, outcomeOf(answer))
      }
      const ip = newClientIp()
      const answer = await postRawForm(ip, await openForm(baseUrl, ip), 'subject', Buffer.concat([Buffer.from('主题'), Buffer.from(bytes)]))
      expectSafe(`${name} form`, answer)
      const code = trackingCodeIn(answer.body)
      if (code) {
        acknowledged += 1
        await expectStoredInert(name, code, accessKeyIn(answer.body)!)
      }
      tally.add('invalid UTF-8', name, code ? 'stored' : answer.status >= 400 || /field-error/.test(answer.body) ? 'refused' : 'ignored')
    }
  })

  it('polyglot and renamed files, pixel floods and bombs as attachments and uploads', async () => {
    for (const file of hostileFiles()) {
      const ip = newClientIp()
      const answer = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE, [file])
      expectSafe(`${file.name} attachment`, { status: answer.status, body: answer.html, headers: answer.headers }, file.fileName)
      const code = trackingCodeIn(answer.html)
      if (code) {
        acknowledged += 1
        await expectStoredInert(file.name, code, accessKeyIn(answer.html)!)
      }
      tally.add('polyglot/renamed files, pixel floods', file.name, code ? 'stored' : 'refused')
      for (const slug of ['media', 'feedback-attachments']) {
        const body = new FormData()
        body.append('file', new Blob([Buffer.from(file.data)], { type: file.type }), file.fileName)
        body.append('_payload', JSON.stringify({ alt: file.name }))
        const upload = await send(`${baseUrl}/api/${slug}`, { method: 'POST', body })
        expectSafe(`${file.name} upload ${slug}`, upload)
        expect(upload.status).toBeGreaterThanOrEqual(400)
        tally.add('polyglot/renamed files, pixel floods', file.name, 'refused')
      }
      // An editor's upload to the media library goes through Payload's own image handling.
      const body = new FormData()
      body.append('file', new Blob([Buffer.from(file.data)], { type: file.type }), file.fileName)
      body.append('_payload', JSON.stringify({ alt: '检测图片' }))
      const staffUpload = await send(`${baseUrl}/api/media`, { method: 'POST', body, headers: { Authorization: `JWT ${tokens.editor}` } })
      expectSafe(`${file.name} editor upload media`, staffUpload)
      if (staffUpload.status < 300) {
        const id = JSON.parse(staffUpload.body).doc.id
        await fetch(`${baseUrl}/api/media/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${tokens.admin}` } })
      }
      tally.add('polyglot/renamed files, pixel floods', file.name, staffUpload.status < 300 ? 'stored' : 'refused')
    }
  })

  it('a form body between the 10 MB proxy buffer and the 16 MB form limit is answered, not cut off', async () => {
    const before = (await counts()).feedback
    const filler = (index: number) => ({ name: `scan-${index}.pdf`, type: 'application/pdf', data: new Uint8Array(4_900_000).fill(0x41 + index) })
    const ip = newClientIp()
    const answer = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE, [filler(0), filler(1), filler(2)])
    expectSafe('14.7 MB form', { status: answer.status, body: answer.html, headers: answer.headers })
    // Three files that are not PDFs (14.1 MB, above the total allowed): the form explains, in Chinese, and saves nothing.
    expect(answer.html).toMatch(/无法识别为图片或 PDF|附件总大小（[\d.]+ MB）超过/)
    expect((await counts()).feedback).toBe(before)
    tally.add('oversized bodies', '14.7 MB form', 'refused')
  })

  it('gzip-encoded request bodies (decompression bombs) are never inflated into a failure', async () => {
    const bomb = zlib.gzipSync(Buffer.concat([Buffer.from('{"email":"'), Buffer.alloc(64 * 1024 * 1024, 0x61), Buffer.from('"}')]), { level: 9 })
    const targets: [string, Record<string, string>][] = [
      ['/api/users/login', { 'Content-Type': 'application/json' }],
      ['/api/graphql', { 'Content-Type': 'application/json' }],
      ['/api/feedback', { 'Content-Type': 'application/json' }],
      ['/api/policy-notices/import/preview', { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` }],
      ['/api/service-stations/import/preview', { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` }],
      ['/feedback/new', { 'Content-Type': 'application/x-www-form-urlencoded' }],
      ['/feedback/track', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ]
    for (const [path, headers] of targets) {
      const answer = await send(`${baseUrl}${path}`, { method: 'POST', headers: { ...headers, 'Content-Encoding': 'gzip' }, body: bomb })
      expectSafe(`gzip bomb ${path}`, answer)
      tally.add('decompression bombs (gzip bodies)', `gzip-${path}`, outcomeOf(answer))
    }
    const alive = await send(`${baseUrl}/`)
    expect(alive.status).toBe(200)
  })

  it('hostile texts and files sent to the staff import endpoints, anonymous and as an editor', async () => {
    const inputs = [...markupInjection.slice(0, 10), ...headerInjection.slice(0, 5), ...pathTraversal.slice(0, 10), ...oversized.slice(0, 4)]
    for (const { name, value } of inputs) {
      for (const path of ['/api/policy-notices/import/preview', '/api/service-stations/import/preview']) {
        for (const auth of [{}, { Authorization: `JWT ${tokens.editor}` }] as Record<string, string>[]) {
          const body = JSON.stringify({ text: `名称,地址\n${value},${value}\n`, fileName: value })
          const answer = await send(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body })
          expectSafe(`${name} ${path}`, answer)
          tally.add('import endpoints', name, outcomeOf(answer))
        }
      }
    }
    for (const file of hostileFiles().slice(0, 12)) {
      const body = JSON.stringify({ base64: Buffer.from(file.data).toString('base64'), fileName: file.fileName })
      for (const path of ['/api/policy-notices/import/preview', '/api/service-stations/import/preview']) {
        const answer = await send(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` }, body })
        expectSafe(`${file.name} ${path}`, answer)
        tally.add('import endpoints', file.name, outcomeOf(answer))
      }
    }
  })
})

/** Posts the tracking form (no JavaScript) from its own address. */
async function postTrack(hidden: Record<string, string>, fields: Record<string, string>): Promise<Answer> {
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...hidden, ...fields })) body.append(name, value)
  return send(`${baseUrl}/feedback/track`, { method: 'POST', body, headers: { Accept: 'text/html' } })
}

/** Posts the message form with one field as raw bytes (what a browser never sends, but a robot can). */
async function postRawForm(ip: string, hidden: Record<string, string>, field: string, bytes: Buffer): Promise<Answer> {
  const boundary = '----hostile' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries({ ...hidden, ...VALID_MESSAGE })) {
    if (name === field) continue
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`))
  return send(`${baseUrl}/feedback/new`, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'X-Forwarded-For': ip, Accept: 'text/html' },
    body: Buffer.concat(parts),
  })
}

/** A stored message shows on its tracking page with the input escaped, and as staff see it over REST. */
async function expectStoredInert(name: string, code: string, key: string) {
  const page = await send(`${baseUrl}/feedback/track`)
  const answer = await postTrack(hiddenFields(page.body), { code, key })
  expectSafe(`${name} tracking page`, answer)
  expect(answer.body).toContain(code)
  const staff = await send(`${baseUrl}/api/feedback?where[trackingCode][equals]=${code}&depth=2`, { headers: { Authorization: `JWT ${tokens.handler}` } })
  expectSafe(`${name} staff view`, staff)
  expect(JSON.parse(staff.body).docs).toHaveLength(1)
}
