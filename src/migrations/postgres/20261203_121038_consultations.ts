import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consultations_outcome_points_decision" AS ENUM('adopted', 'partly', 'not-adopted');
  CREATE TYPE "public"."enum_consultations_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum_consultations_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_version_outcome_points_decision" AS ENUM('adopted', 'partly', 'not-adopted');
  CREATE TYPE "public"."enum__consultations_v_version_change_kind" AS ENUM('minor', 'substantive');
  CREATE TYPE "public"."enum__consultations_v_version_desk_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'unpublished');
  CREATE TYPE "public"."enum__consultations_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_search_documents_type" ADD VALUE 'consultation' BEFORE 'reply';
  CREATE TABLE "consultations_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar
  );
  
  CREATE TABLE "consultations_outcome_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"point" varchar,
  	"decision" "enum_consultations_outcome_points_decision",
  	"reason" varchar
  );
  
  CREATE TABLE "consultations_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"department" varchar,
  	"opens_on" timestamp(3) with time zone,
  	"closes_on" timestamp(3) with time zone,
  	"draft_text" jsonb,
  	"outcome_summary" varchar,
  	"outcome_final_notice_id" integer,
  	"outcome_published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"change_kind" "enum_consultations_change_kind" DEFAULT 'minor',
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
  	"desk_state" "enum_consultations_desk_state" DEFAULT 'draft',
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
  	"_status" "enum_consultations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_consultations_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v_version_outcome_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"point" varchar,
  	"decision" "enum__consultations_v_version_outcome_points_decision",
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_department" varchar,
  	"version_opens_on" timestamp(3) with time zone,
  	"version_closes_on" timestamp(3) with time zone,
  	"version_draft_text" jsonb,
  	"version_outcome_summary" varchar,
  	"version_outcome_final_notice_id" integer,
  	"version_outcome_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_change_kind" "enum__consultations_v_version_change_kind" DEFAULT 'minor',
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
  	"version_desk_state" "enum__consultations_v_version_desk_state" DEFAULT 'draft',
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
  	"version__status" "enum__consultations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "consultation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"comment" varchar NOT NULL,
  	"name" varchar,
  	"contact" varchar,
  	"publish_consent" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "published_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"comment" varchar NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"source" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "moderated_copies" ALTER COLUMN "source_id" DROP NOT NULL;
  ALTER TABLE "feedback" ADD COLUMN "notice_id" integer;
  ALTER TABLE "moderated_copies" ADD COLUMN "comment_id" integer;
  ALTER TABLE "moderated_copies" ADD COLUMN "consultation_id" integer;
  ALTER TABLE "moderated_copies" ADD COLUMN "notice_id" integer;
  ALTER TABLE "published_replies" ADD COLUMN "notice_id" integer;
  ALTER TABLE "published_replies" ADD COLUMN "notice_slug" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultation_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "published_comments_id" integer;
  ALTER TABLE "consultations_questions" ADD CONSTRAINT "consultations_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_outcome_points" ADD CONSTRAINT "consultations_outcome_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_change_notes" ADD CONSTRAINT "consultations_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_outcome_final_notice_id_policy_notices_id_fk" FOREIGN KEY ("outcome_final_notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_forced_by_id_users_id_fk" FOREIGN KEY ("forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_questions" ADD CONSTRAINT "_consultations_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_outcome_points" ADD CONSTRAINT "_consultations_v_version_outcome_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_change_notes" ADD CONSTRAINT "_consultations_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_parent_id_consultations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_outcome_final_notice_id_policy_notices_id_fk" FOREIGN KEY ("version_outcome_final_notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_forced_by_id_users_id_fk" FOREIGN KEY ("version_forced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_returned_by_id_users_id_fk" FOREIGN KEY ("version_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "published_comments" ADD CONSTRAINT "published_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "consultations_questions_order_idx" ON "consultations_questions" USING btree ("_order");
  CREATE INDEX "consultations_questions_parent_id_idx" ON "consultations_questions" USING btree ("_parent_id");
  CREATE INDEX "consultations_outcome_points_order_idx" ON "consultations_outcome_points" USING btree ("_order");
  CREATE INDEX "consultations_outcome_points_parent_id_idx" ON "consultations_outcome_points" USING btree ("_parent_id");
  CREATE INDEX "consultations_change_notes_order_idx" ON "consultations_change_notes" USING btree ("_order");
  CREATE INDEX "consultations_change_notes_parent_id_idx" ON "consultations_change_notes" USING btree ("_parent_id");
  CREATE INDEX "consultations_outcome_outcome_final_notice_idx" ON "consultations" USING btree ("outcome_final_notice_id");
  CREATE UNIQUE INDEX "consultations_slug_idx" ON "consultations" USING btree ("slug");
  CREATE INDEX "consultations_awaiting_review_idx" ON "consultations" USING btree ("awaiting_review");
  CREATE INDEX "consultations_forced_by_idx" ON "consultations" USING btree ("forced_by_id");
  CREATE INDEX "consultations_last_edited_by_idx" ON "consultations" USING btree ("last_edited_by_id");
  CREATE INDEX "consultations_approved_by_idx" ON "consultations" USING btree ("approved_by_id");
  CREATE INDEX "consultations_desk_state_idx" ON "consultations" USING btree ("desk_state");
  CREATE INDEX "consultations_submitted_by_idx" ON "consultations" USING btree ("submitted_by_id");
  CREATE INDEX "consultations_returned_by_idx" ON "consultations" USING btree ("returned_by_id");
  CREATE INDEX "consultations_scheduled_at_idx" ON "consultations" USING btree ("scheduled_at");
  CREATE INDEX "consultations_scheduled_by_idx" ON "consultations" USING btree ("scheduled_by_id");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations__status_idx" ON "consultations" USING btree ("_status");
  CREATE INDEX "_status_closesOn_idx" ON "consultations" USING btree ("_status","closes_on");
  CREATE INDEX "_consultations_v_version_questions_order_idx" ON "_consultations_v_version_questions" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_questions_parent_id_idx" ON "_consultations_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_version_outcome_points_order_idx" ON "_consultations_v_version_outcome_points" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_outcome_points_parent_id_idx" ON "_consultations_v_version_outcome_points" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_version_change_notes_order_idx" ON "_consultations_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_change_notes_parent_id_idx" ON "_consultations_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_parent_idx" ON "_consultations_v" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_version_outcome_version_outcome_final_n_idx" ON "_consultations_v" USING btree ("version_outcome_final_notice_id");
  CREATE INDEX "_consultations_v_version_version_slug_idx" ON "_consultations_v" USING btree ("version_slug");
  CREATE INDEX "_consultations_v_version_version_awaiting_review_idx" ON "_consultations_v" USING btree ("version_awaiting_review");
  CREATE INDEX "_consultations_v_version_version_forced_by_idx" ON "_consultations_v" USING btree ("version_forced_by_id");
  CREATE INDEX "_consultations_v_version_version_last_edited_by_idx" ON "_consultations_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_consultations_v_version_version_approved_by_idx" ON "_consultations_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_consultations_v_version_version_desk_state_idx" ON "_consultations_v" USING btree ("version_desk_state");
  CREATE INDEX "_consultations_v_version_version_submitted_by_idx" ON "_consultations_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_consultations_v_version_version_returned_by_idx" ON "_consultations_v" USING btree ("version_returned_by_id");
  CREATE INDEX "_consultations_v_version_version_scheduled_at_idx" ON "_consultations_v" USING btree ("version_scheduled_at");
  CREATE INDEX "_consultations_v_version_version_scheduled_by_idx" ON "_consultations_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_consultations_v_version_version_updated_at_idx" ON "_consultations_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultations_v_version_version_created_at_idx" ON "_consultations_v" USING btree ("version_created_at");
  CREATE INDEX "_consultations_v_version_version__status_idx" ON "_consultations_v" USING btree ("version__status");
  CREATE INDEX "_consultations_v_created_at_idx" ON "_consultations_v" USING btree ("created_at");
  CREATE INDEX "_consultations_v_updated_at_idx" ON "_consultations_v" USING btree ("updated_at");
  CREATE INDEX "_consultations_v_latest_idx" ON "_consultations_v" USING btree ("latest");
  CREATE INDEX "version__status_version_closesOn_idx" ON "_consultations_v" USING btree ("version__status","version_closes_on");
  CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id");
  CREATE INDEX "consultation_comments_publish_consent_idx" ON "consultation_comments" USING btree ("publish_consent");
  CREATE INDEX "consultation_comments_updated_at_idx" ON "consultation_comments" USING btree ("updated_at");
  CREATE INDEX "consultation_comments_created_at_idx" ON "consultation_comments" USING btree ("created_at");
  CREATE INDEX "published_comments_consultation_idx" ON "published_comments" USING btree ("consultation_id");
  CREATE INDEX "published_comments_received_at_idx" ON "published_comments" USING btree ("received_at");
  CREATE UNIQUE INDEX "published_comments_source_idx" ON "published_comments" USING btree ("source");
  CREATE INDEX "published_comments_updated_at_idx" ON "published_comments" USING btree ("updated_at");
  CREATE INDEX "published_comments_created_at_idx" ON "published_comments" USING btree ("created_at");
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderated_copies" ADD CONSTRAINT "moderated_copies_comment_id_consultation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."consultation_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderated_copies" ADD CONSTRAINT "moderated_copies_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderated_copies" ADD CONSTRAINT "moderated_copies_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "published_replies" ADD CONSTRAINT "published_replies_notice_id_policy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk" FOREIGN KEY ("consultation_comments_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_published_comments_fk" FOREIGN KEY ("published_comments_id") REFERENCES "public"."published_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_notice_idx" ON "feedback" USING btree ("notice_id");
  CREATE UNIQUE INDEX "moderated_copies_comment_idx" ON "moderated_copies" USING btree ("comment_id");
  CREATE INDEX "moderated_copies_consultation_idx" ON "moderated_copies" USING btree ("consultation_id");
  CREATE INDEX "moderated_copies_notice_idx" ON "moderated_copies" USING btree ("notice_id");
  CREATE INDEX "published_replies_notice_idx" ON "published_replies" USING btree ("notice_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_comments_id");
  CREATE INDEX "payload_locked_documents_rels_published_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("published_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consultations_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_outcome_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_version_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_version_outcome_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultation_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "published_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consultations_questions" CASCADE;
  DROP TABLE "consultations_outcome_points" CASCADE;
  DROP TABLE "consultations_change_notes" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "_consultations_v_version_questions" CASCADE;
  DROP TABLE "_consultations_v_version_outcome_points" CASCADE;
  DROP TABLE "_consultations_v_version_change_notes" CASCADE;
  DROP TABLE "_consultations_v" CASCADE;
  DROP TABLE "consultation_comments" CASCADE;
  DROP TABLE "published_comments" CASCADE;
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_notice_id_policy_notices_id_fk";
  
  ALTER TABLE "moderated_copies" DROP CONSTRAINT "moderated_copies_comment_id_consultation_comments_id_fk";
  
  ALTER TABLE "moderated_copies" DROP CONSTRAINT "moderated_copies_consultation_id_consultations_id_fk";
  
  ALTER TABLE "moderated_copies" DROP CONSTRAINT "moderated_copies_notice_id_policy_notices_id_fk";
  
  ALTER TABLE "published_replies" DROP CONSTRAINT "published_replies_notice_id_policy_notices_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_published_comments_fk";
  
  ALTER TABLE "search_documents" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_search_documents_type";
  CREATE TYPE "public"."enum_search_documents_type" AS ENUM('guide', 'policy', 'health', 'outreach', 'event', 'station', 'reply');
  ALTER TABLE "search_documents" ALTER COLUMN "type" SET DATA TYPE "public"."enum_search_documents_type" USING "type"::"public"."enum_search_documents_type";
  DROP INDEX "feedback_notice_idx";
  DROP INDEX "moderated_copies_comment_idx";
  DROP INDEX "moderated_copies_consultation_idx";
  DROP INDEX "moderated_copies_notice_idx";
  DROP INDEX "published_replies_notice_idx";
  DROP INDEX "payload_locked_documents_rels_consultations_id_idx";
  DROP INDEX "payload_locked_documents_rels_consultation_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_published_comments_id_idx";
  ALTER TABLE "moderated_copies" ALTER COLUMN "source_id" SET NOT NULL;
  ALTER TABLE "feedback" DROP COLUMN "notice_id";
  ALTER TABLE "moderated_copies" DROP COLUMN "comment_id";
  ALTER TABLE "moderated_copies" DROP COLUMN "consultation_id";
  ALTER TABLE "moderated_copies" DROP COLUMN "notice_id";
  ALTER TABLE "published_replies" DROP COLUMN "notice_id";
  ALTER TABLE "published_replies" DROP COLUMN "notice_slug";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultation_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "published_comments_id";
  DROP TYPE "public"."enum_consultations_outcome_points_decision";
  DROP TYPE "public"."enum_consultations_change_kind";
  DROP TYPE "public"."enum_consultations_desk_state";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum__consultations_v_version_outcome_points_decision";
  DROP TYPE "public"."enum__consultations_v_version_change_kind";
  DROP TYPE "public"."enum__consultations_v_version_desk_state";
  DROP TYPE "public"."enum__consultations_v_version_status";`)
}
