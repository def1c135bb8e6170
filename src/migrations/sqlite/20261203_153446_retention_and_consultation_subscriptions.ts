import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The retention of comments', applications' and error reports' personal data (src/platform/retention):
// their periods in 留言办理时限 and the time an application's applicant details were removed. The
// consultations section of subscriptions and the new job slugs are plain text on SQLite: nothing to do.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosure_applications\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` ADD \`comment_retention_months\` numeric DEFAULT 6 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` ADD \`application_retention_months\` numeric DEFAULT 24 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` ADD \`error_report_retention_months\` numeric DEFAULT 3 NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosure_applications\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` DROP COLUMN \`comment_retention_months\`;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` DROP COLUMN \`application_retention_months\`;`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` DROP COLUMN \`error_report_retention_months\`;`)
}
