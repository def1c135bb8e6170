import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policy_notices_kind" AS ENUM('document', 'interpretation');
  CREATE TYPE "public"."enum_policy_notices_topic" AS ENUM('family-planning', 'reproductive-health', 'maternal-child', 'floating-population', 'rewards-assistance', 'hiv-prevention', 'administration');
  CREATE TYPE "public"."enum_policy_notices_validity" AS ENUM('in-force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_policy_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_notices_v_version_kind" AS ENUM('document', 'interpretation');
  CREATE TYPE "public"."enum__policy_notices_v_version_topic" AS ENUM('family-planning', 'reproductive-health', 'maternal-child', 'floating-population', 'rewards-assistance', 'hiv-prevention', 'administration');
  CREATE TYPE "public"."enum__policy_notices_v_version_validity" AS ENUM('in-force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum__policy_notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_feedback_timeline_status" AS ENUM('received', 'accepted', 'declined', 'transferred', 'assigned', 'replied', 'closed');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('consultation', 'suggestion', 'complaint', 'praise', 'report');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('received', 'accepted', 'declined', 'transferred', 'assigned', 'replied', 'closed');
  CREATE TYPE "public"."enum_feedback_about_type" AS ENUM('policy', 'station', 'district');
  CREATE TYPE "public"."enum_feedback_reply_by" AS ENUM('none', 'email', 'phone');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'handler');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TABLE "policy_notices_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "policy_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_policy_notices_kind" DEFAULT 'document',
  	"index_number" varchar,
  	"document_number" varchar,
  	"issuing_authority" varchar,
  	"addressees" varchar,
  	"date_written" timestamp(3) with time zone,
  	"date_published" timestamp(3) with time zone,
  	"topic" "enum_policy_notices_topic" DEFAULT 'family-planning',
  	"validity" "enum_policy_notices_validity" DEFAULT 'in-force',
  	"validity_note" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"year" numeric,
  	"index_sequence" numeric,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_notices_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policy_notices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_notices_id" integer,
  	"policy_documents_id" integer
  );
  
  CREATE TABLE "_policy_notices_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__policy_notices_v_version_kind" DEFAULT 'document',
  	"version_index_number" varchar,
  	"version_document_number" varchar,
  	"version_issuing_authority" varchar,
  	"version_addressees" varchar,
  	"version_date_written" timestamp(3) with time zone,
  	"version_date_published" timestamp(3) with time zone,
  	"version_topic" "enum__policy_notices_v_version_topic" DEFAULT 'family-planning',
  	"version_validity" "enum__policy_notices_v_version_validity" DEFAULT 'in-force',
  	"version_validity_note" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_year" numeric,
  	"version_index_sequence" numeric,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_policy_notices_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_policy_notices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_notices_id" integer,
  	"policy_documents_id" integer
  );
  
  CREATE TABLE "policy_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar
  );
  
  CREATE TABLE "feedback_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_feedback_timeline_status",
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"kind" "enum_feedback_kind" NOT NULL,
  	"status" "enum_feedback_status" DEFAULT 'received' NOT NULL,
  	"subject" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"about_type" "enum_feedback_about_type",
  	"about_key" varchar,
  	"about_title" varchar,
  	"contact_masked_name" varchar,
  	"contact_masked_phone" varchar,
  	"contact_masked_email" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"reply_by" "enum_feedback_reply_by" DEFAULT 'none' NOT NULL,
  	"publish_consent" boolean DEFAULT false,
  	"needs_moderation" boolean DEFAULT false,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"reply_department" varchar,
  	"access_key_hash" varchar NOT NULL,
  	"idempotency_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"feedback_attachments_id" integer
  );
  
  CREATE TABLE "feedback_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_email" varchar,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"summary" varchar,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_notices_id" integer,
  	"policy_documents_id" integer,
  	"media_id" integer,
  	"feedback_id" integer,
  	"feedback_attachments_id" integer,
  	"audit_log_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_hotlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT '成都市计划生育与生殖健康服务网' NOT NULL,
  	"authority_name" varchar DEFAULT '成都市人口和计划生育委员会' NOT NULL,
  	"authority_address" varchar DEFAULT '四川省成都市',
  	"icp_number" varchar,
  	"site_id_code" varchar,
  	"police_record_number" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "policy_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"authority_code" varchar DEFAULT '00815012-X' NOT NULL,
  	"index_number_pattern" varchar DEFAULT '{authority}/{year}-{seq:5}' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "policy_notices_change_history" ADD CONSTRAINT "policy_notices_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_texts" ADD CONSTRAINT "policy_notices_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_notices_rels" ADD CONSTRAINT "policy_notices_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_version_change_history" ADD CONSTRAINT "_policy_notices_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v" ADD CONSTRAINT "_policy_notices_v_parent_id_policy_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_texts" ADD CONSTRAINT "_policy_notices_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_rels" ADD CONSTRAINT "_policy_notices_v_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_timeline" ADD CONSTRAINT "feedback_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_feedback_attachments_fk" FOREIGN KEY ("feedback_attachments_id") REFERENCES "public"."feedback_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_notices_fk" FOREIGN KEY ("policy_notices_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_attachments_fk" FOREIGN KEY ("feedback_attachments_id") REFERENCES "public"."feedback_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_hotlines" ADD CONSTRAINT "site_settings_hotlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_notices_change_history_order_idx" ON "policy_notices_change_history" USING btree ("_order");
  CREATE INDEX "policy_notices_change_history_parent_id_idx" ON "policy_notices_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policy_notices_index_number_idx" ON "policy_notices" USING btree ("index_number");
  CREATE UNIQUE INDEX "policy_notices_document_number_idx" ON "policy_notices" USING btree ("document_number");
  CREATE INDEX "policy_notices_issuing_authority_idx" ON "policy_notices" USING btree ("issuing_authority");
  CREATE INDEX "policy_notices_date_published_idx" ON "policy_notices" USING btree ("date_published");
  CREATE INDEX "policy_notices_topic_idx" ON "policy_notices" USING btree ("topic");
  CREATE INDEX "policy_notices_validity_idx" ON "policy_notices" USING btree ("validity");
  CREATE UNIQUE INDEX "policy_notices_slug_idx" ON "policy_notices" USING btree ("slug");
  CREATE INDEX "policy_notices_year_idx" ON "policy_notices" USING btree ("year");
  CREATE INDEX "policy_notices_updated_at_idx" ON "policy_notices" USING btree ("updated_at");
  CREATE INDEX "policy_notices_created_at_idx" ON "policy_notices" USING btree ("created_at");
  CREATE INDEX "policy_notices__status_idx" ON "policy_notices" USING btree ("_status");
  CREATE INDEX "_status_datePublished_idx" ON "policy_notices" USING btree ("_status","date_published");
  CREATE INDEX "_status_year_topic_idx" ON "policy_notices" USING btree ("_status","year","topic");
  CREATE INDEX "_status_issuingAuthority_idx" ON "policy_notices" USING btree ("_status","issuing_authority");
  CREATE INDEX "policy_notices_texts_order_parent" ON "policy_notices_texts" USING btree ("order","parent_id");
  CREATE INDEX "policy_notices_rels_order_idx" ON "policy_notices_rels" USING btree ("order");
  CREATE INDEX "policy_notices_rels_parent_idx" ON "policy_notices_rels" USING btree ("parent_id");
  CREATE INDEX "policy_notices_rels_path_idx" ON "policy_notices_rels" USING btree ("path");
  CREATE INDEX "policy_notices_rels_policy_notices_id_idx" ON "policy_notices_rels" USING btree ("policy_notices_id");
  CREATE INDEX "policy_notices_rels_policy_documents_id_idx" ON "policy_notices_rels" USING btree ("policy_documents_id");
  CREATE INDEX "_policy_notices_v_version_change_history_order_idx" ON "_policy_notices_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_policy_notices_v_version_change_history_parent_id_idx" ON "_policy_notices_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_policy_notices_v_parent_idx" ON "_policy_notices_v" USING btree ("parent_id");
  CREATE INDEX "_policy_notices_v_version_version_index_number_idx" ON "_policy_notices_v" USING btree ("version_index_number");
  CREATE INDEX "_policy_notices_v_version_version_document_number_idx" ON "_policy_notices_v" USING btree ("version_document_number");
  CREATE INDEX "_policy_notices_v_version_version_issuing_authority_idx" ON "_policy_notices_v" USING btree ("version_issuing_authority");
  CREATE INDEX "_policy_notices_v_version_version_date_published_idx" ON "_policy_notices_v" USING btree ("version_date_published");
  CREATE INDEX "_policy_notices_v_version_version_topic_idx" ON "_policy_notices_v" USING btree ("version_topic");
  CREATE INDEX "_policy_notices_v_version_version_validity_idx" ON "_policy_notices_v" USING btree ("version_validity");
  CREATE INDEX "_policy_notices_v_version_version_slug_idx" ON "_policy_notices_v" USING btree ("version_slug");
  CREATE INDEX "_policy_notices_v_version_version_year_idx" ON "_policy_notices_v" USING btree ("version_year");
  CREATE INDEX "_policy_notices_v_version_version_updated_at_idx" ON "_policy_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_notices_v_version_version_created_at_idx" ON "_policy_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_notices_v_version_version__status_idx" ON "_policy_notices_v" USING btree ("version__status");
  CREATE INDEX "_policy_notices_v_created_at_idx" ON "_policy_notices_v" USING btree ("created_at");
  CREATE INDEX "_policy_notices_v_updated_at_idx" ON "_policy_notices_v" USING btree ("updated_at");
  CREATE INDEX "_policy_notices_v_latest_idx" ON "_policy_notices_v" USING btree ("latest");
  CREATE INDEX "_policy_notices_v_autosave_idx" ON "_policy_notices_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_datePublished_idx" ON "_policy_notices_v" USING btree ("version__status","version_date_published");
  CREATE INDEX "version__status_version_year_version_topic_idx" ON "_policy_notices_v" USING btree ("version__status","version_year","version_topic");
  CREATE INDEX "version__status_version_issuingAuthority_idx" ON "_policy_notices_v" USING btree ("version__status","version_issuing_authority");
  CREATE INDEX "_policy_notices_v_texts_order_parent" ON "_policy_notices_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_policy_notices_v_rels_order_idx" ON "_policy_notices_v_rels" USING btree ("order");
  CREATE INDEX "_policy_notices_v_rels_parent_idx" ON "_policy_notices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_notices_v_rels_path_idx" ON "_policy_notices_v_rels" USING btree ("path");
  CREATE INDEX "_policy_notices_v_rels_policy_notices_id_idx" ON "_policy_notices_v_rels" USING btree ("policy_notices_id");
  CREATE INDEX "_policy_notices_v_rels_policy_documents_id_idx" ON "_policy_notices_v_rels" USING btree ("policy_documents_id");
  CREATE INDEX "policy_documents_updated_at_idx" ON "policy_documents" USING btree ("updated_at");
  CREATE INDEX "policy_documents_created_at_idx" ON "policy_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "policy_documents_filename_idx" ON "policy_documents" USING btree ("filename");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "feedback_timeline_order_idx" ON "feedback_timeline" USING btree ("_order");
  CREATE INDEX "feedback_timeline_parent_id_idx" ON "feedback_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "feedback_tracking_code_idx" ON "feedback" USING btree ("tracking_code");
  CREATE INDEX "feedback_kind_idx" ON "feedback" USING btree ("kind");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_needs_moderation_idx" ON "feedback" USING btree ("needs_moderation");
  CREATE INDEX "feedback_access_key_hash_idx" ON "feedback" USING btree ("access_key_hash");
  CREATE UNIQUE INDEX "feedback_idempotency_token_idx" ON "feedback" USING btree ("idempotency_token");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_feedback_attachments_id_idx" ON "feedback_rels" USING btree ("feedback_attachments_id");
  CREATE INDEX "feedback_attachments_updated_at_idx" ON "feedback_attachments" USING btree ("updated_at");
  CREATE INDEX "feedback_attachments_created_at_idx" ON "feedback_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "feedback_attachments_filename_idx" ON "feedback_attachments" USING btree ("filename");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_policy_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_notices_id");
  CREATE INDEX "payload_locked_documents_rels_policy_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_hotlines_order_idx" ON "site_settings_hotlines" USING btree ("_order");
  CREATE INDEX "site_settings_hotlines_parent_id_idx" ON "site_settings_hotlines" USING btree ("_parent_id");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "policy_notices_change_history" CASCADE;
  DROP TABLE "policy_notices" CASCADE;
  DROP TABLE "policy_notices_texts" CASCADE;
  DROP TABLE "policy_notices_rels" CASCADE;
  DROP TABLE "_policy_notices_v_version_change_history" CASCADE;
  DROP TABLE "_policy_notices_v" CASCADE;
  DROP TABLE "_policy_notices_v_texts" CASCADE;
  DROP TABLE "_policy_notices_v_rels" CASCADE;
  DROP TABLE "policy_documents" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "feedback_timeline" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_rels" CASCADE;
  DROP TABLE "feedback_attachments" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_hotlines" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "policy_settings" CASCADE;
  DROP TYPE "public"."enum_policy_notices_kind";
  DROP TYPE "public"."enum_policy_notices_topic";
  DROP TYPE "public"."enum_policy_notices_validity";
  DROP TYPE "public"."enum_policy_notices_status";
  DROP TYPE "public"."enum__policy_notices_v_version_kind";
  DROP TYPE "public"."enum__policy_notices_v_version_topic";
  DROP TYPE "public"."enum__policy_notices_v_version_validity";
  DROP TYPE "public"."enum__policy_notices_v_version_status";
  DROP TYPE "public"."enum_feedback_timeline_status";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_about_type";
  DROP TYPE "public"."enum_feedback_reply_by";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
