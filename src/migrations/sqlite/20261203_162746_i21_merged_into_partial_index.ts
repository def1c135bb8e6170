import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Messages merged into another are few: an index of just those rows stays useful to the planner after ANALYZE.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_merged_into_idx\`;`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`) WHERE "feedback"."merged_into_id" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_merged_into_idx\`;`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`);`)
}
