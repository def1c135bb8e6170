import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Messages merged into another are few: an index of just those rows (as on SQLite, where a full one misleads the planner).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_merged_into_idx";
  CREATE INDEX "feedback_merged_into_idx" ON "feedback" USING btree ("merged_into_id") WHERE "feedback"."merged_into_id" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_merged_into_idx";
  CREATE INDEX "feedback_merged_into_idx" ON "feedback" USING btree ("merged_into_id");`)
}
