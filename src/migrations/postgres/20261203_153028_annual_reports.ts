import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The annual open-government reports (open_government_reports and its versions) and the kind of
// an organisation applying for information (disclosure_applications.organisation_kind).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_open_government_reports_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_open_government_reports_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_open_government_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__open_government_reports_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__open_government_reports_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__open_government_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclosure_applications_organisation_kind" AS ENUM('business', 'research', 'public-interest', 'legal-service', 'other');
  CREATE TABLE "open_government_reports_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "open_government_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"title" varchar,
  	"slug" varchar,
  	"example" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"overview" jsonb,
  	"remedies_reconsideration_upheld" numeric DEFAULT 0,
  	"remedies_reconsideration_corrected" numeric DEFAULT 0,
  	"remedies_reconsideration_other" numeric DEFAULT 0,
  	"remedies_reconsideration_pending" numeric DEFAULT 0,
  	"remedies_litigation_direct_upheld" numeric DEFAULT 0,
  	"remedies_litigation_direct_corrected" numeric DEFAULT 0,
  	"remedies_litigation_direct_other" numeric DEFAULT 0,
  	"remedies_litigation_direct_pending" numeric DEFAULT 0,
  	"remedies_litigation_after_reconsideration_upheld" numeric DEFAULT 0,
  	"remedies_litigation_after_reconsideration_corrected" numeric DEFAULT 0,
  	"remedies_litigation_after_reconsideration_other" numeric DEFAULT 0,
  	"remedies_litigation_after_reconsideration_pending" numeric DEFAULT 0,
  	"problems" jsonb,
  	"other_matters" jsonb,
  	"tables" jsonb,
  	"change_kind" "enum_open_government_reports_change_kind" DEFAULT 'minor',
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
  	"desk_state" "enum_open_government_reports_desk_state" DEFAULT 'draft',
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
  	"_status" "enum_open_government_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_open_government_reports_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_open_government_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_example" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_overview" jsonb,
  	"version_remedies_reconsideration_upheld" numeric DEFAULT 0,
  	"version_remedies_reconsideration_corrected" numeric DEFAULT 0,
  	"version_remedies_reconsideration_other" numeric DEFAULT 0,
  	"version_remedies_reconsideration_pending" numeric DEFAULT 0,
  	"version_remedies_litigation_direct_upheld" numeric DEFAULT 0,
  	"version_remedies_litigation_direct_corrected" numeric DEFAULT 0,
  	"version_remedies_litigation_direct_other" numeric DEFAULT 0,
  	"version_remedies_litigation_direct_pending" numeric DEFAULT 0,
  	"version_remedies_litigation_after_reconsideration_upheld" numeric DEFAULT 0,
  	"version_remedies_litigation_after_reconsideration_corrected" numeric DEFAULT 0,
  	"version_remedies_litigation_after_reconsideration_other" numeric DEFAULT 0,
  	"version_remedies_litigation_after_reconsideration_pending" numeric DEFAULT 0,
  	"version_problems" jsonb,
  	"version_other_matters" jsonb,
  	"version_tables" jsonb,
  	"version_change_kind" "enum__open_government_reports_v_version_change_kind" DEFAULT 'minor',
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
  	"version_desk_state" "enum__open_government_reports_v_version_desk_state" DEFAULT 'draft',
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
  	"version__status" "enum__open_government_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "disclosure_applications" ADD COLUMN "organisation_kind" "enum_disclosure_applications_organisation_kind";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open_government_reports_id" integer;
  ALTER TABLE "open_government_reports_change_notes" ADD CONSTRAINT "open_government_reports_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."open_government_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_government_reports" ADD CONSTRAINT "open_government_reports_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v_version_change_notes" ADD CONSTRAINT "_open_government_reports_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_open_government_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_parent_id_open_government_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."open_government_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_open_government_reports_v" ADD CONSTRAINT "_open_government_reports_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "open_government_reports_change_notes_order_idx" ON "open_government_reports_change_notes" USING btree ("_order");
  CREATE INDEX "open_government_reports_change_notes_parent_id_idx" ON "open_government_reports_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "open_government_reports_year_idx" ON "open_government_reports" USING btree ("year");
  CREATE UNIQUE INDEX "open_government_reports_slug_idx" ON "open_government_reports" USING btree ("slug");
  CREATE INDEX "open_government_reports_awaiting_review_idx" ON "open_government_reports" USING btree ("awaiting_review");
  CREATE INDEX "open_government_reports_forced_by_idx" ON "open_government_reports" USING btree ("forced_by_id");
  CREATE INDEX "open_government_reports_last_edited_by_idx" ON "open_government_reports" USING btree ("last_edited_by_id");
  CREATE INDEX "open_government_reports_approved_by_idx" ON "open_government_reports" USING btree ("approved_by_id");
  CREATE INDEX "open_government_reports_desk_state_idx" ON "open_government_reports" USING btree ("desk_state");
  CREATE INDEX "open_government_reports_submitted_by_idx" ON "open_government_reports" USING btree ("submitted_by_id");
  CREATE INDEX "open_government_reports_returned_by_idx" ON "open_government_reports" USING btree ("returned_by_id");
  CREATE INDEX "open_government_reports_scheduled_at_idx" ON "open_government_reports" USING btree ("scheduled_at");
  CREATE INDEX "open_government_reports_scheduled_by_idx" ON "open_government_reports" USING btree ("scheduled_by_id");
  CREATE INDEX "open_government_reports_updated_at_idx" ON "open_government_reports" USING btree ("updated_at");
  CREATE INDEX "open_government_reports_created_at_idx" ON "open_government_reports" USING btree ("created_at");
  CREATE INDEX "open_government_reports__status_idx" ON "open_government_reports" USING btree ("_status");
  CREATE INDEX "_open_government_reports_v_version_change_notes_order_idx" ON "_open_government_reports_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_open_government_reports_v_version_change_notes_parent_id_idx" ON "_open_government_reports_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_open_government_reports_v_parent_idx" ON "_open_government_reports_v" USING btree ("parent_id");
  CREATE INDEX "_open_government_reports_v_version_version_year_idx" ON "_open_government_reports_v" USING btree ("version_year");
  CREATE INDEX "_open_government_reports_v_version_version_slug_idx" ON "_open_government_reports_v" USING btree ("version_slug");
  CREATE INDEX "_open_government_reports_v_version_version_awaiting_revi_idx" ON "_open_government_reports_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_open_government_reports_v_version_version_forced_by_idx" ON "_open_government_reports_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_last_edited_b_idx" ON "_open_government_reports_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_approved_by_idx" ON "_open_government_reports_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_desk_state_idx" ON "_open_government_reports_v" USING btree ("version_desk_state");
  CREATE INDEX "_open_government_reports_v_version_version_submitted_by_idx" ON "_open_government_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_returned_by_idx" ON "_open_government_reports_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_scheduled_at_idx" ON "_open_government_reports_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_open_government_reports_v_version_version_scheduled_by_idx" ON "_open_government_reports_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_open_government_reports_v_version_version_updated_at_idx" ON "_open_government_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_open_government_reports_v_version_version_created_at_idx" ON "_open_government_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_open_government_reports_v_version_version__status_idx" ON "_open_government_reports_v" USING btree ("version__status");
  CREATE INDEX "_open_government_reports_v_created_at_idx" ON "_open_government_reports_v" USING btree ("created_at");
  CREATE INDEX "_open_government_reports_v_updated_at_idx" ON "_open_government_reports_v" USING btree ("updated_at");
  CREATE INDEX "_open_government_reports_v_latest_idx" ON "_open_government_reports_v" USING btree ("latest");
  CREATE INDEX "disclosure_applications_organisation_kind_idx" ON "disclosure_applications" USING btree ("organisation_kind");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open_government_reports_fk" FOREIGN KEY ("open_government_reports_id") REFERENCES "public"."open_government_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_open_government_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("open_government_reports_id");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open_government_reports_fk";
  DROP INDEX "payload_locked_documents_rels_open_government_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open_government_reports_id";
  DROP INDEX "disclosure_applications_organisation_kind_idx";
  ALTER TABLE "disclosure_applications" DROP COLUMN "organisation_kind";
  DROP TABLE "open_government_reports_change_notes" CASCADE;
  DROP TABLE "open_government_reports" CASCADE;
  DROP TABLE "_open_government_reports_v_version_change_notes" CASCADE;
  DROP TABLE "_open_government_reports_v" CASCADE;
  DROP TYPE "public"."enum_open_government_reports_change_kind";
  DROP TYPE "public"."enum_open_government_reports_desk_state";
  DROP TYPE "public"."enum_open_government_reports_status";
  DROP TYPE "public"."enum__open_government_reports_v_version_change_kind";
  DROP TYPE "public"."enum__open_government_reports_v_version_desk_state";
  DROP TYPE "public"."enum__open_government_reports_v_version_status";
  DROP TYPE "public"."enum_disclosure_applications_organisation_kind";
  `)
}
