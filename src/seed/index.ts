import type { Payload } from 'payload'
import { analyzeTables } from '@/platform/database/analyze-tables'
import { DEMO_SITE_SETTINGS } from './demo-site-settings'
import { DEMO_STAFF } from './demo-staff'
import { seedDisclosure } from './disclosure/seed-disclosure'
import { seedFeedback } from './seed-feedback'
import { seedGuides } from './guides/seed-guides'
import { seedNotices } from './seed-notices'
import { seedAnnualReport } from './open-government/seed-annual-report'
import { seedOpenGovernment } from './open-government/seed-open-government'
import { seedOutreachHealth } from './seed-outreach-health'
import { seedStations } from './seed-stations'
import { seedConsultations } from './consultations/seed-consultations'
import { seedParticipation } from './participation/seed-participation'

export type SeedReport = { created: string[]; kept: string[] }

/** Idempotent: running it again finds what exists by a stable key and creates nothing twice. */
export async function seedDemo(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: [], kept: [] }
  const context = { disableRevalidate: true }

  for (const staff of DEMO_STAFF) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: staff.email } },
      limit: 1,
      depth: 0,
    })
    if (existing.totalDocs > 0) {
      report.kept.push(`users:${staff.email}`)
      continue
    }
    await payload.create({ collection: 'users', data: staff, context })
    report.created.push(`users:${staff.email}`)
  }

  await payload.updateGlobal({ slug: 'site-settings', data: DEMO_SITE_SETTINGS, context })
  report.kept.push('site-settings')
  await seedNotices(payload, report)
  await seedFeedback(payload, report)
  await seedStations(payload, report)
  await seedOutreachHealth(payload, report)
  await seedGuides(payload, report)
  await seedConsultations(payload, report)
  await seedParticipation(payload, report)
  await seedOpenGovernment(payload, report)
  await seedDisclosure(payload, report)
  await seedAnnualReport(payload, report)
  await analyzeTables(payload)
  return report
}
