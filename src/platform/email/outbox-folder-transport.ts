import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Transport } from 'nodemailer'

/**
 * A nodemailer transport for development without SMTP: every message is written to a folder as
 * an .eml file that any mail client can open, so nothing is sent and nothing is lost.
 */
export function outboxFolderTransport(folder: string): Transport {
  return {
    name: 'outbox-folder',
    version: '1.0.0',
    send(mail, callback) {
      mail.message.build(async (buildError, raw) => {
        if (buildError) return callback(buildError, undefined as never)
        try {
          await fs.mkdir(folder, { recursive: true })
          const stamp = new Date().toISOString().replace(/[:.]/g, '-')
          const file = path.join(folder, `${stamp}-${randomUUID().slice(0, 8)}.eml`)
          await fs.writeFile(file, raw)
          callback(null, {
            envelope: mail.message.getEnvelope(),
            messageId: mail.message.messageId(),
            file,
          } as never)
        } catch (writeError) {
          callback(writeError as Error, undefined as never)
        }
      })
    },
  }
}
