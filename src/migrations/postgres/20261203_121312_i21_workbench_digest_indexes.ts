import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'feedbackDailyDigests' BEFORE 'deskScheduledPublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'feedbackDailyDigests' BEFORE 'deskScheduledPublish';
  ALTER TABLE "departments" ADD COLUMN "feedback_digest" boolean DEFAULT false;
  ALTER TABLE "departments" ADD COLUMN "feedback_digest_sent_on" varchar;
  ALTER TABLE "users" ADD COLUMN "feedback_digest" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "feedback_digest_sent_on" varchar;
  CREATE INDEX "feedback_assigned_to_id_status_due_at_idx" ON "feedback" USING btree ("assigned_to_id","status","due_at");
  CREATE INDEX "feedback_department_id_status_due_at_idx" ON "feedback" USING btree ("department_id","status","due_at");
  CREATE INDEX "feedback_status_rating_idx" ON "feedback" USING btree ("status","rating");
  CREATE INDEX "feedback_status_reopen_count_idx" ON "feedback" USING btree ("status","reopen_count");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "feedback_assigned_to_id_status_due_at_idx";
  DROP INDEX "feedback_department_id_status_due_at_idx";
  DROP INDEX "feedback_status_rating_idx";
  DROP INDEX "feedback_status_reopen_count_idx";
  ALTER TABLE "departments" DROP COLUMN "feedback_digest";
  ALTER TABLE "departments" DROP COLUMN "feedback_digest_sent_on";
  ALTER TABLE "users" DROP COLUMN "feedback_digest";
  ALTER TABLE "users" DROP COLUMN "feedback_digest_sent_on";`)
}
