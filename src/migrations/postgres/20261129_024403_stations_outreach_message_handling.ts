import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_outreach_articles_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum_outreach_articles_kind" AS ENUM('story', 'guide', 'activity');
  CREATE TYPE "public"."enum_outreach_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__outreach_articles_v_version_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum__outreach_articles_v_version_kind" AS ENUM('story', 'guide', 'activity');
  CREATE TYPE "public"."enum__outreach_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_health_topics_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum_health_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__health_topics_v_version_tags" AS ENUM('healthy-births', 'caring-for-girls', 'male-involvement', 'floating-population', 'reproductive-health', 'hiv-prevention', 'contraception', 'policy-services');
  CREATE TYPE "public"."enum__health_topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_service_stations_slots_weekday" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_service_stations_type" AS ENUM('county-station', 'township-station', 'community-room', 'partner-hospital', 'vct-point');
  CREATE TYPE "public"."enum_service_stations_make_up_workdays_follow" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_service_stations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_stations_v_version_slots_weekday" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum__service_stations_v_version_type" AS ENUM('county-station', 'township-station', 'community-room', 'partner-hospital', 'vct-point');
  CREATE TYPE "public"."enum__service_stations_v_version_make_up_workdays_follow" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum__service_stations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_districts_kind" AS ENUM('county', 'street');
  CREATE TYPE "public"."enum_feedback_rating" AS ENUM('satisfied', 'basically', 'unsatisfied');
  CREATE TYPE "public"."enum_reply_templates_kind" AS ENUM('consultation', 'suggestion', 'complaint', 'praise', 'report');
  CREATE TYPE "public"."enum_published_replies_kind" AS ENUM('consultation', 'suggestion', 'complaint', 'praise', 'report');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'feedbackDeadlineReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'healthReviewReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'feedbackDeadlineReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'healthReviewReminders';
  CREATE TABLE "outreach_articles_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outreach_articles_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outreach_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_outreach_articles_kind" DEFAULT 'story',
  	"summary" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_outreach_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_outreach_articles_v_version_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__outreach_articles_v_version_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_outreach_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__outreach_articles_v_version_kind" DEFAULT 'story',
  	"version_summary" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__outreach_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "events_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"station_id" integer,
  	"district_id" integer,
  	"summary" varchar,
  	"image_id" integer,
  	"description" jsonb,
  	"registration_note" varchar,
  	"registration_contact" varchar,
  	"registration_phone" varchar,
  	"registration_email" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_events_v_version_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_station_id" integer,
  	"version_district_id" integer,
  	"version_summary" varchar,
  	"version_image_id" integer,
  	"version_description" jsonb,
  	"version_registration_note" varchar,
  	"version_registration_contact" varchar,
  	"version_registration_phone" varchar,
  	"version_registration_email" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "health_topics_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fact" varchar
  );
  
  CREATE TABLE "health_topics_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" jsonb
  );
  
  CREATE TABLE "health_topics_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "health_topics_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_health_topics_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "health_topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"medical_reviewer_name" varchar,
  	"medical_reviewer_title" varchar,
  	"reviewer_email" varchar,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due_at" timestamp(3) with time zone,
  	"review_reminder_sent_for" timestamp(3) with time zone,
  	"sensitive" boolean DEFAULT false,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_health_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "health_topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_documents_id" integer,
  	"services_id" integer
  );
  
  CREATE TABLE "_health_topics_v_version_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"fact" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_health_topics_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_health_topics_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_health_topics_v_version_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__health_topics_v_version_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_health_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_medical_reviewer_name" varchar,
  	"version_medical_reviewer_title" varchar,
  	"version_reviewer_email" varchar,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due_at" timestamp(3) with time zone,
  	"version_review_reminder_sent_for" timestamp(3) with time zone,
  	"version_sensitive" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__health_topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_health_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_documents_id" integer,
  	"services_id" integer
  );
  
  CREATE TABLE "service_stations_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "service_stations_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_service_stations_slots_weekday",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "service_stations_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"closed" boolean DEFAULT true,
  	"opens" varchar,
  	"closes" varchar,
  	"opens2" varchar,
  	"closes2" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "service_stations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"key" varchar,
  	"type" "enum_service_stations_type",
  	"district_id" integer,
  	"street_id" integer,
  	"address" varchar,
  	"lat" numeric,
  	"lng" numeric,
  	"closed_on_public_holidays" boolean DEFAULT true,
  	"make_up_workdays_follow" "enum_service_stations_make_up_workdays_follow" DEFAULT '1',
  	"accessibility" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"opening_hours" jsonb,
  	"search_text" varchar,
  	"list_order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_service_stations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "service_stations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "_service_stations_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_stations_v_version_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"weekday" "enum__service_stations_v_version_slots_weekday",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_stations_v_version_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"closed" boolean DEFAULT true,
  	"opens" varchar,
  	"closes" varchar,
  	"opens2" varchar,
  	"closes2" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_stations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_key" varchar,
  	"version_type" "enum__service_stations_v_version_type",
  	"version_district_id" integer,
  	"version_street_id" integer,
  	"version_address" varchar,
  	"version_lat" numeric,
  	"version_lng" numeric,
  	"version_closed_on_public_holidays" boolean DEFAULT true,
  	"version_make_up_workdays_follow" "enum__service_stations_v_version_make_up_workdays_follow" DEFAULT '1',
  	"version_accessibility" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_opening_hours" jsonb,
  	"version_search_text" varchar,
  	"version_list_order" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__service_stations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_service_stations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"summary" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_districts_kind" DEFAULT 'county' NOT NULL,
  	"parent_id" integer,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_internal_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"author" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reply_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_reply_templates_kind",
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "published_replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_published_replies_kind" NOT NULL,
  	"subject" varchar NOT NULL,
  	"question" varchar NOT NULL,
  	"answer" varchar NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"replied_at" timestamp(3) with time zone NOT NULL,
  	"department" varchar,
  	"source" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"acceptance" numeric DEFAULT 2 NOT NULL,
  	"consultation" numeric DEFAULT 5 NOT NULL,
  	"suggestion" numeric DEFAULT 5 NOT NULL,
  	"complaint" numeric DEFAULT 7 NOT NULL,
  	"report" numeric DEFAULT 15 NOT NULL,
  	"praise" numeric DEFAULT 5 NOT NULL,
  	"due_soon_working_days" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "media" ADD COLUMN "sizes_large_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filename" varchar;
  ALTER TABLE "feedback" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "acceptance_due_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "reply_due_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "limit_days" numeric;
  ALTER TABLE "feedback" ADD COLUMN "received_month" varchar;
  ALTER TABLE "feedback" ADD COLUMN "first_replied_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "working_days_to_reply" numeric;
  ALTER TABLE "feedback" ADD COLUMN "replied_on_time" boolean;
  ALTER TABLE "feedback" ADD COLUMN "due_soon_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "overdue_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "department_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "assigned_to_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "decline_reason" varchar;
  ALTER TABLE "feedback" ADD COLUMN "transferred_to" varchar;
  ALTER TABLE "feedback" ADD COLUMN "transfer_reason" varchar;
  ALTER TABLE "feedback" ADD COLUMN "extension_days" numeric;
  ALTER TABLE "feedback" ADD COLUMN "extension_reason" varchar;
  ALTER TABLE "feedback" ADD COLUMN "extended" boolean DEFAULT false;
  ALTER TABLE "feedback" ADD COLUMN "reopen_count" numeric DEFAULT 0;
  ALTER TABLE "feedback" ADD COLUMN "rating" "enum_feedback_rating";
  ALTER TABLE "feedback" ADD COLUMN "rated_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "rating_comment" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_subject" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_question" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_answer" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_approved" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outreach_articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "health_topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_stations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "districts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "departments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reply_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "published_replies_id" integer;
  ALTER TABLE "outreach_articles_tags" ADD CONSTRAINT "outreach_articles_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_articles" ADD CONSTRAINT "outreach_articles_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v_version_tags" ADD CONSTRAINT "_outreach_articles_v_version_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_outreach_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_parent_id_outreach_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_articles_v" ADD CONSTRAINT "_outreach_articles_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_tags" ADD CONSTRAINT "events_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_station_id_service_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."service_stations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_tags" ADD CONSTRAINT "_events_v_version_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_station_id_service_stations_id_fk" FOREIGN KEY ("version_station_id") REFERENCES "public"."service_stations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_topics_key_facts" ADD CONSTRAINT "health_topics_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_sections" ADD CONSTRAINT "health_topics_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_faq" ADD CONSTRAINT "health_topics_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_tags" ADD CONSTRAINT "health_topics_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_rels" ADD CONSTRAINT "health_topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_rels" ADD CONSTRAINT "health_topics_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "health_topics_rels" ADD CONSTRAINT "health_topics_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_version_key_facts" ADD CONSTRAINT "_health_topics_v_version_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_version_sections" ADD CONSTRAINT "_health_topics_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_version_faq" ADD CONSTRAINT "_health_topics_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_version_tags" ADD CONSTRAINT "_health_topics_v_version_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v" ADD CONSTRAINT "_health_topics_v_parent_id_health_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."health_topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_health_topics_v_rels" ADD CONSTRAINT "_health_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_health_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_rels" ADD CONSTRAINT "_health_topics_v_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_health_topics_v_rels" ADD CONSTRAINT "_health_topics_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations_phones" ADD CONSTRAINT "service_stations_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations_slots" ADD CONSTRAINT "service_stations_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations_exceptions" ADD CONSTRAINT "service_stations_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations" ADD CONSTRAINT "service_stations_street_id_districts_id_fk" FOREIGN KEY ("street_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_stations_rels" ADD CONSTRAINT "service_stations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_stations_rels" ADD CONSTRAINT "service_stations_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v_version_phones" ADD CONSTRAINT "_service_stations_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_stations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v_version_slots" ADD CONSTRAINT "_service_stations_v_version_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_stations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v_version_exceptions" ADD CONSTRAINT "_service_stations_v_version_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_stations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_parent_id_service_stations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_stations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v" ADD CONSTRAINT "_service_stations_v_version_street_id_districts_id_fk" FOREIGN KEY ("version_street_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_stations_v_rels" ADD CONSTRAINT "_service_stations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_service_stations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_stations_v_rels" ADD CONSTRAINT "_service_stations_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts" ADD CONSTRAINT "districts_parent_id_districts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_internal_notes" ADD CONSTRAINT "feedback_internal_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "outreach_articles_tags_order_idx" ON "outreach_articles_tags" USING btree ("order");
  CREATE INDEX "outreach_articles_tags_parent_idx" ON "outreach_articles_tags" USING btree ("parent_id");
  CREATE INDEX "outreach_articles_tags_value_idx" ON "outreach_articles_tags" USING btree ("value");
  CREATE INDEX "outreach_articles_image_idx" ON "outreach_articles" USING btree ("image_id");
  CREATE UNIQUE INDEX "outreach_articles_slug_idx" ON "outreach_articles" USING btree ("slug");
  CREATE INDEX "outreach_articles_updated_at_idx" ON "outreach_articles" USING btree ("updated_at");
  CREATE INDEX "outreach_articles_created_at_idx" ON "outreach_articles" USING btree ("created_at");
  CREATE INDEX "outreach_articles__status_idx" ON "outreach_articles" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_idx" ON "outreach_articles" USING btree ("_status","published_at");
  CREATE INDEX "_outreach_articles_v_version_tags_order_idx" ON "_outreach_articles_v_version_tags" USING btree ("order");
  CREATE INDEX "_outreach_articles_v_version_tags_parent_idx" ON "_outreach_articles_v_version_tags" USING btree ("parent_id");
  CREATE INDEX "_outreach_articles_v_version_tags_value_idx" ON "_outreach_articles_v_version_tags" USING btree ("value");
  CREATE INDEX "_outreach_articles_v_parent_idx" ON "_outreach_articles_v" USING btree ("parent_id");
  CREATE INDEX "_outreach_articles_v_version_version_image_idx" ON "_outreach_articles_v" USING btree ("version_image_id");
  CREATE INDEX "_outreach_articles_v_version_version_slug_idx" ON "_outreach_articles_v" USING btree ("version_slug");
  CREATE INDEX "_outreach_articles_v_version_version_updated_at_idx" ON "_outreach_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_outreach_articles_v_version_version_created_at_idx" ON "_outreach_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_outreach_articles_v_version_version__status_idx" ON "_outreach_articles_v" USING btree ("version__status");
  CREATE INDEX "_outreach_articles_v_created_at_idx" ON "_outreach_articles_v" USING btree ("created_at");
  CREATE INDEX "_outreach_articles_v_updated_at_idx" ON "_outreach_articles_v" USING btree ("updated_at");
  CREATE INDEX "_outreach_articles_v_latest_idx" ON "_outreach_articles_v" USING btree ("latest");
  CREATE INDEX "_outreach_articles_v_autosave_idx" ON "_outreach_articles_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_outreach_articles_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "events_tags_order_idx" ON "events_tags" USING btree ("order");
  CREATE INDEX "events_tags_parent_idx" ON "events_tags" USING btree ("parent_id");
  CREATE INDEX "events_tags_value_idx" ON "events_tags" USING btree ("value");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_station_idx" ON "events" USING btree ("station_id");
  CREATE INDEX "events_district_idx" ON "events" USING btree ("district_id");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "_status_startsAt_idx" ON "events" USING btree ("_status","starts_at");
  CREATE INDEX "_events_v_version_tags_order_idx" ON "_events_v_version_tags" USING btree ("order");
  CREATE INDEX "_events_v_version_tags_parent_idx" ON "_events_v_version_tags" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_tags_value_idx" ON "_events_v_version_tags" USING btree ("value");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_station_idx" ON "_events_v" USING btree ("version_station_id");
  CREATE INDEX "_events_v_version_version_district_idx" ON "_events_v" USING btree ("version_district_id");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_startsAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at");
  CREATE INDEX "health_topics_key_facts_order_idx" ON "health_topics_key_facts" USING btree ("_order");
  CREATE INDEX "health_topics_key_facts_parent_id_idx" ON "health_topics_key_facts" USING btree ("_parent_id");
  CREATE INDEX "health_topics_sections_order_idx" ON "health_topics_sections" USING btree ("_order");
  CREATE INDEX "health_topics_sections_parent_id_idx" ON "health_topics_sections" USING btree ("_parent_id");
  CREATE INDEX "health_topics_faq_order_idx" ON "health_topics_faq" USING btree ("_order");
  CREATE INDEX "health_topics_faq_parent_id_idx" ON "health_topics_faq" USING btree ("_parent_id");
  CREATE INDEX "health_topics_tags_order_idx" ON "health_topics_tags" USING btree ("order");
  CREATE INDEX "health_topics_tags_parent_idx" ON "health_topics_tags" USING btree ("parent_id");
  CREATE INDEX "health_topics_tags_value_idx" ON "health_topics_tags" USING btree ("value");
  CREATE INDEX "health_topics_next_review_due_at_idx" ON "health_topics" USING btree ("next_review_due_at");
  CREATE UNIQUE INDEX "health_topics_slug_idx" ON "health_topics" USING btree ("slug");
  CREATE INDEX "health_topics_updated_at_idx" ON "health_topics" USING btree ("updated_at");
  CREATE INDEX "health_topics_created_at_idx" ON "health_topics" USING btree ("created_at");
  CREATE INDEX "health_topics__status_idx" ON "health_topics" USING btree ("_status");
  CREATE INDEX "_status_nextReviewDueAt_idx" ON "health_topics" USING btree ("_status","next_review_due_at");
  CREATE INDEX "health_topics_rels_order_idx" ON "health_topics_rels" USING btree ("order");
  CREATE INDEX "health_topics_rels_parent_idx" ON "health_topics_rels" USING btree ("parent_id");
  CREATE INDEX "health_topics_rels_path_idx" ON "health_topics_rels" USING btree ("path");
  CREATE INDEX "health_topics_rels_policy_documents_id_idx" ON "health_topics_rels" USING btree ("policy_documents_id");
  CREATE INDEX "health_topics_rels_services_id_idx" ON "health_topics_rels" USING btree ("services_id");
  CREATE INDEX "_health_topics_v_version_key_facts_order_idx" ON "_health_topics_v_version_key_facts" USING btree ("_order");
  CREATE INDEX "_health_topics_v_version_key_facts_parent_id_idx" ON "_health_topics_v_version_key_facts" USING btree ("_parent_id");
  CREATE INDEX "_health_topics_v_version_sections_order_idx" ON "_health_topics_v_version_sections" USING btree ("_order");
  CREATE INDEX "_health_topics_v_version_sections_parent_id_idx" ON "_health_topics_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_health_topics_v_version_faq_order_idx" ON "_health_topics_v_version_faq" USING btree ("_order");
  CREATE INDEX "_health_topics_v_version_faq_parent_id_idx" ON "_health_topics_v_version_faq" USING btree ("_parent_id");
  CREATE INDEX "_health_topics_v_version_tags_order_idx" ON "_health_topics_v_version_tags" USING btree ("order");
  CREATE INDEX "_health_topics_v_version_tags_parent_idx" ON "_health_topics_v_version_tags" USING btree ("parent_id");
  CREATE INDEX "_health_topics_v_version_tags_value_idx" ON "_health_topics_v_version_tags" USING btree ("value");
  CREATE INDEX "_health_topics_v_parent_idx" ON "_health_topics_v" USING btree ("parent_id");
  CREATE INDEX "_health_topics_v_version_version_next_review_due_at_idx" ON "_health_topics_v" USING btree ("version_next_review_due_at");
  CREATE INDEX "_health_topics_v_version_version_slug_idx" ON "_health_topics_v" USING btree ("version_slug");
  CREATE INDEX "_health_topics_v_version_version_updated_at_idx" ON "_health_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_health_topics_v_version_version_created_at_idx" ON "_health_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_health_topics_v_version_version__status_idx" ON "_health_topics_v" USING btree ("version__status");
  CREATE INDEX "_health_topics_v_created_at_idx" ON "_health_topics_v" USING btree ("created_at");
  CREATE INDEX "_health_topics_v_updated_at_idx" ON "_health_topics_v" USING btree ("updated_at");
  CREATE INDEX "_health_topics_v_latest_idx" ON "_health_topics_v" USING btree ("latest");
  CREATE INDEX "_health_topics_v_autosave_idx" ON "_health_topics_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_nextReviewDueAt_idx" ON "_health_topics_v" USING btree ("version__status","version_next_review_due_at");
  CREATE INDEX "_health_topics_v_rels_order_idx" ON "_health_topics_v_rels" USING btree ("order");
  CREATE INDEX "_health_topics_v_rels_parent_idx" ON "_health_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_health_topics_v_rels_path_idx" ON "_health_topics_v_rels" USING btree ("path");
  CREATE INDEX "_health_topics_v_rels_policy_documents_id_idx" ON "_health_topics_v_rels" USING btree ("policy_documents_id");
  CREATE INDEX "_health_topics_v_rels_services_id_idx" ON "_health_topics_v_rels" USING btree ("services_id");
  CREATE INDEX "service_stations_phones_order_idx" ON "service_stations_phones" USING btree ("_order");
  CREATE INDEX "service_stations_phones_parent_id_idx" ON "service_stations_phones" USING btree ("_parent_id");
  CREATE INDEX "service_stations_slots_order_idx" ON "service_stations_slots" USING btree ("_order");
  CREATE INDEX "service_stations_slots_parent_id_idx" ON "service_stations_slots" USING btree ("_parent_id");
  CREATE INDEX "service_stations_exceptions_order_idx" ON "service_stations_exceptions" USING btree ("_order");
  CREATE INDEX "service_stations_exceptions_parent_id_idx" ON "service_stations_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_stations_key_idx" ON "service_stations" USING btree ("key");
  CREATE INDEX "service_stations_district_idx" ON "service_stations" USING btree ("district_id");
  CREATE INDEX "service_stations_street_idx" ON "service_stations" USING btree ("street_id");
  CREATE INDEX "service_stations_updated_at_idx" ON "service_stations" USING btree ("updated_at");
  CREATE INDEX "service_stations_created_at_idx" ON "service_stations" USING btree ("created_at");
  CREATE INDEX "service_stations__status_idx" ON "service_stations" USING btree ("_status");
  CREATE INDEX "_status_listOrder_idx" ON "service_stations" USING btree ("_status","list_order");
  CREATE INDEX "_status_type_idx" ON "service_stations" USING btree ("_status","type");
  CREATE INDEX "_status_lat_lng_idx" ON "service_stations" USING btree ("_status","lat","lng");
  CREATE INDEX "service_stations_rels_order_idx" ON "service_stations_rels" USING btree ("order");
  CREATE INDEX "service_stations_rels_parent_idx" ON "service_stations_rels" USING btree ("parent_id");
  CREATE INDEX "service_stations_rels_path_idx" ON "service_stations_rels" USING btree ("path");
  CREATE INDEX "service_stations_rels_services_id_idx" ON "service_stations_rels" USING btree ("services_id");
  CREATE INDEX "_service_stations_v_version_phones_order_idx" ON "_service_stations_v_version_phones" USING btree ("_order");
  CREATE INDEX "_service_stations_v_version_phones_parent_id_idx" ON "_service_stations_v_version_phones" USING btree ("_parent_id");
  CREATE INDEX "_service_stations_v_version_slots_order_idx" ON "_service_stations_v_version_slots" USING btree ("_order");
  CREATE INDEX "_service_stations_v_version_slots_parent_id_idx" ON "_service_stations_v_version_slots" USING btree ("_parent_id");
  CREATE INDEX "_service_stations_v_version_exceptions_order_idx" ON "_service_stations_v_version_exceptions" USING btree ("_order");
  CREATE INDEX "_service_stations_v_version_exceptions_parent_id_idx" ON "_service_stations_v_version_exceptions" USING btree ("_parent_id");
  CREATE INDEX "_service_stations_v_parent_idx" ON "_service_stations_v" USING btree ("parent_id");
  CREATE INDEX "_service_stations_v_version_version_key_idx" ON "_service_stations_v" USING btree ("version_key");
  CREATE INDEX "_service_stations_v_version_version_district_idx" ON "_service_stations_v" USING btree ("version_district_id");
  CREATE INDEX "_service_stations_v_version_version_street_idx" ON "_service_stations_v" USING btree ("version_street_id");
  CREATE INDEX "_service_stations_v_version_version_updated_at_idx" ON "_service_stations_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_stations_v_version_version_created_at_idx" ON "_service_stations_v" USING btree ("version_created_at");
  CREATE INDEX "_service_stations_v_version_version__status_idx" ON "_service_stations_v" USING btree ("version__status");
  CREATE INDEX "_service_stations_v_created_at_idx" ON "_service_stations_v" USING btree ("created_at");
  CREATE INDEX "_service_stations_v_updated_at_idx" ON "_service_stations_v" USING btree ("updated_at");
  CREATE INDEX "_service_stations_v_latest_idx" ON "_service_stations_v" USING btree ("latest");
  CREATE INDEX "version__status_version_listOrder_idx" ON "_service_stations_v" USING btree ("version__status","version_list_order");
  CREATE INDEX "version__status_version_type_idx" ON "_service_stations_v" USING btree ("version__status","version_type");
  CREATE INDEX "version__status_version_lat_version_lng_idx" ON "_service_stations_v" USING btree ("version__status","version_lat","version_lng");
  CREATE INDEX "_service_stations_v_rels_order_idx" ON "_service_stations_v_rels" USING btree ("order");
  CREATE INDEX "_service_stations_v_rels_parent_idx" ON "_service_stations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_service_stations_v_rels_path_idx" ON "_service_stations_v_rels" USING btree ("path");
  CREATE INDEX "_service_stations_v_rels_services_id_idx" ON "_service_stations_v_rels" USING btree ("services_id");
  CREATE UNIQUE INDEX "services_code_idx" ON "services" USING btree ("code");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE UNIQUE INDEX "districts_code_idx" ON "districts" USING btree ("code");
  CREATE INDEX "districts_kind_idx" ON "districts" USING btree ("kind");
  CREATE INDEX "districts_parent_idx" ON "districts" USING btree ("parent_id");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE INDEX "feedback_internal_notes_order_idx" ON "feedback_internal_notes" USING btree ("_order");
  CREATE INDEX "feedback_internal_notes_parent_id_idx" ON "feedback_internal_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE INDEX "departments_active_idx" ON "departments" USING btree ("active");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "reply_templates_updated_at_idx" ON "reply_templates" USING btree ("updated_at");
  CREATE INDEX "reply_templates_created_at_idx" ON "reply_templates" USING btree ("created_at");
  CREATE INDEX "published_replies_kind_idx" ON "published_replies" USING btree ("kind");
  CREATE INDEX "published_replies_replied_at_idx" ON "published_replies" USING btree ("replied_at");
  CREATE UNIQUE INDEX "published_replies_source_idx" ON "published_replies" USING btree ("source");
  CREATE INDEX "published_replies_updated_at_idx" ON "published_replies" USING btree ("updated_at");
  CREATE INDEX "published_replies_created_at_idx" ON "published_replies" USING btree ("created_at");
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outreach_articles_fk" FOREIGN KEY ("outreach_articles_id") REFERENCES "public"."outreach_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_health_topics_fk" FOREIGN KEY ("health_topics_id") REFERENCES "public"."health_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_stations_fk" FOREIGN KEY ("service_stations_id") REFERENCES "public"."service_stations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reply_templates_fk" FOREIGN KEY ("reply_templates_id") REFERENCES "public"."reply_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_published_replies_fk" FOREIGN KEY ("published_replies_id") REFERENCES "public"."published_replies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "feedback_due_at_idx" ON "feedback" USING btree ("due_at");
  CREATE INDEX "feedback_received_month_idx" ON "feedback" USING btree ("received_month");
  CREATE INDEX "feedback_first_replied_at_idx" ON "feedback" USING btree ("first_replied_at");
  CREATE INDEX "feedback_department_idx" ON "feedback" USING btree ("department_id");
  CREATE INDEX "feedback_assigned_to_idx" ON "feedback" USING btree ("assigned_to_id");
  CREATE INDEX "feedback_rating_idx" ON "feedback" USING btree ("rating");
  CREATE INDEX "feedback_publication_publication_approved_idx" ON "feedback" USING btree ("publication_approved");
  CREATE INDEX "status_dueAt_idx" ON "feedback" USING btree ("status","due_at");
  CREATE INDEX "payload_locked_documents_rels_outreach_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("outreach_articles_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_health_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("health_topics_id");
  CREATE INDEX "payload_locked_documents_rels_service_stations_id_idx" ON "payload_locked_documents_rels" USING btree ("service_stations_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_reply_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("reply_templates_id");
  CREATE INDEX "payload_locked_documents_rels_published_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("published_replies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outreach_articles_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_articles_v_version_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_key_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "health_topics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_version_key_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_version_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_version_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_health_topics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_stations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v_version_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v_version_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v_version_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_stations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "districts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_internal_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "departments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reply_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "published_replies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outreach_articles_tags" CASCADE;
  DROP TABLE "outreach_articles" CASCADE;
  DROP TABLE "_outreach_articles_v_version_tags" CASCADE;
  DROP TABLE "_outreach_articles_v" CASCADE;
  DROP TABLE "events_tags" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "_events_v_version_tags" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "health_topics_key_facts" CASCADE;
  DROP TABLE "health_topics_sections" CASCADE;
  DROP TABLE "health_topics_faq" CASCADE;
  DROP TABLE "health_topics_tags" CASCADE;
  DROP TABLE "health_topics" CASCADE;
  DROP TABLE "health_topics_rels" CASCADE;
  DROP TABLE "_health_topics_v_version_key_facts" CASCADE;
  DROP TABLE "_health_topics_v_version_sections" CASCADE;
  DROP TABLE "_health_topics_v_version_faq" CASCADE;
  DROP TABLE "_health_topics_v_version_tags" CASCADE;
  DROP TABLE "_health_topics_v" CASCADE;
  DROP TABLE "_health_topics_v_rels" CASCADE;
  DROP TABLE "service_stations_phones" CASCADE;
  DROP TABLE "service_stations_slots" CASCADE;
  DROP TABLE "service_stations_exceptions" CASCADE;
  DROP TABLE "service_stations" CASCADE;
  DROP TABLE "service_stations_rels" CASCADE;
  DROP TABLE "_service_stations_v_version_phones" CASCADE;
  DROP TABLE "_service_stations_v_version_slots" CASCADE;
  DROP TABLE "_service_stations_v_version_exceptions" CASCADE;
  DROP TABLE "_service_stations_v" CASCADE;
  DROP TABLE "_service_stations_v_rels" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "feedback_internal_notes" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "reply_templates" CASCADE;
  DROP TABLE "published_replies" CASCADE;
  DROP TABLE "feedback_settings" CASCADE;
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_department_id_departments_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_assigned_to_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outreach_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_health_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_stations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_districts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_departments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reply_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_published_replies_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_sizes_large_sizes_large_filename_idx";
  DROP INDEX "feedback_due_at_idx";
  DROP INDEX "feedback_received_month_idx";
  DROP INDEX "feedback_first_replied_at_idx";
  DROP INDEX "feedback_department_idx";
  DROP INDEX "feedback_assigned_to_idx";
  DROP INDEX "feedback_rating_idx";
  DROP INDEX "feedback_publication_publication_approved_idx";
  DROP INDEX "status_dueAt_idx";
  DROP INDEX "payload_locked_documents_rels_outreach_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_health_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_stations_id_idx";
  DROP INDEX "payload_locked_documents_rels_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_districts_id_idx";
  DROP INDEX "payload_locked_documents_rels_departments_id_idx";
  DROP INDEX "payload_locked_documents_rels_reply_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_published_replies_id_idx";
  ALTER TABLE "media" DROP COLUMN "sizes_large_url";
  ALTER TABLE "media" DROP COLUMN "sizes_large_width";
  ALTER TABLE "media" DROP COLUMN "sizes_large_height";
  ALTER TABLE "media" DROP COLUMN "sizes_large_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filename";
  ALTER TABLE "feedback" DROP COLUMN "due_at";
  ALTER TABLE "feedback" DROP COLUMN "acceptance_due_at";
  ALTER TABLE "feedback" DROP COLUMN "reply_due_at";
  ALTER TABLE "feedback" DROP COLUMN "limit_days";
  ALTER TABLE "feedback" DROP COLUMN "received_month";
  ALTER TABLE "feedback" DROP COLUMN "first_replied_at";
  ALTER TABLE "feedback" DROP COLUMN "working_days_to_reply";
  ALTER TABLE "feedback" DROP COLUMN "replied_on_time";
  ALTER TABLE "feedback" DROP COLUMN "due_soon_reminded_at";
  ALTER TABLE "feedback" DROP COLUMN "overdue_reminded_at";
  ALTER TABLE "feedback" DROP COLUMN "department_id";
  ALTER TABLE "feedback" DROP COLUMN "assigned_to_id";
  ALTER TABLE "feedback" DROP COLUMN "decline_reason";
  ALTER TABLE "feedback" DROP COLUMN "transferred_to";
  ALTER TABLE "feedback" DROP COLUMN "transfer_reason";
  ALTER TABLE "feedback" DROP COLUMN "extension_days";
  ALTER TABLE "feedback" DROP COLUMN "extension_reason";
  ALTER TABLE "feedback" DROP COLUMN "extended";
  ALTER TABLE "feedback" DROP COLUMN "reopen_count";
  ALTER TABLE "feedback" DROP COLUMN "rating";
  ALTER TABLE "feedback" DROP COLUMN "rated_at";
  ALTER TABLE "feedback" DROP COLUMN "rating_comment";
  ALTER TABLE "feedback" DROP COLUMN "publication_subject";
  ALTER TABLE "feedback" DROP COLUMN "publication_question";
  ALTER TABLE "feedback" DROP COLUMN "publication_answer";
  ALTER TABLE "feedback" DROP COLUMN "publication_approved";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outreach_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "health_topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_stations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "districts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "departments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reply_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "published_replies_id";
  DROP TYPE "public"."enum_outreach_articles_tags";
  DROP TYPE "public"."enum_outreach_articles_kind";
  DROP TYPE "public"."enum_outreach_articles_status";
  DROP TYPE "public"."enum__outreach_articles_v_version_tags";
  DROP TYPE "public"."enum__outreach_articles_v_version_kind";
  DROP TYPE "public"."enum__outreach_articles_v_version_status";
  DROP TYPE "public"."enum_events_tags";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_tags";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_health_topics_tags";
  DROP TYPE "public"."enum_health_topics_status";
  DROP TYPE "public"."enum__health_topics_v_version_tags";
  DROP TYPE "public"."enum__health_topics_v_version_status";
  DROP TYPE "public"."enum_service_stations_slots_weekday";
  DROP TYPE "public"."enum_service_stations_type";
  DROP TYPE "public"."enum_service_stations_make_up_workdays_follow";
  DROP TYPE "public"."enum_service_stations_status";
  DROP TYPE "public"."enum__service_stations_v_version_slots_weekday";
  DROP TYPE "public"."enum__service_stations_v_version_type";
  DROP TYPE "public"."enum__service_stations_v_version_make_up_workdays_follow";
  DROP TYPE "public"."enum__service_stations_v_version_status";
  DROP TYPE "public"."enum_districts_kind";
  DROP TYPE "public"."enum_feedback_rating";
  DROP TYPE "public"."enum_reply_templates_kind";
  DROP TYPE "public"."enum_published_replies_kind";`)
}
