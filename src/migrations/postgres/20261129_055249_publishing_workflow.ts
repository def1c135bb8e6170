import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policy_notices_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__policy_notices_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_outreach_articles_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__outreach_articles_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_events_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__events_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_health_topics_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__health_topics_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_service_stations_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__service_stations_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_retired_addresses_status" AS ENUM('410', '308');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseExpiredFeedback';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseExpiredFeedback';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "policy_notices_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_policy_notices_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "outreach_articles_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_outreach_articles_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "events_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_events_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "health_topics_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_health_topics_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "service_stations_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_service_stations_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "retired_addresses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"status" "enum_retired_addresses_status" DEFAULT '410' NOT NULL,
  	"target" varchar,
  	"retired_at" timestamp(3) with time zone,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "policy_notices" ADD COLUMN "change_kind" "enum_policy_notices_change_kind" DEFAULT 'minor';
  ALTER TABLE "policy_notices" ADD COLUMN "change_note" varchar;
  ALTER TABLE "policy_notices" ADD COLUMN "awaiting_review" boolean DEFAULT false;
  ALTER TABLE "policy_notices" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "policy_notices" ADD COLUMN "forced_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "policy_notices" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" ADD COLUMN "withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "policy_notices" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "policy_notices" ADD COLUMN "withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" ADD COLUMN "replacement_path" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_change_kind" "enum__policy_notices_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_awaiting_review" boolean DEFAULT false;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_forced_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_notices_v" ADD COLUMN "version_replacement_path" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "change_kind" "enum_outreach_articles_change_kind" DEFAULT 'minor';
  ALTER TABLE "outreach_articles" ADD COLUMN "change_note" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "awaiting_review" boolean DEFAULT false;
  ALTER TABLE "outreach_articles" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "forced_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "outreach_articles" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "outreach_articles" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "outreach_articles" ADD COLUMN "withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "outreach_articles" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "outreach_articles" ADD COLUMN "withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "outreach_articles" ADD COLUMN "replacement_path" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_change_kind" "enum__outreach_articles_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_awaiting_review" boolean DEFAULT false;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_forced_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_outreach_articles_v" ADD COLUMN "version_replacement_path" varchar;
  ALTER TABLE "events" ADD COLUMN "change_kind" "enum_events_change_kind" DEFAULT 'minor';
  ALTER TABLE "events" ADD COLUMN "change_note" varchar;
  ALTER TABLE "events" ADD COLUMN "awaiting_review" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "events" ADD COLUMN "forced_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "events" ADD COLUMN "withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "replacement_path" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_change_kind" "enum__events_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_events_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_awaiting_review" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_forced_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_replacement_path" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "change_kind" "enum_health_topics_change_kind" DEFAULT 'minor';
  ALTER TABLE "health_topics" ADD COLUMN "change_note" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "awaiting_review" boolean DEFAULT false;
  ALTER TABLE "health_topics" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "forced_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "health_topics" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "health_topics" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "health_topics" ADD COLUMN "withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "health_topics" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "health_topics" ADD COLUMN "withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "health_topics" ADD COLUMN "replacement_path" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_change_kind" "enum__health_topics_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_awaiting_review" boolean DEFAULT false;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_forced_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_health_topics_v" ADD COLUMN "version_replacement_path" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "change_kind" "enum_service_stations_change_kind" DEFAULT 'minor';
  ALTER TABLE "service_stations" ADD COLUMN "change_note" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "awaiting_review" boolean DEFAULT false;
  ALTER TABLE "service_stations" ADD COLUMN "force_publish_reason" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "forced_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "service_stations" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "service_stations" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "service_stations" ADD COLUMN "withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "service_stations" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "service_stations" ADD COLUMN "withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "service_stations" ADD COLUMN "replacement_path" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_change_kind" "enum__service_stations_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_awaiting_review" boolean DEFAULT false;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_force_publish_reason" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_forced_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_last_edited_at" timestamp(3) with time zone;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_approved_by_id" integer;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_withdrawal_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_withdrawal_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_service_stations_v" ADD COLUMN "version_replacement_path" varchar;
  ALTER TABLE "feedback" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "retired_addresses_id" integer;
  ALTER TABLE "feedback_settings" ADD COLUMN "retention_months" numeric DEFAULT 36 NOT NULL;
  ALTER TABLE "policy_notices_change_notes" ADD CONSTRAINT "policy_notices_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_version_change_notes" ADD CONSTRAINT "_policy_notices_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_articles_change_notes" ADD CONSTRAINT "outreach_articles_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outreach_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v_version_change_notes" ADD CONSTRAINT "_outreach_articles_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_outreach_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_change_notes" ADD CONSTRAINT "events_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_change_notes" ADD CONSTRAINT "_events_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_change_notes" ADD CONSTRAINT "health_topics_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_version_change_notes" ADD CONSTRAINT "_health_topics_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations_change_notes" ADD CONSTRAINT "service_stations_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v_version_change_notes" ADD CONSTRAINT "_service_stations_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_stations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_notices_change_notes_order_idx" ON "policy_notices_change_notes" USING btree ("_order");
  CREATE INDEX "policy_notices_change_notes_parent_id_idx" ON "policy_notices_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_policy_notices_v_version_change_notes_order_idx" ON "_policy_notices_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_policy_notices_v_version_change_notes_parent_id_idx" ON "_policy_notices_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "outreach_articles_change_notes_order_idx" ON "outreach_articles_change_notes" USING btree ("_order");
  CREATE INDEX "outreach_articles_change_notes_parent_id_idx" ON "outreach_articles_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_outreach_articles_v_version_change_notes_order_idx" ON "_outreach_articles_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_outreach_articles_v_version_change_notes_parent_id_idx" ON "_outreach_articles_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "events_change_notes_order_idx" ON "events_change_notes" USING btree ("_order");
  CREATE INDEX "events_change_notes_parent_id_idx" ON "events_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_change_notes_order_idx" ON "_events_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_events_v_version_change_notes_parent_id_idx" ON "_events_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "health_topics_change_notes_order_idx" ON "health_topics_change_notes" USING btree ("_order");
  CREATE INDEX "health_topics_change_notes_parent_id_idx" ON "health_topics_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_health_topics_v_version_change_notes_order_idx" ON "_health_topics_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_health_topics_v_version_change_notes_parent_id_idx" ON "_health_topics_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "service_stations_change_notes_order_idx" ON "service_stations_change_notes" USING btree ("_order");
  CREATE INDEX "service_stations_change_notes_parent_id_idx" ON "service_stations_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_service_stations_v_version_change_notes_order_idx" ON "_service_stations_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_service_stations_v_version_change_notes_parent_id_idx" ON "_service_stations_v_version_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "retired_addresses_path_idx" ON "retired_addresses" USING btree ("path");
  CREATE INDEX "retired_addresses_updated_at_idx" ON "retired_addresses" USING btree ("updated_at");
  CREATE INDEX "retired_addresses_created_at_idx" ON "retired_addresses" USING btree ("created_at");
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics" ADD CONSTRAINT "health_topics_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retired_addresses_fk" FOREIGN KEY ("retired_addresses_id") REFERENCES "public"."retired_addresses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_notices_awaiting_review_idx" ON "policy_notices" USING btree ("awaiting_review");
  CREATE INDEX "policy_notices_forced_by_idx" ON "policy_notices" USING btree ("forced_by_id");
  CREATE INDEX "policy_notices_last_edited_by_idx" ON "policy_notices" USING btree ("last_edited_by_id");
  CREATE INDEX "policy_notices_approved_by_idx" ON "policy_notices" USING btree ("approved_by_id");
  CREATE INDEX "_policy_notices_v_version_version_awaiting_review_idx" ON "_policy_notices_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_policy_notices_v_version_version_forced_by_idx" ON "_policy_notices_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_policy_notices_v_version_version_last_edited_by_idx" ON "_policy_notices_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_policy_notices_v_version_version_approved_by_idx" ON "_policy_notices_v" USING btree ("version_approved_by_id");
  CREATE INDEX "outreach_articles_awaiting_review_idx" ON "outreach_articles" USING btree ("awaiting_review");
  CREATE INDEX "outreach_articles_forced_by_idx" ON "outreach_articles" USING btree ("forced_by_id");
  CREATE INDEX "outreach_articles_last_edited_by_idx" ON "outreach_articles" USING btree ("last_edited_by_id");
  CREATE INDEX "outreach_articles_approved_by_idx" ON "outreach_articles" USING btree ("approved_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_awaiting_review_idx" ON "_outreach_articles_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_outreach_articles_v_version_version_forced_by_idx" ON "_outreach_articles_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_last_edited_by_idx" ON "_outreach_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_outreach_articles_v_version_version_approved_by_idx" ON "_outreach_articles_v" USING btree ("version_approved_by_id");
  CREATE INDEX "events_awaiting_review_idx" ON "events" USING btree ("awaiting_review");
  CREATE INDEX "events_forced_by_idx" ON "events" USING btree ("forced_by_id");
  CREATE INDEX "events_last_edited_by_idx" ON "events" USING btree ("last_edited_by_id");
  CREATE INDEX "events_approved_by_idx" ON "events" USING btree ("approved_by_id");
  CREATE INDEX "_events_v_version_version_awaiting_review_idx" ON "_events_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_events_v_version_version_forced_by_idx" ON "_events_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_events_v_version_version_last_edited_by_idx" ON "_events_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_events_v_version_version_approved_by_idx" ON "_events_v" USING btree ("version_approved_by_id");
  CREATE INDEX "health_topics_awaiting_review_idx" ON "health_topics" USING btree ("awaiting_review");
  CREATE INDEX "health_topics_forced_by_idx" ON "health_topics" USING btree ("forced_by_id");
  CREATE INDEX "health_topics_last_edited_by_idx" ON "health_topics" USING btree ("last_edited_by_id");
  CREATE INDEX "health_topics_approved_by_idx" ON "health_topics" USING btree ("approved_by_id");
  CREATE INDEX "_health_topics_v_version_version_awaiting_review_idx" ON "_health_topics_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_health_topics_v_version_version_forced_by_idx" ON "_health_topics_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_health_topics_v_version_version_last_edited_by_idx" ON "_health_topics_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_health_topics_v_version_version_approved_by_idx" ON "_health_topics_v" USING btree ("version_approved_by_id");
  CREATE INDEX "service_stations_awaiting_review_idx" ON "service_stations" USING btree ("awaiting_review");
  CREATE INDEX "service_stations_forced_by_idx" ON "service_stations" USING btree ("forced_by_id");
  CREATE INDEX "service_stations_last_edited_by_idx" ON "service_stations" USING btree ("last_edited_by_id");
  CREATE INDEX "service_stations_approved_by_idx" ON "service_stations" USING btree ("approved_by_id");
  CREATE INDEX "_service_stations_v_version_version_awaiting_review_idx" ON "_service_stations_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_service_stations_v_version_version_forced_by_idx" ON "_service_stations_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_service_stations_v_version_version_last_edited_by_idx" ON "_service_stations_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_service_stations_v_version_version_approved_by_idx" ON "_service_stations_v" USING btree ("version_approved_by_id");
  CREATE INDEX "feedback_anonymised_at_idx" ON "feedback" USING btree ("anonymised_at");
  CREATE INDEX "payload_locked_documents_rels_retired_addresses_id_idx" ON "payload_locked_documents_rels" USING btree ("retired_addresses_id");
  ALTER TABLE "users" DROP COLUMN "reset_password_requested_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_notices_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policy_notices_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_articles_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_articles_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "retired_addresses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policy_notices_change_notes" CASCADE;
  DROP TABLE "_policy_notices_v_version_change_notes" CASCADE;
  DROP TABLE "outreach_articles_change_notes" CASCADE;
  DROP TABLE "_outreach_articles_v_version_change_notes" CASCADE;
  DROP TABLE "events_change_notes" CASCADE;
  DROP TABLE "_events_v_version_change_notes" CASCADE;
  DROP TABLE "health_topics_change_notes" CASCADE;
  DROP TABLE "_health_topics_v_version_change_notes" CASCADE;
  DROP TABLE "service_stations_change_notes" CASCADE;
  DROP TABLE "_service_stations_v_version_change_notes" CASCADE;
  DROP TABLE "retired_addresses" CASCADE;
  ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_forced_by_id_users_id_fk";
  
  ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "policy_notices" DROP CONSTRAINT "policy_notices_approved_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_forced_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_policy_notices_v" DROP CONSTRAINT "_policy_notices_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_forced_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "outreach_articles" DROP CONSTRAINT "outreach_articles_approved_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_forced_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_outreach_articles_v" DROP CONSTRAINT "_outreach_articles_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_forced_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_approved_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_forced_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_forced_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "health_topics" DROP CONSTRAINT "health_topics_approved_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_forced_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_health_topics_v" DROP CONSTRAINT "_health_topics_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_forced_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "service_stations" DROP CONSTRAINT "service_stations_approved_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_forced_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_service_stations_v" DROP CONSTRAINT "_service_stations_v_version_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_retired_addresses_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'feedbackDeadlineReminders', 'healthReviewReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "policy_notices_awaiting_review_idx";
  DROP INDEX "policy_notices_forced_by_idx";
  DROP INDEX "policy_notices_last_edited_by_idx";
  DROP INDEX "policy_notices_approved_by_idx";
  DROP INDEX "_policy_notices_v_version_version_awaiting_review_idx";
  DROP INDEX "_policy_notices_v_version_version_forced_by_idx";
  DROP INDEX "_policy_notices_v_version_version_last_edited_by_idx";
  DROP INDEX "_policy_notices_v_version_version_approved_by_idx";
  DROP INDEX "outreach_articles_awaiting_review_idx";
  DROP INDEX "outreach_articles_forced_by_idx";
  DROP INDEX "outreach_articles_last_edited_by_idx";
  DROP INDEX "outreach_articles_approved_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_awaiting_review_idx";
  DROP INDEX "_outreach_articles_v_version_version_forced_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "_outreach_articles_v_version_version_approved_by_idx";
  DROP INDEX "events_awaiting_review_idx";
  DROP INDEX "events_forced_by_idx";
  DROP INDEX "events_last_edited_by_idx";
  DROP INDEX "events_approved_by_idx";
  DROP INDEX "_events_v_version_version_awaiting_review_idx";
  DROP INDEX "_events_v_version_version_forced_by_idx";
  DROP INDEX "_events_v_version_version_last_edited_by_idx";
  DROP INDEX "_events_v_version_version_approved_by_idx";
  DROP INDEX "health_topics_awaiting_review_idx";
  DROP INDEX "health_topics_forced_by_idx";
  DROP INDEX "health_topics_last_edited_by_idx";
  DROP INDEX "health_topics_approved_by_idx";
  DROP INDEX "_health_topics_v_version_version_awaiting_review_idx";
  DROP INDEX "_health_topics_v_version_version_forced_by_idx";
  DROP INDEX "_health_topics_v_version_version_last_edited_by_idx";
  DROP INDEX "_health_topics_v_version_version_approved_by_idx";
  DROP INDEX "service_stations_awaiting_review_idx";
  DROP INDEX "service_stations_forced_by_idx";
  DROP INDEX "service_stations_last_edited_by_idx";
  DROP INDEX "service_stations_approved_by_idx";
  DROP INDEX "_service_stations_v_version_version_awaiting_review_idx";
  DROP INDEX "_service_stations_v_version_version_forced_by_idx";
  DROP INDEX "_service_stations_v_version_version_last_edited_by_idx";
  DROP INDEX "_service_stations_v_version_version_approved_by_idx";
  DROP INDEX "feedback_anonymised_at_idx";
  DROP INDEX "payload_locked_documents_rels_retired_addresses_id_idx";
  ALTER TABLE "users" ADD COLUMN "reset_password_requested_at" timestamp(3) with time zone;
  ALTER TABLE "policy_notices" DROP COLUMN "change_kind";
  ALTER TABLE "policy_notices" DROP COLUMN "change_note";
  ALTER TABLE "policy_notices" DROP COLUMN "awaiting_review";
  ALTER TABLE "policy_notices" DROP COLUMN "force_publish_reason";
  ALTER TABLE "policy_notices" DROP COLUMN "forced_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "last_edited_at";
  ALTER TABLE "policy_notices" DROP COLUMN "approved_by_id";
  ALTER TABLE "policy_notices" DROP COLUMN "approved_at";
  ALTER TABLE "policy_notices" DROP COLUMN "withdrawal_withdrawn";
  ALTER TABLE "policy_notices" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "policy_notices" DROP COLUMN "withdrawal_withdrawn_at";
  ALTER TABLE "policy_notices" DROP COLUMN "replacement_path";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_awaiting_review";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_forced_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_last_edited_at";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_withdrawal_withdrawn";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_withdrawal_withdrawn_at";
  ALTER TABLE "_policy_notices_v" DROP COLUMN "version_replacement_path";
  ALTER TABLE "outreach_articles" DROP COLUMN "change_kind";
  ALTER TABLE "outreach_articles" DROP COLUMN "change_note";
  ALTER TABLE "outreach_articles" DROP COLUMN "awaiting_review";
  ALTER TABLE "outreach_articles" DROP COLUMN "force_publish_reason";
  ALTER TABLE "outreach_articles" DROP COLUMN "forced_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "last_edited_at";
  ALTER TABLE "outreach_articles" DROP COLUMN "approved_by_id";
  ALTER TABLE "outreach_articles" DROP COLUMN "approved_at";
  ALTER TABLE "outreach_articles" DROP COLUMN "withdrawal_withdrawn";
  ALTER TABLE "outreach_articles" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "outreach_articles" DROP COLUMN "withdrawal_withdrawn_at";
  ALTER TABLE "outreach_articles" DROP COLUMN "replacement_path";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_awaiting_review";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_forced_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_last_edited_at";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_withdrawal_withdrawn";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_withdrawal_withdrawn_at";
  ALTER TABLE "_outreach_articles_v" DROP COLUMN "version_replacement_path";
  ALTER TABLE "events" DROP COLUMN "change_kind";
  ALTER TABLE "events" DROP COLUMN "change_note";
  ALTER TABLE "events" DROP COLUMN "awaiting_review";
  ALTER TABLE "events" DROP COLUMN "force_publish_reason";
  ALTER TABLE "events" DROP COLUMN "forced_by_id";
  ALTER TABLE "events" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "events" DROP COLUMN "last_edited_at";
  ALTER TABLE "events" DROP COLUMN "approved_by_id";
  ALTER TABLE "events" DROP COLUMN "approved_at";
  ALTER TABLE "events" DROP COLUMN "withdrawal_withdrawn";
  ALTER TABLE "events" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "events" DROP COLUMN "withdrawal_withdrawn_at";
  ALTER TABLE "events" DROP COLUMN "replacement_path";
  ALTER TABLE "_events_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_events_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_events_v" DROP COLUMN "version_awaiting_review";
  ALTER TABLE "_events_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_events_v" DROP COLUMN "version_forced_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_edited_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_withdrawal_withdrawn";
  ALTER TABLE "_events_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_events_v" DROP COLUMN "version_withdrawal_withdrawn_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_replacement_path";
  ALTER TABLE "health_topics" DROP COLUMN "change_kind";
  ALTER TABLE "health_topics" DROP COLUMN "change_note";
  ALTER TABLE "health_topics" DROP COLUMN "awaiting_review";
  ALTER TABLE "health_topics" DROP COLUMN "force_publish_reason";
  ALTER TABLE "health_topics" DROP COLUMN "forced_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "last_edited_at";
  ALTER TABLE "health_topics" DROP COLUMN "approved_by_id";
  ALTER TABLE "health_topics" DROP COLUMN "approved_at";
  ALTER TABLE "health_topics" DROP COLUMN "withdrawal_withdrawn";
  ALTER TABLE "health_topics" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "health_topics" DROP COLUMN "withdrawal_withdrawn_at";
  ALTER TABLE "health_topics" DROP COLUMN "replacement_path";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_awaiting_review";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_forced_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_last_edited_at";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_withdrawal_withdrawn";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_withdrawal_withdrawn_at";
  ALTER TABLE "_health_topics_v" DROP COLUMN "version_replacement_path";
  ALTER TABLE "service_stations" DROP COLUMN "change_kind";
  ALTER TABLE "service_stations" DROP COLUMN "change_note";
  ALTER TABLE "service_stations" DROP COLUMN "awaiting_review";
  ALTER TABLE "service_stations" DROP COLUMN "force_publish_reason";
  ALTER TABLE "service_stations" DROP COLUMN "forced_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "last_edited_at";
  ALTER TABLE "service_stations" DROP COLUMN "approved_by_id";
  ALTER TABLE "service_stations" DROP COLUMN "approved_at";
  ALTER TABLE "service_stations" DROP COLUMN "withdrawal_withdrawn";
  ALTER TABLE "service_stations" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "service_stations" DROP COLUMN "withdrawal_withdrawn_at";
  ALTER TABLE "service_stations" DROP COLUMN "replacement_path";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_awaiting_review";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_force_publish_reason";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_forced_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_last_edited_at";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_approved_by_id";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_withdrawal_withdrawn";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_withdrawal_withdrawn_at";
  ALTER TABLE "_service_stations_v" DROP COLUMN "version_replacement_path";
  ALTER TABLE "feedback" DROP COLUMN "anonymised_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "retired_addresses_id";
  ALTER TABLE "feedback_settings" DROP COLUMN "retention_months";
  DROP TYPE "public"."enum_policy_notices_change_kind";
  DROP TYPE "public"."enum__policy_notices_v_version_change_kind";
  DROP TYPE "public"."enum_outreach_articles_change_kind";
  DROP TYPE "public"."enum__outreach_articles_v_version_change_kind";
  DROP TYPE "public"."enum_events_change_kind";
  DROP TYPE "public"."enum__events_v_version_change_kind";
  DROP TYPE "public"."enum_health_topics_change_kind";
  DROP TYPE "public"."enum__health_topics_v_version_change_kind";
  DROP TYPE "public"."enum_service_stations_change_kind";
  DROP TYPE "public"."enum__service_stations_v_version_change_kind";
  DROP TYPE "public"."enum_retired_addresses_status";`)
}
