// `npm run drill:smtp [-- --messages=20 --outage=30]`: a real SMTP server on loopback is stopped;
// residents submit messages (each with its own e-mail address) and all must succeed; then the
// SMTP server comes back and every queued e-mail must be delivered exactly once.
import { MailCatcher } from '../int/helpers/mail-catcher'
import { cliOptions } from '../bench/harness.mjs'
import { newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { drill, ensureBuild, log, prepareSite, printTable, startServer } from './drill-harness.mjs'
import { queryDrillDatabase } from './site-inspection'

const { number } = cliOptions()
const MESSAGES = number('messages', 20)
const OUTAGE_S = number('outage', 30)
const PORT = number('port', 3401)
const SMTP_PORT = number('smtp-port', 3402)

const messageIdOf = (raw: string) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? ''

await drill('drill:smtp', async (onCleanup: (cleanup: () => Promise<unknown>) => void) => {
  await ensureBuild()
  const site = await prepareSite('sqlite', 'smtp')
  onCleanup(() => site.remove())
  const catcher = new MailCatcher()
  await catcher.start(SMTP_PORT)
  onCleanup(() => catcher.stop())
  const server = startServer(PORT, { ...site.env, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, JOBS_AUTORUN: '1', STAFF_NOTIFY_EMAIL: 'staff@drill.example.test' })
  onCleanup(() => server.stop())
  await server.ready()
  const pendingJobs = async () =>
    Number((await queryDrillDatabase(site.database.uri, "SELECT count(*) AS n FROM payload_jobs WHERE task_slug = 'sendEmail' AND completed_at IS NULL"))[0].n)
  const failedJobs = async () =>
    Number((await queryDrillDatabase(site.database.uri, "SELECT count(*) AS n FROM payload_jobs WHERE task_slug = 'sendEmail' AND has_error = 1"))[0].n)

  // Mail queued before the outage (the demo content's) is not part of the count.
  const deliveredBefore = catcher.delivered.length
  await catcher.stop()
  const outageStarted = Date.now()
  log(`SMTP server on ${SMTP_PORT} stopped; submitting ${MESSAGES} messages`)
  const residents: string[] = []
  let acknowledged = 0
  let failed = 0
  for (let i = 1; i <= MESSAGES; i++) {
    const email = `resident-${i}@drill.example.test`
    const ip = newClientIp()
    const response = await postForm(server.url, ip, await openForm(server.url, ip), { ...VALID_MESSAGE, email, replyBy: 'email', subject: `邮件中断演练 ${i}` })
    if (response.status === 200 && trackingCodeIn(response.html)) {
      acknowledged++
      residents.push(email)
    } else failed++
  }
  const rest = OUTAGE_S * 1000 - (Date.now() - outageStarted)
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest))
  const queuedDuringOutage = await pendingJobs()
  const deliveredDuringOutage = catcher.delivered.length - deliveredBefore
  log(`outage over after ${((Date.now() - outageStarted) / 1000).toFixed(0)} s: ${queuedDuringOutage} e-mails waiting; SMTP back on ${SMTP_PORT}`)
  await catcher.start(SMTP_PORT)
  const backAt = Date.now()
  // Backoff after failures: 10 s, 20 s, 40 s … so the queue drains within a few minutes.
  const deadline = Date.now() + 5 * 60_000
  while (Date.now() < deadline && (await pendingJobs()) > 0) await new Promise((resolve) => setTimeout(resolve, 2000))
  const drainedAfter = (Date.now() - backAt) / 1000
  // A little longer, to catch any late duplicate.
  await new Promise((resolve) => setTimeout(resolve, 12_000))

  const ids = catcher.delivered.map((mail) => messageIdOf(mail.raw))
  const duplicateIds = ids.length - new Set(ids).size
  const perResident = residents.map((address) => catcher.to(address).length)
  const residentsWithOne = perResident.filter((n) => n === 1).length
  const residentsWithMore = perResident.filter((n) => n > 1).length
  const residentsWithNone = perResident.filter((n) => n === 0).length
  const stillPending = await pendingJobs()
  const gaveUp = await failedJobs()
  printTable(`SMTP outage drill (${OUTAGE_S} s outage)`, [
    ['submissions while SMTP was down', MESSAGES],
    ['acknowledged with a tracking code', acknowledged],
    ['SUBMISSIONS FAILED', failed],
    ['e-mails queued during the outage', queuedDuringOutage],
    ['delivered during the outage', deliveredDuringOutage],
    ['delivered before the outage (not counted)', deliveredBefore],
    ['delivered after SMTP came back', catcher.delivered.length - deliveredBefore],
    ['queue drained after (s)', drainedAfter.toFixed(1)],
    ['residents with exactly one receipt', `${residentsWithOne} / ${residents.length}`],
    ['RESIDENTS WITHOUT A RECEIPT', residentsWithNone],
    ['RESIDENTS WITH MORE THAN ONE RECEIPT', residentsWithMore],
    ['DUPLICATE MESSAGE-IDS', duplicateIds],
    ['E-MAILS STILL QUEUED', stillPending],
    ['E-MAIL JOBS THAT GAVE UP', gaveUp],
  ])
  return failed === 0 && deliveredDuringOutage === 0 && catcher.delivered.length - deliveredBefore === queuedDuringOutage &&
    residentsWithOne === residents.length && duplicateIds === 0 && stillPending === 0 && gaveUp === 0
})
