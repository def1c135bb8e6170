import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`pending_change\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`pending_change\` text;`)
  await db.run(sql`ALTER TABLE \`districts\` ADD \`pending_change\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`pending_change\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`pending_change\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`pending_change\`;`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`pending_change\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`pending_change\`;`)
}
