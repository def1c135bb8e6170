import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "feedback_open_data_idx" ON "feedback" USING btree ("received_month","kind","department_id","status","needs_moderation","first_replied_at","replied_on_time","working_days_to_reply","rating");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_open_data_idx";`)
}
