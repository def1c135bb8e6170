import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_moderated_copies_status" AS ENUM('drafting', 'submitted', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_moderated_copies_kind" AS ENUM('consultation', 'suggestion', 'complaint', 'praise', 'report');
  CREATE TABLE "moderated_copies_confirmations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "moderated_copies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar,
  	"question" varchar,
  	"answer" varchar,
  	"status" "enum_moderated_copies_status" DEFAULT 'drafting' NOT NULL,
  	"source_id" integer NOT NULL,
  	"kind" "enum_moderated_copies_kind",
  	"department" varchar,
  	"received_at" timestamp(3) with time zone,
  	"replied_at" timestamp(3) with time zone,
  	"writer_names" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"return_remark" varchar,
  	"approved_by_id" integer,
  	"approver_name" varchar,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawal_reason" varchar,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderated_copies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  DROP INDEX "feedback_publication_publication_approved_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "moderated_copies_id" integer;
  ALTER TABLE "feedback_settings" ADD COLUMN "public_numbers" varchar;
  ALTER TABLE "moderated_copies_confirmations" ADD CONSTRAINT "moderated_copies_confirmations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."moderated_copies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "moderated_copies" ADD CONSTRAINT "moderated_copies_source_id_feedback_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderated_copies" ADD CONSTRAINT "moderated_copies_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderated_copies_rels" ADD CONSTRAINT "moderated_copies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."moderated_copies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "moderated_copies_rels" ADD CONSTRAINT "moderated_copies_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "moderated_copies_confirmations_order_idx" ON "moderated_copies_confirmations" USING btree ("_order");
  CREATE INDEX "moderated_copies_confirmations_parent_id_idx" ON "moderated_copies_confirmations" USING btree ("_parent_id");
  CREATE INDEX "moderated_copies_status_idx" ON "moderated_copies" USING btree ("status");
  CREATE UNIQUE INDEX "moderated_copies_source_idx" ON "moderated_copies" USING btree ("source_id");
  CREATE INDEX "moderated_copies_approved_by_idx" ON "moderated_copies" USING btree ("approved_by_id");
  CREATE INDEX "moderated_copies_updated_at_idx" ON "moderated_copies" USING btree ("updated_at");
  CREATE INDEX "moderated_copies_created_at_idx" ON "moderated_copies" USING btree ("created_at");
  CREATE INDEX "moderated_copies_rels_order_idx" ON "moderated_copies_rels" USING btree ("order");
  CREATE INDEX "moderated_copies_rels_parent_idx" ON "moderated_copies_rels" USING btree ("parent_id");
  CREATE INDEX "moderated_copies_rels_path_idx" ON "moderated_copies_rels" USING btree ("path");
  CREATE INDEX "moderated_copies_rels_users_id_idx" ON "moderated_copies_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderated_copies_fk" FOREIGN KEY ("moderated_copies_id") REFERENCES "public"."moderated_copies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_moderated_copies_id_idx" ON "payload_locked_documents_rels" USING btree ("moderated_copies_id");
  -- Public versions written before this release become copies at the desk: approved ones stay
  -- published (their public copy in published_replies is unchanged), the others wait to be written.
  INSERT INTO "moderated_copies" ("subject", "question", "answer", "status", "source_id", "kind", "department", "received_at", "replied_at", "approver_name", "approved_at")
  SELECT "publication_subject", "publication_question", "publication_answer",
    (CASE WHEN "publication_approved" THEN 'published' ELSE 'drafting' END)::"enum_moderated_copies_status",
    "id", "kind"::text::"enum_moderated_copies_kind", "reply_department", "created_at", "replied_at",
    CASE WHEN "publication_approved" THEN '（升级前批准）' END,
    CASE WHEN "publication_approved" THEN "updated_at" END
  FROM "feedback"
  WHERE "publish_consent" AND coalesce("publication_question", '') <> '';
  ALTER TABLE "feedback" DROP COLUMN "publication_subject";
  ALTER TABLE "feedback" DROP COLUMN "publication_question";
  ALTER TABLE "feedback" DROP COLUMN "publication_answer";
  ALTER TABLE "feedback" DROP COLUMN "publication_approved";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "moderated_copies_confirmations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderated_copies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderated_copies_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "moderated_copies_confirmations" CASCADE;
  DROP TABLE "moderated_copies" CASCADE;
  DROP TABLE "moderated_copies_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_moderated_copies_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_moderated_copies_id_idx";
  ALTER TABLE "feedback" ADD COLUMN "publication_subject" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_question" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_answer" varchar;
  ALTER TABLE "feedback" ADD COLUMN "publication_approved" boolean DEFAULT false;
  CREATE INDEX "feedback_publication_publication_approved_idx" ON "feedback" USING btree ("publication_approved");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "moderated_copies_id";
  ALTER TABLE "feedback_settings" DROP COLUMN "public_numbers";
  DROP TYPE "public"."enum_moderated_copies_status";
  DROP TYPE "public"."enum_moderated_copies_kind";`)
}
