import { randomBytes } from 'node:crypto'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueEmail } from '@/platform/email/queue-email'
import { feedbackReceived, type FeedbackReceivedArgs } from '@/features/feedback/email/feedbackReceived'
import { feedbackReplied, type FeedbackRepliedArgs } from '@/features/feedback/email/feedbackReplied'
import { feedbackStaffNotice, type FeedbackStaffNoticeArgs } from '@/features/feedback/email/feedbackStaffNotice'
import { SEND_EMAIL_RETRIES, SEND_EMAIL_RETRY_DELAY_MS } from '@/platform/email/sendEmail'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import { MailCatcher, type DeliveredMail } from './helpers/mail-catcher'
import { residentMessage } from './helpers/resident-message'

/**
 * The e-mail outbox end to end: Payload jobs queued in the caller's transaction, run by
 * `payload.jobs.run()` (autoRun is off: JOBS_AUTORUN=0), delivered over real SMTP to a real
 * SMTP server on loopback that is stopped and restarted on the same port to simulate an outage.
 */

// A real SMTP server on loopback: tests/int/helpers/mail-catcher.ts.
type Delivered = DeliveredMail

// ---------------------------------------------------------------- just enough MIME to read a message

type Part = { headers: Record<string, string>; body: string }

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end + 4)
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

function decodeQuotedPrintable(value: string): Buffer {
  const soft = value.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] || '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body).toString('utf8')
  return body
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    )
}

function leafParts(raw: string): Part[] {
  const { headers, body } = splitHeaders(raw)
  const boundary = /multipart\/[^;]+;.*boundary="?([^";]+)"?/i.exec(headers['content-type'] || '')?.[1]
  if (!boundary) return [{ headers, body: decodeBody(headers, body) }]
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leafParts(chunk.replace(/^\r\n/, '')))
}

function read(mail: Delivered) {
  const { headers } = splitHeaders(mail.raw)
  const parts = leafParts(mail.raw)
  const part = (type: string) => parts.find((p) => (p.headers['content-type'] || '').startsWith(type))?.body
  return {
    subject: decodeHeader(headers.subject || ''),
    to: headers.to,
    from: decodeHeader(headers.from || ''),
    text: part('text/plain'),
    html: part('text/html'),
  }
}

// ---------------------------------------------------------------- Payload

type JobDoc = {
  id: number | string
  taskSlug?: string | null
  input: Record<string, unknown>
  completedAt?: string | null
  processing?: boolean | null
  hasError?: boolean | null
  totalTried?: number | null
  waitUntil?: string | null
  error?: unknown
  log?: Array<{ state: 'failed' | 'succeeded'; output?: unknown; error?: { message?: string } | null }> | null
}

// Not in the generated collection types until `payload generate:types` is run again.
const JOBS = 'payload-jobs' as CollectionSlug

const catcher = new MailCatcher()
let payload: Payload

async function findJob(id: number | string): Promise<JobDoc | null> {
  const { docs } = await payload.find({ collection: JOBS, where: { id: { equals: id } }, depth: 0 })
  return (docs[0] as unknown as JobDoc) ?? null
}

async function mustFindJob(id: number | string): Promise<JobDoc> {
  const job = await findJob(id)
  if (!job) throw new Error(`job ${id} not found`)
  return job
}

/** Time travel without touching Payload's clock: the backoff has "passed" for this job. */
async function expireBackoff(id: number | string) {
  await payload.update({ collection: JOBS, id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never })
}

/** Milliseconds between a moment and the job's waitUntil. */
async function backoffFrom(id: number | string, from: number) {
  const job = await mustFindJob(id)
  return new Date(job.waitUntil ?? 0).getTime() - from
}

const localReq = () => createLocalReq({}, payload)

const plain = (to: string, subject = '测试邮件') => ({
  to,
  subject,
  html: `<p>您好，这是一封测试邮件。</p>`,
  text: '您好，这是一封测试邮件。',
  kind: 'test',
})

beforeAll(async () => {
  // The SMTP server must listen before the config is imported: the e-mail adapter reads SMTP_URL then.
  await catcher.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`
  process.env.JOBS_AUTORUN = '0'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await catcher.stop()
})

describe('e-mail outbox (Payload jobs over real SMTP)', () => {
  it('queues a pending job, sends nothing until jobs run, then delivers exactly once', async () => {
    const to = 'resident-a@example.test'
    const { id } = await queueEmail(await localReq(), plain(to, '测试：您的来信已收到'))

    const pending = await mustFindJob(id)
    expect(pending).toMatchObject({ taskSlug: 'sendEmail', processing: false, hasError: false, totalTried: 0 })
    expect(pending.completedAt).toBeFalsy()
    expect(pending.input).toMatchObject({ to, subject: '测试：您的来信已收到', kind: 'test' })

    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(catcher.delivered).toHaveLength(0)

    const result = await payload.jobs.run()
    expect(result.jobStatus).toEqual({ [id]: { status: 'success' } })
    expect(catcher.to(to)).toHaveLength(1)
    const [mail] = catcher.to(to)
    expect(mail.rcptTo).toEqual([to])
    const message = read(mail)
    expect(message.subject).toBe('测试：您的来信已收到')
    expect(message.to).toBe(to)
    expect(message.text).toContain('您好，这是一封测试邮件。')
    expect(message.html).toContain('<p>您好，这是一封测试邮件。</p>')

    // Completed jobs are deleted (deleteJobOnComplete): no resident address stays in the outbox.
    expect(await findJob(id)).toBeNull()

    // Running the queue again sends nothing more.
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(1)
  })

  it('never re-sends an e-mail whose sending was already logged, e.g. after a crash before completion', async () => {
    const to = 'resident-crash@example.test'
    const input = { ...plain(to), kind: 'test' }
    const now = new Date().toISOString()
    // The state a worker leaves behind when it dies after the send was logged but before the job
    // was marked complete.
    const job = (await payload.db.create({
      collection: JOBS,
      data: {
        taskSlug: 'sendEmail',
        queue: 'default',
        input,
        totalTried: 0,
        processing: false,
        hasError: false,
        log: [
          {
            id: randomBytes(12).toString('hex'),
            executedAt: now,
            completedAt: now,
            taskSlug: 'sendEmail',
            taskID: '1',
            input,
            output: { messageId: '<already-sent@example.test>' },
            state: 'succeeded',
          },
        ],
      },
    })) as unknown as JobDoc
    const result = await payload.jobs.run()
    expect(result.jobStatus).toEqual({ [job.id]: { status: 'success' } })
    expect(catcher.to(to)).toHaveLength(0)
    expect(await findJob(job.id)).toBeNull()
  })

  it('refuses recipients that could inject headers or add recipients, and queues nothing', async () => {
    const before = (await payload.count({ collection: JOBS })).totalDocs
    for (const to of [
      'a@example.test\r\nBcc: victim@example.test',
      'a@example.test\nBcc: victim@example.test',
      'a@example.test, b@example.test',
      'a@example.test;b@example.test',
      '"Someone" <a@example.test>',
      'not-an-address',
      '',
    ]) {
      await expect(queueEmail(await localReq(), plain(to))).rejects.toThrow(/single plain e-mail address/)
    }
    expect((await payload.count({ collection: JOBS })).totalDocs).toBe(before)
  })

  it('keeps the e-mail while SMTP is down, backs off 10 s then 20 s, and delivers once SMTP is back', async () => {
    const to = 'resident-b@example.test'
    const port = catcher.port
    await catcher.stop()

    const { id } = await queueEmail(await localReq(), plain(to, '测试：服务器故障时排队'))

    // First try: connection refused. Nothing reaches the caller; the job records the failure.
    let tried = Date.now()
    await expect(payload.jobs.run({ silent: true })).resolves.toBeTruthy()
    let job = await mustFindJob(id)
    expect(job.completedAt).toBeFalsy()
    expect(job).toMatchObject({ processing: false, hasError: false, totalTried: 1 })
    expect(job.log?.map((entry) => entry.state)).toEqual(['failed'])
    expect(job.log?.[0].error?.message).toMatch(/ECONNREFUSED/)
    let backoff = await backoffFrom(id, tried)
    expect(backoff).toBeGreaterThanOrEqual(SEND_EMAIL_RETRY_DELAY_MS - 100)
    expect(backoff).toBeLessThan(SEND_EMAIL_RETRY_DELAY_MS + 3000)

    // The backoff is respected: running the queue right away does not touch the job.
    await payload.jobs.run({ silent: true })
    expect((await mustFindJob(id)).totalTried).toBe(1)

    // Second failure: the wait doubles.
    await expireBackoff(id)
    tried = Date.now()
    await payload.jobs.run({ silent: true })
    job = await mustFindJob(id)
    expect(job).toMatchObject({ processing: false, hasError: false, totalTried: 2 })
    expect(job.completedAt).toBeFalsy()
    backoff = await backoffFrom(id, tried)
    expect(backoff).toBeGreaterThanOrEqual(2 * SEND_EMAIL_RETRY_DELAY_MS - 100)
    expect(backoff).toBeLessThan(2 * SEND_EMAIL_RETRY_DELAY_MS + 3000)

    // SMTP comes back on the same port. Still waiting for the backoff, so nothing yet.
    await catcher.start(port)
    expect(catcher.port).toBe(port)
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(0)

    // Backoff over: delivered, once, and the job is done.
    await expireBackoff(id)
    const result = await payload.jobs.run()
    expect(result.jobStatus).toEqual({ [id]: { status: 'success' } })
    expect(catcher.to(to)).toHaveLength(1)
    expect(read(catcher.to(to)[0]).subject).toBe('测试：服务器故障时排队')
    expect(await findJob(id)).toBeNull()

    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(1)
  })

  it("accepts a resident's message while SMTP is down and sends the confirmation once it is back", async () => {
    const to = 'resident-form@example.test'
    const port = catcher.port
    await catcher.stop()
    const fields = { kind: 'consultation', subject: '邮件服务器故障时的留言', message: '请问社区服务室周末是否开放？谢谢答复。', email: to, replyBy: 'email', publishConsent: 'no' }
    const submitted = await submitFeedback(payload, residentMessage(fields))
    expect(submitted.ok).toBe(true)
    const queued = await payload.find({ collection: JOBS, overrideAccess: true, limit: 100 })
    const job = (queued.docs as unknown as JobDoc[]).find((doc) => doc.input?.to === to)
    expect(job).toBeTruthy()
    await payload.jobs.run({ silent: true })
    expect(catcher.to(to)).toHaveLength(0)
    expect((await mustFindJob(job!.id)).completedAt).toBeFalsy()

    await catcher.start(port)
    await expireBackoff(job!.id)
    await payload.jobs.run({ silent: true })
    await payload.jobs.run({ silent: true })
    expect(catcher.to(to)).toHaveLength(1)
    if (submitted.ok) expect(read(catcher.to(to)[0]).text).toContain(submitted.trackingCode)
  })

  it(`gives up after 1 + ${SEND_EMAIL_RETRIES} tries, waiting 10 s × 2^n in between`, async () => {
    const to = 'resident-c@example.test'
    const port = catcher.port
    await catcher.stop()
    try {
      const { id } = await queueEmail(await localReq(), plain(to))
      const waits: number[] = []
      for (let attempt = 1; attempt <= SEND_EMAIL_RETRIES + 1; attempt++) {
        if (attempt > 1) await expireBackoff(id)
        const tried = Date.now()
        await payload.jobs.run({ silent: true })
        const job = await mustFindJob(id)
        expect(job.totalTried).toBe(attempt)
        if (!job.hasError) waits.push(Math.round((await backoffFrom(id, tried)) / 1000))
      }
      // 10, 20, 40 … 1280 s: about 42 minutes of outage are ridden out.
      expect(waits).toEqual(Array.from({ length: SEND_EMAIL_RETRIES }, (_, n) => (SEND_EMAIL_RETRY_DELAY_MS / 1000) * 2 ** n))

      const failed = await mustFindJob(id)
      expect(failed).toMatchObject({ hasError: true, processing: false, totalTried: SEND_EMAIL_RETRIES + 1 })
      expect(failed.completedAt).toBeFalsy()
      expect(failed.log).toHaveLength(SEND_EMAIL_RETRIES + 1)

      // A job that has given up stays in the collection for staff, and is not picked up again.
      await catcher.start(port)
      await expireBackoff(id)
      await payload.jobs.run({ silent: true })
      expect(catcher.to(to)).toHaveLength(0)
      expect((await mustFindJob(id)).totalTried).toBe(SEND_EMAIL_RETRIES + 1)
    } finally {
      if (!catcher.listening) await catcher.start(port)
    }
  })

  it('drops the queued e-mail when the transaction that queued it rolls back', async () => {
    const to = 'resident-d@example.test'
    const req = await localReq()
    expect(await initTransaction(req)).toBe(true)
    const { id } = await queueEmail(req, plain(to))
    expect(id).toBeTruthy()
    await killTransaction(req)

    expect(await findJob(id)).toBeNull()
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(0)

    // Control: the same steps with a commit leave exactly one job, delivered by the worker.
    const committed = await localReq()
    expect(await initTransaction(committed)).toBe(true)
    const { id: kept } = await queueEmail(committed, plain(to))
    await commitTransaction(committed)
    expect(await findJob(kept)).not.toBeNull()
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(1)
  })

  it('rolls the e-mail back with a failing save in the same request', async () => {
    const to = 'resident-e@example.test'
    const req = await localReq()
    await initTransaction(req)
    let queued: number | string | undefined
    try {
      queued = (await queueEmail(req, plain(to))).id
      // A save that fails validation after the e-mail was queued (no email, no password).
      await payload.create({ collection: 'users', data: {} as never, req })
      throw new Error('expected the save to fail')
    } catch (error) {
      expect(String(error)).not.toContain('expected the save to fail')
      await killTransaction(req)
    }
    expect(queued).toBeDefined()
    expect(await findJob(queued!)).toBeNull()
  })
})

describe('e-mail templates', () => {
  const siteName = '成都市卫生健康委员会（计划生育）'
  const trackingCode = 'JS2025-7QK4M'
  const trackUrl = `https://jsw.example.gov.cn/zh/feedback/track?code=${trackingCode}`
  const secretKey = 'sk_9fT3qLz8WmV2xRb7Yc4N'

  it('has no parameter through which a secret key could reach an e-mail', () => {
    type Accepts<Args, Key extends string> = Key extends keyof Args ? true : false
    // Nor one for anything the resident wrote: nobody verified that the address is theirs.
    const received: Accepts<FeedbackReceivedArgs, 'secretKey' | 'key' | 'trackingKey' | 'subject' | 'message' | 'name'> = false
    const replied: Accepts<FeedbackRepliedArgs, 'secretKey' | 'key' | 'trackingKey' | 'subject' | 'message' | 'reply'> = false
    const staff: Accepts<FeedbackStaffNoticeArgs, 'secretKey' | 'key' | 'email' | 'name' | 'phone' | 'message'> = false
    expect([received, replied, staff]).toEqual([false, false, false])
  })

  it('sends the resident the tracking code and link, never the secret key nor anything they wrote', async () => {
    const to = 'resident-f@example.test'
    // Callers hold the key next to the other values; it must not leak even if passed along.
    const values = {
      siteName,
      trackingCode,
      trackUrl,
      kindLabel: '咨询',
      subject: '<script>alert("x")</script> 关于生育登记 & 办理时限',
      receivedAt: new Date('2025-03-04T01:30:00Z'),
      replyWithinWorkingDays: 5,
      secretKey,
    }
    const email = feedbackReceived(values as FeedbackReceivedArgs)
    expect(JSON.stringify(email)).not.toContain(secretKey)
    expect(JSON.stringify(email)).not.toContain('关于生育登记')
    expect(email.subject).toBe(`【${siteName}】我们已收到您的咨询（查询码 ${trackingCode}）`)
    expect(email.html).not.toContain('<script>')
    expect(email.html).not.toContain('alert')
    expect(email.html).toContain(`href="${trackUrl}"`)
    expect(email.html).not.toMatch(/<img|https?:\/\/[^"]*\.(?:png|jpe?g|gif|woff2?)|@import|<link/i)
    expect(email.text).not.toContain('alert')
    expect(email.text).toContain('2025-03-04 09:30')
    expect(email.text).toContain('5 个工作日内')
    expect(email.text).toContain('查询密钥')

    await queueEmail(await localReq(), { to, ...email, kind: 'feedback-received' })
    await payload.jobs.run()
    const [mail] = catcher.to(to)
    expect(mail).toBeDefined()
    expect(mail.raw).not.toContain(secretKey)
    const message = read(mail)
    expect(message.subject).toBe(email.subject)
    for (const part of [message.text, message.html]) {
      expect(part).toContain(trackingCode)
      expect(part).toContain(trackUrl)
      expect(part).not.toContain(secretKey)
      expect(part).not.toMatch(/[?&](?:key|secret|token)=/i)
    }
    expect(message.html).not.toContain('alert')
    expect(message.html).not.toContain('<script>')
    expect(message.text?.replace(/\r\n/g, '\n').trim()).toBe(email.text.trim())
  })

  it('tells staff that something arrived without any personal data of the resident', () => {
    const resident = { name: '张三', email: 'zhangsan@example.test', phone: '13800000000', message: '我的详细情况是……' }
    const email = feedbackStaffNotice({
      siteName,
      trackingCode,
      kindLabel: '建议',
      subject: '<b>建议</b>延长窗口办公时间',
      adminUrl: 'https://jsw.example.gov.cn/admin/collections/feedback/42',
      receivedAt: '2025-03-04T01:30:00Z',
      ...resident,
    } as FeedbackStaffNoticeArgs)
    for (const value of Object.values(resident)) expect(JSON.stringify(email)).not.toContain(value)
    expect(email.html).toContain('href="https://jsw.example.gov.cn/admin/collections/feedback/42"')
    expect(email.html).toContain('&lt;b&gt;建议&lt;/b&gt;')
    expect(email.text).toContain(trackingCode)
  })

  it('tells the resident a reply is ready without the reply itself', () => {
    const reply = '经研究，您反映的问题已转交区卫健局办理。'
    const email = feedbackReplied({ siteName, trackingCode, trackUrl, subject: '关于生育登记', reply, secretKey } as FeedbackRepliedArgs)
    expect(JSON.stringify(email)).not.toContain(reply)
    expect(JSON.stringify(email)).not.toContain('关于生育登记')
    expect(email.text).toContain('我们已对您的来信作出答复')
    expect(email.text).not.toContain('办理完毕')
    expect(JSON.stringify(email)).not.toContain(secretKey)
    expect(email.text).toContain(trackUrl)
    expect(email.html).toContain(`href="${trackUrl}"`)
    expect(email.subject).toContain(trackingCode)
  })

  it('does not make links of anything but http(s) URLs', () => {
    const email = feedbackReplied({ siteName, trackingCode, trackUrl: 'javascript:alert(1)' })
    expect(email.html).not.toContain('href="javascript:')
  })
})

describe('jobs through the REST API', () => {
  it('is closed to the public and to non-admin staff', async () => {
    const { rest } = await import('./helpers/api-client')
    const password = 'Correct-Horse-42'
    await payload.create({ collection: 'users', data: { email: 'admin@example.test', password, name: '管理员', roles: ['admin'] } as never })
    await payload.create({ collection: 'users', data: { email: 'editor@example.test', password, name: '编辑', roles: ['editor'] } as never })
    const login = async (email: string) => (await payload.login({ collection: 'users', data: { email, password } })).token!

    const anonymousList = await rest('GET', '/payload-jobs')
    expect(anonymousList.status).toBe(403)
    expect(JSON.stringify(anonymousList.json)).not.toContain('@example.test')
    expect((await rest('GET', '/payload-jobs/run')).status).toBe(401)

    const editor = await login('editor@example.test')
    expect((await rest('GET', '/payload-jobs', { token: editor })).status).toBe(403)
    expect((await rest('GET', '/payload-jobs/run', { token: editor })).status).toBe(401)
    expect((await rest('POST', '/payload-jobs', { token: editor, body: { taskSlug: 'sendEmail', input: plain('x@example.test') } })).status).toBe(403)

    const admin = await login('admin@example.test')
    const list = await rest('GET', '/payload-jobs', { token: admin })
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBeGreaterThan(0)
    expect((await rest('GET', '/payload-jobs/run', { token: admin })).status).toBe(200)
    expect((await rest('POST', '/payload-jobs', { token: admin, body: { taskSlug: 'sendEmail', input: plain('x@example.test') } })).status).toBe(403)
  })
})
