import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_applications_status" AS ENUM('received', 'awaiting-correction', 'answered', 'lapsed');
  CREATE TYPE "public"."enum_disclosure_applications_answer_type" AS ENUM('disclosed', 'partly-disclosed', 'withheld', 'unavailable', 'not-processed', 'referred');
  CREATE TYPE "public"."enum_disclosure_applications_applicant_type" AS ENUM('citizen', 'organisation');
  CREATE TYPE "public"."enum_disclosure_applications_id_type" AS ENUM('resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'credit-code', 'other');
  CREATE TYPE "public"."enum_disclosure_applications_preferred_form" AS ENUM('paper', 'email', 'disc', 'inspection');
  CREATE TYPE "public"."enum_disclosure_applications_collection_manner" AS ENUM('post', 'email', 'pick-up', 'on-site');
  CREATE TABLE "disclosure_applications_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"due_day" varchar NOT NULL,
  	"what" varchar NOT NULL,
  	"answered_at" timestamp(3) with time zone,
  	"answer" varchar
  );
  
  CREATE TABLE "disclosure_applications_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "disclosure_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"status" "enum_disclosure_applications_status" DEFAULT 'received' NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"answer_due_day" varchar,
  	"extension_days" numeric,
  	"extension_approved_by" varchar,
  	"extension_reason" varchar,
  	"extension_at" timestamp(3) with time zone,
  	"answer_type" "enum_disclosure_applications_answer_type",
  	"answer_reason" varchar,
  	"answer_provided" varchar,
  	"answer_withheld_part" varchar,
  	"answer_explanation" varchar,
  	"answer_other_body" varchar,
  	"answer_answered_at" timestamp(3) with time zone,
  	"answer_answered_by_id" integer,
  	"letter" varchar,
  	"applicant_type" "enum_disclosure_applications_applicant_type" NOT NULL,
  	"id_type" "enum_disclosure_applications_id_type" NOT NULL,
  	"applicant_masked_name" varchar,
  	"applicant_masked_id_number" varchar,
  	"applicant_masked_phone" varchar,
  	"applicant_masked_email" varchar,
  	"applicant_masked_address" varchar,
  	"applicant_name" varchar,
  	"applicant_id_number" varchar,
  	"applicant_phone" varchar,
  	"applicant_email" varchar,
  	"applicant_address" varchar,
  	"description" varchar NOT NULL,
  	"preferred_form" "enum_disclosure_applications_preferred_form" NOT NULL,
  	"collection_manner" "enum_disclosure_applications_collection_manner" NOT NULL,
  	"access_key_hash" varchar NOT NULL,
  	"idempotency_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_applications_id" integer;
  ALTER TABLE "disclosure_applications_corrections" ADD CONSTRAINT "disclosure_applications_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_applications_timeline" ADD CONSTRAINT "disclosure_applications_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_applications" ADD CONSTRAINT "disclosure_applications_answer_answered_by_id_users_id_fk" FOREIGN KEY ("answer_answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "disclosure_applications_corrections_order_idx" ON "disclosure_applications_corrections" USING btree ("_order");
  CREATE INDEX "disclosure_applications_corrections_parent_id_idx" ON "disclosure_applications_corrections" USING btree ("_parent_id");
  CREATE INDEX "disclosure_applications_timeline_order_idx" ON "disclosure_applications_timeline" USING btree ("_order");
  CREATE INDEX "disclosure_applications_timeline_parent_id_idx" ON "disclosure_applications_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "disclosure_applications_tracking_code_idx" ON "disclosure_applications" USING btree ("tracking_code");
  CREATE INDEX "disclosure_applications_status_idx" ON "disclosure_applications" USING btree ("status");
  CREATE INDEX "disclosure_applications_received_at_idx" ON "disclosure_applications" USING btree ("received_at");
  CREATE INDEX "disclosure_applications_answer_due_day_idx" ON "disclosure_applications" USING btree ("answer_due_day");
  CREATE INDEX "disclosure_applications_answer_answer_type_idx" ON "disclosure_applications" USING btree ("answer_type");
  CREATE INDEX "disclosure_applications_answer_answer_answered_by_idx" ON "disclosure_applications" USING btree ("answer_answered_by_id");
  CREATE INDEX "disclosure_applications_applicant_type_idx" ON "disclosure_applications" USING btree ("applicant_type");
  CREATE INDEX "disclosure_applications_access_key_hash_idx" ON "disclosure_applications" USING btree ("access_key_hash");
  CREATE UNIQUE INDEX "disclosure_applications_idempotency_token_idx" ON "disclosure_applications" USING btree ("idempotency_token");
  CREATE INDEX "disclosure_applications_updated_at_idx" ON "disclosure_applications" USING btree ("updated_at");
  CREATE INDEX "disclosure_applications_created_at_idx" ON "disclosure_applications" USING btree ("created_at");
  CREATE INDEX "status_answerDueDay_idx" ON "disclosure_applications" USING btree ("status","answer_due_day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_applications_fk" FOREIGN KEY ("disclosure_applications_id") REFERENCES "public"."disclosure_applications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_applications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_applications_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_applications_timeline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_applications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_applications_corrections" CASCADE;
  DROP TABLE "disclosure_applications_timeline" CASCADE;
  DROP TABLE "disclosure_applications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_applications_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosure_applications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_applications_id";
  DROP TYPE "public"."enum_disclosure_applications_status";
  DROP TYPE "public"."enum_disclosure_applications_answer_type";
  DROP TYPE "public"."enum_disclosure_applications_applicant_type";
  DROP TYPE "public"."enum_disclosure_applications_id_type";
  DROP TYPE "public"."enum_disclosure_applications_preferred_form";
  DROP TYPE "public"."enum_disclosure_applications_collection_manner";`)
}
