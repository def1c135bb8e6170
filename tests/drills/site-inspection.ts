// Reads a drill's database and uploads folder directly (no Payload), for the consistency checks.
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'

export type StoredFeedback = { id: number; trackingCode: string }
export type StoredAttachment = { id: number; filename: string; filesize: number }
export type Link = { feedbackId: number; attachmentId: number }

async function query(uri: string, sql: string): Promise<Record<string, unknown>[]> {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    try {
      return (await client.execute(sql)).rows as unknown as Record<string, unknown>[]
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

export async function readFeedbackTables(uri: string) {
  const feedback = (await query(uri, 'SELECT id, tracking_code FROM feedback')).map((r) => ({ id: Number(r.id), trackingCode: String(r.tracking_code) }))
  const attachments = (await query(uri, 'SELECT id, filename, filesize FROM feedback_attachments')).map((r) => ({ id: Number(r.id), filename: String(r.filename), filesize: Number(r.filesize) }))
  const links = (await query(uri, "SELECT parent_id, feedback_attachments_id FROM feedback_rels WHERE path = 'attachments' AND feedback_attachments_id IS NOT NULL")).map((r) => ({ feedbackId: Number(r.parent_id), attachmentId: Number(r.feedback_attachments_id) }))
  return { feedback, attachments, links }
}

export function filesIn(folder: string): Map<string, number> {
  const files = new Map<string, number>()
  if (!fs.existsSync(folder)) return files
  for (const name of fs.readdirSync(folder)) {
    const stat = fs.statSync(path.join(folder, name))
    if (stat.isFile()) files.set(name, stat.size)
  }
  return files
}

export { query as queryDrillDatabase }
