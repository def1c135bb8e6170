import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type DeliveredMail = { mailFrom: string; rcptTo: string[]; raw: string }

/** A real SMTP server on loopback that keeps every message it accepts. */
export class MailCatcher {
  readonly delivered: DeliveredMail[] = []
  port = 0
  private server: SMTPServer | null = null

  /** Port 0 picks a free one; pass the old port to come back after `stop()` (an SMTP outage). */
  async start(port = 0) {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('error', callback)
        stream.on('end', () => {
          this.delivered.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    this.port = (server.server.address() as AddressInfo).port
    this.server = server
  }

  async stop() {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get listening() {
    return this.server !== null
  }

  to(address: string) {
    return this.delivered.filter((mail) => mail.rcptTo.includes(address))
  }
}

/** The decoded Subject header (nodemailer writes non-ASCII subjects as RFC 2047 encoded words). */
export function subjectOf(raw: string): string {
  const header = (/^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? '').replace(/\r\n[ \t]+/g, ' ')
  const words = [...header.matchAll(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi)]
  if (words.length === 0) return header
  const bytes = words.map(([, kind, text]) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
  )
  return Buffer.concat(bytes).toString('utf8')
}
