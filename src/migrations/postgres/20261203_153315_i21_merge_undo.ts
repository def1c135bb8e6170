import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// 撤销合并: who merged a message, and its status and public steps before the merge.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_before_merge_status" AS ENUM('received', 'accepted');
  ALTER TABLE "feedback" ADD COLUMN "merged_by_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "before_merge_status" "enum_feedback_before_merge_status";
  ALTER TABLE "feedback" ADD COLUMN "before_merge_timeline_steps" numeric;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_merged_by_id_users_id_fk" FOREIGN KEY ("merged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_merged_by_idx" ON "feedback" USING btree ("merged_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DROP CONSTRAINT "feedback_merged_by_id_users_id_fk";
  DROP INDEX "feedback_merged_by_idx";
  ALTER TABLE "feedback" DROP COLUMN "merged_by_id";
  ALTER TABLE "feedback" DROP COLUMN "before_merge_status";
  ALTER TABLE "feedback" DROP COLUMN "before_merge_timeline_steps";
  DROP TYPE "public"."enum_feedback_before_merge_status";`)
}
