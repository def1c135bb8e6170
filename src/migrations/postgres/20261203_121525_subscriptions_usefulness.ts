import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_email_subscriptions_sections" AS ENUM('policies', 'outreach', 'events', 'health', 'replies');
  CREATE TYPE "public"."enum_email_subscriptions_topics" AS ENUM('family-planning', 'reproductive-health', 'maternal-child', 'floating-population', 'rewards-assistance', 'hiv-prevention', 'administration');
  CREATE TYPE "public"."enum_email_subscriptions_status" AS ENUM('pending', 'confirmed');
  CREATE TYPE "public"."enum_email_subscriptions_frequency" AS ENUM('immediate', 'weekly');
  CREATE TYPE "public"."enum_usefulness_answers_section" AS ENUM('policies', 'guides', 'outreach', 'events', 'health');
  CREATE TYPE "public"."enum_subscription_updates_section" AS ENUM('policies', 'outreach', 'events', 'health', 'replies');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifySubscribers';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'weeklySubscriptionDigest';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifySubscribers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'weeklySubscriptionDigest';
  CREATE TABLE "email_subscriptions_sections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_email_subscriptions_sections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "email_subscriptions_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_email_subscriptions_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "email_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_email_subscriptions_status" DEFAULT 'pending' NOT NULL,
  	"frequency" "enum_email_subscriptions_frequency" DEFAULT 'immediate' NOT NULL,
  	"token_version" numeric DEFAULT 0 NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"last_digest_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "usefulness_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"section" "enum_usefulness_answers_section" NOT NULL,
  	"useful" boolean DEFAULT false NOT NULL,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscription_updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"section" "enum_subscription_updates_section" NOT NULL,
  	"title" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"topic" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"immediate_recipients" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "participation_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscription_emails_per_minute" numeric DEFAULT 30 NOT NULL,
  	"flag_min_no" numeric DEFAULT 5 NOT NULL,
  	"flag_min_no_percent" numeric DEFAULT 40 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "usefulness_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscription_updates_id" integer;
  ALTER TABLE "email_subscriptions_sections" ADD CONSTRAINT "email_subscriptions_sections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."email_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_subscriptions_topics" ADD CONSTRAINT "email_subscriptions_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."email_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "email_subscriptions_sections_order_idx" ON "email_subscriptions_sections" USING btree ("order");
  CREATE INDEX "email_subscriptions_sections_parent_idx" ON "email_subscriptions_sections" USING btree ("parent_id");
  CREATE INDEX "email_subscriptions_topics_order_idx" ON "email_subscriptions_topics" USING btree ("order");
  CREATE INDEX "email_subscriptions_topics_parent_idx" ON "email_subscriptions_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "email_subscriptions_email_idx" ON "email_subscriptions" USING btree ("email");
  CREATE INDEX "email_subscriptions_status_idx" ON "email_subscriptions" USING btree ("status");
  CREATE INDEX "email_subscriptions_frequency_idx" ON "email_subscriptions" USING btree ("frequency");
  CREATE INDEX "email_subscriptions_updated_at_idx" ON "email_subscriptions" USING btree ("updated_at");
  CREATE INDEX "email_subscriptions_created_at_idx" ON "email_subscriptions" USING btree ("created_at");
  CREATE INDEX "usefulness_answers_path_idx" ON "usefulness_answers" USING btree ("path");
  CREATE INDEX "usefulness_answers_updated_at_idx" ON "usefulness_answers" USING btree ("updated_at");
  CREATE INDEX "usefulness_answers_created_at_idx" ON "usefulness_answers" USING btree ("created_at");
  CREATE UNIQUE INDEX "subscription_updates_item_idx" ON "subscription_updates" USING btree ("item");
  CREATE INDEX "subscription_updates_section_idx" ON "subscription_updates" USING btree ("section");
  CREATE INDEX "subscription_updates_published_at_idx" ON "subscription_updates" USING btree ("published_at");
  CREATE INDEX "subscription_updates_updated_at_idx" ON "subscription_updates" USING btree ("updated_at");
  CREATE INDEX "subscription_updates_created_at_idx" ON "subscription_updates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_subscriptions_fk" FOREIGN KEY ("email_subscriptions_id") REFERENCES "public"."email_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_usefulness_answers_fk" FOREIGN KEY ("usefulness_answers_id") REFERENCES "public"."usefulness_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscription_updates_fk" FOREIGN KEY ("subscription_updates_id") REFERENCES "public"."subscription_updates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("email_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_usefulness_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("usefulness_answers_id");
  CREATE INDEX "payload_locked_documents_rels_subscription_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("subscription_updates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_subscriptions_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_subscriptions_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "usefulness_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participation_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_subscriptions_sections" CASCADE;
  DROP TABLE "email_subscriptions_topics" CASCADE;
  DROP TABLE "email_subscriptions" CASCADE;
  DROP TABLE "usefulness_answers" CASCADE;
  DROP TABLE "subscription_updates" CASCADE;
  DROP TABLE "participation_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_usefulness_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscription_updates_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_email_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_usefulness_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscription_updates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "usefulness_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscription_updates_id";
  DROP TYPE "public"."enum_email_subscriptions_sections";
  DROP TYPE "public"."enum_email_subscriptions_topics";
  DROP TYPE "public"."enum_email_subscriptions_status";
  DROP TYPE "public"."enum_email_subscriptions_frequency";
  DROP TYPE "public"."enum_usefulness_answers_section";
  DROP TYPE "public"."enum_subscription_updates_section";`)
}
