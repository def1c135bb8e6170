import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`feedback_open_data_idx\` ON \`feedback\` (\`received_month\`,\`kind\`,\`department_id\`,\`status\`,\`needs_moderation\`,\`first_replied_at\`,\`replied_on_time\`,\`working_days_to_reply\`,\`rating\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_open_data_idx\`;`)
}
