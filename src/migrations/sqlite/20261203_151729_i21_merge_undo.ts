import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// 撤销合并: who merged a message, and its status and public steps before the merge.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`merged_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`before_merge_status\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`before_merge_timeline_steps\` numeric;`)
  await db.run(sql`CREATE INDEX \`feedback_merged_by_idx\` ON \`feedback\` (\`merged_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_merged_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`merged_by_id\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`before_merge_status\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`before_merge_timeline_steps\`;`)
}
