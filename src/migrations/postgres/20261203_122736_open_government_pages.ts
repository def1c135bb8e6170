import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_open_government_pages_slug" AS ENUM('guide');
  CREATE TYPE "public"."enum_open_government_pages_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_open_government_pages_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_open_government_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__open_government_pages_v_version_slug" AS ENUM('guide');
  CREATE TYPE "public"."enum__open_government_pages_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__open_government_pages_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__open_government_pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_site_error_reports_status" AS ENUM('received', 'answered', 'dismissed');
  CREATE TYPE "public"."enum_site_error_reports_outcome" AS ENUM('corrected', 'no-error', 'referred');
  CREATE TABLE "open_government_pages_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "open_government_pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" "enum_open_government_pages_slug",
  	"summary" varchar,
  	"example" boolean DEFAULT false,
  	"published" jsonb,
  	"how_to_apply" jsonb,
  	"time_limits" jsonb,
  	"fees" jsonb,
  	"remedies" jsonb,
  	"change_kind" "enum_open_government_pages_change_kind" DEFAULT 'minor',
  	"change_note" varchar,
  	"awaiting_review" boolean DEFAULT false,
  	"force_publish_reason" varchar,
  	"forced_by_id" integer,
  	"last_edited_by_id" integer,
  	"last_edited_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawal_withdrawn" boolean DEFAULT false,
  	"withdrawal_reason" varchar,
  	"withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"replacement_path" varchar,
  	"desk_state" "enum_open_government_pages_desk_state" DEFAULT 'draft',
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"submit_note" varchar,
  	"return_remark" varchar,
  	"returned_by_id" integer,
  	"scheduled_at" timestamp(3) with time zone,
  	"scheduled_by_id" integer,
  	"unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_open_government_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_open_government_pages_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_open_government_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" "enum__open_government_pages_v_version_slug",
  	"version_summary" varchar,
  	"version_example" boolean DEFAULT false,
  	"version_published" jsonb,
  	"version_how_to_apply" jsonb,
  	"version_time_limits" jsonb,
  	"version_fees" jsonb,
  	"version_remedies" jsonb,
  	"version_change_kind" "enum__open_government_pages_v_version_change_kind" DEFAULT 'minor',
  	"version_change_note" varchar,
  	"version_awaiting_review" boolean DEFAULT false,
  	"version_force_publish_reason" varchar,
  	"version_forced_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_last_edited_at" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawal_withdrawn" boolean DEFAULT false,
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"version_replacement_path" varchar,
  	"version_desk_state" "enum__open_government_pages_v_version_desk_state" DEFAULT 'draft',
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_submit_note" varchar,
  	"version_return_remark" varchar,
  	"version_returned_by_id" integer,
  	"version_scheduled_at" timestamp(3) with time zone,
  	"version_scheduled_by_id" integer,
  	"version_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__open_government_pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "site_error_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"page_url" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"email" varchar,
  	"contact_given" boolean DEFAULT false,
  	"status" "enum_site_error_reports_status" DEFAULT 'received' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"due_day" varchar,
  	"outcome" "enum_site_error_reports_outcome",
  	"answer" varchar,
  	"dismiss_reason" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"answered_by_id" integer,
  	"idempotency_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open_government_pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_error_reports_id" integer;
  ALTER TABLE "open_government_pages_change_notes" ADD CONSTRAINT "open_government_pages_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."open_government_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_pages" ADD CONSTRAINT "open_government_pages_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v_version_change_notes" ADD CONSTRAINT "_open_government_pages_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_open_government_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_parent_id_open_government_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."open_government_pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_pages_v" ADD CONSTRAINT "_open_government_pages_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_error_reports" ADD CONSTRAINT "site_error_reports_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "open_government_pages_change_notes_order_idx" ON "open_government_pages_change_notes" USING btree ("_order");
  CREATE INDEX "open_government_pages_change_notes_parent_id_idx" ON "open_government_pages_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "open_government_pages_slug_idx" ON "open_government_pages" USING btree ("slug");
  CREATE INDEX "open_government_pages_awaiting_review_idx" ON "open_government_pages" USING btree ("awaiting_review");
  CREATE INDEX "open_government_pages_forced_by_idx" ON "open_government_pages" USING btree ("forced_by_id");
  CREATE INDEX "open_government_pages_last_edited_by_idx" ON "open_government_pages" USING btree ("last_edited_by_id");
  CREATE INDEX "open_government_pages_approved_by_idx" ON "open_government_pages" USING btree ("approved_by_id");
  CREATE INDEX "open_government_pages_desk_state_idx" ON "open_government_pages" USING btree ("desk_state");
  CREATE INDEX "open_government_pages_submitted_by_idx" ON "open_government_pages" USING btree ("submitted_by_id");
  CREATE INDEX "open_government_pages_returned_by_idx" ON "open_government_pages" USING btree ("returned_by_id");
  CREATE INDEX "open_government_pages_scheduled_at_idx" ON "open_government_pages" USING btree ("scheduled_at");
  CREATE INDEX "open_government_pages_scheduled_by_idx" ON "open_government_pages" USING btree ("scheduled_by_id");
  CREATE INDEX "open_government_pages_updated_at_idx" ON "open_government_pages" USING btree ("updated_at");
  CREATE INDEX "open_government_pages_created_at_idx" ON "open_government_pages" USING btree ("created_at");
  CREATE INDEX "open_government_pages__status_idx" ON "open_government_pages" USING btree ("_status");
  CREATE INDEX "_open_government_pages_v_version_change_notes_order_idx" ON "_open_government_pages_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_open_government_pages_v_version_change_notes_parent_id_idx" ON "_open_government_pages_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_open_government_pages_v_parent_idx" ON "_open_government_pages_v" USING btree ("parent_id");
  CREATE INDEX "_open_government_pages_v_version_version_slug_idx" ON "_open_government_pages_v" USING btree ("version_slug");
  CREATE INDEX "_open_government_pages_v_version_version_awaiting_review_idx" ON "_open_government_pages_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_open_government_pages_v_version_version_forced_by_idx" ON "_open_government_pages_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_last_edited_by_idx" ON "_open_government_pages_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_approved_by_idx" ON "_open_government_pages_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_desk_state_idx" ON "_open_government_pages_v" USING btree ("version_desk_state");
  CREATE INDEX "_open_government_pages_v_version_version_submitted_by_idx" ON "_open_government_pages_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_returned_by_idx" ON "_open_government_pages_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_scheduled_at_idx" ON "_open_government_pages_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_open_government_pages_v_version_version_scheduled_by_idx" ON "_open_government_pages_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_open_government_pages_v_version_version_updated_at_idx" ON "_open_government_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_open_government_pages_v_version_version_created_at_idx" ON "_open_government_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_open_government_pages_v_version_version__status_idx" ON "_open_government_pages_v" USING btree ("version__status");
  CREATE INDEX "_open_government_pages_v_created_at_idx" ON "_open_government_pages_v" USING btree ("created_at");
  CREATE INDEX "_open_government_pages_v_updated_at_idx" ON "_open_government_pages_v" USING btree ("updated_at");
  CREATE INDEX "_open_government_pages_v_latest_idx" ON "_open_government_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "site_error_reports_reference_idx" ON "site_error_reports" USING btree ("reference");
  CREATE INDEX "site_error_reports_status_idx" ON "site_error_reports" USING btree ("status");
  CREATE INDEX "site_error_reports_due_day_idx" ON "site_error_reports" USING btree ("due_day");
  CREATE INDEX "site_error_reports_answered_by_idx" ON "site_error_reports" USING btree ("answered_by_id");
  CREATE UNIQUE INDEX "site_error_reports_idempotency_token_idx" ON "site_error_reports" USING btree ("idempotency_token");
  CREATE INDEX "site_error_reports_updated_at_idx" ON "site_error_reports" USING btree ("updated_at");
  CREATE INDEX "site_error_reports_created_at_idx" ON "site_error_reports" USING btree ("created_at");
  CREATE INDEX "status_dueDay_idx" ON "site_error_reports" USING btree ("status","due_day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open_government_pages_fk" FOREIGN KEY ("open_government_pages_id") REFERENCES "public"."open_government_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_error_reports_fk" FOREIGN KEY ("site_error_reports_id") REFERENCES "public"."site_error_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_open_government_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("open_government_pages_id");
  CREATE INDEX "payload_locked_documents_rels_site_error_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("site_error_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "open_government_pages_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "open_government_pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_open_government_pages_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_open_government_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_error_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "open_government_pages_change_notes" CASCADE;
  DROP TABLE "open_government_pages" CASCADE;
  DROP TABLE "_open_government_pages_v_version_change_notes" CASCADE;
  DROP TABLE "_open_government_pages_v" CASCADE;
  DROP TABLE "site_error_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open_government_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_error_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_open_government_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_error_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open_government_pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_error_reports_id";
  DROP TYPE "public"."enum_open_government_pages_slug";
  DROP TYPE "public"."enum_open_government_pages_change_kind";
  DROP TYPE "public"."enum_open_government_pages_desk_state";
  DROP TYPE "public"."enum_open_government_pages_status";
  DROP TYPE "public"."enum__open_government_pages_v_version_slug";
  DROP TYPE "public"."enum__open_government_pages_v_version_change_kind";
  DROP TYPE "public"."enum__open_government_pages_v_version_desk_state";
  DROP TYPE "public"."enum__open_government_pages_v_version_status";
  DROP TYPE "public"."enum_site_error_reports_status";
  DROP TYPE "public"."enum_site_error_reports_outcome";`)
}
