import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { applyTextCorrections, decodeNoticeBytes, noticeToLexical } from '@/features/policies/rules/notice-text'
import { importNoticeFile } from '@/features/policies/server/import-notices'
import { DEMO_AMENDMENT, DEMO_INTERPRETATION, DEMO_NOTICE_FILES, FOUNDING_NOTICE_CHANGE_NOTE, FOUNDING_NOTICE_CORRECTIONS, FOUNDING_NOTICE_FILE } from './demo-notices'

const NOTICE_FOLDER = path.resolve(process.cwd(), 'src/seed/notices')
const context = { disableRevalidate: true }

async function findByNumber(payload: Payload, documentNumber: string) {
  const found = await payload.find({ collection: 'policy-notices', where: { documentNumber: { equals: documentNumber } }, limit: 1, depth: 0 })
  return found.docs[0]
}

/** Demo notices through the real importer; a second run finds them and changes nothing. */
export async function seedNotices(payload: Payload, report: { created: string[]; kept: string[] }) {
  for (const demo of DEMO_NOTICE_FILES) {
    const corrected = demo.file === FOUNDING_NOTICE_FILE
    const source = fs.readFileSync(path.join(NOTICE_FOLDER, demo.file))
    const fixed = corrected ? applyTextCorrections(decodeNoticeBytes(source), FOUNDING_NOTICE_CORRECTIONS) : null
    if (fixed && fixed.missing.length > 0) throw new Error(`demo notice ${demo.file}: a correction no longer matches the file`)
    const bytes = fixed ? Buffer.from(fixed.text, 'utf8') : source
    const outcome = await importNoticeFile(payload, demo.file, bytes, { publish: true })
    if (outcome.status === 'failed') throw new Error(`demo notice ${demo.file}: ${outcome.reason}`)
    ;(outcome.status === 'imported' ? report.created : report.kept).push(`policy-notices:${demo.file}`)
    if (outcome.status === 'imported' && outcome.id) {
      // The correction is published as a substantive change, so its note appears on the page as any other.
      const note = corrected ? { changeKind: 'substantive' as const, changeNote: FOUNDING_NOTICE_CHANGE_NOTE } : {}
      await payload.update({ collection: 'policy-notices', id: outcome.id, data: { topic: demo.topic, keywords: demo.keywords, ...note }, context })
    }
  }

  const [amended, by, interpreted] = await Promise.all([
    findByNumber(payload, DEMO_AMENDMENT.amended),
    findByNumber(payload, DEMO_AMENDMENT.by),
    findByNumber(payload, DEMO_INTERPRETATION.interprets),
  ])
  if (amended && by && amended.validity !== 'amended') {
    await payload.update({
      collection: 'policy-notices',
      id: amended.id,
      data: {
        validity: 'amended',
        validityNote: DEMO_AMENDMENT.note,
        supersededBy: [by.id],
        changeNotes: [...(amended.changeNotes ?? []), { date: '2023-02-10T02:00:00.000Z', note: DEMO_AMENDMENT.note }],
      },
      context,
    })
  }

  const existing = await payload.find({ collection: 'policy-notices', where: { title: { equals: DEMO_INTERPRETATION.title } }, limit: 1, depth: 0 })
  if (existing.totalDocs === 0 && interpreted) {
    const interpretation = await payload.create({
      collection: 'policy-notices',
      data: {
        title: DEMO_INTERPRETATION.title,
        kind: 'interpretation',
        issuingAuthority: '成都市卫生健康委员会',
        dateWritten: '2021-06-03',
        datePublished: '2021-06-03T02:00:00.000Z',
        topic: 'family-planning',
        validity: 'in-force',
        keywords: ['生育登记', '政策解读'],
        related: [interpreted.id],
        body: noticeToLexical({
          title: DEMO_INTERPRETATION.title,
          blocks: DEMO_INTERPRETATION.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
          attachments: [],
          references: [],
          wasTraditional: false,
          warnings: [],
        }) as never,
        _status: 'published',
      },
      context,
    })
    await payload.update({ collection: 'policy-notices', id: interpreted.id, data: { related: [interpretation.id] }, context })
    report.created.push('policy-notices:interpretation')
  }
}
