import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Hand-written: Payload's own scheduled publications (task schedulePublish) no longer exist; they
  // published outside the desk. Pending ones are dropped (a reviewer schedules again at the desk).
  await db.execute(sql`DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'schedulePublish';`)
  await db.execute(sql`DELETE FROM "payload_jobs" WHERE "task_slug" = 'schedulePublish';`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_policy_notices_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__policy_notices_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_outreach_articles_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__outreach_articles_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_events_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__events_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_health_topics_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__health_topics_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_service_stations_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__service_stations_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'deskScheduledPublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "_policy_notices_v_autosave_idx";
  DROP INDEX "_outreach_articles_v_autosave_idx";
  DROP INDEX "_events_v_autosave_idx";
  DROP INDEX "_health_topics_v_autosave_idx";
  ALTER TABLE "policy_notices" ADD COLUMN "desk_state" "enum_policy_notices_desk_state" DEFAULT 'draft';
  ALTER TABLE "policy_notices" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" ADD COLUMN "submit_note" varchar;
  ALTER TABLE "policy_notices" ADD COLUMN "return_remark" varchar;
  ALTER TABLE "policy_notices" ADD COLUMN "returned_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "unpublish_reason" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_desk_state" "enum__policy_notices_v_version_desk_state" DEFAULT 'draft';
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_submit_note" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_return_remark" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_returned_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_unpublish_reason" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "desk_state" "enum_outreach_articles_desk_state" DEFAULT 'draft';
  ALTER TABLE "outreach_articles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "outreach_articles" ADD COLUMN "submit_note" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "return_remark" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "returned_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "outreach_articles" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "unpublish_reason" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_desk_state" "enum__outreach_articles_v_version_desk_state" DEFAULT 'draft';
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_submit_note" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_return_remark" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_returned_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_unpublish_reason" varchar;
  ALTER TABLE "events" ADD COLUMN "desk_state" "enum_events_desk_state" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "submit_note" varchar;
  ALTER TABLE "events" ADD COLUMN "return_remark" varchar;
  ALTER TABLE "events" ADD COLUMN "returned_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "unpublish_reason" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_desk_state" "enum__events_v_version_desk_state" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_submit_note" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_return_remark" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_returned_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_unpublish_reason" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "desk_state" "enum_health_topics_desk_state" DEFAULT 'draft';
  ALTER TABLE "health_topics" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "health_topics" ADD COLUMN "submit_note" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "return_remark" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "returned_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "health_topics" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "unpublish_reason" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_desk_state" "enum__health_topics_v_version_desk_state" DEFAULT 'draft';
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_submit_note" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_return_remark" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_returned_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_unpublish_reason" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "desk_state" "enum_service_stations_desk_state" DEFAULT 'draft';
  ALTER TABLE "service_stations" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "service_stations" ADD COLUMN "submit_note" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "return_remark" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "returned_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "service_stations" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "unpublish_reason" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_desk_state" "enum__service_stations_v_version_desk_state" DEFAULT 'draft';
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_submit_note" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_return_remark" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_returned_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_unpublish_reason" varchar;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "policy_notices_desk_state_idx" ON "policy_notices" USING btree ("desk_state");
  CREATE INDEX "policy_notices_submitted_by_idx" ON "policy_notices" USING btree ("submitted_by_id");
  CREATE INDEX "policy_notices_returned_by_idx" ON "policy_notices" USING btree ("returned_by_id");
  CREATE INDEX "policy_notices_scheduled_at_idx" ON "policy_notices" USING btree ("scheduled_at");
  CREATE INDEX "policy_notices_scheduled_by_idx" ON "policy_notices" USING btree ("scheduled_by_id");
  CREATE INDEX "_policy_notices_v_version_version_desk_state_idx" ON "_policy_notices_v" USING btree ("version_desk_state");
  CREATE INDEX "_policy_notices_v_version_version_submitted_by_idx" ON "_policy_notices_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_policy_notices_v_version_version_returned_by_idx" ON "_policy_notices_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_policy_notices_v_version_version_scheduled_at_idx" ON "_policy_notices_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_policy_notices_v_version_version_scheduled_by_idx" ON "_policy_notices_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "outreach_articles_desk_state_idx" ON "outreach_articles" USING btree ("desk_state");
  CREATE INDEX "outreach_articles_submitted_by_idx" ON "outreach_articles" USING btree ("submitted_by_id");
  CREATE INDEX "outreach_articles_returned_by_idx" ON "outreach_articles" USING btree ("returned_by_id");
  CREATE INDEX "outreach_articles_scheduled_at_idx" ON "outreach_articles" USING btree ("scheduled_at");
  CREATE INDEX "outreach_articles_scheduled_by_idx" ON "outreach_articles" USING btree ("scheduled_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_desk_state_idx" ON "_outreach_articles_v" USING btree ("version_desk_state");
  CREATE INDEX "_outreach_articles_v_version_version_submitted_by_idx" ON "_outreach_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_returned_by_idx" ON "_outreach_articles_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_scheduled_at_idx" ON "_outreach_articles_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_outreach_articles_v_version_version_scheduled_by_idx" ON "_outreach_articles_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "events_desk_state_idx" ON "events" USING btree ("desk_state");
  CREATE INDEX "events_submitted_by_idx" ON "events" USING btree ("submitted_by_id");
  CREATE INDEX "events_returned_by_idx" ON "events" USING btree ("returned_by_id");
  CREATE INDEX "events_scheduled_at_idx" ON "events" USING btree ("scheduled_at");
  CREATE INDEX "events_scheduled_by_idx" ON "events" USING btree ("scheduled_by_id");
  CREATE INDEX "_events_v_version_version_desk_state_idx" ON "_events_v" USING btree ("version_desk_state");
  CREATE INDEX "_events_v_version_version_submitted_by_idx" ON "_events_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_events_v_version_version_returned_by_idx" ON "_events_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_events_v_version_version_scheduled_at_idx" ON "_events_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_events_v_version_version_scheduled_by_idx" ON "_events_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "health_topics_desk_state_idx" ON "health_topics" USING btree ("desk_state");
  CREATE INDEX "health_topics_submitted_by_idx" ON "health_topics" USING btree ("submitted_by_id");
  CREATE INDEX "health_topics_returned_by_idx" ON "health_topics" USING btree ("returned_by_id");
  CREATE INDEX "health_topics_scheduled_at_idx" ON "health_topics" USING btree ("scheduled_at");
  CREATE INDEX "health_topics_scheduled_by_idx" ON "health_topics" USING btree ("scheduled_by_id");
  CREATE INDEX "_health_topics_v_version_version_desk_state_idx" ON "_health_topics_v" USING btree ("version_desk_state");
  CREATE INDEX "_health_topics_v_version_version_submitted_by_idx" ON "_health_topics_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_health_topics_v_version_version_returned_by_idx" ON "_health_topics_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_health_topics_v_version_version_scheduled_at_idx" ON "_health_topics_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_health_topics_v_version_version_scheduled_by_idx" ON "_health_topics_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "service_stations_desk_state_idx" ON "service_stations" USING btree ("desk_state");
  CREATE INDEX "service_stations_submitted_by_idx" ON "service_stations" USING btree ("submitted_by_id");
  CREATE INDEX "service_stations_returned_by_idx" ON "service_stations" USING btree ("returned_by_id");
  CREATE INDEX "service_stations_scheduled_at_idx" ON "service_stations" USING btree ("scheduled_at");
  CREATE INDEX "service_stations_scheduled_by_idx" ON "service_stations" USING btree ("scheduled_by_id");
  CREATE INDEX "_service_stations_v_version_version_desk_state_idx" ON "_service_stations_v" USING btree ("version_desk_state");
  CREATE INDEX "_service_stations_v_version_version_submitted_by_idx" ON "_service_stations_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_service_stations_v_version_version_returned_by_idx" ON "_service_stations_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_service_stations_v_version_version_scheduled_at_idx" ON "_service_stations_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_service_stations_v_version_version_scheduled_by_idx" ON "_service_stations_v" USING btree ("version_scheduled_by_id");
  ALTER TABLE "_policy_notices_v" DROP COLUMN "autosave";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "autosave";
  ALTER TABLE "_events_v" DROP COLUMN "autosave";
  ALTER TABLE "_health_topics_v" DROP COLUMN "autosave";`)
  // Hand-written backfill: the desk state of what exists, from its publication status (a published
  // page is 已发布, or 已撤回 when withdrawn; everything else a draft).
  for (const table of ['policy_notices', 'outreach_articles', 'events', 'health_topics', 'service_stations']) {
    await db.execute(
      sql.raw(
        `UPDATE "${table}" SET "desk_state" = CASE WHEN "_status" = 'published' AND "withdrawal_withdrawn" THEN 'withdrawn' WHEN "_status" = 'published' THEN 'published' ELSE 'draft' END::"enum_${table}_desk_state";`,
      ),
    )
    await db.execute(
      sql.raw(
        `UPDATE "_${table}_v" SET "version_desk_state" = CASE WHEN "version__status" = 'published' AND "version_withdrawal_withdrawn" THEN 'withdrawn' WHEN "version__status" = 'published' THEN 'published' ELSE 'draft' END::"enum__${table}_v_version_desk_state";`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_submitted_by_id_users_id_fk";
  
  ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_returned_by_id_users_id_fk";
  
  ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_returned_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_returned_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_returned_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_submitted_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_returned_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_returned_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_submitted_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_returned_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_returned_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_submitted_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_returned_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_returned_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders', 'anonymiseExpiredFeedback', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "policy_notices_desk_state_idx";
  DROP INDEX "policy_notices_submitted_by_idx";
  DROP INDEX "policy_notices_returned_by_idx";
  DROP INDEX "policy_notices_scheduled_at_idx";
  DROP INDEX "policy_notices_scheduled_by_idx";
  DROP INDEX "_policy_notices_v_version_version_desk_state_idx";
  DROP INDEX "_policy_notices_v_version_version_submitted_by_idx";
  DROP INDEX "_policy_notices_v_version_version_returned_by_idx";
  DROP INDEX "_policy_notices_v_version_version_scheduled_at_idx";
  DROP INDEX "_policy_notices_v_version_version_scheduled_by_idx";
  DROP INDEX "outreach_articles_desk_state_idx";
  DROP INDEX "outreach_articles_submitted_by_idx";
  DROP INDEX "outreach_articles_returned_by_idx";
  DROP INDEX "outreach_articles_scheduled_at_idx";
  DROP INDEX "outreach_articles_scheduled_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_desk_state_idx";
  DROP INDEX "_outreach_articles_v_version_version_submitted_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_returned_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_scheduled_at_idx";
  DROP INDEX "_outreach_articles_v_version_version_scheduled_by_idx";
  DROP INDEX "events_desk_state_idx";
  DROP INDEX "events_submitted_by_idx";
  DROP INDEX "events_returned_by_idx";
  DROP INDEX "events_scheduled_at_idx";
  DROP INDEX "events_scheduled_by_idx";
  DROP INDEX "_events_v_version_version_desk_state_idx";
  DROP INDEX "_events_v_version_version_submitted_by_idx";
  DROP INDEX "_events_v_version_version_returned_by_idx";
  DROP INDEX "_events_v_version_version_scheduled_at_idx";
  DROP INDEX "_events_v_version_version_scheduled_by_idx";
  DROP INDEX "health_topics_desk_state_idx";
  DROP INDEX "health_topics_submitted_by_idx";
  DROP INDEX "health_topics_returned_by_idx";
  DROP INDEX "health_topics_scheduled_at_idx";
  DROP INDEX "health_topics_scheduled_by_idx";
  DROP INDEX "_health_topics_v_version_version_desk_state_idx";
  DROP INDEX "_health_topics_v_version_version_submitted_by_idx";
  DROP INDEX "_health_topics_v_version_version_returned_by_idx";
  DROP INDEX "_health_topics_v_version_version_scheduled_at_idx";
  DROP INDEX "_health_topics_v_version_version_scheduled_by_idx";
  DROP INDEX "service_stations_desk_state_idx";
  DROP INDEX "service_stations_submitted_by_idx";
  DROP INDEX "service_stations_returned_by_idx";
  DROP INDEX "service_stations_scheduled_at_idx";
  DROP INDEX "service_stations_scheduled_by_idx";
  DROP INDEX "_service_stations_v_version_version_desk_state_idx";
  DROP INDEX "_service_stations_v_version_version_submitted_by_idx";
  DROP INDEX "_service_stations_v_version_version_returned_by_idx";
  DROP INDEX "_service_stations_v_version_version_scheduled_at_idx";
  DROP INDEX "_service_stations_v_version_version_scheduled_by_idx";
  ALTER TABLE "_policy_notices_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_events_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_health_topics_v" ADD COLUMN "autosave" boolean;
  CREATE INDEX "_policy_notices_v_autosave_idx" ON "_policy_notices_v" USING btree ("autosave");
  CREATE INDEX "_outreach_articles_v_autosave_idx" ON "_outreach_articles_v" USING btree ("autosave");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "_health_topics_v_autosave_idx" ON "_health_topics_v" USING btree ("autosave");
  ALTER TABLE "policy_notices" DROP COLUMN "desk_state";
  ALTER TABLE "policy_notices" DROP COLUMN "submitted_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "submitted_at";
  ALTER TABLE "policy_notices" DROP COLUMN "submit_note";
  ALTER TABLE "policy_notices" DROP COLUMN "return_remark";
  ALTER TABLE "policy_notices" DROP COLUMN "returned_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "scheduled_at";
  ALTER TABLE "policy_notices" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "unpublish_reason";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_desk_state";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_submit_note";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_return_remark";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_returned_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_scheduled_at";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "outreach_articles" DROP COLUMN "desk_state";
  ALTER TABLE "outreach_articles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "submitted_at";
  ALTER TABLE "outreach_articles" DROP COLUMN "submit_note";
  ALTER TABLE "outreach_articles" DROP COLUMN "return_remark";
  ALTER TABLE "outreach_articles" DROP COLUMN "returned_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "scheduled_at";
  ALTER TABLE "outreach_articles" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "unpublish_reason";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_desk_state";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_submit_note";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_return_remark";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_returned_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_scheduled_at";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "events" DROP COLUMN "desk_state";
  ALTER TABLE "events" DROP COLUMN "submitted_by_id";
  ALTER TABLE "events" DROP COLUMN "submitted_at";
  ALTER TABLE "events" DROP COLUMN "submit_note";
  ALTER TABLE "events" DROP COLUMN "return_remark";
  ALTER TABLE "events" DROP COLUMN "returned_by_id";
  ALTER TABLE "events" DROP COLUMN "scheduled_at";
  ALTER TABLE "events" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "events" DROP COLUMN "unpublish_reason";
  ALTER TABLE "_events_v" DROP COLUMN "version_desk_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_submit_note";
  ALTER TABLE "_events_v" DROP COLUMN "version_return_remark";
  ALTER TABLE "_events_v" DROP COLUMN "version_returned_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_scheduled_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "health_topics" DROP COLUMN "desk_state";
  ALTER TABLE "health_topics" DROP COLUMN "submitted_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "submitted_at";
  ALTER TABLE "health_topics" DROP COLUMN "submit_note";
  ALTER TABLE "health_topics" DROP COLUMN "return_remark";
  ALTER TABLE "health_topics" DROP COLUMN "returned_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "scheduled_at";
  ALTER TABLE "health_topics" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "unpublish_reason";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_desk_state";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_submit_note";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_return_remark";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_returned_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_scheduled_at";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "service_stations" DROP COLUMN "desk_state";
  ALTER TABLE "service_stations" DROP COLUMN "submitted_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "submitted_at";
  ALTER TABLE "service_stations" DROP COLUMN "submit_note";
  ALTER TABLE "service_stations" DROP COLUMN "return_remark";
  ALTER TABLE "service_stations" DROP COLUMN "returned_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "scheduled_at";
  ALTER TABLE "service_stations" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "unpublish_reason";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_desk_state";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_submit_note";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_return_remark";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_returned_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_scheduled_at";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_unpublish_reason";
  DROP TYPE "public"."enum_policy_notices_desk_state";
  DROP TYPE "public"."enum__policy_notices_v_version_desk_state";
  DROP TYPE "public"."enum_outreach_articles_desk_state";
  DROP TYPE "public"."enum__outreach_articles_v_version_desk_state";
  DROP TYPE "public"."enum_events_desk_state";
  DROP TYPE "public"."enum__events_v_version_desk_state";
  DROP TYPE "public"."enum_health_topics_desk_state";
  DROP TYPE "public"."enum__health_topics_v_version_desk_state";
  DROP TYPE "public"."enum_service_stations_desk_state";
  DROP TYPE "public"."enum__service_stations_v_version_desk_state";`)
}
