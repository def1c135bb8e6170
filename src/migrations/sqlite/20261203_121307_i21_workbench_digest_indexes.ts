import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`departments\` ADD \`feedback_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`feedback_digest_sent_on\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`feedback_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`feedback_digest_sent_on\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_assigned_to_id_status_due_at_idx\` ON \`feedback\` (\`assigned_to_id\`,\`status\`,\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_department_id_status_due_at_idx\` ON \`feedback\` (\`department_id\`,\`status\`,\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_rating_idx\` ON \`feedback\` (\`status\`,\`rating\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_reopen_count_idx\` ON \`feedback\` (\`status\`,\`reopen_count\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_assigned_to_id_status_due_at_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_department_id_status_due_at_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_status_rating_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_status_reopen_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`feedback_digest\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`feedback_digest_sent_on\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`feedback_digest\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`feedback_digest_sent_on\`;`)
}
