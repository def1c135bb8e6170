import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The retention of comments', applications' and error reports' personal data (src/platform/retention):
// their periods in 留言办理时限, the time an application's applicant details were removed and the
// three daily jobs; and consultations as a section of e-mail subscriptions.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseCommentContacts';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseExpiredApplications';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseErrorReportContacts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseCommentContacts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseExpiredApplications';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseErrorReportContacts';
  ALTER TYPE "public"."enum_email_subscriptions_sections" ADD VALUE 'consultations';
  ALTER TYPE "public"."enum_subscription_updates_section" ADD VALUE 'consultations';
  ALTER TABLE "disclosure_applications" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "feedback_settings" ADD COLUMN "comment_retention_months" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "feedback_settings" ADD COLUMN "application_retention_months" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "feedback_settings" ADD COLUMN "error_report_retention_months" numeric DEFAULT 3 NOT NULL;`)
}

// PostgreSQL cannot drop a value from an enum: each type is made again without it, after the rows
// holding it (jobs of the three tasks, subscriptions to consultations) are removed.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "payload_jobs_log" WHERE "task_slug"::text IN ('anonymiseCommentContacts', 'anonymiseExpiredApplications', 'anonymiseErrorReportContacts');
  DELETE FROM "payload_jobs" WHERE "task_slug"::text IN ('anonymiseCommentContacts', 'anonymiseExpiredApplications', 'anonymiseErrorReportContacts');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'feedbackDailyDigests', 'deskScheduledPublish', 'notifySubscribers', 'weeklySubscriptionDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'feedbackDailyDigests', 'deskScheduledPublish', 'notifySubscribers', 'weeklySubscriptionDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DELETE FROM "email_subscriptions_sections" WHERE "value"::text = 'consultations';
  ALTER TABLE "email_subscriptions_sections" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_subscriptions_sections";
  CREATE TYPE "public"."enum_email_subscriptions_sections" AS ENUM('policies', 'outreach', 'events', 'health', 'replies');
  ALTER TABLE "email_subscriptions_sections" ALTER COLUMN "value" SET DATA TYPE "public"."enum_email_subscriptions_sections" USING "value"::"public"."enum_email_subscriptions_sections";
  DELETE FROM "subscription_updates" WHERE "section"::text = 'consultations';
  ALTER TABLE "subscription_updates" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_subscription_updates_section";
  CREATE TYPE "public"."enum_subscription_updates_section" AS ENUM('policies', 'outreach', 'events', 'health', 'replies');
  ALTER TABLE "subscription_updates" ALTER COLUMN "section" SET DATA TYPE "public"."enum_subscription_updates_section" USING "section"::"public"."enum_subscription_updates_section";
  ALTER TABLE "disclosure_applications" DROP COLUMN "anonymised_at";
  ALTER TABLE "feedback_settings" DROP COLUMN "comment_retention_months";
  ALTER TABLE "feedback_settings" DROP COLUMN "application_retention_months";
  ALTER TABLE "feedback_settings" DROP COLUMN "error_report_retention_months";`)
}
