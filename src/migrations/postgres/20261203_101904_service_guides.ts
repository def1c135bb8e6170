import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Trimmed by hand to the service guides: the generated diff also repeated other branches' steps
// (made from an older snapshot); the .json snapshot beside it is the whole current schema.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`  CREATE TYPE "public"."enum_service_guides_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_service_guides_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_service_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_guides_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__service_guides_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__service_guides_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_search_documents_type" ADD VALUE 'guide' BEFORE 'policy';
  CREATE TABLE "service_guides_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "service_guides_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"note" varchar,
  	"optional" boolean DEFAULT false
  );
  
  CREATE TABLE "service_guides_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"detail" varchar
  );
  
  CREATE TABLE "service_guides_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "service_guides_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "service_guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"example" boolean DEFAULT false,
  	"audience" varchar,
  	"time_limit" varchar,
  	"fee" varchar DEFAULT '不收费',
  	"hours" varchar,
  	"phone" varchar,
  	"online_url" varchar,
  	"online_label" varchar DEFAULT '天府通办',
  	"slug" varchar,
  	"change_kind" "enum_service_guides_change_kind" DEFAULT 'minor',
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
  	"desk_state" "enum_service_guides_desk_state" DEFAULT 'draft',
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
  	"_status" "enum_service_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "service_guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"policy_notices_id" integer
  );
  
  CREATE TABLE "_service_guides_v_version_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"note" varchar,
  	"optional" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_example" boolean DEFAULT false,
  	"version_audience" varchar,
  	"version_time_limit" varchar,
  	"version_fee" varchar DEFAULT '不收费',
  	"version_hours" varchar,
  	"version_phone" varchar,
  	"version_online_url" varchar,
  	"version_online_label" varchar DEFAULT '天府通办',
  	"version_slug" varchar,
  	"version_change_kind" "enum__service_guides_v_version_change_kind" DEFAULT 'minor',
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
  	"version_desk_state" "enum__service_guides_v_version_desk_state" DEFAULT 'draft',
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
  	"version__status" "enum__service_guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_service_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"policy_notices_id" integer
  );
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_guides_id" integer;
  ALTER TABLE "service_guides_conditions" ADD CONSTRAINT "service_guides_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_materials" ADD CONSTRAINT "service_guides_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_steps" ADD CONSTRAINT "service_guides_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_faq" ADD CONSTRAINT "service_guides_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_change_notes" ADD CONSTRAINT "service_guides_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_guides_rels" ADD CONSTRAINT "service_guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_rels" ADD CONSTRAINT "service_guides_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_rels" ADD CONSTRAINT "service_guides_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_conditions" ADD CONSTRAINT "_service_guides_v_version_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_materials" ADD CONSTRAINT "_service_guides_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_steps" ADD CONSTRAINT "_service_guides_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_faq" ADD CONSTRAINT "_service_guides_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_change_notes" ADD CONSTRAINT "_service_guides_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_parent_id_service_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v_rels" ADD CONSTRAINT "_service_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_rels" ADD CONSTRAINT "_service_guides_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_rels" ADD CONSTRAINT "_service_guides_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_guides_conditions_order_idx" ON "service_guides_conditions" USING btree ("_order");
  CREATE INDEX "service_guides_conditions_parent_id_idx" ON "service_guides_conditions" USING btree ("_parent_id");
  CREATE INDEX "service_guides_materials_order_idx" ON "service_guides_materials" USING btree ("_order");
  CREATE INDEX "service_guides_materials_parent_id_idx" ON "service_guides_materials" USING btree ("_parent_id");
  CREATE INDEX "service_guides_steps_order_idx" ON "service_guides_steps" USING btree ("_order");
  CREATE INDEX "service_guides_steps_parent_id_idx" ON "service_guides_steps" USING btree ("_parent_id");
  CREATE INDEX "service_guides_faq_order_idx" ON "service_guides_faq" USING btree ("_order");
  CREATE INDEX "service_guides_faq_parent_id_idx" ON "service_guides_faq" USING btree ("_parent_id");
  CREATE INDEX "service_guides_change_notes_order_idx" ON "service_guides_change_notes" USING btree ("_order");
  CREATE INDEX "service_guides_change_notes_parent_id_idx" ON "service_guides_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_guides_slug_idx" ON "service_guides" USING btree ("slug");
  CREATE INDEX "service_guides_awaiting_review_idx" ON "service_guides" USING btree ("awaiting_review");
  CREATE INDEX "service_guides_forced_by_idx" ON "service_guides" USING btree ("forced_by_id");
  CREATE INDEX "service_guides_last_edited_by_idx" ON "service_guides" USING btree ("last_edited_by_id");
  CREATE INDEX "service_guides_approved_by_idx" ON "service_guides" USING btree ("approved_by_id");
  CREATE INDEX "service_guides_desk_state_idx" ON "service_guides" USING btree ("desk_state");
  CREATE INDEX "service_guides_submitted_by_idx" ON "service_guides" USING btree ("submitted_by_id");
  CREATE INDEX "service_guides_returned_by_idx" ON "service_guides" USING btree ("returned_by_id");
  CREATE INDEX "service_guides_scheduled_at_idx" ON "service_guides" USING btree ("scheduled_at");
  CREATE INDEX "service_guides_scheduled_by_idx" ON "service_guides" USING btree ("scheduled_by_id");
  CREATE INDEX "service_guides_updated_at_idx" ON "service_guides" USING btree ("updated_at");
  CREATE INDEX "service_guides_created_at_idx" ON "service_guides" USING btree ("created_at");
  CREATE INDEX "service_guides__status_idx" ON "service_guides" USING btree ("_status");
  CREATE INDEX "service_guides_rels_order_idx" ON "service_guides_rels" USING btree ("order");
  CREATE INDEX "service_guides_rels_parent_idx" ON "service_guides_rels" USING btree ("parent_id");
  CREATE INDEX "service_guides_rels_path_idx" ON "service_guides_rels" USING btree ("path");
  CREATE INDEX "service_guides_rels_services_id_idx" ON "service_guides_rels" USING btree ("services_id");
  CREATE INDEX "service_guides_rels_policy_notices_id_idx" ON "service_guides_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_service_guides_v_version_conditions_order_idx" ON "_service_guides_v_version_conditions" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_conditions_parent_id_idx" ON "_service_guides_v_version_conditions" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_version_materials_order_idx" ON "_service_guides_v_version_materials" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_materials_parent_id_idx" ON "_service_guides_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_version_steps_order_idx" ON "_service_guides_v_version_steps" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_steps_parent_id_idx" ON "_service_guides_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_version_faq_order_idx" ON "_service_guides_v_version_faq" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_faq_parent_id_idx" ON "_service_guides_v_version_faq" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_version_change_notes_order_idx" ON "_service_guides_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_change_notes_parent_id_idx" ON "_service_guides_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_parent_idx" ON "_service_guides_v" USING btree ("parent_id");
  CREATE INDEX "_service_guides_v_version_version_slug_idx" ON "_service_guides_v" USING btree ("version_slug");
  CREATE INDEX "_service_guides_v_version_version_awaiting_review_idx" ON "_service_guides_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_service_guides_v_version_version_forced_by_idx" ON "_service_guides_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_service_guides_v_version_version_last_edited_by_idx" ON "_service_guides_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_service_guides_v_version_version_approved_by_idx" ON "_service_guides_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_service_guides_v_version_version_desk_state_idx" ON "_service_guides_v" USING btree ("version_desk_state");
  CREATE INDEX "_service_guides_v_version_version_submitted_by_idx" ON "_service_guides_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_service_guides_v_version_version_returned_by_idx" ON "_service_guides_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_service_guides_v_version_version_scheduled_at_idx" ON "_service_guides_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_service_guides_v_version_version_scheduled_by_idx" ON "_service_guides_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_service_guides_v_version_version_updated_at_idx" ON "_service_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_guides_v_version_version_created_at_idx" ON "_service_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_service_guides_v_version_version__status_idx" ON "_service_guides_v" USING btree ("version__status");
  CREATE INDEX "_service_guides_v_created_at_idx" ON "_service_guides_v" USING btree ("created_at");
  CREATE INDEX "_service_guides_v_updated_at_idx" ON "_service_guides_v" USING btree ("updated_at");
  CREATE INDEX "_service_guides_v_latest_idx" ON "_service_guides_v" USING btree ("latest");
  CREATE INDEX "_service_guides_v_rels_order_idx" ON "_service_guides_v_rels" USING btree ("order");
  CREATE INDEX "_service_guides_v_rels_parent_idx" ON "_service_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_service_guides_v_rels_path_idx" ON "_service_guides_v_rels" USING btree ("path");
  CREATE INDEX "_service_guides_v_rels_services_id_idx" ON "_service_guides_v_rels" USING btree ("services_id");
  CREATE INDEX "_service_guides_v_rels_policy_notices_id_idx" ON "_service_guides_v_rels" USING btree ("policy_notices_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_guides_fk" FOREIGN KEY ("service_guides_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_service_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("service_guides_id");
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_guides_conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_version_conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_version_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_version_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "service_guides_conditions" CASCADE;
  DROP TABLE "service_guides_materials" CASCADE;
  DROP TABLE "service_guides_steps" CASCADE;
  DROP TABLE "service_guides_faq" CASCADE;
  DROP TABLE "service_guides_change_notes" CASCADE;
  DROP TABLE "service_guides" CASCADE;
  DROP TABLE "service_guides_rels" CASCADE;
  DROP TABLE "_service_guides_v_version_conditions" CASCADE;
  DROP TABLE "_service_guides_v_version_materials" CASCADE;
  DROP TABLE "_service_guides_v_version_steps" CASCADE;
  DROP TABLE "_service_guides_v_version_faq" CASCADE;
  DROP TABLE "_service_guides_v_version_change_notes" CASCADE;
  DROP TABLE "_service_guides_v" CASCADE;
  DROP TABLE "_service_guides_v_rels" CASCADE;
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_guides_fk";
  DELETE FROM "search_documents" WHERE "type" = 'guide';
  ALTER TABLE "search_documents" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_documents_type";
  CREATE TYPE "public"."enum_search_documents_type" AS ENUM('policy', 'health', 'outreach', 'event', 'station', 'reply');
  ALTER TABLE "search_documents" ALTER COLUMN "type" SET DATA TYPE "public"."enum_search_documents_type" USING "type"::"public"."enum_search_documents_type";
  DROP INDEX "payload_locked_documents_rels_service_guides_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_guides_id";
  DROP TYPE "public"."enum_service_guides_change_kind";
  DROP TYPE "public"."enum_service_guides_desk_state";
  DROP TYPE "public"."enum_service_guides_status";
  DROP TYPE "public"."enum__service_guides_v_version_change_kind";
  DROP TYPE "public"."enum__service_guides_v_version_desk_state";
  DROP TYPE "public"."enum__service_guides_v_version_status";
`)
}
